/**
 * schema-invalid: built-in kinds against the shipped Kubernetes schemas (read lazily, compiled once per kind),
 * custom resources against their CRD when the run has it — and no noise on kube-prometheus's real CRs.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { crdSchemas } from '../../src/kubernetes/crds.js';
import { parseManifests } from '../../src/kubernetes/parse.js';
import { builtinValidator, crdToJsonSchema, crdValidator, schemasLoaded, validateValue } from '../../src/kubernetes/schema.js';
import { tree } from '../helpers/tmp.js';

const KUBE_PROMETHEUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'manifests', 'prometheus-operator+kube-prometheus');

describe('built-in schemas', () => {
  it('are not read until a manifest is validated', async () => {
    const root = tree({ 'Dockerfile': 'FROM alpine:3.20\nUSER 10001\n' });
    await run({ paths: ['.'], cwd: root });
    expect(schemasLoaded()).toBe(false);
    const withManifest = tree({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {A: "1"}\n' });
    await run({ paths: ['.'], cwd: withManifest });
    expect(schemasLoaded()).toBe(true);
  });

  it('compile once per kind, and know only what the API serves', () => {
    expect(builtinValidator('apps/v1', 'Deployment')).toBe(builtinValidator('apps/v1', 'Deployment'));
    expect(builtinValidator('extensions/v1beta1', 'Deployment')).toBeNull();
    expect(builtinValidator('monitoring.coreos.com/v1', 'Prometheus')).toBeNull();
  });

  it('report each problem at its own line with a suggestion for a misspelt field', async () => {
    const root = tree({
      'web.yaml': [
        'apiVersion: v1',                 // 1
        'kind: Pod',                      // 2
        'metadata:',                      // 3
        '  name: web',                    // 4
        '  labels: {version: 2}',         // 5  a label value must be a string
        'spec:',                          // 6
        '  containers:',                  // 7
        '    - name: web',                // 8
        '      image: nginx:1.27',        // 9
        '      imagePullpolicy: Always',  // 10 misspelt
        '      ports:',                   // 11
        '        - containerPort: "80"',  // 12 a string
        '  restartPolicy: Always',        // 13
        '',
      ].join('\n'),
    });
    const report = await run({ paths: ['.'], cwd: root });
    const found = report.findings.filter((f) => f.ruleId === 'schema-invalid');
    expect(found.map((f) => f.line)).toEqual([5, 10, 12]);
    expect(found[1].message).toBe('Pod web: unknown field `imagePullpolicy` in spec.containers[0] (did you mean `imagePullPolicy`?); the API server rejects or drops it (checked against the Kubernetes 1.34 schema)');
    expect(found[2].message).toContain('spec.containers[0].ports[0].containerPort must be an integer, not the string "80"');
  });
});

describe('custom resources', () => {
  it('translate a CRD schema with Kubernetes semantics', () => {
    const raw = {
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          properties: {
            port: { 'x-kubernetes-int-or-string': true },
            free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { a: { type: 'string' } } },
            either: { type: 'object', anyOf: [{ required: ['a'] }, { required: ['b'] }], properties: { a: { type: 'string' }, b: { type: 'string' } } },
            template: { type: 'object', 'x-kubernetes-embedded-resource': true, properties: { spec: { type: 'object' } } },
            name: { type: 'string', pattern: '^[a-z]+$', format: 'hostname' },
          },
        },
      },
    };
    // Patterns and formats are dropped (Go's regexp dialect is not JavaScript's); the rest becomes JSON Schema.
    expect(JSON.stringify(crdToJsonSchema(raw, true, true))).not.toMatch(/pattern|format|x-kubernetes/);
    const validate = crdValidator(raw)!;
    const ok = { apiVersion: 'x/v1', kind: 'X', metadata: { name: 'n', labels: { a: 'b' } }, spec: { port: 'http', free: { anything: 1 }, either: { b: 'x' }, template: { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: {} }, name: 'NOT-lower' } };
    expect(validateValue(validate, ok)).toEqual([]);
    const bad = { ...ok, spec: { ...ok.spec, port: true, extra: 1, either: {} } };
    expect(validateValue(validate, bad).map((p) => p.path.join('.'))).toEqual(['spec.extra', 'spec.port', 'spec.either']);
  });

  it('kube-prometheus: every CR with its CRD in the run is validated, and none is flagged', async () => {
    const report = await run({ paths: [KUBE_PROMETHEUS], cwd: KUBE_PROMETHEUS });
    expect(report.findings.filter((f) => f.ruleId === 'schema-invalid')).toEqual([]);
    // The check did run: the CRDs are found and compile, and their CRs are many.
    const objects = report.files.flatMap((f) => {
      const text = readFileSync(join(KUBE_PROMETHEUS, f.file), 'utf8');
      return parseManifests(f.file, text).objects;
    });
    const schemas = crdSchemas(objects);
    const customResources = objects.filter((o) => schemas.has(`${o.apiVersion}/${o.kind}`));
    expect(customResources.length).toBeGreaterThanOrEqual(19);
    expect(new Set(customResources.map((o) => o.kind))).toEqual(new Set(['Alertmanager', 'Prometheus', 'PrometheusRule', 'ServiceMonitor']));
    for (const kind of ['Prometheus', 'ServiceMonitor']) expect(crdValidator(schemas.get(`monitoring.coreos.com/v1/${kind}`)), kind).not.toBeNull();
  }, 120_000);

  it('kube-prometheus: a misspelt field in a CR is found through the repository\'s CRD', async () => {
    const root = tree({});
    cpSync(join(KUBE_PROMETHEUS, 'manifests'), join(root, 'manifests'), { recursive: true });
    const file = join(root, 'manifests', 'prometheus-prometheus.yaml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('  replicas:')) + 1;
    writeFileSync(file, text.replace('\n  replicas:', '\n  replica:'));
    const report = await run({ paths: ['manifests'], cwd: root });
    const found = report.findings.filter((f) => f.ruleId === 'schema-invalid');
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual([`manifests/prometheus-prometheus.yaml:${line}`]);
    expect(found[0].message).toBe('Prometheus k8s: unknown field `replica` in spec (did you mean `replicas`?); the API server rejects or drops it (checked against its CustomResourceDefinition)');
  }, 120_000);

  it('a CR whose CRD is not in the run is skipped without a word', async () => {
    const root = tree({ 'sm.yaml': 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: a}\nspec: {endpointz: 1}\n' });
    const report = await run({ paths: ['.'], cwd: root });
    expect(report.findings.filter((f) => f.ruleId === 'schema-invalid')).toEqual([]);
  });
});
