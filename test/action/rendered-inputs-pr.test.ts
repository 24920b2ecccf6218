/**
 * End to end (`node dist/index.js`): a pull request that changes only a chart's values, only its helper, or only a
 * Kustomization's patch reports the findings that causes on the templates and resources it did not touch, with
 * the default filter-mode (added). The files come from the API stand-in, as on GitHub.
 */
import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolDir } from '../helpers/tools.js';
import { makeRepo, type Change, type TestRepo } from './helpers/git-repo.js';
import { useHarness } from './helpers/harness.js';
import {
  BASE_RESOURCES_MISSING_LINE, chartFiles, HELPERS_TPL, kustomizeFiles, LABELS_PATCH, RESOURCES_MISSING_LINE, VALUES_WITHOUT_RESOURCES,
} from './helpers/rendered-repos.js';
import { pullRequestPayload, runAction, type ActionRun } from './helpers/run-action.js';
import { serve } from './helpers/scenarios.js';

const helm = toolDir('helm');
const kubectl = toolDir('kubectl');

describe.skipIf(!helm || !kubectl)('a pull request changing only what a render is made from', () => {
  const h = useHarness();
  const pr = async (base: Record<string, string>, change: Change): Promise<ActionRun> => {
    const repo: TestRepo = h.track(makeRepo(base, change));
    serve(h.api, repo);
    const env = { PATH: [helm, kubectl, process.env.PATH].join(delimiter) };
    return h.record(await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo, { changedFiles: h.api.pullFiles.length }), api: h.api, inputs: { 'fail-on': 'warning' }, env }));
  };
  const of = (r: ActionRun, rule: string) => (r.report?.findings ?? []).filter((f: any) => f.ruleId === rule).map((f: any) => `${f.file}:${f.line}:${f.status}`);

  it('values.yaml alone: resources-missing on the template, new, and the gate fails on it', async () => {
    const r = await pr(chartFiles(), { files: { 'charts/web/values.yaml': VALUES_WITHOUT_RESOURCES } });
    expect(of(r, 'resources-missing')).toEqual([`charts/web/templates/deployment.yaml:${RESOURCES_MISSING_LINE}:new`]);
    expect(r.code).toBe(1);
    expect(r.summary).toContain('rendered from');
  });

  it('templates/_helpers.tpl alone: the run reads the chart instead of stopping at "nothing to check"', async () => {
    const r = await pr(chartFiles(VALUES_WITHOUT_RESOURCES, { useHelper: true }), { files: { 'charts/web/templates/_helpers.tpl': HELPERS_TPL.replace('-web', '-frontend') } });
    expect(of(r, 'resources-missing').map((k: string) => k.replace(/:[a-z]+$/, ''))).toEqual([`charts/web/templates/deployment.yaml:${RESOURCES_MISSING_LINE}`]);
  });

  it('the overlay\'s patch alone: resources-missing on the base resource', async () => {
    const r = await pr(kustomizeFiles(), { files: { 'deploy/prod/resources.yaml': LABELS_PATCH } });
    expect(of(r, 'resources-missing')).toEqual([`deploy/base/deployment.yaml:${BASE_RESOURCES_MISSING_LINE}:new`]);
  });
});
