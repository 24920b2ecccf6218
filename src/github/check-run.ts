/** One check run carries every annotation; GitHub takes at most 50 per request, so they go in batches. */
import type { GitHub } from './client.js';
import type { RepoRef } from './pull-files.js';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when the annotation is on one line: GitHub rejects columns across lines. */
  start_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRun {
  repo: RepoRef;
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown; GitHub caps it at 65 535 characters. */
  summary: string;
  annotations: CheckAnnotation[];
}

export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_SUMMARY_LIMIT = 65_535;

export async function publishCheckRun(github: GitHub, run: CheckRun): Promise<{ url: string; requests: number }> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: run.title,
    summary: run.summary.slice(0, CHECK_SUMMARY_LIMIT),
    ...(annotations?.length ? { annotations } : {}),
  });
  const finished = { status: 'completed' as const, conclusion: run.conclusion, completed_at: new Date().toISOString() };
  const single = batches.length <= 1;
  const { data } = await github.request('POST /repos/{owner}/{repo}/check-runs', {
    ...run.repo,
    name: run.name,
    head_sha: run.headSha,
    ...(single ? finished : { status: 'in_progress' as const }),
    output: output(batches[0]),
  });
  let requests = 1;
  if (single) return { url: data.html_url ?? '', requests };
  let completed = false;
  try {
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1;
      await github.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...run.repo, check_run_id: data.id, ...(last ? finished : {}), output: output(batches[i]) });
      requests++;
      completed = last;
    }
  } finally {
    // A run left in progress shows a spinner on the pull request forever: close it even when a batch failed.
    if (!completed) await github.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...run.repo, check_run_id: data.id, ...finished }).catch(() => undefined);
  }
  return { url: data.html_url ?? '', requests };
}
