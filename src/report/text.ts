/** The human report: findings grouped by file, colour on a terminal, a closing count. */
import type { Finding, Report, Severity } from '../core/types.js';
import { renderImagesText } from './text-images.js';
import { maxOf } from '../core/arrays.js';

const COLOURS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

export function renderText(report: Report, colour: boolean): string {
  const paint = (style: keyof typeof COLOURS, text: string) => (colour ? COLOURS[style][0] + text + COLOURS[style][1] : text);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(paint('bold', file));
    const width = maxOf(findings.map((f) => location(f).length));
    for (const f of findings) {
      out.push(`  ${paint('dim', location(f).padEnd(width))}  ${paint(f.severity, f.severity.padEnd(7))}  ${oneLine(f.message)}  ${paint('dim', f.ruleId)}`);
    }
    out.push('');
  }
  out.push(...renderImagesText(report.images ?? [], paint));
  for (const notice of report.notices ?? []) out.push(paint('dim', `note: ${notice}`));
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const files = report.files.length;
  const summary = `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} ` +
    `(${count('error')} error, ${count('warning')} warning, ${count('info')} info) in ${files} file${files === 1 ? '' : 's'}`;
  out.push(report.findings.length ? paint('bold', summary) : `No findings in ${files} file${files === 1 ? '' : 's'}.`);
  return out.join('\n') + '\n';
}

function location(f: Finding): string {
  const lines = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
  return f.column ? `${lines}:${f.column}` : lines;
}

/** Messages can quote file content; keep one finding on one line and strip terminal control characters. */
function oneLine(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]+/g, ' ');
}
