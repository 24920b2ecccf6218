import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/findings.ts
var byCodeUnits = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function inFileOrder(a, b) {
  return byCodeUnits(a.file, b.file);
}
function byPlace(a, b) {
  return inFileOrder(a, b) || a.line - b.line;
}
function sortFindings(findings) {
  return findings.sort((a, b) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || byCodeUnits(a.ruleId, b.ruleId));
}

export {
  byCodeUnits,
  inFileOrder,
  byPlace,
  sortFindings
};
