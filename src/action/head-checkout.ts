/**
 * actions/checkout on `pull_request` checks out the merge commit GitHub makes (refs/pull/N/merge), not the pull
 * request's head. The diff, the line filter, the annotations and the links are all about the head: linted in the
 * merge commit, a finding moves by every line the base branch gained since, and lands beside the change or off it.
 * When the workspace is that merge commit, the head is checked out beside it in a temporary git worktree (the one
 * the image stage builds a base from, src/image/worktree.ts) and linted there; the workspace itself is not touched.
 * A workspace at some other commit is linted as it is, with a note.
 */
import type { ActionContext } from './context.js';
import type { Git } from './git.js';

/** Runs `lint` over the pull request's head: in the workspace, or in a worktree when the workspace is the merge commit. */
export async function onPullRequestHead(context: ActionContext, git: Git, notes: string[], lint: (context: ActionContext) => Promise<void>): Promise<void> {
  const merged = await mergedHead(context, git, notes);
  if (!merged) return lint(context);
  const { head, merge } = merged;
  // Loaded only here: a run on the head itself (the usual case) does not pay for @actions/exec at start.
  const { withWorktree } = await import('../image/worktree.js');
  let started = false;
  try {
    await withWorktree(context.workspace, head, (dir) => {
      started = true;
      notes.push(`the workspace is the merge commit ${merge.slice(0, 7)}; checked the pull request's head ${head.slice(0, 7)}, whose lines its diff and annotations use`);
      return lint({ ...context, workspace: dir });
    });
  } catch (error) {
    if (started) throw error;
    notes.push(`could not check out the pull request's head ${head.slice(0, 7)} (${(error as Error).message}): findings are placed on the merge commit's lines`);
    await lint(context);
  }
}

/** The pull request's head (fetched if the clone lacks it) when the workspace is the merge commit of it, else null. */
async function mergedHead(context: ActionContext, git: Git, notes: string[]): Promise<{ head: string; merge: string } | null> {
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
  await git.ensureCommits([headSha]).catch(() => undefined);
  return { head: headSha, merge: current };
}
