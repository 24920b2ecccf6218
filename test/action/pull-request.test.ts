/** End to end: a pull request run against real git and the local API stand-in, as a runner would do it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './helpers/fake-github.js';
import { makeRepo, pullFilesOf, type TestRepo } from './helpers/git-repo.js';
import { cleanupRun, pullRequestPayload, runAction, TOKEN, type ActionRun } from './helpers/run-action.js';

const BASE_DOCKERFILE = 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD node server.js\n';
// The CMD moves down two lines: its finding is the same one, so it stays `existing`.
const HEAD_DOCKERFILE = 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json .\nRUN npm ci --omit=dev\nCOPY . .\nCMD node server.js\n';
const NEW_DOCKERFILE = 'FROM ubuntu\nRUN echo building\nCMD ./api\n';

describe('pull request run', () => {
  let api: FakeGitHub;
  let repo: TestRepo;
  let first: ActionRun;
  let second: ActionRun;

  beforeAll(async () => {
    api = await new FakeGitHub().start();
    repo = makeRepo({ 'Dockerfile': BASE_DOCKERFILE, 'README.md': '# demo\n' }, { files: { 'Dockerfile': HEAD_DOCKERFILE, 'api/Dockerfile': NEW_DOCKERFILE } });
    api.pullFiles = pullFilesOf(repo);
    const run = () => runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo, { changedFiles: 2 }), api, inputs: { 'filter-mode': 'file', 'sarif-file': 'shipshape.sarif' } });
    first = await run();
    second = await run();
  });
  afterAll(async () => {
    await api.stop();
    repo.cleanup();
    cleanupRun(first);
    cleanupRun(second);
  });

  it('fails the step with a one-line reason because an error is on the change', () => {
    expect(first.code).toBe(1);
    const failure = first.commands.filter((c) => c.command === 'error' && !c.properties.file);
    expect(failure).toHaveLength(1);
    expect(failure[0].message).toMatch(/^shipshape: \d+ findings? at or above error \(root-user at (api\/)?Dockerfile:1/);
    expect(failure[0].message).not.toContain('\n');
  });

  it('marks findings new or existing by what they point at, not by line number', () => {
    const byRule = (file: string, rule: string) => first.report.findings.filter((f: any) => f.file === file && f.ruleId === rule);
    expect(byRule('api/Dockerfile', 'root-user')).toMatchObject([{ status: 'new', severity: 'error', line: 1 }]);
    expect(byRule('Dockerfile', 'shell-form-command')).toMatchObject([{ status: 'existing', line: 6 }]);
    expect(byRule('Dockerfile', 'root-user')).toMatchObject([{ status: 'existing' }]);
    expect(first.report.findings.every((f: any) => f.file === 'Dockerfile' || f.file === 'api/Dockerfile')).toBe(true);
  });

  it('sets the outputs from the report', () => {
    const findings = first.report.findings;
    expect(first.outputs.findings).toBe(String(findings.length));
    expect(first.outputs.errors).toBe(String(findings.filter((f: any) => f.severity === 'error').length));
    expect(first.outputs.warnings).toBe(String(findings.filter((f: any) => f.severity === 'warning').length));
    expect(first.outputs['report-file']).toMatch(/shipshape-report\.json$/);
    expect(first.outputs['sarif-file']).toBe(`${repo.dir}/shipshape.sarif`);
    expect(first.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('annotates through one check run at the head commit, not through workflow commands', () => {
    expect(api.checkRuns).toHaveLength(2); // one per run
    const created = api.checkRuns[0].created;
    expect(created).toMatchObject({ name: 'shipshape', head_sha: repo.head, status: 'completed', conclusion: 'failure' });
    expect(created.output.annotations).toContainEqual(expect.objectContaining({
      path: 'api/Dockerfile', start_line: 1, end_line: 1, annotation_level: 'failure', title: 'root-user',
      message: expect.stringContaining('docs/rules.md#root-user'),
    }));
    expect(created.output.annotations).toHaveLength(first.report.findings.length);
    expect(first.commands.filter((c) => c.properties.file)).toEqual([]);
  });

  it('posts one sticky comment and updates it on the rerun', () => {
    expect(api.calls('createComment')).toHaveLength(1);
    expect(api.calls('updateComment')).toHaveLength(0); // the rerun found the same body: nothing to write
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0].body;
    expect(body.startsWith('<!-- shipshape:lint -->\n')).toBe(true);
    expect(body).toContain('❌');
    expect(body).toContain(`](https://github.com/octo/shipshape-demo/blob/${repo.head}/api/Dockerfile#L1)`);
    expect(body).toMatch(/existing finding/);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('writes the same report to the job summary', () => {
    expect(first.summary).toContain('fail the gate');
    expect(first.summary).toContain(`/blob/${repo.head}/api/Dockerfile#L1`);
    expect(first.summary).not.toContain('<!-- shipshape:');
  });

  it('writes SARIF with rule metadata and one run per category', async () => {
    const { readFileSync } = await import('node:fs');
    const sarif = JSON.parse(readFileSync(first.outputs['sarif-file'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs.find((r: any) => r.automationDetails.id === 'shipshape/dockerfile/');
    const rule = run.tool.driver.rules.find((r: any) => r.id === 'root-user');
    expect(rule).toMatchObject({ name: 'root-user', shortDescription: { text: expect.any(String) }, fullDescription: { text: expect.any(String) }, help: { markdown: expect.stringContaining('USER') }, defaultConfiguration: { level: 'error' } });
    const result = run.results.find((r: any) => r.ruleId === 'root-user' && r.locations[0].physicalLocation.artifactLocation.uri === 'api/Dockerfile');
    expect(result.partialFingerprints['shipshape/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(result.baselineState).toBe('new');
  });

  it('authenticates with the token and never prints it', () => {
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    for (const run of [first, second]) {
      for (const text of [run.stdout, run.stderr, run.summary]) expect(text).not.toContain(TOKEN);
    }
    for (const c of api.comments) expect(c.body).not.toContain(TOKEN);
    for (const r of api.checkRuns) expect(JSON.stringify(r)).not.toContain(TOKEN);
  });
});
