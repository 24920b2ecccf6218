/**
 * A throw-away checkout of another ref (`git worktree add --detach`), so the base can be built from exactly
 * what that ref holds, next to the working tree and without touching it; always removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getExecOutput } from '@actions/exec';
import { holdOnExit } from '../core/exit-cleanup.js';

async function git(args: string[], cwd: string): Promise<{ ok: boolean; out: string; err: string }> {
  try {
    const result = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
    return { ok: result.exitCode === 0, out: result.stdout.trim(), err: result.stderr.trim() };
  } catch (error) {
    return { ok: false, out: '', err: (error as Error).message };
  }
}

export async function repositoryRoot(dir: string): Promise<string | null> {
  const result = await git(['rev-parse', '--show-toplevel'], dir);
  return result.ok && result.out ? result.out : null;
}

/** Runs `work` in a checkout of `ref`; the checkout is removed whatever happens. Throws when the ref is unknown. */
export async function withWorktree<T>(repoRoot: string, ref: string, work: (dir: string) => Promise<T>): Promise<T> {
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoRoot);
  if (!commit.ok) throw new Error(`the ref \`${ref}\` is not a commit in this repository (fetch it first: actions/checkout needs fetch-depth: 0 or the base fetched)`);
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-base-'));
  const dir = join(scratch, 'tree');
  // A run stopped while the base is checked out or built (Ctrl-C, a cancelled job) removes it on its way out too:
  // otherwise the repository keeps a registered worktree in a temp dir that `git worktree list` shows for good.
  // Synchronous, as the exit registry needs; at the end of a normal run it is as quick.
  const removeTree = () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoRoot, stdio: 'ignore', timeout: 5000 });
    rmSync(scratch, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: repoRoot, stdio: 'ignore', timeout: 5000 });
  };
  const release = holdOnExit(removeTree);
  try {
    const added = await git(['worktree', 'add', '--detach', dir, commit.out], repoRoot);
    if (!added.ok) throw new Error(`git worktree add failed: ${added.err.split('\n').pop()}`);
    return await work(dir);
  } finally {
    release();
    removeTree();
  }
}
