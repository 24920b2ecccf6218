/**
 * One pull request comment per job, found again by a hidden marker: created once, then edited in place on every
 * rerun so the conversation never fills with copies.
 */
import type { GitHub } from './client.js';
import { statusOf } from './errors.js';
import type { RepoRef } from './pull-files.js';

export interface StickyComment {
  repo: RepoRef;
  issueNumber: number;
  /** An HTML comment the body starts with; it is how the next run finds this comment. */
  marker: string;
  /** Text every body this tool writes contains: with a personal token the author is a user, not a bot, and this
   * tells our comment from a person's that merely quotes the marker. */
  signature: string;
  body: string;
  /** False: only update a comment that already exists (there is nothing to say, but an old report to correct). */
  create: boolean;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'none';
  url?: string;
}

export async function upsertStickyComment(github: GitHub, comment: StickyComment): Promise<StickyResult> {
  const { repo, issueNumber, marker, body } = comment;
  const existing = await findSticky(github, repo, issueNumber, marker, comment.signature);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', url: existing.html_url };
    try {
      const { data } = await github.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.id, body });
      return { action: 'updated', url: data.html_url };
    } catch (error) {
      // Deleted between the list and the update: fall through and post a fresh one.
      if (statusOf(error) !== 404) throw error;
    }
  } else if (!comment.create) {
    return { action: 'none' };
  }
  const { data } = await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber, body });
  return { action: 'created', url: data.html_url };
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { type?: string } | null;
}

async function findSticky(github: GitHub, repo: RepoRef, issueNumber: number, marker: string, signature: string): Promise<ListedComment | undefined> {
  const matches: ListedComment[] = [];
  const pages = github.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) if (c.body?.startsWith(marker)) matches.push(c);
  }
  // Anyone can type the marker: a bot's comment (the workflow token's) first, else one that reads like ours.
  return matches.find((c) => c.user?.type === 'Bot') ?? matches.find((c) => c.body?.includes(signature));
}
