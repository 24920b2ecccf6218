/**
 * Puts the report where people look: annotations (a check run, else workflow commands), the sticky pull request
 * comment and the job summary. A token that may not write (a fork's) costs the comment and the check run, never
 * the job: the summary and workflow-command annotations always work, and one notice says what was skipped.
 */
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import type { Finding, Report } from '../core/types.js';
import type { ImageReport } from '../image/types.js';
import { publishCheckRun, CHECK_SUMMARY_LIMIT } from '../github/check-run.js';
import type { GitHub } from '../github/client.js';
import { describeApiError, isPermissionError } from '../github/errors.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { encodePath } from '../report/markdown-escape.js';
import { renderMarkdown, REPORT_SIGNATURE, type MarkdownOptions } from '../report/markdown.js';
import { emitCommandAnnotations, toCheckAnnotations } from './annotations.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';

export interface Publication {
  report: Report & { images?: ImageReport[] };
  context: ActionContext;
  inputs: ActionInputs;
  github: GitHub | null;
  failing: Finding[];
  /** Says what was checked ("3 changed files"), for the all-clear line. */
  scope: string;
  /** Lines about the run; publishing adds its own fallbacks. */
  notes: string[];
  onChangedLine: (f: Finding) => boolean;
}

export const COMMENT_LIMIT = 65_536;
/** Where rows left out can be read: the job summary holds 16 times a comment, the JSON report every finding. */
const ALL_IN_REPORT = 'the JSON report (output `report-file`) has them all';
const MORE_IN_SUMMARY = `the job summary lists more, and ${ALL_IN_REPORT}`;
export const SUMMARY_LIMIT = 1024 * 1024;

export async function publish(p: Publication): Promise<void> {
  const { context, inputs, github, report } = p;
  const repo = { owner: context.owner, repo: context.repo };
  const denied: string[] = [];
  const mayWrite = Boolean(github) && !context.pull?.fromFork;
  if (github && context.pull?.fromFork) denied.push('comment or create check runs on a pull request from a fork');
  if (!github && context.pull) p.notes.push('no github-token: no pull request comment, and annotations are workflow commands');
  const label = runLabel(context, inputs);
  const markdown = (extra: Partial<MarkdownOptions> & Pick<MarkdownOptions, 'limit' | 'fullReport'>) => renderMarkdown(report, {
    lineUrl: (file, line, endLine) => `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/${encodePath(file)}#L${line}${endLine > line ? `-L${endLine}` : ''}`,
    failOn: inputs.failOn, newFindingsOnly: inputs.newFindingsOnly, failing: p.failing.length, scope: p.scope, runUrl: context.runUrl,
    notes: p.notes, ...extra,
  });
  try {
    let annotated = inputs.annotations !== 'checks' || report.findings.length === 0;
    if (!annotated && github && mayWrite && context.sha) {
      try {
        const summary = markdown({ limit: CHECK_SUMMARY_LIMIT, fullReport: MORE_IN_SUMMARY });
        const conclusion = p.failing.length ? 'failure' : report.findings.length ? 'neutral' : 'success';
        await publishCheckRun(github, { repo, name: label.checkName, headSha: context.sha, conclusion, title: titleOf(report, p.failing), summary, annotations: toCheckAnnotations(report.findings) });
        annotated = true;
      } catch (error) {
        if (isPermissionError(error)) denied.push('create check runs (it needs `checks: write`)');
        else p.notes.push(`could not create the check run (${describeApiError(error)}); annotating with workflow commands`);
      }
    }
    if (!annotated || inputs.annotations === 'commands') {
      const { hidden } = emitCommandAnnotations(report.findings, p.onChangedLine, p.failing.length > 0);
      if (hidden) p.notes.push(`${hidden} finding${hidden === 1 ? '' : 's'} did not fit GitHub's 10 annotations per type; all are listed here`);
    }
    if (context.pull && inputs.comment !== 'never' && github && mayWrite) {
      try {
        const header = label.marker;
        const body = markdown({ limit: COMMENT_LIMIT, fullReport: MORE_IN_SUMMARY, header });
        const create = inputs.comment === 'always' || report.findings.length > 0;
        const result = await upsertStickyComment(github, { repo, issueNumber: context.pull.number, marker: header, signature: REPORT_SIGNATURE, body, create });
        if (result.url) core.setOutput('comment-url', result.url);
      } catch (error) {
        if (isPermissionError(error)) denied.push('comment on the pull request (it needs `pull-requests: write`)');
        else p.notes.push(`could not update the pull request comment (${describeApiError(error)})`);
      }
    }
  } finally {
    if (denied.length) {
      const what = `the token cannot ${denied.join(' or ')}`;
      p.notes.push(what);
      const annotations = inputs.annotations === 'none' ? '' : ' and annotations are workflow commands';
      core.notice(`shipshape: ${what}; the report is in the job summary${annotations}.`);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      const summary = markdown({ limit: SUMMARY_LIMIT, fullReport: ALL_IN_REPORT, measure: (s) => Buffer.byteLength(s) });
      await core.summary.addRaw(summary).write().catch((error: Error) => core.warning(`shipshape: could not write the job summary: ${error.message}`));
    }
  }
}

/**
 * What tells this run's sticky comment and check run apart from another job's, and from another leg of a matrix that
 * lints other `paths`: legs share the job id, and one clean leg would otherwise overwrite a failing leg's comment.
 * A run without paths or exclude keeps the plain name (a required check named `shipshape` stays that).
 */
export function runLabel(context: Pick<ActionContext, 'job'>, inputs: Pick<ActionInputs, 'paths' | 'exclude'>): { marker: string; checkName: string } {
  const scope = [...inputs.paths, ...inputs.exclude.map((e) => `!${e}`)].join(', ');
  const job = context.job.replace(/[^\w.-]/g, '_');
  if (!scope) return { marker: `<!-- shipshape:${job} -->`, checkName: 'shipshape' };
  const key = createHash('sha256').update(scope).digest('hex').slice(0, 12);
  return { marker: `<!-- shipshape:${job}:${key} -->`, checkName: `shipshape (${scope.length > 60 ? `${scope.slice(0, 59)}…` : scope})` };
}

function titleOf(report: Report, failing: Finding[]): string {
  if (failing.length) return `${failing.length} finding${failing.length === 1 ? '' : 's'} fail the gate`;
  return report.findings.length ? `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}` : 'All clear';
}
