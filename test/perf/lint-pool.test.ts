/**
 * Files linted on worker threads (src/core/lint-pool.ts) give the report one thread gives: the same findings, files
 * and notices, on the corpus and on projects where the cross-file checks must read a worker's Dockerfile again on the
 * main thread, or where workers read large manifests (broken, aliased, outside the report) for the main thread. Runs
 * the bundle, the only place workers exist.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tree } from '../helpers/tmp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(root, 'dist', 'cli.js');
const corpus = join(root, '..', 'shared', 'corpus');

interface Report {
  findings: { ruleId: string; file: string; line: number }[];
  files: unknown[];
  notices: string[];
}

/**
 * The JSON report with `threads` threads; 1 is no worker. With more, `workers` (SHIPSHAPE_POOL_DEBUG=workers) leaves
 * every pooled file to the workers, and the pool must say that they took them all; `early` shares them, but waits
 * for the large manifests so that the manifest-only project rules surely run before the last Dockerfiles; `fail`
 * makes each worker fail on the second file it takes.
 */
async function lint(threads: number, cwd: string, args: string[], path = process.env.PATH, mode: 'workers' | 'early' | 'fail' = 'workers'): Promise<Report> {
  // Asynchronous, so the test worker stays responsive through a corpus run with ShellCheck.
  const result = await promisify(execFile)(process.execPath, [CLI, '--format', 'json', '--fail-on', 'none', ...args], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 28,
    env: { ...process.env, PATH: path, SHIPSHAPE_THREADS: String(threads), SHIPSHAPE_POOL_DEBUG: threads > 1 ? mode : '' },
  });
  if (threads > 1) {
    // The CLI starts its workers before it loads the engine (src/core/lint-threads.ts); the pool adopts them all.
    expect(result.stderr).toContain(`lint pool: ${threads - 1} of ${threads - 1} workers started early`);
    const [, dockerfiles, manifests, all] = result.stderr.match(new RegExp(`lint pool: ${threads - 1} workers linted (\\d+) Dockerfiles and read (\\d+) manifests of (\\d+) files`)) ?? [];
    expect(all).toBeDefined();
    if (mode === 'workers') expect(Number(dockerfiles) + Number(manifests)).toBe(Number(all));
    // The engine runs the manifest-only project rules when the pool first says every large manifest is in.
    else if (mode === 'early') expect(result.stderr).toMatch(/lint pool: every large manifest in \(\d+\), \d+ of \d+ files not taken yet/);
  }
  return JSON.parse(result.stdout) as Report;
}

const dockerfile = (port: number) => `FROM node:20-slim\nRUN apt-get update && apt-get install -y curl\nEXPOSE ${port}\nUSER app\nCMD ["node", "server.js"]\n`;

describe('Files on worker threads', () => {
  it('give the corpus report one thread gives', async () => {
    const [one, three, early] = await Promise.all([
      lint(1, root, [corpus], '/nonexistent-bin'),
      lint(3, root, [corpus], '/nonexistent-bin'),
      lint(2, root, [corpus], '/nonexistent-bin', 'early'),
    ]);
    expect(three).toEqual(one);
    expect(early).toEqual(one);
    expect(one.findings.length).toBeGreaterThan(3000);
  }, 240_000);

  it('give the ShellCheck findings one thread gives, on 60 corpus Dockerfiles', async () => {
    // A share of the corpus: ShellCheck over all of it would take a minute of CPU for each run.
    const dir = join(corpus, 'dockerfiles');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((p) => statSync(join(dir, p)).isFile()).sort();
    const some = Object.fromEntries(files.slice(0, 60).map((path, i) => [`d${i}/Dockerfile`, readFileSync(join(dir, path))]));
    const copy = tree(some);
    const [one, three] = await Promise.all([lint(1, copy, ['.']), lint(3, copy, ['.'])]);
    expect(three).toEqual(one);
    expect(one.findings.filter((f) => f.ruleId.startsWith('SC')).length).toBeGreaterThan(20);
  }, 240_000);

  it('are ended at once when a run has too few Dockerfiles to share', async () => {
    // An early worker the pool did not end would keep the process alive: execFile would never return.
    const dir = tree({ 'a/Dockerfile': dockerfile(3000), 'b/Dockerfile': 'FROM alpine:3.19\nCMD node server.js\n' });
    const result = await promisify(execFile)(process.execPath, [CLI, '--format', 'json', '--fail-on', 'none', '.'], {
      cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, SHIPSHAPE_THREADS: '3', SHIPSHAPE_POOL_DEBUG: '1' },
    });
    expect(result.stderr).toContain('lint pool: none for 2 files; 2 early workers ended');
    // Files named one by one are counted first: two start no worker at all.
    const named = await promisify(execFile)(process.execPath, [CLI, '--format', 'json', '--fail-on', 'none', 'a/Dockerfile', 'b/Dockerfile'], {
      cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, SHIPSHAPE_THREADS: '3', SHIPSHAPE_POOL_DEBUG: '1' },
    });
    expect(named.stderr).toContain('lint pool: none for 2 files; 0 early workers ended');
    expect(JSON.parse(named.stdout)).toEqual(JSON.parse(result.stdout));
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files).toHaveLength(2);
    expect(report.findings.filter((f) => f.ruleId === 'root-user').map((f) => f.file)).toEqual(['b/Dockerfile']);
  }, 30_000);

  it('keep cross-file checks, ShellCheck and pragmas of the files a worker took', async () => {
    const files: Record<string, string> = {
      'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.4.2\n          ports: [{containerPort: 8080}]\n',
      'web/Dockerfile': dockerfile(3000),
      // ShellCheck's SC2086 on line 2, and a pragma that silences DL3008-style pinning on line 3 of the next one.
      'svc-0/Dockerfile': 'FROM alpine:3.19\nRUN echo $HOME > /tmp/x\nUSER 1000\n',
      'svc-1/Dockerfile': 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\n',
      'svc-2/Dockerfile': 'RUN echo before from\nFROM alpine:3.19\n',
    };
    for (let i = 3; i < 14; i++) files[`svc-${i}/Dockerfile`] = dockerfile(8000 + i);
    const dir = tree(files);
    const [one, three] = await Promise.all([lint(1, dir, ['.']), lint(3, dir, ['.'])]);
    expect(three).toEqual(one);
    const at = (rule: string, file: string) => one.findings.filter((f) => f.ruleId === rule && f.file === file).map((f) => f.line);
    expect(at('container-port-not-exposed', 'k8s/web.yaml')).toEqual([12]);
    expect(at('SC2086', 'svc-0/Dockerfile')).toEqual([2]);
    expect(at('apt-version-unpinned', 'svc-1/Dockerfile')).toEqual([]);
    expect(at('instruction-before-from', 'svc-2/Dockerfile')).toEqual([1]);
  }, 60_000);

  it('read large manifests for the main thread: broken, aliased and custom resources keep their findings and lines', async () => {
    // Over 64 KB each (KEEP_EVENTS_BELOW), so the pool hands them to a worker first.
    const padding = Array.from({ length: 1000 }, (_, i) => `      # line ${i} of padding: a file large enough for a worker to read it\n`).join('');
    const files: Record<string, string> = {
      'crds/big-crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n                size: {type: integer}\n' + padding,
      // Checked against the large CRD: the worker's values feed the main thread's schema check.
      'crds/widgets.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: shop}\nspec:\n  size: ten\n',
      // js-yaml rejects it: the worker leaves it to the main thread, whose reader finds the broken line.
      'big/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: shop}\ndata:\n  a: "1"\n' + padding + '  b: [unclosed\n',
      // The project rules need every large manifest's objects: this Service selects the Deployment below.
      'k8s/api-service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec:\n  selector: {app: api}\n  ports: [{port: 80}]\n',
      // An anchor and its alias are one object in js-yaml's values, and stay one through the structured clone.
      'big/aliases.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n  selector: {matchLabels: {app: api}}\n  template:\n    metadata: {labels: {app: api}}\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:latest\n          resources: &res\n            requests: {cpu: 100m, memory: 64Mi}\n            limits: {cpu: 100m, memory: 64Mi}\n        - name: sidecar\n          image: ghcr.io/acme/sidecar:1.0.0\n          resources: *res\n' + padding,
    };
    // Aliases that expand past the budget, and one that holds itself: shared and cyclic values cross threads as they are.
    const nine = (name: string) => `[${Array.from({ length: 9 }, () => `*${name}`).join(', ')}]`;
    files['big/bomb.yaml'] = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${'bcdefgh'.split('').map((n, i) => `  ${n}: &${n} ${nine('abcdefg'[i])}\n`).join('')}${padding}`;
    files['big/cycle.yaml'] = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cycle}\ndata: &x\n  self: *x\n${padding}`;
    for (let i = 0; i < 6; i++) files[`svc-${i}/Dockerfile`] = dockerfile(9000 + i);
    const dir = tree(files);
    const [one, three, early, failed] = await Promise.all([
      lint(1, dir, ['.']), lint(3, dir, ['.']), lint(2, dir, ['.'], process.env.PATH, 'early'), lint(2, dir, ['.'], process.env.PATH, 'fail'),
    ]);
    expect(three).toEqual(one);
    expect(early).toEqual(one);
    // A worker that fails loses nothing: the file it took and never sent is linted on the main thread.
    expect(failed.notices).toEqual(['a lint worker failed (failing on purpose (SHIPSHAPE_POOL_DEBUG=fail)); its files were linted again on the main thread', ...one.notices]);
    expect({ ...failed, notices: one.notices }).toEqual(one);
    const at = (rule: string, file: string) => one.findings.filter((f) => f.ruleId === rule && f.file === file).map((f) => f.line);
    expect(at('schema-invalid', 'crds/widgets.yaml')).toEqual([5]);
    // Line 1006 opens a flow sequence that never closes: the reader reports it where the text ends, the last line.
    expect(at('parse-error', 'big/broken.yaml')).toEqual([1006]);
    expect(at('image-tag-latest', 'big/aliases.yaml')).toEqual([11]);
    expect(at('probes-missing', 'big/aliases.yaml')).toEqual([10, 15]);
    expect(at('resources-missing', 'big/aliases.yaml')).toEqual([]);
    expect(one.findings.filter((f) => f.file === 'k8s/api-service.yaml').map((f) => f.ruleId)).not.toContain('service-selects-nothing');
    expect(one.findings.filter((f) => f.file === 'big/bomb.yaml' || f.file === 'big/cycle.yaml').map((f) => `${f.ruleId} ${f.file}:${f.line}`))
      .toEqual(['parse-error big/bomb.yaml:1', 'parse-error big/cycle.yaml:1']);
  }, 60_000);
});
