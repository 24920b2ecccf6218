/**
 * End to end with a misbehaving API: forks, missing permissions, deleted comments, validation errors, rate limits,
 * 5xx and slow or hanging responses. The report must still reach the summary and the exit code must stay the
 * gate's, never the API's.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './helpers/fake-github.js';
import type { TestRepo } from './helpers/git-repo.js';
import { cleanupRun, pullRequestPayload, runAction, TOKEN, type ActionRun } from './helpers/run-action.js';
import { addsFile, ROOT_DOCKERFILE, serve } from './helpers/scenarios.js';

describe('API faults', () => {
  let api: FakeGitHub;
  let repo: TestRepo;
  const runs: ActionRun[] = [];
  const run = async (options: { inputs?: Record<string, string>; fork?: boolean; env?: Record<string, string> } = {}) => {
    const result = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo, { fork: options.fork }), api, inputs: options.inputs, env: options.env });
    runs.push(result);
    for (const text of [result.stdout, result.stderr, result.summary]) expect(text).not.toContain(TOKEN);
    return result;
  };
  /** The summary as read: numeric entities (how user text is escaped) decoded. */
  const plain = (r: ActionRun) => r.summary.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
  const notices = (r: ActionRun) => r.commands.filter((c) => c.command === 'notice' && !c.properties.file);
  const fileAnnotations = (r: ActionRun) => r.commands.filter((c) => c.properties.file);
  /** The report reached the summary, and the step failed for the gate's reason and no other. */
  const expectHonest = (r: ActionRun) => {
    expect(r.summary).toContain('❌ shipshape: 1 finding fails the gate');
    expect(r.summary).toContain('[root-user](');
    expect(r.code).toBe(1);
    const errors = r.commands.filter((c) => c.command === 'error' && !c.properties.file);
    expect(errors.map((e) => e.message)).toEqual(['shipshape: 1 finding at or above error (root-user at Dockerfile:1)']);
  };

  beforeAll(() => {
    repo = addsFile('Dockerfile', ROOT_DOCKERFILE);
  });
  beforeEach(async () => {
    api = await new FakeGitHub().start();
    serve(api, repo);
  });
  afterEach(async () => {
    await api.stop();
  });
  afterAll(() => {
    repo.cleanup();
    for (const r of runs) cleanupRun(r);
  });

  it('a fork pull request: no writes at all, one notice, workflow-command annotations', async () => {
    const r = await run({ fork: true });
    expect(api.writes()).toEqual([]);
    expect(api.calls('listFiles')).toHaveLength(1); // reading still works with a read-only token
    expect(notices(r)).toHaveLength(1);
    expect(notices(r)[0].message).toMatch(/fork.*job summary/);
    expect(fileAnnotations(r)).toContainEqual(expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'Dockerfile', line: '1', title: 'root-user' }) }));
    expectHonest(r);
  });

  it('403 on check runs and comments: one notice, fallbacks, and a missing permission never fails the job', async () => {
    api.failAlways('createCheck', { status: 403, body: { message: 'Resource not accessible by integration' } });
    api.failAlways('createComment', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await run();
    expect(api.calls('createCheck')).toHaveLength(1); // not retried: a 403 will not change its mind
    expect(notices(r)).toHaveLength(1);
    expect(notices(r)[0].message).toContain('checks: write');
    expect(notices(r)[0].message).toContain('pull-requests: write');
    expect(fileAnnotations(r).map((c) => c.properties.title)).toContain('root-user');
    expectHonest(r);
    const passing = await run({ inputs: { 'fail-on': 'none' } });
    expect(passing.code).toBe(0);
    expect(passing.summary).toContain('⚠️ shipshape: 1 finding');
  });

  it('422 on the check run: annotations fall back to workflow commands, the comment still goes out', async () => {
    api.fail('createCheck', { status: 422, body: { message: 'Validation Failed' } });
    const r = await run();
    expect(api.calls('createCheck')).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    expect(fileAnnotations(r).map((c) => c.properties.title)).toContain('root-user');
    expect(plain(r)).toContain('could not create the check run (HTTP 422: Validation Failed)');
    expect(notices(r)).toEqual([]);
    expectHonest(r);
  });

  it('429 secondary rate limit with retry-after: waits and retries', async () => {
    const limited = { status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } };
    api.fail('listFiles', limited);
    api.fail('createComment', limited);
    const r = await run();
    expect(api.calls('listFiles').map((c) => c.status)).toEqual([429, 200]);
    expect(api.calls('createComment').map((c) => c.status)).toEqual([429, 201]);
    expect(api.comments).toHaveLength(1);
    expect(r.summary).not.toContain('using git diff');
    expectHonest(r);
  });

  it('500 then success: retried with backoff', async () => {
    api.fail('listComments', { status: 500 }, { status: 502 });
    api.fail('createCheck', { status: 500 });
    const r = await run();
    expect(api.calls('listComments').map((c) => c.status)).toEqual([500, 502, 200]);
    expect(api.calls('createCheck').map((c) => c.status)).toEqual([500, 201]);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    expect(fileAnnotations(r)).toEqual([]);
    expectHonest(r);
  });

  it('slow responses are waited for', async () => {
    for (const endpoint of ['listFiles', 'listComments', 'createComment', 'createCheck'] as const) api.failAlways(endpoint, { delayMs: 400 });
    const r = await run();
    expect(api.comments).toHaveLength(1);
    expect(api.checkRuns).toHaveLength(1);
    expectHonest(r);
  });

  it('a hanging endpoint times out, is retried, then given up on without hanging the job', async () => {
    api.failAlways('createComment', { delayMs: 10_000 });
    const started = Date.now();
    const r = await run({ env: { SHIPSHAPE_API_TIMEOUT_MS: '250' } });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(api.calls('createComment').length).toBe(4); // the first try and three retries
    expect(plain(r)).toMatch(/could not update the pull request comment \(HTTP 500: .*aborted/i);
    expect(api.checkRuns).toHaveLength(1);
    expectHonest(r);
  });

  it('the files API failing for good: git diff answers instead', async () => {
    api.failAlways('listFiles', { status: 500 });
    const r = await run();
    expect(api.calls('listFiles').length).toBe(4);
    expect(plain(r)).toContain("could not list the pull request's files (HTTP 500");
    expect(r.summary).toContain('using git diff');
    expect(r.report.findings.map((f: any) => `${f.ruleId}@${f.file}:${f.line}`)).toContain('root-user@Dockerfile:1');
    expectHonest(r);
  });

  it('a primary rate limit far in the future is not waited for', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    api.failAlways('createCheck', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } });
    const started = Date.now();
    const r = await run();
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(api.calls('createCheck')).toHaveLength(1);
    expect(fileAnnotations(r).map((c) => c.properties.title)).toContain('root-user');
    expect(notices(r)).toEqual([]); // a rate limit is not a missing permission
    expect(plain(r)).toContain('could not create the check run (HTTP 403: API rate limit exceeded)');
    expectHonest(r);
  });

  it('every endpoint down: still a summary, and fail-on none still passes', async () => {
    for (const endpoint of ['listFiles', 'listComments', 'createComment', 'updateComment', 'createCheck', 'updateCheck'] as const) api.failAlways(endpoint, { status: 503 });
    const r = await run({ inputs: { 'fail-on': 'none' } });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('[root-user](');
    expect(r.summary).toContain('using git diff');
  });
});
