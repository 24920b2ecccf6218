/** The files a pull request changes, as the REST API lists them (100 a page, 3000 at most). */
import type { GitHub } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullFile {
  /** Path at the head. */
  path: string;
  /** Path at the base, for renames and copies. */
  previousPath?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The unified diff hunks; GitHub leaves it out for binary and very large diffs, and when no line changed. */
  patch?: string;
  /** Lines added plus lines deleted: 0 for a change of mode alone (or a pure rename). */
  changes?: number;
}

/** GitHub stops listing a pull request's files here; past it, only git knows the whole change. */
export const PULL_FILES_CAP = 3000;

export interface PullFiles {
  files: PullFile[];
  /** True when the list reached GitHub's cap and may be missing files. */
  truncated: boolean;
}

export async function listPullFiles(github: GitHub, repo: RepoRef, pullNumber: number): Promise<PullFiles> {
  const files: PullFile[] = [];
  const pages = github.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: pullNumber, per_page: 100 });
  for await (const page of pages) {
    for (const f of page.data) {
      files.push({
        path: f.filename,
        ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
        status: f.status,
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
        ...(typeof f.changes === 'number' ? { changes: f.changes } : {}),
      });
    }
  }
  return { files, truncated: files.length >= PULL_FILES_CAP };
}
