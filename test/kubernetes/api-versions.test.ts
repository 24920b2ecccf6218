/** removed-api-version / deprecated-api-version under the `kubernetes-version` option, and the table's coverage. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { apiVersionEntry, DEFAULT_KUBERNETES_VERSION, parseMinorVersion } from '../../src/kubernetes/api-versions.js';
import { parseCli, UsageError } from '../../src/cli/args.js';
import { tree } from '../helpers/tmp.js';

const MANIFEST = [
  'apiVersion: extensions/v1beta1', // 1: Ingress, deprecated 1.14, removed 1.22
  'kind: Ingress',
  'metadata: {name: web, namespace: shop}',
  '---',
  'apiVersion: autoscaling/v2beta2', // 5: HPA, deprecated 1.23, removed 1.26
  'kind: HorizontalPodAutoscaler',
  'metadata: {name: web, namespace: shop}',
  '',
].join('\n');

async function apiFindings(version?: string) {
  const root = tree({ 'api.yaml': MANIFEST });
  const report = await run({ paths: ['.'], cwd: root, options: version ? { 'kubernetes-version': version } : {} });
  return report.findings.filter((f) => f.ruleId.endsWith('api-version')).map((f) => `${f.line} ${f.ruleId}`);
}

describe('kubernetes-version decides removed vs deprecated', () => {
  it('1.13: neither API is deprecated yet', async () => {
    expect(await apiFindings('1.13')).toEqual([]);
  });
  it('1.20: the Ingress is deprecated, the HPA not yet', async () => {
    expect(await apiFindings('v1.20.4')).toEqual(['1 deprecated-api-version']);
  });
  it('1.24: the Ingress is removed, the HPA deprecated', async () => {
    expect(await apiFindings('1.24')).toEqual(['1 removed-api-version', '5 deprecated-api-version']);
  });
  it(`default (${DEFAULT_KUBERNETES_VERSION}): both removed, the message naming the replacement`, async () => {
    const root = tree({ 'api.yaml': MANIFEST });
    const report = await run({ paths: ['.'], cwd: root });
    const removed = report.findings.filter((f) => f.ruleId === 'removed-api-version');
    expect(removed.map((f) => [f.line, f.severity])).toEqual([[1, 'error'], [5, 'error']]);
    expect(removed[0].message).toBe('extensions/v1beta1 Ingress was removed in Kubernetes 1.22 (deprecated since 1.14) and is not served by 1.34: use networking.k8s.io/v1');
    expect(removed[1].message).toContain('use autoscaling/v2');
  });
  it('a bad version in a config file is a configuration error naming the file, not a run without API checks', async () => {
    const root = tree({ 'api.yaml': MANIFEST, '.shipshape.yml': 'options:\n  kubernetes-version: latest\n' });
    await expect(run({ paths: ['api.yaml'], cwd: root })).rejects.toThrow(/\.shipshape\.yml: options: kubernetes-version must be a version such as "1.34", not "latest"/);
  });
  it('APIs removed without deprecation and without a successor say what to use instead', async () => {
    const root = tree({ 'old.yaml': 'apiVersion: settings.k8s.io/v1alpha1\nkind: PodPreset\nmetadata: {name: p, namespace: x}\n---\napiVersion: admissionregistration.k8s.io/v1alpha1\nkind: InitializerConfiguration\nmetadata: {name: i}\n' });
    const removed = (await run({ paths: ['.'], cwd: root })).findings.filter((f) => f.ruleId === 'removed-api-version');
    expect(removed.map((f) => f.line)).toEqual([1, 5]);
    expect(removed[0].message).toContain('PodPreset has no successor API');
    expect(removed[1].message).toContain('use a mutating admission webhook');
  });
  it('a successor the target no longer serves either is skipped in the advice', async () => {
    const root = tree({ 'psp.yaml': 'apiVersion: extensions/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: restricted}\n' });
    const message = async (version: string) => (await run({ paths: ['.'], cwd: root, options: { 'kubernetes-version': version } })).findings.find((f) => f.ruleId === 'removed-api-version')?.message;
    expect(await message('1.20')).toMatch(/: use policy\/v1beta1$/);
    expect(await message('1.30')).toMatch(/: PodSecurityPolicy has no successor API: use Pod Security Admission/);
  });
  it('a bad --kubernetes-version is a usage error', () => {
    expect(() => parseCli(['--kubernetes-version', 'one.two', '.'], false)).toThrow(UsageError);
    expect(parseCli(['--kubernetes-version', '1.29', '.'], false).options['kubernetes-version']).toBe('1.29');
  });
});

describe('the table', () => {
  it('covers pluto\'s Kubernetes entries', () => {
    const pluto: [string, string][] = [
      ['extensions/v1beta1', 'Deployment'], ['apps/v1beta1', 'StatefulSet'], ['apps/v1beta2', 'DaemonSet'], ['extensions/v1beta1', 'NetworkPolicy'],
      ['networking.k8s.io/v1beta1', 'IngressClass'], ['policy/v1beta1', 'PodSecurityPolicy'], ['policy/v1beta1', 'PodDisruptionBudget'],
      ['batch/v1beta1', 'CronJob'], ['autoscaling/v2beta1', 'HorizontalPodAutoscaler'], ['rbac.authorization.k8s.io/v1beta1', 'ClusterRoleBinding'],
      ['rbac.authorization.k8s.io/v1alpha1', 'Role'], ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition'],
      ['admissionregistration.k8s.io/v1beta1', 'ValidatingWebhookConfiguration'], ['storage.k8s.io/v1beta1', 'CSIStorageCapacity'],
      ['scheduling.k8s.io/v1beta1', 'PriorityClass'], ['coordination.k8s.io/v1beta1', 'Lease'], ['certificates.k8s.io/v1beta1', 'CertificateSigningRequest'],
      ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema'], ['node.k8s.io/v1beta1', 'RuntimeClass'], ['discovery.k8s.io/v1beta1', 'EndpointSlice'],
      ['events.k8s.io/v1beta1', 'Event'], ['apiregistration.k8s.io/v1beta1', 'APIService'], ['authentication.k8s.io/v1beta1', 'TokenReview'],
      ['policy/v1beta1', 'PodDisruptionBudgetList'],
    ];
    expect(pluto.filter(([v, k]) => !apiVersionEntry(v, k)?.removedIn)).toEqual([]);
    expect(apiVersionEntry('apps/v1', 'Deployment')).toBeUndefined();
  });
  it('reads versions the way people write them', () => {
    expect(parseMinorVersion('1.34')).toEqual([1, 34]);
    expect(parseMinorVersion('v1.29.3-eks-1234')).toEqual([1, 29]);
    expect(parseMinorVersion('latest')).toBeNull();
  });
});
