// `npm run bench`: one table of medians, every line measured in this run on this machine.
// Sections that need something absent (a Docker engine, a built bench helper) say so instead of a figure.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const dockerfiles = join(corpus, 'dockerfiles');
const node = process.execPath;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const rows = [];

const listFiles = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n)) : [join(dir, n)]));
const row = (line, what, result, note = '') => {
  rows.push({ line, what, ms: result?.ms ?? null, rss: result?.rssMiB ?? null, note });
  process.stderr.write(`bench: ${line} done\n`);
};

const floor = measure(node, [join(root, 'bench', 'floor.mjs'), dockerfiles, join(corpus, 'manifests')], { runs });
row('floor', 'parse every corpus file (dockerfile-ast, yaml), nothing else', floor);
const all = measure(node, [join(root, 'dist', 'cli.js'), '--format', 'json', '--fail-on', 'none', corpus], { runs });
row('shipshape all', 'node dist/cli.js --format json ../shared/corpus', all, `${(all.ms / floor.ms).toFixed(2)}× floor`);
const df = measure(node, [join(root, 'dist', 'cli.js'), '--format', 'json', '--fail-on', 'none', dockerfiles], { runs });
row('shipshape dockerfiles', 'the same on corpus/dockerfiles (358 files)', df);
const peerBin = join(root, 'node_modules', 'dockerfilelint', 'bin', 'dockerfilelint');
if (existsSync(peerBin)) {
  const peer = measure(node, [peerBin, '-o', 'json', ...listFiles(dockerfiles)], { runs });
  row('peer', 'dockerfilelint on the same Dockerfiles', peer, `shipshape is ${(df.ms / peer.ms).toFixed(2)}× dockerfilelint`);
}

// Sections contributed by the action, image and ShellCheck work: each script prints one JSON line of rows.
for (const script of ['action-noop.mjs', 'shellcheck.mjs', 'image.mjs']) {
  const path = join(root, 'bench', script);
  if (!existsSync(path)) continue;
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(node, [path, '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, BENCH_RUNS: String(runs) } });
  const last = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    for (const r of JSON.parse(last)) rows.push(r);
  } catch {
    rows.push({ line: script, what: 'failed to run', ms: null, rss: null, note: (result.stderr ?? '').trim().split('\n').pop() ?? '' });
  }
}

const fmt = (v, digits = 0) => (v === null || v === undefined ? '—' : v.toFixed(digits));
console.log(`shipshape bench — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}, median of ${runs}\n`);
console.log('| line | what | wall ms | peak RSS MiB | note |');
console.log('|---|---|---:|---:|---|');
for (const r of rows) console.log(`| ${r.line} | ${r.what} | ${fmt(r.ms)} | ${fmt(r.rss)} | ${r.note ?? ''} |`);
