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
