import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/findings.ts
function inFileOrder(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
function byPlace(a, b) {
  return inFileOrder(a, b) || a.line - b.line;
}
function sortFindings(findings) {
  return findings.sort((a, b) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId));
}

export {
  inFileOrder,
  byPlace,
  sortFindings
};
