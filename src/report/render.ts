/** Picks the renderer for a format name; every format reads the same Report. */
import type { Report } from '../core/types.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export function renderReport(report: Report, format: 'text' | 'json' | 'sarif', colour = false): string {
  if (format === 'json') return renderJson(report);
  if (format === 'sarif') return renderSarif(report);
  return renderText(report, colour);
}
