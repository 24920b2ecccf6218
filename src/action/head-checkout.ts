/**
 * actions/checkout on `pull_request` checks out the merge commit GitHub makes (refs/pull/N/merge), not the pull
 * request's head. The diff, the line filter, the annotations and the links are all about the head: linted in the
 * merge commit, a finding moves by every line the base branch gained since, and lands beside the change or off it.
 * When the workspace is that merge commit, the head is checked out beside it in a temporary git worktree and linted
 * there; the workspace itself is not touched. A workspace at some other commit is linted as it is, with a note.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { holdOnExit } from '../core/exit-cleanup.js';
import type { ActionContext } from './context.js';
import type { Git } from './git.js';

export interface HeadCheckout {
  /** Where the head is checked out. */
  workspace: string;
  /** Removes the worktree. */
  remove(): void;
}

export async function checkoutHead(context: ActionContext, git: Git, notes: string[]): Promise<HeadCheckout | null> {
  const headSha = context.pull?.headSha;
  if (!headSha) return null;
  const current = (await git.text(['rev-parse', 'HEAD']).catch(() => '')).trim();
  if (!current || current === headSha) return null;
  // The raw commit names its parents even in a depth-1 clone, where the parents themselves are not fetched.
  const parents = [...(await git.text(['cat-file', '-p', current]).catch(() => '')).matchAll(/^parent ([0-9a-f]{40})$/gm)].map((m) => m[1]);
  if (!parents.includes(headSha)) {
    notes.push(`the workspace is at ${current.slice(0, 7)}, not the pull request's head ${headSha.slice(0, 7)}: findings are placed on the workspace's lines`);
    return null;
  }
  try {
    await git.ensureCommits([headSha]);
    const dir = join(mkdtempSync(join(tmpdir(), 'shipshape-head-')), 'head');
    const remove = () => {
      spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: git.cwd, stdio: 'ignore' });
      rmSync(join(dir, '..'), { recursive: true, force: true });
    };
    const release = holdOnExit(remove);
    await git.run(['worktree', 'add', '--detach', '--quiet', dir, headSha]);
    notes.push(`the workspace is the merge commit ${current.slice(0, 7)}; checked the pull request's head ${headSha.slice(0, 7)}, whose lines its diff and annotations use`);
    return { workspace: dir, remove: () => { remove(); release(); } };
  } catch (error) {
    notes.push(`could not check out the pull request's head ${headSha.slice(0, 7)} (${(error as Error).message}): findings are placed on the merge commit's lines`);
    return null;
  }
}
