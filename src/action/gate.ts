/** The pass/fail decision a required status check rests on, and its one-line reason. */
import { atOrAbove, type Finding, type Severity } from '../core/types.js';

export function failingFindings(findings: Finding[], failOn: Severity | 'none', newOnly: boolean): Finding[] {
  return findings.filter((f) => atOrAbove(f.severity, failOn) && (!newOnly || f.status !== 'existing'));
}

export function gateReason(failing: Finding[], failOn: Severity | 'none', newOnly: boolean): string {
  const first = failing[0];
  const more = failing.length > 1 ? ` and ${failing.length - 1} more` : '';
  const kind = newOnly ? 'new finding' : 'finding';
  const where = `${first.ruleId} at ${first.file}:${first.line}`.replace(/[\r\n]+/g, ' ');
  return `shipshape: ${failing.length} ${kind}${failing.length === 1 ? '' : 's'} at or above ${failOn} (${where}${more})`;
}
