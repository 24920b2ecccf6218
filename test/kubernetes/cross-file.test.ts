/**
 * Checks over the whole run: resources in different directories see each other, and Dockerfiles are tied to the
 * workloads running their images (by the `images` option, else by name) — including the withdrawal of the
 * manifest's root-user finding when the image's final USER is numeric and non-root.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { tree } from '../helpers/tmp.js';

const deployment = (name: string, image: string, extra = '') => [
  'apiVersion: apps/v1',                // 1
  'kind: Deployment',                   // 2
  'metadata:',                          // 3
  `  name: ${name}`,                    // 4
  'spec:',                              // 5
  '  selector:',                        // 6
  `    matchLabels: {app: ${name}}`,    // 7
  '  template:',                        // 8
  '    metadata:',                      // 9
  `      labels: {app: ${name}}`,       // 10
  '    spec:',                          // 11
  '      containers:',                  // 12
  `        - name: ${name}`,            // 13
  `          image: ${image}`,          // 14
  extra,
].join('\n');

describe('cross-resource checks span directories', () => {
  it('a Service finds its pods in another directory, and misses them when the labels differ', async () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports: [{port: 80}]\n';
    const ok = await run({ paths: ['.'], cwd: tree({ 'net/service.yaml': service, 'apps/web/deploy.yaml': deployment('web', 'nginx:1.27') }) });
    expect(ok.findings.filter((f) => f.ruleId === 'service-selects-nothing')).toEqual([]);
    const bad = await run({ paths: ['.'], cwd: tree({ 'net/service.yaml': service, 'apps/web/deploy.yaml': deployment('webapp', 'nginx:1.27') }) });
    const found = bad.findings.filter((f) => f.ruleId === 'service-selects-nothing');
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual(['net/service.yaml:6']);
    expect(found[0].message).toContain('(closest: Deployment webapp has app=webapp)');
  });

  it('reports only in the files the caller reports on, yet reads them all (the action\'s changed files)', async () => {
    const root = tree({
      'hpa.yaml': 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  maxReplicas: 3\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n',
      'deploy.yaml': deployment('web', 'nginx:1.27'),
    });
    const report = await run({ paths: ['.'], cwd: root, reportFilter: (f) => f === 'hpa.yaml' });
    expect(report.findings.filter((f) => f.ruleId === 'hpa-missing-target')).toEqual([]);
  });
});

describe('namespace-missing and the CRDs of the run', () => {
  it('a custom resource whose CRD says scope: Cluster needs no namespace; a Namespaced one does', async () => {
    const crd = (kind: string, scope: string) => `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ${kind.toLowerCase()}s.acme.io\nspec:\n  group: acme.io\n  scope: ${scope}\n  names: {kind: ${kind}, plural: ${kind.toLowerCase()}s}\n  versions: [{name: v1, served: true, storage: true}]\n`;
    const root = tree({
      'crds/fleet.yaml': crd('Fleet', 'Cluster'),
      'crds/widget.yaml': crd('Widget', 'Namespaced'),
      'app/fleet.yaml': 'apiVersion: acme.io/v1\nkind: Fleet\nmetadata:\n  name: main\n',
      'app/widget.yaml': 'apiVersion: acme.io/v1\nkind: Widget\nmetadata:\n  name: main\n',
    });
    const report = await run({ paths: ['.'], cwd: root });
    expect(report.findings.filter((f) => f.ruleId === 'namespace-missing' && f.file.startsWith('app/')).map((f) => `${f.file}:${f.line}`)).toEqual(['app/widget.yaml:3']);
  });
});

describe('hpa-missing-target', () => {
  it('names the workload of that name as the likely target, not a Service or Ingress, with the right article', async () => {
    const files = {
      'web.yaml': [
        'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}',
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec: {defaultBackend: {service: {name: web, port: {number: 80}}}}',
        deployment('web', 'nginx:1.27'),
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: deployment, name: web}\n  maxReplicas: 3',
      ].join('\n---\n'),
    };
    const report = await run({ paths: ['.'], cwd: tree(files) });
    const messages = report.findings.filter((f) => f.ruleId === 'hpa-missing-target').map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('(there is a Deployment of that name: is the kind wrong?)');
  });
});

describe('Dockerfile ↔ manifest', () => {
  const NAMED_USER = 'FROM node:20-slim\nRUN useradd app\nUSER app\nEXPOSE 3000\nCMD ["node", "server.js"]\n';
  const NON_ROOT = '      securityContext:\n        runAsNonRoot: true\n';

  it('ties an image to a Dockerfile through the images option', async () => {
    const root = tree({
      '.shipshape.yml': 'options:\n  images:\n    ghcr.io/acme/storefront: services/web/Dockerfile\n',
      'services/web/Dockerfile': NAMED_USER,
      'deploy/web.yaml': deployment('web', 'ghcr.io/acme/storefront:1.2.3', `          ports: [{containerPort: 8080}]\n${NON_ROOT}`),
    });
    const report = await run({ paths: ['.'], cwd: root });
    const ids = (id: string) => report.findings.filter((f) => f.ruleId === id).map((f) => `${f.file}:${f.line}`);
    expect(ids('run-as-non-root-needs-numeric-user')).toEqual(['deploy/web.yaml:17']);
    expect(ids('container-port-not-exposed')).toEqual(['deploy/web.yaml:15']);
  });

  it('falls back to the image name and the Dockerfile directory, and guesses nothing when two match', async () => {
    const one = await run({ paths: ['.'], cwd: tree({ 'web/Dockerfile': NAMED_USER, 'k8s/web.yaml': deployment('web', 'ghcr.io/acme/web:1.2.3', NON_ROOT) }) });
    expect(one.findings.filter((f) => f.ruleId === 'run-as-non-root-needs-numeric-user').map((f) => f.line)).toEqual([16]);
    const two = await run({ paths: ['.'], cwd: tree({ 'a/web/Dockerfile': NAMED_USER, 'b/web/Dockerfile': NAMED_USER, 'k8s/web.yaml': deployment('web', 'ghcr.io/acme/web:1.2.3', NON_ROOT) }) });
    expect(two.findings.filter((f) => f.ruleId === 'run-as-non-root-needs-numeric-user')).toEqual([]);
  });

  it('withdraws the manifest\'s root-user when the linked image runs as a numeric non-root USER, and only then', async () => {
    const root = tree({
      'api/Dockerfile': 'FROM gcr.io/distroless/static-debian12\nUSER 65532:65532\n',
      'worker/Dockerfile': 'FROM python:3.12-slim\nUSER app\n',
      'k8s/api.yaml': deployment('api', 'ghcr.io/acme/api:2.0.0'),
      'k8s/worker.yaml': deployment('worker', 'ghcr.io/acme/worker:2.0.0'),
      'k8s/admin.yaml': deployment('api', 'ghcr.io/acme/api:2.0.0', '          securityContext:\n            runAsUser: 0\n').replace('name: api\nspec', 'name: admin\nspec'),
    });
    const report = await run({ paths: ['.'], cwd: root });
    const rootUser = report.findings.filter((f) => f.ruleId === 'root-user' && f.file.startsWith('k8s/')).map((f) => `${f.file}:${f.line}`);
    // api: USER 65532 → withdrawn. worker: a named USER proves nothing. admin: the manifest forces uid 0.
    expect(rootUser).toEqual(['k8s/admin.yaml:16', 'k8s/worker.yaml:13']);
  });

  it('a final stage without USER runs as its base image\'s user when the base sets a numeric one (distroless :nonroot)', async () => {
    const build = 'FROM golang:1.22 AS build\nRUN go build -o /app .\n';
    const root = tree({
      'web/Dockerfile': `${build}FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n`,
      'job/Dockerfile': `${build}FROM debian:12-slim\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n`,
      'k8s/web.yaml': deployment('web', 'ghcr.io/acme/web:1.2.3', NON_ROOT),
      'k8s/job.yaml': deployment('job', 'ghcr.io/acme/job:1.2.3', NON_ROOT),
    });
    const report = await run({ paths: ['.'], cwd: root });
    const at = (id: string) => report.findings.filter((f) => f.ruleId === id).map((f) => `${f.file}:${f.line}:${f.severity}`);
    // web runs as 65532, which the kubelet can verify; job's debian base runs as root.
    expect(at('run-as-non-root-needs-numeric-user')).toEqual(['k8s/job.yaml:16:error']);
    // In the Dockerfile itself: a note that the user comes from the base, not a claim of root.
    expect(at('root-user')).toEqual(['job/Dockerfile:3:error', 'web/Dockerfile:3:warning']);
    expect(report.findings.find((f) => f.file === 'web/Dockerfile' && f.ruleId === 'root-user')?.message).toContain('(user 65532)');
  });
});
