/**
 * End to end: reviewdog's filter modes over a real diff, the paths/exclude inputs, and workflow-command
 * annotations under GitHub's 10-per-type limit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from './helpers/harness.js';
import { makeRepo, type TestRepo } from './helpers/git-repo.js';
import { pullRequestPayload, runAction, type ActionRun } from './helpers/run-action.js';
import { ROOT_DOCKERFILE, serve } from './helpers/scenarios.js';

const BASE = 'FROM node:20-slim AS build\nRUN echo build\nFROM node:20-slim\nWORKDIR /app\nRUN echo a\nRUN echo b\nRUN echo c\nRUN echo d\nRUN echo e\nRUN echo f\nCMD node server.js\n';
// Line 10 changes into a shell-form ENTRYPOINT. Its hunk shows lines 7-11 (three lines of context, then the end),
// so the CMD on 11 is context, and root-user on line 3 (the final FROM) is outside the hunk.
const HEAD = BASE.replace('RUN echo f', 'ENTRYPOINT node x.js');

describe('filter modes, scope and annotations', () => {
  const h = useHarness();
  let repo: TestRepo;
  const run = async (r: TestRepo, inputs: Record<string, string>) => {
    serve(h.api, r);
    return h.record(await runAction({ workspace: r.dir, eventName: 'pull_request', payload: pullRequestPayload(r, { changedFiles: h.api.pullFiles.length }), api: h.api, inputs }));
  };
  const keys = (r: ActionRun) => r.report.findings.map((f: any) => `${f.ruleId}@${f.file}:${f.line}`).sort();

  beforeAll(() => {
    repo = h.track(makeRepo({ 'Dockerfile': BASE, 'other/Dockerfile': ROOT_DOCKERFILE }, { files: { 'Dockerfile': HEAD } }));
  });

  it('added, diff_context, file and nofilter keep what reviewdog would', async () => {
    const all = await run(repo, { 'filter-mode': 'nofilter', 'fail-on': 'none' });
    const inFile = (f: any) => f.file === 'Dockerfile';
    const within = (from: number, to: number) => (f: any) => inFile(f) && f.line <= to && f.endLine >= from;
    const expected = (keep: (f: any) => boolean) => all.report.findings.filter(keep).map((f: any) => `${f.ruleId}@${f.file}:${f.line}`).sort();
    expect(keys(all)).toEqual(expect.arrayContaining(['root-user@other/Dockerfile:1', 'root-user@Dockerfile:3', 'shell-form-command@Dockerfile:10', 'shell-form-command@Dockerfile:11']));

    const added = await run(repo, { 'filter-mode': 'added', 'fail-on': 'none' });
    expect(keys(added)).toEqual(expected(within(10, 10)));
    expect(keys(added)).toContain('shell-form-command@Dockerfile:10');

    const context = await run(repo, { 'filter-mode': 'diff_context', 'fail-on': 'none' });
    expect(keys(context)).toEqual(expected(within(7, 11)));
    expect(keys(context)).toContain('shell-form-command@Dockerfile:11');
    expect(keys(context)).not.toContain('root-user@Dockerfile:3');

    const file = await run(repo, { 'filter-mode': 'file', 'fail-on': 'none' });
    expect(keys(file)).toEqual(expected(inFile));
    expect(keys(file)).toContain('root-user@Dockerfile:3');

    // The untouched file's findings exist on the base as they are.
    expect(all.report.findings.filter((f: any) => f.file === 'other/Dockerfile').every((f: any) => f.status === 'existing')).toBe(true);
    expect(added.report.findings.find((f: any) => f.line === 10 && f.ruleId === 'shell-form-command').status).toBe('new');
    expect(file.report.findings.find((f: any) => f.line === 11 && f.ruleId === 'shell-form-command').status).toBe('existing');
    // The filter decides the gate: root-user is an error outside the added lines.
    const gated = await run(repo, { 'filter-mode': 'added' });
    expect(gated.code).toBe(0);
    expect((await run(repo, { 'filter-mode': 'file' })).code).toBe(1);
  });

  it('a change of mode alone changes no line: nothing to report, through the API and through git', async () => {
    const chmodded = h.track(makeRepo({ 'Dockerfile': ROOT_DOCKERFILE }, { chmod: ['Dockerfile'] }));
    const viaApi = await run(chmodded, {});
    expect(h.api.pullFiles).toEqual([expect.objectContaining({ filename: 'Dockerfile', changes: 0 })]);
    expect([viaApi.code, viaApi.report.findings]).toEqual([0, []]);
    const viaGit = h.record(await runAction({ workspace: chmodded.dir, eventName: 'pull_request', payload: pullRequestPayload(chmodded), inputs: { 'github-token': '' } }));
    expect([viaGit.code, viaGit.report.findings]).toEqual([0, []]);
  });

  it('paths and exclude narrow what is checked', async () => {
    const r = makeRepo({ 'README.md': '# x\n' }, { files: { 'Dockerfile': ROOT_DOCKERFILE, 'services/api/Dockerfile': ROOT_DOCKERFILE, 'services/legacy/Dockerfile': ROOT_DOCKERFILE } });
    h.track(r);
    const scoped = await run(r, { paths: 'services/', exclude: 'services/legacy/**', 'fail-on': 'none' });
    expect([...new Set(scoped.report.findings.map((f: any) => f.file))]).toEqual(['services/api/Dockerfile']);
    const globbed = await run(r, { paths: 'Dockerfile', 'fail-on': 'none' }); // no slash: any depth, like .gitignore
    expect([...new Set(globbed.report.findings.map((f: any) => f.file))].sort()).toEqual(['Dockerfile', 'services/api/Dockerfile', 'services/legacy/Dockerfile']);
    const nothing = await run(r, { paths: 'k8s/**' });
    expect(nothing.report.findings).toEqual([]);
    expect(nothing.code).toBe(0);
  });

  it('workflow commands: 10 per type at most, changed lines first, the rest counted', async () => {
    const old = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`old${i}/Dockerfile`, ROOT_DOCKERFILE]));
    const touched = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`old${i}/Dockerfile`, ROOT_DOCKERFILE + 'LABEL touched=yes\n']));
    const fresh = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`new${i}/Dockerfile`, ROOT_DOCKERFILE]));
    const r = makeRepo(old, { files: { ...touched, ...fresh } });
    h.track(r);
    const result = await run(r, { 'filter-mode': 'file', annotations: 'commands' });
    expect(h.api.checkRuns).toEqual([]);
    const errors = result.commands.filter((c) => c.command === 'error');
    const annotated = errors.filter((c) => c.properties.file);
    // 12 error findings; the gate fails, so its own error keeps the tenth slot: 8 findings, one "more" line, the gate.
    expect(annotated).toHaveLength(8);
    expect(annotated.slice(0, 6).map((c) => c.properties.file).sort()).toEqual(Object.keys(fresh).sort());
    const more = errors.filter((c) => !c.properties.file && c.message.includes('more error'));
    expect(more.map((c) => c.message)).toEqual(['4 more error findings in the job summary (GitHub shows 10 annotations of each type per step)']);
    expect(result.summary).toContain('4 findings did not fit');
    const perType = new Map<string, number>();
    for (const c of result.commands) if (['error', 'warning', 'notice'].includes(c.command)) perType.set(c.command, (perType.get(c.command) ?? 0) + 1);
    // Ten of each at most, the gate's own error line included: GitHub shows all of them.
    expect(perType.get('error')).toBe(10);
    for (const type of ['warning', 'notice']) expect(perType.get(type) ?? 0).toBeLessThanOrEqual(10);
  });

  it('workflow commands carry hostile text inert', async () => {
    const r = makeRepo({ 'README.md': '# x\n' }, { files: {
      'a/Dockerfile': 'FROM node:20-slim\nUSER hi%0A::error::pwned\nCMD ["node"]\n',
      'b/Dockerfile': 'FROM node:20-slim\n::add-mask::x\n',
    } });
    h.track(r);
    const result = await run(r, { annotations: 'commands', 'fail-on': 'none' });
    expect(result.report.findings.some((f: any) => f.message.includes('hi%0A::error::pwned'))).toBe(true);
    expect(result.report.findings.some((f: any) => f.message.includes('::add-mask::x'))).toBe(true);
    expect(result.commands.filter((c) => c.properties.file).length).toBeGreaterThanOrEqual(2);
    expect(result.commands.filter((c) => c.command === 'add-mask')).toEqual([]);
    expect(result.commands.filter((c) => c.message.startsWith('pwned'))).toEqual([]);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::') && !/^::(error|warning|notice|debug)[ :]/.test(l))).toEqual([]);
  });
});
