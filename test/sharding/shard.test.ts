/**
 * `--shard i/n` and `shipshape merge`: the shards partition the files, a shard still sees every file for the
 * cross-file checks, and the merge of all shards is the unsharded report — on hand-made cross-file cases, on the
 * whole corpus through the engine, and byte for byte through the bundled CLI.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { inShard, parseShard, shardOf } from '../../src/core/shard.js';
import type { Finding, Report } from '../../src/core/types.js';
import { mergeReports } from '../../src/report/merge.js';
import { tree } from '../helpers/tmp.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const key = (f: Finding) => JSON.stringify(f);

async function shardedRuns(paths: string[], cwd: string, count: number): Promise<Report[]> {
  const reports: Report[] = [];
  for (let index = 1; index <= count; index++) {
    const report = await run({ paths, cwd, reportFilter: inShard({ index, count }) });
    reports.push({ ...report, shard: { index, count } });
  }
  return reports;
}

describe('shard i/n', () => {
  it('reads i/n and refuses anything else with the reason', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(() => parseShard('2of4')).toThrow("shard must look like i/n (for example 2/4), not '2of4'");
    expect(() => parseShard('0/3')).toThrow('shard 0/3 is out of range: i must be between 1 and n');
    expect(() => parseShard('4/3')).toThrow('shard 4/3 is out of range: i must be between 1 and n');
  });

  it('puts every path in exactly one shard, spread evenly, whatever the order of the paths', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `services/svc-${i % 97}/deploy/${i}.yaml`);
    for (const count of [1, 2, 3, 5, 8]) {
      const sizes = new Array(count).fill(0);
      for (const path of paths) {
        const owners = Array.from({ length: count }, (_, i) => inShard({ index: i + 1, count })(path)).filter(Boolean);
        expect(owners).toHaveLength(1);
        sizes[shardOf(path, count) - 1]++;
      }
      for (const size of sizes) expect(Math.abs(size - paths.length / count)).toBeLessThan(0.1 * (paths.length / count));
    }
    // The shard depends on the path alone: the same path in another list, or reversed, lands in the same shard.
    expect([...paths].reverse().map((p) => shardOf(p, 4))).toEqual(paths.map((p) => shardOf(p, 4)).reverse());
  });
});

/** A file name that lands in `shard` of 2, so cross-file pairs can be placed in different shards on purpose. */
function nameIn(shard: number, make: (i: number) => string): string {
  for (let i = 0; ; i++) if (shardOf(make(i), 2) === shard) return make(i);
}

describe('cross-file checks across shards', () => {
  const deployment = (name: string, image: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;
  const service = (app: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}-svc\nspec:\n  selector:\n    app: ${app}\n  ports: [{port: 80}]\n`;

  it('a shard sees the other shards\' files: selectors, links and withdrawals come out as in one run', async () => {
    const api = nameIn(1, (i) => `k8s/api-${i}.yaml`);
    const apiDockerfile = nameIn(2, (i) => `build${i}/api/Dockerfile`);
    const goodService = nameIn(2, (i) => `net/web-${i}.yaml`);
    const web = nameIn(1, (i) => `apps/web-${i}.yaml`);
    const lostService = nameIn(1, (i) => `net/lost-${i}.yaml`);
    const root = tree({
      [api]: deployment('api', 'ghcr.io/acme/api:2.0.0'),
      // Numeric non-root USER: api's root-user finding is withdrawn — by a Dockerfile the other shard reports.
      [apiDockerfile]: 'FROM gcr.io/distroless/static-debian12:nonroot\nUSER 65532:65532\n',
      [web]: deployment('web', 'nginx:1.27'),
      [goodService]: service('web'), // selects the web pods of the other shard
      [lostService]: service('nobody'),
    });
    const whole = await run({ paths: ['.'], cwd: root });
    const shards = await shardedRuns(['.'], root, 2);
    expect(shards.flatMap((r) => r.findings).map(key).sort()).toEqual(whole.findings.map(key).sort());
    expect(mergeReports(shards.map((report, i) => ({ name: `shard ${i + 1}`, report })))).toEqual(whole);
    // The cross-file outcomes themselves, so the equality above is about something.
    const ids = (id: string) => whole.findings.filter((f) => f.ruleId === id).map((f) => f.file);
    expect(ids('service-selects-nothing')).toEqual([lostService]);
    expect(ids('root-user').filter((f) => f.startsWith('k8s/'))).toEqual([]);
    expect(ids('root-user')).toContain(web);
  });
});

describe('the corpus, sharded', () => {
  it('3 shards through the engine give exactly the unsharded findings and files', async () => {
    const whole = await run({ paths: ['dockerfiles', 'manifests'], cwd: CORPUS });
    const shards = await shardedRuns(['dockerfiles', 'manifests'], CORPUS, 3);
    expect(whole.files.length).toBeGreaterThan(700);
    const files = shards.map((r) => r.files.map((f) => f.file));
    for (const list of files) expect(list.length).toBeGreaterThan(whole.files.length / 5);
    expect(files.flat().sort()).toEqual(whole.files.map((f) => f.file).sort());
    expect(shards.flatMap((r) => r.findings).map(key).sort()).toEqual(whole.findings.map(key).sort());
    expect(mergeReports(shards.map((report, i) => ({ name: `shard ${i + 1}`, report })))).toEqual(whole);
  }, 600_000);
});

describe('the CLI: --shard and merge', () => {
  const cli = (args: string[], cwd = CORPUS) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const demo = ['dockerfiles/GoogleCloudPlatform+microservices-demo', 'manifests/GoogleCloudPlatform+microservices-demo/release'];

  it('merging the n shard reports prints the unsharded report byte for byte', () => {
    const out = tree({});
    const whole = cli(['--format', 'json', '--fail-on', 'none', ...demo]);
    expect(whole.status).toBe(0);
    const parts = [1, 2, 3].map((i) => {
      const result = cli(['--shard', `${i}/3`, '--format', 'json', '--fail-on', 'none', ...demo]);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).shard).toEqual({ index: i, count: 3 });
      writeFileSync(join(out, `shard-${i}.json`), result.stdout);
      return join(out, `shard-${i}.json`);
    });
    const merged = cli(['merge', '--format', 'json', '--fail-on', 'none', ...parts.reverse()]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(whole.stdout);
    // The gate is the merged report's: findings at or above error exist, so the default --fail-on fails.
    expect(cli(['merge', ...parts]).status).toBe(1);
    expect(JSON.parse(whole.stdout).findings.some((f: Finding) => f.severity === 'error')).toBe(true);
  });

  it('refuses an incomplete, repeated or foreign set of reports (exit 2), never a smaller report', () => {
    const dir = tree({
      'a.json': JSON.stringify({ version: 1, findings: [], files: [], shard: { index: 1, count: 3 } }),
      'b.json': JSON.stringify({ version: 1, findings: [], files: [], shard: { index: 3, count: 3 } }),
      'c.json': JSON.stringify({ version: 1, findings: [], files: [], shard: { index: 1, count: 2 } }),
      'v2.json': JSON.stringify({ version: 2, findings: [], files: [] }),
      'junk.json': 'not json',
    });
    const merge = (...files: string[]) => cli(['merge', ...files], dir);
    expect(merge('a.json', 'b.json')).toMatchObject({ status: 2, stderr: 'shipshape merge: missing shard 2/3: a merge of some shards would under-report\n' });
    expect(merge('a.json', 'a.json', 'b.json')).toMatchObject({ status: 2, stderr: 'shipshape merge: shard 1/3 appears twice (a.json and a.json)\n' });
    expect(merge('a.json', 'c.json')).toMatchObject({ status: 2, stderr: 'shipshape merge: the reports come from different shardings (n=3, n=2)\n' });
    expect(merge('v2.json')).toMatchObject({ status: 2, stderr: 'shipshape merge: v2.json: report version 2 is not 1 (made by another shipshape?)\n' });
    expect(merge('junk.json').stderr).toMatch(/^shipshape merge: junk\.json: not JSON \(/);
    expect(merge('gone.json')).toMatchObject({ status: 2, stderr: 'shipshape merge: gone.json: cannot read (ENOENT)\n' });
    expect(cli(['--shard', '3/2', '.'], dir).stderr).toContain('--shard 3/2 is out of range: i must be between 1 and n');
  });
});
