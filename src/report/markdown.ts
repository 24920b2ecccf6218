/**
 * The markdown report for pull request comments, job summaries and check runs: a verdict, the findings (new ones
 * first, existing ones collapsed), the image section, and a size budget met by leaving out the least severe rows.
 */
import { TOOL_NAME, TOOL_VERSION, ruleDocUrl } from '../core/about.js';
import { SEVERITY_RANK, type Finding, type Report, type Severity } from '../core/types.js';
import { byPlace } from '../core/findings.js';
import type { ImageReport } from '../image/types.js';
import { escapeMarkdown, link } from './markdown-escape.js';
import { renderImages, type LineUrl } from './markdown-images.js';

export interface MarkdownOptions {
  /** Link to lines of a file at the reviewed commit; none outside GitHub. */
  lineUrl?: LineUrl;
  failOn: Severity | 'none';
  newFindingsOnly: boolean;
  /** How many reported findings fail the gate. */
  failing: number;
  /** Says what was looked at, e.g. "the 3 changed files"; shown when there is nothing to report. */
  scope?: string;
  /** Lines about the run itself (fallbacks, skipped steps). */
  notes?: string[];
  /** Where the findings left out can be read (a clause: "the JSON report (output report-file) has them all"). */
  fullReport: string;
  /** The body's budget, measured by `measure` (characters by default; bytes for the job summary). */
  limit: number;
  measure?: (text: string) => number;
  /** Put first (the sticky comment's hidden marker). */
  header?: string;
  /** A link to the workflow run, for the footer. */
  runUrl?: string;
}

/** The footer every report ends with; the sticky comment uses it to recognise its own comments. */
export const REPORT_SIGNATURE = `<sub>${TOOL_NAME} `;

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };
const OPEN_ROWS = 10;
const MESSAGE_MAX = 400;

export function renderMarkdown(report: Report & { images?: ImageReport[] }, options: MarkdownOptions): string {
  const measure = options.measure ?? ((text: string) => text.length);
  const ranked = [...report.findings].sort(importance);
  const render = (kept: number) => body(report, ranked.slice(0, kept), ranked.slice(kept), options);
  let text = render(ranked.length);
  if (measure(text) < options.limit) return text;
  // The most rows that fit: rows are dropped least severe (then existing) first.
  let low = 0;
  let high = ranked.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(render(mid)) < options.limit) low = mid;
    else high = mid - 1;
  }
  text = render(low);
  if (measure(text) < options.limit) return text;
  // Last resort (the image section alone overflows): cut the middle, keep the signature line the sticky comment is
  // found by, or the next run would post a second comment.
  const signatureAt = text.lastIndexOf(REPORT_SIGNATURE);
  const footer = `\n…\n\n${text.slice(signatureAt)}`;
  let head = text.slice(0, signatureAt);
  while (head && measure(head + footer) >= options.limit) head = head.slice(0, Math.floor(head.length * 0.9));
  return head + footer;
}

function body(report: Report & { images?: ImageReport[] }, shown: Finding[], omittedRows: Finding[], options: MarkdownOptions): string {
  const omitted = omittedRows.length;
  const lineUrl = options.lineUrl ?? (() => undefined);
  const out: string[] = [];
  if (options.header) out.push(options.header);
  out.push(`## ${verdict(report.findings, options)}`, '');
  if (report.findings.length) out.push(counts(report.findings), '', gateLine(options), '');
  const compared = report.findings.some((f) => f.status);
  const fresh = shown.filter((f) => f.status !== 'existing').sort(tableOrder);
  const existing = shown.filter((f) => f.status === 'existing').sort(tableOrder);
  if (fresh.length) {
    out.push(`### ${compared ? 'New findings' : 'Findings'}`, '', ...table(fresh.slice(0, OPEN_ROWS), lineUrl), '');
    if (fresh.length > OPEN_ROWS) out.push(...collapsed(`${fresh.length - OPEN_ROWS} more`, table(fresh.slice(OPEN_ROWS), lineUrl)));
  }
  if (existing.length) out.push(...collapsed(`${existing.length} existing finding${plural(existing.length)}, already on the base`, table(existing, lineUrl)));
  if (omitted) {
    // Rows go least severe first, but a long list of errors can still overflow: say what was left out.
    const left = (['error', 'warning', 'info'] as Severity[]).map((s) => [s, omittedRows.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    const what = left.map(([s, n]) => `${n} ${s}${s === 'info' ? '' : plural(n)}`).join(', ');
    out.push(`> [!NOTE]`, `> ${omitted} more finding${plural(omitted)} (${what}) left out to stay within GitHub's size limit; ${options.fullReport}.`, '');
  }
  if (report.images?.length) out.push(renderImages(report.images, lineUrl), '');
  const notes = [...(report.notices ?? []), ...(options.notes ?? [])];
  if (notes.length) out.push(...collapsed(`${notes.length} note${plural(notes.length)} about this run`, notes.map((n) => `- ${escapeMarkdown(n)}`)));
  const run = options.runUrl ? ` · ${link('workflow run', options.runUrl)}` : '';
  out.push(`${REPORT_SIGNATURE}${TOOL_VERSION}${run}</sub>`);
  return out.join('\n') + '\n';
}

function verdict(findings: Finding[], options: MarkdownOptions): string {
  if (options.failing) return `❌ ${TOOL_NAME}: ${options.failing} finding${plural(options.failing)} fail${options.failing === 1 ? 's' : ''} the gate`;
  if (findings.length) return `⚠️ ${TOOL_NAME}: ${findings.length} finding${plural(findings.length)}, none failing the gate`;
  return `✅ ${TOOL_NAME}: all clear${options.scope ? ` in ${escapeMarkdown(options.scope)}` : ''}`;
}

function counts(findings: Finding[]): string {
  const by = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts = (['error', 'warning', 'info'] as Severity[]).map((s) => `${ICON[s]} ${by(s)} ${s}${s === 'info' ? '' : plural(by(s))}`);
  const fresh = findings.filter((f) => f.status === 'new').length;
  const existing = findings.filter((f) => f.status === 'existing').length;
  const status = fresh + existing ? ` — **${fresh} new**, ${existing} existing` : '';
  return parts.join(' · ') + status;
}

function gateLine(options: MarkdownOptions): string {
  if (options.failOn === 'none') return 'The gate is off (`fail-on: none`).';
  const which = options.newFindingsOnly ? 'new findings' : 'findings';
  return `The gate fails on ${which} at or above \`${options.failOn}\`${options.failing ? '.' : ': none here.'}`;
}

function table(findings: Finding[], lineUrl: LineUrl): string[] {
  const rows = ['| Severity | Rule | Where | Message |', '|---|---|---|---|'];
  for (const f of findings) {
    const where = f.endLine > f.line ? `${f.file}:${f.line}-${f.endLine}` : `${f.file}:${f.line}`;
    const message = f.message.length > MESSAGE_MAX ? `${f.message.slice(0, MESSAGE_MAX - 1)}…` : f.message;
    rows.push(`| ${ICON[f.severity]} ${f.severity} | ${link(f.ruleId, ruleDocUrl(f.ruleId))} | ${link(where, lineUrl(f.file, f.line, f.endLine))} | ${escapeMarkdown(message)} |`);
  }
  return rows;
}

function collapsed(summary: string, lines: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...lines, '', '</details>', ''];
}

/** Most important first: severity, then new before existing. */
function importance(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || Number(a.status === 'existing') - Number(b.status === 'existing') || tableOrder(a, b);
}

function tableOrder(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byPlace(a, b);
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
