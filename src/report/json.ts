/** The machine contract: `{version, findings, files}`; later stages add fields, never rename these. */
import type { Report } from '../core/types.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
