/** The check run against the API stand-in: batches of 50, and never left spinning when a batch fails. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun, type CheckAnnotation } from '../../src/github/check-run.js';
import { createGitHub } from '../../src/github/client.js';
import { FakeGitHub } from '../action/helpers/fake-github.js';

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({ path: `f${i}/Dockerfile`, start_line: 1, end_line: 1, annotation_level: 'warning', title: 'rule', message: `m${i}` }));

describe('publishCheckRun', () => {
  let api: FakeGitHub;
  beforeEach(async () => {
    api = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await api.stop();
  });
  const github = () => createGitHub({ token: 't', baseUrl: api.url, backoffUnitMs: 1, timeoutMs: 2000 });
  const run = (n: number) => ({ repo: { owner: 'o', repo: 'r' }, name: 'shipshape', headSha: 'a'.repeat(40), conclusion: 'failure' as const, title: 't', summary: 's', annotations: annotations(n) });

  it('sends 50 annotations a request and completes with the last batch', async () => {
    const result = await publishCheckRun(github(), run(120));
    expect(result.requests).toBe(3);
    const [check] = api.checkRuns;
    expect(check.created.status).toBe('in_progress');
    expect(check.created.output.annotations).toHaveLength(50);
    expect(check.updates.map((u) => u.output.annotations.length)).toEqual([50, 20]);
    expect(check.updates.map((u) => u.status)).toEqual([undefined, 'completed']);
    expect(check.updates[1].conclusion).toBe('failure');
    const sent = [check.created, ...check.updates].flatMap((b) => b.output.annotations.map((a: CheckAnnotation) => a.message));
    expect(sent).toEqual(annotations(120).map((a) => a.message));
  });

  it('needs one request for 50 or fewer', async () => {
    await publishCheckRun(github(), run(50));
    expect(api.checkRuns[0].created).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(api.calls('updateCheck')).toEqual([]);
  });

  it('closes the run when a batch fails, and reports the failure', async () => {
    api.fail('updateCheck', { status: 422, body: { message: 'Validation Failed' } });
    await expect(publishCheckRun(github(), run(120))).rejects.toMatchObject({ status: 422 });
    const last = api.checkRuns[0].updates.at(-1);
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});
