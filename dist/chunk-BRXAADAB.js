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
function sortNotices(notices, files) {
  const rank = new Map([...files].sort(byCodeUnits).map((file, i) => [file, i]));
  const rankOf = (notice) => {
    let found = -1;
    for (let colon = notice.indexOf(":"); colon > 0; colon = notice.indexOf(":", colon + 1)) found = rank.get(notice.slice(0, colon)) ?? found;
    return found;
  };
  return notices.map((notice, at) => ({ notice, at, rank: rankOf(notice) })).sort((a, b) => a.rank - b.rank || a.at - b.at).map((n) => n.notice);
}

export {
  byCodeUnits,
  inFileOrder,
  byPlace,
  sortFindings,
  sortNotices
};
