/** The report's one order: by file (code-unit order, so every platform agrees), then line, column and rule id. */
import type { Finding } from './types.js';

/**
 * Code-unit order, as `Array.prototype.sort` orders strings: the same on every platform and locale. (localeCompare
 * would also load ICU's collator, ≈ 30 ms a run.)
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Files in report order; the tie-breaker of every ordering of findings. */
export function inFileOrder(a: { file: string }, b: { file: string }): number {
  return byCodeUnits(a.file, b.file);
}

/** File, then line: where a finding is. */
export function byPlace(a: Finding, b: Finding): number {
  return inFileOrder(a, b) || a.line - b.line;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || byCodeUnits(a.ruleId, b.ruleId));
}

/**
 * The notices in an order that does not depend on which thread said them first: those about no file of the report
 * (tools, rendering, project rules) as they came, then each file's (`<file>:…`) in report order, as they came. A lint
 * worker's notice arrives later than a one-thread run would say it; the report must be the same either way.
 */
export function sortNotices(notices: readonly string[], files: readonly string[]): string[] {
  const rank = new Map([...files].sort(byCodeUnits).map((file, i) => [file, i]));
  // The longest `<file>:` prefix: a path may itself hold a colon.
  const rankOf = (notice: string): number => {
    let found = -1;
    for (let colon = notice.indexOf(':'); colon > 0; colon = notice.indexOf(':', colon + 1)) found = rank.get(notice.slice(0, colon)) ?? found;
    return found;
  };
  return notices.map((notice, at) => ({ notice, at, rank: rankOf(notice) })).sort((a, b) => a.rank - b.rank || a.at - b.at).map((n) => n.notice);
}
