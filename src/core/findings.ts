/** The report's one order: by file (code-unit order, so every platform agrees), then line, column and rule id. */
import type { Finding } from './types.js';

/** Files in report order; the tie-breaker of every ordering of findings. */
export function inFileOrder(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** File, then line: where a finding is. */
export function byPlace(a: Finding, b: Finding): number {
  return inFileOrder(a, b) || a.line - b.line;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => byPlace(a, b) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId));
}
