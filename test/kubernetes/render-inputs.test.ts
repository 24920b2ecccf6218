/**
 * What a chart or a kustomization is rendered from (a change there moves findings anywhere in its output), what it
 * only reads (a template or resource: its own objects), and what it does not read at all (documentation).
 */
import { describe, expect, it } from 'vitest';
import { renderInputs, type RenderInputs } from '../../src/kubernetes/render-inputs.js';
import { tree } from '../helpers/tmp.js';

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\n';

function unit(units: RenderInputs[], file: string): RenderInputs {
  const found = units.find((u) => u.file === file);
  if (!found) throw new Error(`no render for ${file}: ${units.map((u) => u.file).join(', ')}`);
  return found;
}

/** Each path as `feeds`, `reads` (only) or `-`. */
function roles(u: RenderInputs, paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, u.feeds(p) ? 'feeds' : u.reads(p) ? 'reads' : '-']));
}

describe('a Helm chart', () => {
  const root = tree({
    'web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'web/values.yaml': 'replicas: 2\n',
    'web/README.md': '# web\n',
    'web/templates/_helpers.tpl': '{{- define "x" -}}x{{- end }}\n',
    'web/templates/deployment.yaml': DEPLOYMENT,
    'web/templates/NOTES.txt': 'Installed.\n',
    'web/crds/widget.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n',
    'web/files/app.json': '{}\n',
    // The app's Dockerfile beside its chart: linted as itself, no input of the render.
    'web/Dockerfile': 'FROM alpine:3.20\n',
    'web/charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n',
    'web/charts/db/values.yaml': 'size: 1\n',
    'web/charts/db/templates/statefulset.yaml': DEPLOYMENT,
    // helm-values may name a file outside the chart.
    'web/.shipshape.yml': 'options:\n  helm-values: [../env/web-prod.yaml]\n',
    'env/web-prod.yaml': 'replicas: 5\n',
    'env/other.yaml': 'replicas: 1\n',
  });

  it('is fed by every file but its own templates and documentation; subcharts are part of it', () => {
    const units = renderInputs(root);
    expect(units.map((u) => u.file)).toEqual(['web/Chart.yaml']);
    expect(roles(unit(units, 'web/Chart.yaml'), [
      'web/values.yaml', 'web/Chart.yaml', 'web/templates/_helpers.tpl', 'web/files/app.json', 'web/charts/db/values.yaml',
      'web/templates/_deleted.tpl', 'env/web-prod.yaml',
      'web/templates/deployment.yaml', 'web/crds/widget.yaml', 'web/charts/db/templates/statefulset.yaml',
      'web/README.md', 'web/templates/NOTES.txt', 'env/other.yaml', 'web/Dockerfile',
    ])).toEqual({
      'web/values.yaml': 'feeds', 'web/Chart.yaml': 'feeds', 'web/templates/_helpers.tpl': 'feeds', 'web/files/app.json': 'feeds',
      'web/charts/db/values.yaml': 'feeds', 'web/templates/_deleted.tpl': 'feeds', 'env/web-prod.yaml': 'feeds',
      'web/templates/deployment.yaml': 'reads', 'web/crds/widget.yaml': 'reads', 'web/charts/db/templates/statefulset.yaml': 'reads',
      'web/README.md': '-', 'web/templates/NOTES.txt': '-', 'env/other.yaml': '-', 'web/Dockerfile': '-',
    });
  });

  it('has its findings on its templates and Chart.yaml', () => {
    const outputs = unit(renderInputs(root), 'web/Chart.yaml').outputs;
    expect(outputs).toEqual(expect.arrayContaining(['web/Chart.yaml', 'web/templates/deployment.yaml', 'web/charts/db/templates/statefulset.yaml', 'web/crds/widget.yaml']));
    expect(outputs).not.toContain('env/web-prod.yaml');
    expect(outputs).not.toContain('web/Dockerfile');
  });
});

describe('a Kustomization', () => {
  const root = tree({
    'base/kustomization.yaml': 'resources: [deployment.yaml]\npatches:\n  - path: base-patch.yaml\n',
    'base/deployment.yaml': DEPLOYMENT,
    'base/base-patch.yaml': DEPLOYMENT,
    'components/probes/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: probes.yaml\n',
    'components/probes/probes.yaml': DEPLOYMENT,
    'prod/kustomization.yaml': [
      'resources: [../base, extra.yaml]',
      'components: [../components/probes]',
      'patches:',
      '  - path: patch.yaml',
      '  - patch: |-\n      - op: add\n        path: /x\n        value: 1\n    target: {kind: Deployment}',
      'configMapGenerator:',
      '  - name: app',
      '    files: [app.properties, settings=conf/settings.ini]',
      '    envs: [app.env]',
      '',
    ].join('\n'),
    'prod/extra.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: api}\n',
    'prod/patch.yaml': DEPLOYMENT,
    'prod/app.properties': 'a=1\n',
    'prod/conf/settings.ini': '[x]\n',
    'prod/app.env': 'B=2\n',
    'prod/notes.yaml': 'not: referenced\n',
  });

  it('is fed by its own file, patches, generator sources and components; its bases only read', () => {
    const units = renderInputs(root);
    // A Component is no render of its own; a base is, for what its own patches do.
    expect(units.map((u) => u.file).sort()).toEqual(['base/kustomization.yaml', 'prod/kustomization.yaml']);
    expect(roles(unit(units, 'prod/kustomization.yaml'), [
      'prod/kustomization.yaml', 'prod/patch.yaml', 'prod/app.properties', 'prod/conf/settings.ini', 'prod/app.env',
      'components/probes/kustomization.yaml', 'components/probes/probes.yaml',
      'prod/extra.yaml', 'base/deployment.yaml', 'base/kustomization.yaml', 'base/base-patch.yaml',
      'prod/notes.yaml',
    ])).toEqual({
      'prod/kustomization.yaml': 'feeds', 'prod/patch.yaml': 'feeds', 'prod/app.properties': 'feeds', 'prod/conf/settings.ini': 'feeds',
      'prod/app.env': 'feeds', 'components/probes/kustomization.yaml': 'feeds', 'components/probes/probes.yaml': 'feeds',
      'prod/extra.yaml': 'reads', 'base/deployment.yaml': 'reads', 'base/kustomization.yaml': 'reads', 'base/base-patch.yaml': 'reads',
      'prod/notes.yaml': '-',
    });
    expect(roles(unit(units, 'base/kustomization.yaml'), ['base/base-patch.yaml', 'base/deployment.yaml', 'prod/patch.yaml']))
      .toEqual({ 'base/base-patch.yaml': 'feeds', 'base/deployment.yaml': 'reads', 'prod/patch.yaml': '-' });
  });

  it('has its findings on its resources, its bases\' resources and its own file', () => {
    const outputs = unit(renderInputs(root), 'prod/kustomization.yaml').outputs;
    expect(outputs).toEqual(expect.arrayContaining(['prod/kustomization.yaml', 'prod/extra.yaml', 'base/deployment.yaml']));
    expect(outputs).not.toContain('prod/patch.yaml');
  });
});
