/** The Octokit the action uses, against the API stand-in: retries, rate limits, timeouts, and a quiet log. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHub } from '../../src/github/client.js';
import { isPermissionError, describeApiError } from '../../src/github/errors.js';
import { listPullFiles } from '../../src/github/pull-files.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { FakeGitHub } from '../action/helpers/fake-github.js';

const TOKEN = 'ghs_secret_value_for_client_test';
const repo = { owner: 'o', repo: 'r' };

describe('createGitHub', () => {
  let api: FakeGitHub;
  let lines: string[];
  beforeEach(async () => {
    api = await new FakeGitHub().start();
    lines = [];
  });
  afterEach(async () => {
    await api.stop();
    for (const line of lines) expect(line).not.toContain(TOKEN);
  });
  const github = (timeoutMs = 2000) => createGitHub({ token: TOKEN, baseUrl: api.url, backoffUnitMs: 1, timeoutMs, log: (l) => lines.push(l) });

  it('retries 5xx and gives up after three retries', async () => {
    api.fail('listFiles', { status: 500 }, { status: 503 });
    api.pullFiles = [{ filename: 'Dockerfile', status: 'added', patch: '@@ -0,0 +1 @@\n+FROM x' }];
    expect((await listPullFiles(github(), repo, 1)).files).toMatchObject([{ path: 'Dockerfile', status: 'added' }]);
    api.failAlways('listFiles', { status: 500 });
    await expect(listPullFiles(github(), repo, 1)).rejects.toMatchObject({ status: 500 });
    expect(api.calls('listFiles').map((c) => c.status)).toEqual([500, 503, 200, 500, 500, 500, 500]);
    expect(lines.some((l) => /^GET \/repos\/o\/r\/pulls\/1\/files\S* - 500/.test(l))).toBe(true);
  });

  it('does not retry a 403 or 404 and calls a plain 403 a permission error', async () => {
    api.failAlways('createComment', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const error = await upsertStickyComment(github(), { repo, issueNumber: 1, marker: '<!-- m -->', signature: 'sig', body: '<!-- m -->\nsig', create: true }).catch((e) => e);
    expect(api.calls('createComment')).toHaveLength(1);
    expect(isPermissionError(error)).toBe(true);
    expect(describeApiError(error)).toBe('HTTP 403: Resource not accessible by integration');
  });

  it('waits out a secondary rate limit for its retry-after', async () => {
    api.fail('createComment', { status: 403, headers: { 'retry-after': '2' }, body: { message: 'You have exceeded a secondary rate limit' } });
    const result = await upsertStickyComment(github(), { repo, issueNumber: 1, marker: '<!-- m -->', signature: 'sig', body: '<!-- m -->\nsig', create: true });
    expect(result.action).toBe('created');
    expect(api.calls('createComment').map((c) => c.status)).toEqual([403, 201]);
    expect(lines.some((l) => l.includes('secondary rate limit') && l.includes('retrying after 2s'))).toBe(true);
  });

  it('aborts a request that hangs, retries it, then fails', async () => {
    api.failAlways('listComments', { delayMs: 3000 });
    const started = Date.now();
    await expect(upsertStickyComment(github(150), { repo, issueNumber: 1, marker: '<!-- m -->', signature: 'sig', body: 'b', create: true })).rejects.toMatchObject({ status: 500 });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(api.calls('listComments')).toHaveLength(4);
  });

  it('pages through comments and leaves an identical body alone', async () => {
    for (let i = 0; i < 150; i++) api.addComment(`chatter ${i}`, { login: 'u', type: 'User' });
    const mine = api.addComment('<!-- m -->\nsig same');
    const result = await upsertStickyComment(github(), { repo, issueNumber: 1, marker: '<!-- m -->', signature: 'sig', body: '<!-- m -->\nsig same', create: true });
    expect(result).toEqual({ action: 'unchanged', url: mine.html_url });
    expect(api.calls('listComments').map((c) => c.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(api.writes()).toEqual([]);
  });
});
