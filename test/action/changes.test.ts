/**
 * End to end: which files a run looks at. Paginated PR files, GitHub's 3000-file cap, renames, deletions, shallow
 * checkouts that lack the base, pushes and scheduled runs — each against a real git repository.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useHarness } from './helpers/harness.js';
import { git, makeRepo, shallowClone, type TestRepo } from './helpers/git-repo.js';
import { pullRequestPayload, runAction, type ActionRun } from './helpers/run-action.js';
import { NON_ROOT_DOCKERFILE, ROOT_DOCKERFILE, serve } from './helpers/scenarios.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const where = (r: ActionRun) => r.report.findings.map((f: any) => `${f.ruleId}@${f.file}:${f.line}`);
const of = (r: ActionRun, rule: string, file: string) => r.report.findings.filter((f: any) => f.ruleId === rule && f.file === file);

describe('what a run looks at', () => {
  const h = useHarness();
  const extraDirs: string[] = [];
  const track = (r: TestRepo) => h.track(r) as TestRepo;
  const pr = async (repo: TestRepo, options: { inputs?: Record<string, string>; changedFiles?: number; workspace?: string; serveFiles?: boolean; env?: Record<string, string> } = {}) => {
    if (options.serveFiles !== false) serve(h.api, repo);
    return h.record(await runAction({ workspace: options.workspace ?? repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo, { changedFiles: options.changedFiles ?? h.api.pullFiles.length }), api: h.api, inputs: { 'filter-mode': 'file', ...options.inputs }, env: options.env }));
  };
  afterAll(() => {
    for (const d of extraDirs) rmSync(d, { recursive: true, force: true });
  });

  it('follows the files API across pages, 100 a page', async () => {
    const docs = Object.fromEntries(Array.from({ length: 240 }, (_, i) => [`docs/page-${String(i).padStart(3, '0')}.md`, `# ${i}\n`]));
    const repo = track(makeRepo({ 'README.md': '# x\n' }, { files: { ...docs, 'zz/Dockerfile': ROOT_DOCKERFILE } }));
    const r = await pr(repo);
    expect(h.api.calls('listFiles').map((c) => [c.query.get('per_page'), c.query.get('page') ?? '1'])).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
    expect(where(r)).toContain('root-user@zz/Dockerfile:1');
  });

  it('past 3000 files, asks git instead of the API', async () => {
    const many = Object.fromEntries(Array.from({ length: 3001 }, (_, i) => [`data/f${i}.txt`, `${i}\n`]));
    const repo = track(makeRepo({ 'README.md': '# x\n' }, { files: { ...many, 'svc/Dockerfile': ROOT_DOCKERFILE } }));
    const told = await pr(repo, { changedFiles: 3002 });
    expect(h.api.calls('listFiles')).toHaveLength(0);
    expect(where(told)).toContain('root-user@svc/Dockerfile:1');
    // The payload undercounts: the API's list stops at 3000 (svc/ sorts after data/) and git fills in.
    const capped = await pr(repo, { changedFiles: 2999 });
    expect(h.api.calls('listFiles').length).toBe(30);
    expect(where(capped)).toContain('root-user@svc/Dockerfile:1');
    expect(capped.summary).toContain('using git diff');
  });

  it('follows renames (an old finding stays existing) and ignores deleted files', async () => {
    const repo = track(makeRepo(
      { 'old/Dockerfile': ROOT_DOCKERFILE, 'legacy/Dockerfile': 'FROM alpine\nRUN echo legacy && sleep 1\nCMD sh\n' },
      { renames: [['old/Dockerfile', 'new/Dockerfile']], files: { 'new/Dockerfile': ROOT_DOCKERFILE.replace('WORKDIR /app', 'WORKDIR /srv'), 'legacy/Dockerfile': null } },
    ));
    const r = await pr(repo);
    expect(h.api.pullFiles.map((f) => [f.status, f.filename, f.previous_filename]).sort()).toEqual([
      ['removed', 'legacy/Dockerfile', undefined],
      ['renamed', 'new/Dockerfile', 'old/Dockerfile'],
    ]);
    expect(of(r, 'root-user', 'new/Dockerfile')).toMatchObject([{ status: 'existing' }]);
    expect(r.report.findings.filter((f: any) => f.file !== 'new/Dockerfile')).toEqual([]);
    expect(r.code).toBe(1); // the error is old, but every finding counts by default
    const newOnly = await pr(repo, { inputs: { 'new-findings-only': 'true' } });
    expect(of(newOnly, 'root-user', 'new/Dockerfile')).toMatchObject([{ status: 'existing' }]);
    expect(newOnly.code).toBe(0);
    expect(newOnly.commands.filter((c) => c.command === 'error' && !c.properties.file)).toEqual([]);
  });

  it('compares with where the pull request branched off, not with a base branch that moved on since', async () => {
    // The PR only edits WORKDIR; meanwhile main fixes root-user. The finding is older than the PR: existing.
    const repo = track(makeRepo({ 'Dockerfile': ROOT_DOCKERFILE }, { files: { 'Dockerfile': ROOT_DOCKERFILE.replace('WORKDIR /app', 'WORKDIR /srv') } }));
    serve(h.api, repo);
    git(repo.dir, 'checkout', '-q', 'main');
    git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'placeholder');
    writeFileSync(join(repo.dir, 'Dockerfile'), ROOT_DOCKERFILE.replace('CMD', 'USER 10001\nCMD'));
    git(repo.dir, 'commit', '-qam', 'main fixes root-user');
    const moved = git(repo.dir, 'rev-parse', 'HEAD').trim();
    git(repo.dir, 'checkout', '-q', 'feature');
    for (const token of [undefined, '']) {
      const payload = pullRequestPayload({ ...repo, base: moved }, { changedFiles: 1 });
      const r = h.record(await runAction({ workspace: repo.dir, eventName: 'pull_request', payload, api: h.api, inputs: { 'filter-mode': 'file', 'new-findings-only': 'true', ...(token === undefined ? {} : { 'github-token': token }) } }));
      expect(of(r, 'root-user', 'Dockerfile')).toMatchObject([{ status: 'existing' }]);
      expect(r.code).toBe(0);
    }
  });

  it('on the merge commit actions/checkout makes, lints the head beside it: findings keep the head\'s lines', async () => {
    // The PR adds a RUN as line 5; main meanwhile gains three lines at the top, so the merge commit has it on line 8.
    const repo = track(makeRepo({ 'Dockerfile': NON_ROOT_DOCKERFILE }, { files: { 'Dockerfile': `${NON_ROOT_DOCKERFILE}RUN apt-get install curl\n` } }));
    serve(h.api, repo);
    git(repo.dir, 'checkout', '-q', 'main');
    writeFileSync(join(repo.dir, 'Dockerfile'), `# one\n# two\n# three\n${NON_ROOT_DOCKERFILE}`);
    git(repo.dir, 'commit', '-qam', 'main gains a header');
    const moved = git(repo.dir, 'rev-parse', 'HEAD').trim();
    git(repo.dir, 'checkout', '-q', '--detach', moved);
    git(repo.dir, 'merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature');
    const merge = git(repo.dir, 'rev-parse', 'HEAD').trim();
    git(repo.dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    // A depth-1 clone of the merge commit, as actions/checkout makes it: the head itself is not there yet.
    const clone = mkdtempSync(join(tmpdir(), 'shipshape-merge-'));
    extraDirs.push(clone);
    git(clone, 'init', '-q');
    git(clone, 'remote', 'add', 'origin', `file://${repo.dir}`);
    git(clone, 'fetch', '-q', '--depth=1', 'origin', merge);
    git(clone, 'checkout', '-q', '--detach', merge);
    const payload = pullRequestPayload({ ...repo, base: moved }, { changedFiles: 1 });
    const r = h.record(await runAction({ workspace: clone, eventName: 'pull_request', payload, api: h.api, inputs: { 'filter-mode': 'added', 'fail-on': 'none' }, env: { GITHUB_SHA: merge } }));
    const lines = NON_ROOT_DOCKERFILE.split('\n').length;
    expect(where(r)).toEqual(expect.arrayContaining([`apt-get-missing-yes@Dockerfile:${lines}`]));
    expect(r.summary).toMatch(new RegExp(`checked the pull request.{1,8}s head ${repo.head.slice(0, 7)}`));
    // The worktree is gone, the workspace untouched.
    expect(git(clone, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(git(clone, 'rev-parse', 'HEAD').trim()).toBe(merge);
  });

  it('in a shallow checkout, fetches the base to diff and to compare with', async () => {
    const repo = track(makeRepo({ 'Dockerfile': ROOT_DOCKERFILE, 'README.md': '# x\n' }, { files: { 'Dockerfile': ROOT_DOCKERFILE.replace('COPY . .', 'COPY src/ .'), 'api/Dockerfile': ROOT_DOCKERFILE } }));
    // Depth 1 holds the head commit alone: the base, and the history to find the merge base, must be fetched.
    const clone = shallowClone(repo);
    extraDirs.push(clone);
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    h.api.failAlways('listFiles', { status: 500 });
    serve(h.api, repo);
    const r = await pr(repo, { workspace: clone, serveFiles: false });
    expect(r.summary).toContain('using git diff');
    expect(of(r, 'root-user', 'Dockerfile')).toMatchObject([{ status: 'existing' }]);
    expect(of(r, 'root-user', 'api/Dockerfile')).toMatchObject([{ status: 'new' }]);
    expect(git(clone, 'cat-file', '-t', repo.base).trim()).toBe('commit');
  });

  it('on push, diffs against `before` and comments nowhere', async () => {
    const repo = track(makeRepo({ 'Dockerfile': NON_ROOT_DOCKERFILE, 'old/Dockerfile': ROOT_DOCKERFILE }, { files: { 'api/Dockerfile': ROOT_DOCKERFILE } }));
    const payload = { ref: 'refs/heads/feature', before: repo.base, after: repo.head, repository: { name: 'shipshape-demo', owner: { login: 'octo' } } };
    const r = await runAction({ workspace: repo.dir, eventName: 'push', payload, api: h.api, inputs: { 'filter-mode': 'file' } });
    h.record(r);
    expect(where(r)).toContain('root-user@api/Dockerfile:1');
    expect(r.report.findings.filter((f: any) => f.file !== 'api/Dockerfile')).toEqual([]);
    expect(h.api.calls('listFiles')).toEqual([]);
    expect(h.api.calls('listComments')).toEqual([]);
    expect(h.api.checkRuns.map((c) => c.created.head_sha)).toEqual([repo.head]);
    expect(r.code).toBe(1);
  });

  it('starts its lint workers before the engine loads when it checks every file, and not for a small pull request', async () => {
    const files = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`svc-${i}/Dockerfile`, ROOT_DOCKERFILE]));
    const repo = track(makeRepo(files, { files: { 'svc-0/Dockerfile': NON_ROOT_DOCKERFILE } }));
    const env = { GITHUB_SHA: repo.head, SHIPSHAPE_THREADS: '2', SHIPSHAPE_POOL_DEBUG: '1' };
    const all = await runAction({ workspace: repo.dir, eventName: 'workflow_dispatch', payload: { repository: { name: 'shipshape-demo', owner: { login: 'octo' } } }, api: h.api, env });
    h.record(all);
    expect(all.stderr).toContain('lint pool: 1 of 1 workers started early');
    expect(all.stderr).toMatch(/lint pool: 1 workers linted \d+ Dockerfiles and read 0 manifests of 9 files/);
    expect(where(all).filter((w: string) => w.startsWith('root-user@')).length).toBe(8);
    // One changed file: no worker is started, and the pool is not used.
    const small = await pr(repo, { env });
    expect(small.stderr).not.toContain('started early');
    expect(small.stderr).toContain('lint pool: none for 1 files; 0 early workers ended');
  });

  it('on workflow_dispatch and schedule, checks every file', async () => {
    const repo = track(makeRepo({ 'a/Dockerfile': ROOT_DOCKERFILE, 'b/Dockerfile': ROOT_DOCKERFILE }, { files: { 'README.md': '# x\n' } }));
    for (const eventName of ['workflow_dispatch', 'schedule']) {
      const r = await runAction({ workspace: repo.dir, eventName, payload: { repository: { name: 'shipshape-demo', owner: { login: 'octo' } } }, api: h.api, env: { GITHUB_SHA: repo.head } });
      h.record(r);
      expect(where(r)).toEqual(expect.arrayContaining(['root-user@a/Dockerfile:1', 'root-user@b/Dockerfile:1']));
      expect(r.report.findings.every((f: any) => f.status === undefined)).toBe(true);
      expect(r.code).toBe(1);
      expect(r.summary).toContain('❌');
    }
    expect(h.api.calls('listComments')).toEqual([]);
  });
});
