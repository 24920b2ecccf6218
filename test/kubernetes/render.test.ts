/**
 * Helm charts and Kustomizations, rendered by the real binaries: findings land in the template / resource file a
 * person edits, at the line of the field; chart templates are never linted raw; a missing tool is one info
 * finding; a failing or hanging render is one error finding.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/types.js';
import { tree } from '../helpers/tmp.js';
import { toolDir, withPath } from '../helpers/tools.js';

const helm = toolDir('helm');
const kubectl = toolDir('kubectl');

const CHART = {
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.4.2"\n',
  'charts/web/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: ""\nreplicas: 2\nport: 8080\n',
  'charts/web/templates/_helpers.tpl': '{{- define "web.name" -}}{{ .Release.Name }}-web{{- end }}\n',
  'charts/web/templates/deployment.yaml': [
    'apiVersion: apps/v1',                                  // 1
    'kind: Deployment',                                     // 2
    'metadata:',                                            // 3
    '  name: {{ include "web.name" . }}',                   // 4
    '  namespace: {{ .Release.Namespace }}',                // 5
    'spec:',                                                // 6
    '  replicas: {{ .Values.replicas }}',                   // 7
    '  selector:',                                          // 8
    '    matchLabels: {app: web}',                          // 9
    '  template:',                                          // 10
    '    metadata:',                                        // 11
    '      labels: {app: web}',                             // 12
    '    spec:',                                            // 13
    '      containers:',                                    // 14
    '        - name: web',                                  // 15
    '          image: "{{ .Values.image.repository }}{{ if .Values.image.tag }}:{{ .Values.image.tag }}{{ end }}"', // 16
    '          ports:',                                     // 17
    '            - containerPort: {{ .Values.port }}',      // 18
    '              containerprot: 1',                       // 19
    '',
  ].join('\n'),
  'charts/web/templates/service.yaml': [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: {{ include "web.name" . }}',
    '  namespace: {{ .Release.Namespace }}',
    'spec:',
    '  selector: {app: {{ .Values.selectorApp | default "web" }}}', // 7
    '  ports:',
    '    - port: 80',
    '',
  ].join('\n'),
  'charts/web/templates/tests/test-connection.yaml': [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: test-connection',
    '  annotations:',
    '    "helm.sh/hook": test',
    'spec:',
    '  containers:',
    '    - name: wget',
    '      image: busybox',
    '  restartPolicy: Never',
    '',
  ].join('\n'),
};

function at(findings: Finding[], ruleId: string): string[] {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}:${f.line}`).sort();
}

describe.skipIf(!helm)('Helm charts (real helm)', () => {
  it('renders the chart and maps findings to the template line through # Source', async () => {
    const root = tree(CHART);
    const report = await withPath([helm], () => run({ paths: ['.'], cwd: root, options: { 'helm-namespace': 'shop' } }));
    // Templates are not linted as raw YAML: no parse errors from `{{ }}`, and the values file is not a manifest.
    expect(at(report.findings, 'parse-error')).toEqual([]);
    expect(at(report.findings, 'image-tag-missing')).toEqual(['charts/web/templates/deployment.yaml:16']);
    expect(at(report.findings, 'schema-invalid')).toEqual(['charts/web/templates/deployment.yaml:19']);
    expect(at(report.findings, 'namespace-missing')).toEqual([]);
    // The test hook's Pod is skipped: it would be a bare pod with an untagged image.
    expect(report.findings.filter((f) => f.file.includes('test-connection'))).toEqual([]);
    expect(report.files.map((f) => f.file).sort()).toEqual(['charts/web/templates/deployment.yaml', 'charts/web/templates/service.yaml']);
    expect(report.files.every((f) => f.type === 'kubernetes' && f.error === null)).toBe(true);
  });

  it('takes values files and the release name from the options, and project checks see the rendered objects', async () => {
    const root = tree({ ...CHART, 'charts/web/prod-values.yaml': 'image:\n  tag: "1.4.2"\nselectorApp: webapp\n' });
    const report = await withPath([helm], () => run({ paths: ['charts'], cwd: root, options: { 'helm-values': ['prod-values.yaml'], 'helm-release': 'prod' } }));
    expect(at(report.findings, 'image-tag-missing')).toEqual([]);
    // selectorApp: webapp makes the rendered Service select nothing; reported at the template's selector line.
    const dangling = report.findings.filter((f) => f.ruleId === 'service-selects-nothing');
    expect(dangling.map((f) => `${f.file}:${f.line}`)).toEqual(['charts/web/templates/service.yaml:7']);
    expect(dangling[0].message).toContain('prod-web');
  });

  it('reports a chart that fails to render as one render-failed finding on Chart.yaml', async () => {
    const root = tree({ ...CHART, 'charts/web/templates/broken.yaml': 'kind: {{ .Values.missing.field }}\n' });
    const report = await withPath([helm], () => run({ paths: ['.'], cwd: root }));
    const failed = report.findings.filter((f) => f.ruleId === 'render-failed');
    expect(failed.map((f) => `${f.file}:${f.line}:${f.severity}`)).toEqual(['charts/web/Chart.yaml:1:error']);
    expect(failed[0].message).toMatch(/helm template failed: helm exited with 1: .*nil pointer/);
    expect(report.findings.filter((f) => f.file.includes('/templates/'))).toEqual([]);
  });

  it('a chart whose dependencies are not vendored is one render-skipped note, not an error', async () => {
    const chartYaml = CHART['charts/web/Chart.yaml'] + 'dependencies:\n  - name: redis\n    version: 18.x\n    repository: https://charts.example.com\n';
    const root = tree({ ...CHART, 'charts/web/Chart.yaml': chartYaml });
    const report = await withPath([helm], () => run({ paths: ['.'], cwd: root }));
    const notes = report.findings.filter((f) => f.file === 'charts/web/Chart.yaml');
    expect(notes.map((f) => `${f.ruleId}:${f.line}:${f.severity}`)).toEqual(['render-skipped:1:info']);
    expect(notes[0].message).toContain('dependencies redis are not in charts/');
    expect(notes[0].message).toContain('helm dependency build charts/web');
  });

  it('stops a render that runs away after render-timeout seconds', async () => {
    // 10^10 template iterations: a real helm, busy for minutes, killed after one second.
    const root = tree({ ...CHART, 'charts/web/templates/loop.yaml': '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n' });
    const started = Date.now();
    const report = await withPath([helm], () => run({ paths: ['charts'], cwd: root, options: { 'render-timeout': 1 } }));
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([
      'render-failed charts/web/Chart.yaml:1 helm template failed: helm did not finish within 1 s and was stopped',
    ]);
  });
});

describe('without the tools', () => {
  it('says once per chart that helm is missing, and lints no template', async () => {
    const root = tree(CHART);
    const report = await withPath([], () => run({ paths: ['.'], cwd: root }));
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.severity}`)).toEqual(['render-skipped charts/web/Chart.yaml:1 info']);
  });

  it('lints a Dockerfile that lives in a chart directory: only the chart\'s YAML goes through helm', async () => {
    const root = tree({ ...CHART, 'charts/web/Dockerfile': 'FROM alpine:3.20\nRUN apk add curl\n', 'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n', 'Dockerfile': 'FROM alpine\n' });
    const report = await withPath([], () => run({ paths: ['.'], cwd: root }));
    expect(at(report.findings, 'apk-no-cache')).toEqual(['charts/web/Dockerfile:2']);
    expect(at(report.findings, 'image-tag-missing')).toEqual(['Dockerfile:1']);
    expect(report.files.map((f) => `${f.file} ${f.type}`).sort()).toEqual(['Chart.yaml kubernetes', 'Dockerfile dockerfile', 'charts/web/Dockerfile dockerfile']);
  });

  it('checks a Kustomization\'s files as written, patches skipped, when neither kustomize nor kubectl is there', async () => {
    const root = tree({
      'app/kustomization.yaml': 'resources: [deploy.yaml]\npatches:\n  - path: replicas.yaml\n',
      'app/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "2"\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx:1.27}]\n',
      'app/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
    });
    const report = await withPath([], () => run({ paths: ['.'], cwd: root }));
    expect(at(report.findings, 'render-skipped')).toEqual(['app/kustomization.yaml:1']);
    expect(at(report.findings, 'schema-invalid')).toEqual(['app/deploy.yaml:6']);
    expect(report.files.map((f) => f.file).sort()).toEqual(['app/deploy.yaml', 'app/kustomization.yaml']);
  });
});

describe.skipIf(!kubectl)('Kustomize (real kubectl kustomize)', () => {
  const KUSTOMIZE = {
    'base/kustomization.yaml': 'resources: [deploy.yaml, service.yaml]\n',
    'base/deploy.yaml': [
      'apiVersion: apps/v1',             // 1
      'kind: Deployment',                // 2
      'metadata:',                       // 3
      '  name: web',                     // 4
      'spec:',                           // 5
      '  selector:',                     // 6
      '    matchLabels: {app: web}',     // 7
      '  template:',                     // 8
      '    metadata:',                   // 9
      '      labels: {app: web}',        // 10
      '    spec:',                       // 11
      '      containers:',               // 12
      '        - name: web',             // 13
      '          image: nginx',          // 14
      '          envFrom:',              // 15
      '            - configMapRef:',     // 16
      '                name: settings',  // 17
      '',
    ].join('\n'),
    'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n',
    'overlays/prod/kustomization.yaml': 'namespace: shop\nnamePrefix: prod-\nresources: [../../base]\npatches:\n  - path: replicas.yaml\nconfigMapGenerator:\n  - name: settings\n    literals: [MODE=prod]\n',
    'overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
  };

  it('renders the overlay and maps findings to the base resource file and line', async () => {
    const root = tree(KUSTOMIZE);
    const report = await withPath([kubectl], () => run({ paths: ['.'], cwd: root }));
    expect(at(report.findings, 'render-failed')).toEqual([]);
    expect(at(report.findings, 'image-tag-missing')).toEqual(['base/deploy.yaml:14']);
    // The overlay sets the namespace, so the base (built through it) is not blamed for lacking one.
    expect(at(report.findings, 'namespace-missing')).toEqual([]);
    // The generated ConfigMap (renamed with a hash, reference rewritten) satisfies the envFrom.
    expect(at(report.findings, 'missing-config-reference')).toEqual([]);
    // The patch is a fragment: never checked on its own.
    expect(report.findings.filter((f) => f.file.endsWith('replicas.yaml'))).toEqual([]);
    // Our origin annotation does not leak into what rules see, and the base is reported once, not per render.
    expect(report.findings.filter((f) => f.ruleId === 'root-user').map((f) => `${f.file}:${f.line}`)).toEqual(['base/deploy.yaml:13']);
    expect(report.files.map((f) => f.file).sort()).toEqual(['base/deploy.yaml', 'base/service.yaml', 'overlays/prod/kustomization.yaml']);
  });

  it('a base under two overlays: each problem once, and two problems of one rule on one line stay two', async () => {
    const flow = KUSTOMIZE['base/deploy.yaml'].replace('          image: nginx\n', '          image: nginx:1.27\n          securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [SYS_ADMIN]}}\n');
    const root = tree({
      ...KUSTOMIZE, 'base/deploy.yaml': flow,
      'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: metrics}]\n',
      'overlays/staging/kustomization.yaml': 'namespace: staging\nresources: [../../base]\n',
    });
    const report = await withPath([kubectl], () => run({ paths: ['.'], cwd: root }));
    // Line 15: no ALL dropped (warning) and SYS_ADMIN added (error), rendered by both overlays.
    expect(report.findings.filter((f) => f.ruleId === 'capabilities-not-dropped').map((f) => `${f.file}:${f.line}:${f.severity}`).sort()).toEqual(['base/deploy.yaml:15:error', 'base/deploy.yaml:15:warning']);
    // A project rule: the Service of both namespaces names a port nothing declares; one finding on the base file.
    expect(at(report.findings, 'service-selects-nothing')).toEqual(['base/service.yaml:7']);
    expect(at(report.findings, 'root-user')).toEqual(['base/deploy.yaml:15']);
  });

  it('an ignored resource file gets no findings through the overlay either', async () => {
    const root = tree({ ...KUSTOMIZE, '.shipshape.yml': 'ignore:\n  - base/deploy.yaml\n' });
    const report = await withPath([kubectl], () => run({ paths: ['.'], cwd: root }));
    expect(report.findings.filter((f) => f.file === 'base/deploy.yaml')).toEqual([]);
    expect(report.files.map((f) => f.file).sort()).toEqual(['base/service.yaml', 'overlays/prod/kustomization.yaml']);
  });

  it('reports a broken Kustomization once and checks its files as written', async () => {
    const root = tree({ ...KUSTOMIZE, 'overlays/prod/kustomization.yaml': 'resources: [../../base, missing.yaml]\n' });
    const report = await withPath([kubectl], () => run({ paths: ['.'], cwd: root }));
    const failed = report.findings.filter((f) => f.ruleId === 'render-failed');
    expect(failed.map((f) => `${f.file}:${f.line}`)).toEqual(['overlays/prod/kustomization.yaml:1']);
    expect(failed[0].message).toContain('missing.yaml');
    expect(at(report.findings, 'image-tag-missing')).toEqual(['base/deploy.yaml:14']);
  });
});
