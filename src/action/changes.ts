/**
 * What the run is about: the files (and lines) a pull request or push changes, or everything for scheduled and
 * manual runs. The REST API answers first for pull requests; git answers past its 3000-file cap or when it fails.
 */
import type { GitHub } from '../github/client.js';
import { describeApiError } from '../github/errors.js';
import { listPullFiles, PULL_FILES_CAP, type PullFile } from '../github/pull-files.js';
import type { ActionContext } from './context.js';
import type { Git, NameStatus } from './git.js';
import { parsePatch, splitGitDiff, type ChangedLines } from './patch.js';

export interface ChangedFile {
  path: string;
  /** The path at the base, when the change renamed the file. */
  previousPath?: string;
  /** 'added' (and copies) have no base version; the others do. */
  status: 'added' | 'modified' | 'renamed';
  /** 'all' when no patch is known (GitHub omits very large ones): every line counts as changed. */
  lines: ChangedLines | 'all';
  /**
   * Set when the file is in scope because the change touches what the chart or kustomization that renders it is
   * rendered from (this path: a values file, a patch): then any line of it counts, whatever `lines` says (see
   * withRenderInputs in scope.ts). A file the change did not touch itself has `lines` with no ranges.
   */
  renderInput?: string;
}

export type ChangeSet =
  | { kind: 'all'; reason: string }
  | {
    kind: 'diff'; files: Map<string, ChangedFile>; source: 'api' | 'git'; /** the commit the head is compared with */ base: string;
    /** A pull request's head when `base` is its base branch's tip: compare with their merge base (changeBase). */
    head?: string;
    /** Paths the change deletes: a deleted helper or values file changes what a chart renders. */
    removed?: string[];
  };

export async function resolveChanges(context: ActionContext, git: Git, github: GitHub | null, notices: string[]): Promise<ChangeSet> {
  if (context.pull) {
    const { number, baseSha, headSha, changedFiles } = context.pull;
    if (github && (changedFiles ?? 0) <= PULL_FILES_CAP) {
      try {
        const listed = await listPullFiles(github, { owner: context.owner, repo: context.repo }, number);
        if (!listed.truncated) return { kind: 'diff', ...fromPullFiles(listed.files), source: 'api', base: baseSha, head: headSha };
        notices.push(`the pull request changes ${PULL_FILES_CAP} files or more, past what GitHub's API lists; using git diff`);
      } catch (error) {
        notices.push(`could not list the pull request's files (${describeApiError(error)}); using git diff`);
      }
    } else if (github) {
      notices.push(`the pull request changes ${changedFiles} files, past what GitHub's API lists; using git diff`);
    }
    try {
      await git.ensureCommits([baseSha, headSha]);
      const mergeBase = await git.mergeBase(baseSha, headSha);
      if (!mergeBase) notices.push('no merge base between the pull request\'s base and head; diffing the two directly');
      return { kind: 'diff', ...(await fromGit(git, mergeBase ?? baseSha, headSha)), source: 'git', base: mergeBase ?? baseSha };
    } catch (error) {
      return { kind: 'all', reason: `could not diff the pull request with git (${(error as Error).message}); checking every file` };
    }
  }
  if (context.eventName === 'push') {
    if (!context.push) return { kind: 'all', reason: 'a new branch has no previous commit to compare with; checking every file' };
    const { before, after } = context.push;
    try {
      await git.ensureCommits([before, after]);
      return { kind: 'diff', ...(await fromGit(git, before, after)), source: 'git', base: before };
    } catch (error) {
      return { kind: 'all', reason: `could not diff the push with git (${(error as Error).message}); checking every file` };
    }
  }
  return { kind: 'all', reason: `a ${context.eventName || 'local'} run checks every file` };
}

/** A file the change touched without changing a line of it. */
const NO_LINES: ChangedLines = { added: [], context: [] };

/**
 * The commit a change is measured from: for a pull request, where it branched off (its merge base with the base
 * branch, which may have moved on since: a fix landed there is not this change's), else the change's base.
 */
export async function changeBase(changes: Extract<ChangeSet, { kind: 'diff' }>, git: Git): Promise<string> {
  if (!changes.head) return changes.base;
  await git.ensureCommits([changes.base, changes.head]);
  return (await git.mergeBase(changes.base, changes.head)) ?? changes.base;
}

interface Listed {
  files: Map<string, ChangedFile>;
  removed: string[];
}

function fromPullFiles(files: PullFile[]): Listed {
  const result = new Map<string, ChangedFile>();
  const removed: string[] = [];
  for (const f of files) {
    if (f.status === 'removed') removed.push(f.path);
    if (f.status === 'removed' || f.status === 'unchanged') continue;
    const status = f.status === 'added' || f.status === 'copied' ? 'added' : f.status === 'renamed' ? 'renamed' : 'modified';
    // No patch: a pure rename or a change of mode alone (no line changed), or a diff too large for GitHub to send.
    const lines = f.patch !== undefined ? parsePatch(f.patch) : f.status === 'renamed' || f.changes === 0 ? NO_LINES : 'all';
    result.set(f.path, { path: f.path, ...(status === 'renamed' && f.previousPath ? { previousPath: f.previousPath } : {}), status, lines });
  }
  return { files: result, removed };
}

async function fromGit(git: Git, from: string, to: string): Promise<Listed> {
  const [names, patch] = await Promise.all([git.changedFiles(from, to), git.patch(from, to)]);
  const patches = splitGitDiff(patch);
  const result = new Map<string, ChangedFile>();
  const removed: string[] = [];
  for (const n of names) {
    if (n.status === 'D') {
      removed.push(n.path);
      continue;
    }
    const status = gitStatus(n);
    const text = patches.get(n.path);
    // No patch: a pure rename or a change of mode alone (git writes hunks for every text change), or a binary file.
    const lines = text !== undefined ? parsePatch(text) : status === 'added' ? 'all' : NO_LINES;
    result.set(n.path, { path: n.path, ...(status === 'renamed' ? { previousPath: n.previousPath } : {}), status, lines });
  }
  return { files: result, removed };
}

function gitStatus(n: NameStatus): ChangedFile['status'] {
  if (n.status === 'A' || n.status === 'C') return 'added';
  if (n.status === 'R') return 'renamed';
  return 'modified';
}
