/** The report's one order: by file (code-unit order, so every platform agrees), then line, column and rule id. */
import type { Finding } from './types.js';

/** Code-unit order, as for files: localeCompare would load ICU's collator (≈ 30 ms a run) for ids of [a-z0-9-]. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Files in report order; the tie-breaker of every ordering of findings. */
export function inFileOrder(a: { file: string }, b: { file: string }): number {
  return byText(a.file, b.file);
}

/** File, then line: where a finding is. */
export function byPlace(a: Finding, b: Finding): number {
  return inFileOrder(a, b) || a.line - b.line;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || byText(a.ruleId, b.ruleId));
}
