/** Ignore annotations: ours, and the peers' spellings mapped through rule aliases. */
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/schema.js';
import { lintManifest } from '../../src/kubernetes/lint.js';

/** A Deployment whose one container trips privileged-container, image-tag-latest and resources-missing among others. */
function deployment(objectAnnotations: Record<string, string>, templateAnnotations: Record<string, string> = {}): string {
  const block = (a: Record<string, string>, indent: string) =>
    Object.keys(a).length ? `${indent}annotations:\n${Object.entries(a).map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join('\n')}\n` : '';
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n${block(objectAnnotations, '  ')}spec:\n  template:\n    metadata:\n${block(templateAnnotations, '      ')}      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n          securityContext:\n            privileged: true\n`;
}

function ruleIds(text: string): string[] {
  const notices: string[] = [];
  const result = lintManifest('d.yaml', text, emptyConfig(), notices);
  expect(notices).toEqual([]);
  return [...new Set(result.findings.map((f) => f.ruleId))].sort();
}

const baseline = ruleIds(deployment({}));

describe('ignore annotations', () => {
  it('the baseline trips the rules the cases below silence', () => {
    expect(baseline).toEqual(expect.arrayContaining(['privileged-container', 'image-tag-latest', 'resources-missing', 'probes-missing']));
  });

  const cases: [string, Record<string, string>, Record<string, string>, string[]][] = [
    ['shipshape.io/ignore on the object, ids and aliases mixed', { 'shipshape.io/ignore': 'privileged-container, latest-tag' }, {}, ['privileged-container', 'image-tag-latest']],
    ['shipshape.io/ignore on the pod template', {}, { 'shipshape.io/ignore': 'resources-missing' }, ['resources-missing']],
    ['kube-linter ignore-check', { 'ignore-check.kube-linter.io/privileged-container': 'node agent', 'ignore-check.kube-linter.io/unset-memory-requirements': 'x' }, {}, ['privileged-container', 'resources-missing']],
    ['kube-score/ignore', { 'kube-score/ignore': 'container-security-context-privileged,pod-probes' }, {}, ['privileged-container', 'probes-missing']],
    ['polaris exemptions', { 'polaris.fairwinds.com/runAsPrivileged-exempt': 'true', 'polaris.fairwinds.com/readinessProbeMissing-exempt': 'false' }, {}, ['privileged-container']],
    ['checkov skips', { 'checkov.io/skip1': 'CKV_K8S_16=node agent needs it', 'checkov.io/skip2': 'CKV_K8S_14' }, {}, ['privileged-container', 'image-tag-latest']],
  ];
  for (const [what, onObject, onTemplate, silenced] of cases) {
    it(what, () => {
      const ids = ruleIds(deployment(onObject, onTemplate));
      expect(ids).toEqual(baseline.filter((id) => !silenced.includes(id)));
    });
  }

  it('polaris.fairwinds.com/exempt silences everything but parse errors', () => {
    expect(ruleIds(deployment({ 'polaris.fairwinds.com/exempt': 'true' }))).toEqual([]);
  });

  it('an unknown name silences nothing', () => {
    expect(ruleIds(deployment({ 'shipshape.io/ignore': 'no-such-rule' }))).toEqual(baseline);
  });
});
