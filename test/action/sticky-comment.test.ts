/** End to end: the sticky comment's life over several runs of one pull request. */
import { describe, expect, it } from 'vitest';
import { useHarness } from './helpers/harness.js';
import type { TestRepo } from './helpers/git-repo.js';
import { pullRequestPayload, runAction } from './helpers/run-action.js';
import { addsFile, NON_ROOT_DOCKERFILE, ROOT_DOCKERFILE, serve } from './helpers/scenarios.js';

describe('sticky pull request comment', () => {
  const h = useHarness();
  const repo = (path: string, content: string, more?: Record<string, string>) => h.track(addsFile(path, content, more)) as TestRepo;
  const run = async (r: TestRepo, inputs: Record<string, string> = {}, job?: string) => {
    serve(h.api, r);
    return h.record(await runAction({ workspace: r.dir, eventName: 'pull_request', payload: pullRequestPayload(r), api: h.api, inputs, job }));
  };

  it('is created once, left alone on an identical rerun, edited in place on a new commit, and says all clear when fixed', async () => {
    const broken = repo('Dockerfile', ROOT_DOCKERFILE);
    const first = await run(broken);
    expect(first.code).toBe(1);
    expect(h.api.comments).toHaveLength(1);
    const id = h.api.comments[0].id;
    expect(h.api.comments[0].body).toContain('[root-user](');

    await run(broken);
    expect(h.api.calls('createComment')).toHaveLength(1);
    expect(h.api.calls('updateComment')).toHaveLength(0);

    const worse = repo('Dockerfile', ROOT_DOCKERFILE.replace('node:20-slim', 'ubuntu'));
    const third = await run(worse);
    expect(h.api.calls('updateComment')).toHaveLength(1);
    expect(h.api.calls('updateComment')[0].path).toBe(`/repos/octo/shipshape-demo/issues/comments/${id}`);
    expect(h.api.comments).toHaveLength(1);
    expect(h.api.comments[0].body).toContain(worse.head);
    expect(third.outputs['comment-url']).toBe(h.api.comments[0].html_url);

    const fixed = repo('Dockerfile', NON_ROOT_DOCKERFILE);
    const fourth = await run(fixed);
    expect(fourth.code).toBe(0);
    expect(h.api.calls('createComment')).toHaveLength(1);
    expect(h.api.comments).toHaveLength(1);
    expect(h.api.comments[0].body).toMatch(/^<!-- shipshape:lint -->\n## ✅ shipshape: all clear/);
  });

  it('is not created when there is nothing to say, unless comment is always', async () => {
    const docsOnly = repo('docs/guide.md', '# Guide\n');
    const quiet = await run(docsOnly);
    expect(quiet.code).toBe(0);
    expect(quiet.report.findings).toEqual([]);
    expect(h.api.calls('listComments')).toHaveLength(1); // looked for an old report to correct
    expect(h.api.calls('createComment')).toHaveLength(0);
    await run(docsOnly, { comment: 'always' });
    expect(h.api.calls('createComment')).toHaveLength(1);
    expect(h.api.comments[0].body).toContain('✅ shipshape: all clear in this change');
  });

  it('never touches comments with comment: never', async () => {
    await run(repo('Dockerfile', ROOT_DOCKERFILE), { comment: 'never' });
    expect(h.api.calls('listComments')).toHaveLength(0);
    expect(h.api.calls('createComment')).toHaveLength(0);
  });

  it('keeps one comment per job and leaves alone a person\'s comment that quotes the marker', async () => {
    const quote = '<!-- shipshape:lint --> I copied this';
    const user = h.api.addComment(quote, { login: 'someone', type: 'User' });
    const broken = repo('Dockerfile', ROOT_DOCKERFILE);
    await run(broken);
    await run(broken, {}, 'lint-prod');
    await run(repo('Dockerfile', ROOT_DOCKERFILE.replace('node:20-slim', 'ubuntu')), {}, 'lint-prod');
    expect(h.api.calls('createComment')).toHaveLength(2);
    expect(h.api.calls('updateComment')).toHaveLength(1);
    expect(h.api.comments.find((c) => c.id === user.id)?.body).toBe(quote);
    const firstLines = h.api.comments.map((c) => c.body.split('\n')[0]);
    expect(firstLines).toEqual([quote, '<!-- shipshape:lint -->', '<!-- shipshape:lint-prod -->']);
  });

  it('keeps one comment and one check run per matrix leg that lints other paths: a clean leg does not overwrite a failing one', async () => {
    const legs = repo('svc-a/Dockerfile', ROOT_DOCKERFILE, { 'svc-b/Dockerfile': NON_ROOT_DOCKERFILE });
    const a = await run(legs, { paths: 'svc-a', 'fail-on': 'error' });
    const b = await run(legs, { paths: 'svc-b', 'fail-on': 'error' });
    expect([a.code, b.code]).toEqual([1, 0]);
    expect(h.api.comments.map((c) => c.body.split('\n')[0])).toEqual([expect.stringMatching(/^<!-- shipshape:lint:[0-9a-f]{12} -->$/)]);
    expect(h.api.comments[0].body).toContain('[root-user](');
    expect(h.api.calls('createCheck').map((c) => (c.body as { name: string }).name)).toEqual(['shipshape (svc-a)']);
  });

  it('adopts its own earlier comment written with a personal token (a user, not a bot)', async () => {
    const broken = repo('Dockerfile', ROOT_DOCKERFILE);
    await run(broken);
    h.api.comments[0].user = { login: 'octocat', type: 'User' };
    await run(repo('Dockerfile', ROOT_DOCKERFILE.replace('node:20-slim', 'ubuntu')));
    expect(h.api.comments).toHaveLength(1);
    expect(h.api.calls('updateComment')).toHaveLength(1);
  });

  it('recreates the comment when it was deleted between listing and updating (404)', async () => {
    const old = h.api.addComment('<!-- shipshape:lint -->\nold report');
    h.api.fail('updateComment', { status: 404, effect: (a) => a.comments.splice(a.comments.indexOf(old), 1) });
    const result = await run(repo('Dockerfile', ROOT_DOCKERFILE));
    expect(h.api.calls('updateComment')).toHaveLength(1);
    expect(h.api.calls('createComment')).toHaveLength(1);
    expect(h.api.comments).toHaveLength(1);
    expect(h.api.comments[0].id).not.toBe(old.id);
    expect(result.outputs['comment-url']).toBe(h.api.comments[0].html_url);
    expect(result.code).toBe(1);
  });

  it('escapes user text so a message cannot mention, link, inject HTML, math or workflow commands', async () => {
    // multiple-processes quotes the backgrounded command back, so the message carries the hostile text.
    const hostile = "FROM node:20-slim\nUSER 10001\nCMD sleep @admin '<img src=x onerror=alert(1)>' '|' '[x](http://evil)' '#12' '$x$' &\n";
    const result = await run(repo('Dockerfile', hostile), { 'fail-on': 'none' });
    const quoted = result.report.findings.find((f: any) => f.ruleId === 'multiple-processes');
    expect(quoted.message).toContain('@admin');
    expect(quoted.message).toContain('<img');
    expect(quoted.message).toContain('[x](http://evil)');
    const body = h.api.comments[0].body;
    for (const escaped of ['&#64;admin', '&#60;img', 'alert&#40;1&#41;&#62;', '&#91;x&#93;&#40;http&#58;//evil&#41;', '&#35;12', '&#36;x&#36;', '&#124;']) {
      expect(body).toContain(escaped);
    }
    for (const text of [body, result.summary]) {
      expect(text).not.toMatch(/@admin|<img|\[x\]\(|(?<!&)#12|\$x\$/);
    }
  });
});
