/**
 * A pull request that changes only what a chart or a kustomization is rendered from (values, helpers, Chart.yaml,
 * kustomization.yaml, a patch) must report the findings that change causes, although they land on templates or
 * base resources the pull request did not touch. Real git repositories, real helm and kubectl, and the action's
 * own steps: changes from git, the scope, the check.
 */
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveChanges } from '../../src/action/changes.js';
import { checkWorkspace } from '../../src/action/check.js';
import type { ActionContext } from '../../src/action/context.js';
import { Git } from '../../src/action/git.js';
import type { ActionInputs, FilterMode } from '../../src/action/inputs.js';
import { nothingToCheck, pathFilter, withRenderInputs } from '../../src/action/scope.js';
import type { Finding } from '../../src/core/types.js';
import { findTool } from '../../src/kubernetes/render.js';
import { toolDir, withPath } from '../helpers/tools.js';
import { makeRepo, type Change, type TestRepo } from './helpers/git-repo.js';
import {
  BASE_DEPLOYMENT, BASE_RESOURCES_MISSING_LINE, CHART_YAML, chartFiles, DEPLOYMENT_TEMPLATE, HELPERS_TPL, kustomizeFiles, LABELS_PATCH,
  RESOURCES_MISSING_LINE, VALUES_WITH_RESOURCES, VALUES_WITHOUT_RESOURCES,
} from './helpers/rendered-repos.js';

const helm = toolDir('helm');
const kubectl = toolDir('kubectl');
const gitDir = dirname(findTool('git') ?? '/usr/bin/git');

const TEMPLATE = 'charts/web/templates/deployment.yaml';
const BASE_RESOURCE = 'deploy/base/deployment.yaml';

function inputsFor(filterMode: FilterMode): ActionInputs {
  return {
    paths: [], exclude: [], filterMode, failOn: 'none', newFindingsOnly: false, build: false, allowUntrustedBuild: false,
    comment: 'never', annotations: 'none', token: '', mergeReports: [],
  };
}

interface Linted {
  /** null when the run stopped at nothingToCheck, as main() does, before reading the repository. */
  findings: Finding[] | null;
  notes: string[];
}

/** main()'s steps for a pull request whose files come from git (no token): changes, scope, check. */
async function lintPullRequest(repo: TestRepo, filterMode: FilterMode): Promise<Linted> {
  const context: ActionContext = {
    eventName: 'pull_request', workspace: repo.dir, owner: 'octo', repo: 'demo', serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9', job: 'lint', sha: repo.head,
    pull: { number: 7, baseSha: repo.base, headSha: repo.head, fromFork: false, headRepository: 'octo/demo', baseRepository: 'octo/demo' },
  };
  const inputs = inputsFor(filterMode);
  const git = new Git(repo.dir);
  const notes: string[] = [];
  return withPath([helm, kubectl, gitDir, dirname(process.execPath)], async () => {
    const changes = await withRenderInputs(await resolveChanges(context, git, null, notes), repo.dir, filterMode, undefined, notes);
    if (nothingToCheck(changes, filterMode, pathFilter(inputs.paths, inputs.exclude))) return { findings: null, notes };
    const report = await checkWorkspace(context, inputs, changes, git, notes);
    return { findings: report.findings, notes };
  });
}

const at = (linted: Linted, ruleId: string) => (linted.findings ?? []).filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.line}:${f.status}`);
/** Where only: the status is checked once, for a chart that uses its helper (the test of the base's render). */
const where = (linted: Linted, ruleId: string) => at(linted, ruleId).map((key) => key.replace(/:[a-z]+$/, ''));

const cleanups: TestRepo[] = [];
afterAll(() => cleanups.forEach((r) => r.cleanup()));

function repo(base: Record<string, string>, change: Change): TestRepo {
  const made = makeRepo(base, change);
  cleanups.push(made);
  return made;
}

describe.skipIf(!helm)('a change to what a Helm chart is rendered from', () => {
  it('values.yaml alone: the finding it causes on the unchanged template is reported in every mode', async () => {
    const r = repo(chartFiles(), { files: { 'charts/web/values.yaml': VALUES_WITHOUT_RESOURCES } });
    for (const mode of ['added', 'diff_context', 'file', 'nofilter'] as FilterMode[]) {
      const linted = await lintPullRequest(r, mode);
      // nofilter kept it before too, but as `existing`: the template was taken for unchanged.
      expect(at(linted, 'resources-missing'), mode).toEqual([`${TEMPLATE}:${RESOURCES_MISSING_LINE}:new`]);
    }
    const added = await lintPullRequest(r, 'added');
    expect(added.notes.join('\n')).toContain('charts/web (charts/web/values.yaml)');
  });

  it('at file level: the template\'s other findings are reported too, and the base has them', async () => {
    const r = repo(chartFiles(), { files: { 'charts/web/values.yaml': VALUES_WITHOUT_RESOURCES } });
    const linted = await lintPullRequest(r, 'added');
    expect(at(linted, 'probes-missing')).toEqual([`${TEMPLATE}:${RESOURCES_MISSING_LINE}:existing`]);
  });

  it('templates/_helpers.tpl alone (no checked file changed): the run is not skipped', async () => {
    const r = repo(chartFiles(VALUES_WITHOUT_RESOURCES, { useHelper: true }), { files: { 'charts/web/templates/_helpers.tpl': HELPERS_TPL.replace('-web', '-frontend') } });
    const linted = await lintPullRequest(r, 'added');
    expect(linted.findings).not.toBeNull();
    expect(where(linted, 'resources-missing')).toEqual([`${TEMPLATE}:${RESOURCES_MISSING_LINE}`]);
  });

  it('Chart.yaml alone (a version bump) puts the chart in scope', async () => {
    const r = repo(chartFiles(VALUES_WITHOUT_RESOURCES), { files: { 'charts/web/Chart.yaml': CHART_YAML.replace('0.1.0', '0.2.0') } });
    expect(at(await lintPullRequest(r, 'added'), 'resources-missing')).toEqual([`${TEMPLATE}:${RESOURCES_MISSING_LINE}:existing`]);
  });

  it('a deleted helper (the change\'s only file) breaks the render: render-failed on Chart.yaml is reported', async () => {
    const r = repo(chartFiles(VALUES_WITH_RESOURCES, { useHelper: true }), { files: { 'charts/web/templates/_helpers.tpl': null } });
    expect(where(await lintPullRequest(r, 'added'), 'render-failed')).toEqual(['charts/web/Chart.yaml:1']);
  });

  it('a template edit keeps its lines, and a render it breaks is reported on Chart.yaml', async () => {
    const edited = repo(chartFiles(VALUES_WITHOUT_RESOURCES), { files: { [TEMPLATE]: DEPLOYMENT_TEMPLATE.replace('replicas: 2', 'replicas: 3') } });
    // The edit is on line 6: the finding on line 15 is older than the change, outside its hunk.
    expect(at(await lintPullRequest(edited, 'added'), 'resources-missing')).toEqual([]);
    expect(at(await lintPullRequest(edited, 'diff_context'), 'resources-missing')).toEqual([]);
    expect(at(await lintPullRequest(edited, 'file'), 'resources-missing')).toEqual([`${TEMPLATE}:${RESOURCES_MISSING_LINE}:existing`]);
    const broken = repo(chartFiles(), { files: { [TEMPLATE]: DEPLOYMENT_TEMPLATE.replace('replicas: 2', 'replicas: {{ .Values.replicas') } });
    expect(at(await lintPullRequest(broken, 'added'), 'render-failed')).toEqual(['charts/web/Chart.yaml:1:new']);
  });

  // The base chart needs its _helpers.tpl to render (baseline.ts copies a render root's other files too).
  it('the base of a chart that uses its helper renders, so an old finding stays existing', async () => {
    const r = repo(chartFiles(VALUES_WITHOUT_RESOURCES, { useHelper: true }), { files: { [TEMPLATE]: chartFiles(VALUES_WITHOUT_RESOURCES, { useHelper: true })[TEMPLATE].replace('replicas: 2', 'replicas: 3') } });
    expect(at(await lintPullRequest(r, 'file'), 'resources-missing')).toEqual([`${TEMPLATE}:${RESOURCES_MISSING_LINE}:existing`]);
  });

  it('the Dockerfile beside the chart alone: its own findings, and the chart stays out of scope', async () => {
    const base = { ...chartFiles(VALUES_WITHOUT_RESOURCES), 'charts/web/Dockerfile': 'FROM alpine:3.20\n' };
    const r = repo(base, { files: { 'charts/web/Dockerfile': 'FROM alpine:3.20\nRUN apk add curl\n' } });
    const linted = await lintPullRequest(r, 'added');
    expect(at(linted, 'apk-no-cache')).toEqual(['charts/web/Dockerfile:2:new']);
    expect(at(linted, 'resources-missing')).toEqual([]);
    expect(linted.notes.join('\n')).not.toContain('charts/web (');
  });

  it('the chart\'s README alone: nothing to check', async () => {
    const r = repo({ ...chartFiles(VALUES_WITHOUT_RESOURCES), 'charts/web/README.md': '# web\n' }, { files: { 'charts/web/README.md': '# web\n\nThe shop front.\n' } });
    expect((await lintPullRequest(r, 'added')).findings).toBeNull();
  });
});

describe.skipIf(!kubectl)('a change to what a Kustomization is rendered from', () => {
  it('the overlay\'s patch alone: the finding on the unchanged base resource is reported', async () => {
    const r = repo(kustomizeFiles(), { files: { 'deploy/prod/resources.yaml': LABELS_PATCH } });
    for (const mode of ['added', 'diff_context', 'file'] as FilterMode[]) {
      expect(at(await lintPullRequest(r, mode), 'resources-missing'), mode).toEqual([`${BASE_RESOURCE}:${BASE_RESOURCES_MISSING_LINE}:new`]);
    }
  });

  it('the overlay\'s kustomization.yaml alone (the patch dropped)', async () => {
    const r = repo(kustomizeFiles(), { files: { 'deploy/prod/kustomization.yaml': 'resources:\n  - ../base\n' } });
    expect(at(await lintPullRequest(r, 'added'), 'resources-missing')).toEqual([`${BASE_RESOURCE}:${BASE_RESOURCES_MISSING_LINE}:new`]);
  });

  it('a base resource edit keeps its lines', async () => {
    const r = repo(kustomizeFiles(LABELS_PATCH), { files: { [BASE_RESOURCE]: BASE_DEPLOYMENT.replace('api:2.0.1', 'api:2.0.2') } });
    expect(at(await lintPullRequest(r, 'added'), 'resources-missing')).toEqual([]);
    expect(at(await lintPullRequest(r, 'file'), 'resources-missing')).toEqual([`${BASE_RESOURCE}:${BASE_RESOURCES_MISSING_LINE}:existing`]);
  });
});
