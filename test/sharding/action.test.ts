/**
 * The action in a matrix, as docs/sharding.md sets it up: two `shard` jobs lint a pull request and leave their JSON
 * reports; a `merge-reports` job merges them and publishes one check run, one comment and one gate — the same report,
 * comment and gate as one unsharded run of the same pull request.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../action/helpers/fake-github.js';
import { makeRepo, pullFilesOf, type TestRepo } from '../action/helpers/git-repo.js';
import { cleanupRun, pullRequestPayload, runAction, type ActionRun } from '../action/helpers/run-action.js';
import { shardOf } from '../../src/core/shard.js';

// Changed: two Dockerfiles and a manifest whose Service selects pods defined in an unchanged file.
const BASE = {
  'README.md': '# demo\n',
  'apps/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: "nginx:1.27"}]\n',
};
const HEAD = {
  'api/Dockerfile': 'FROM ubuntu\nRUN echo building\nCMD ./api\n',
  'worker/Dockerfile': 'FROM python:3.12-slim\nCMD python worker.py\n',
  'net/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: lost, namespace: shop}\nspec:\n  selector: {app: nobody}\n  ports: [{port: 80}]\n',
};

describe('a sharded matrix of the action', () => {
  let api: FakeGitHub;
  let repo: TestRepo;
  let whole: ActionRun;
  let shards: ActionRun[];
  let merged: ActionRun;
  const runs: ActionRun[] = [];

  beforeAll(async () => {
    api = await new FakeGitHub().start();
    repo = makeRepo(BASE, { files: HEAD });
    api.pullFiles = pullFilesOf(repo);
    const payload = pullRequestPayload(repo, { changedFiles: 3 });
    const run = async (inputs: Record<string, string>) => {
      const result = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload, api, inputs: { 'filter-mode': 'file', ...inputs } });
      runs.push(result);
      return result;
    };
    whole = await run({});
    const wholeCalls = api.requests.length;
    shards = [await run({ shard: '1/2' }), await run({ shard: '2/2' })];
    expect(api.requests.filter((r, i) => i >= wholeCalls && r.endpoint !== 'listFiles')).toEqual([]);
    // What upload-artifact and download-artifact do between the jobs.
    shards.forEach((s, i) => {
      mkdirSync(join(repo.dir, 'reports', `shipshape-${i + 1}`), { recursive: true });
      copyFileSync(s.outputs['report-file'], join(repo.dir, 'reports', `shipshape-${i + 1}`, 'shipshape-report.json'));
    });
    merged = await run({ 'merge-reports': 'reports/**/*.json' });
  }, 300_000);
  afterAll(async () => {
    await api.stop();
    repo.cleanup();
    runs.forEach(cleanupRun);
  });

  it('the changed files fall into both shards (or the test proves little)', () => {
    expect(new Set(Object.keys(HEAD).map((f) => shardOf(f, 2)))).toEqual(new Set([1, 2]));
  });

  it('each shard reports its own files, marks its report, and neither comments nor gates', () => {
    shards.forEach((s, i) => {
      expect(s.code).toBe(0);
      expect(s.report.shard).toEqual({ index: i + 1, count: 2 });
      expect(s.report.files.map((f: { file: string }) => shardOf(f.file, 2))).toEqual(s.report.files.map(() => i + 1));
      expect(s.commands.filter((c) => c.command === 'error')).toEqual([]);
      expect(s.summary).toBe('');
    });
  });

  it('the merge job publishes what one unsharded run publishes', () => {
    expect(merged.report).toEqual(whole.report);
    expect(merged.code).toBe(whole.code);
    expect(merged.code).toBe(1);
    const gate = (r: ActionRun) => r.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message);
    expect(gate(merged)).toEqual(gate(whole));
    // One check run and one sticky comment each for the unsharded run and the merge, the same annotations.
    expect(api.checkRuns).toHaveLength(2);
    expect(api.checkRuns[1].created.output.annotations).toEqual(api.checkRuns[0].created.output.annotations);
    expect(api.comments).toHaveLength(1);
    // The cross-file finding: the changed Service selects nothing, though its pods' file is unchanged and unreported.
    expect(merged.report.findings.filter((f: { ruleId: string }) => f.ruleId === 'service-selects-nothing')).toMatchObject([{ file: 'net/service.yaml', line: 12 }]);
  });

  it('a merge job that finds no reports fails with the reason', async () => {
    const lost = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo, { changedFiles: 3 }), api, inputs: { 'merge-reports': 'nowhere/*.json' } });
    runs.push(lost);
    expect(lost.code).toBe(1);
    expect(lost.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual(["shipshape: merge-reports: no file matches 'nowhere/*.json' (were the shards' reports downloaded?)"]);
  });
});
