// `npm run bench`: every line of the benchmark table, measured in this one run on this machine, then the scaling and
// manifest-parse sections. Medians of BENCH_RUNS (default 5) runs; commands compared with each other run in turns
// (interleaved) so a change in the machine's load falls on all of them alike. Sections that need something absent
// (a Docker engine, a bench helper) say so instead of a figure. BENCH_SCALE_RUNS (default 3) for the 1×/4×/16× runs;
// BENCH_SKIP=scaling,image,… leaves sections out.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dockerfileAstPatch } from '../scripts/patches/dockerfile-ast.mjs';
import { interleaved, measure } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
const dockerfiles = join(corpus, 'dockerfiles');
const manifests = join(corpus, 'manifests');
const cli = join(root, 'dist', 'cli.js');
const node = process.execPath;
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const scaleRuns = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3));
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const log = (line) => process.stderr.write(`bench: ${line}\n`);

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `node scripts/bundle.mjs` first');
  process.exit(1);
}
const scratch = mkdtempSync(join(tmpdir(), 'shipshape-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// PATH without shellcheck, kubectl and helm: the engine alone, comparable with the floor and the peer (CLI and
// floor are started by absolute path and need nothing from PATH).
const bare = join(scratch, 'bare-path');
mkdirSync(bare);
const onPath = (tool) => (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, tool)));
const tools = ['shellcheck', 'kubectl', 'helm'].filter(onPath);

// The floor runs the same parser code as the bundle: dockerfile-ast with the bundle's patch (scripts/patches).
const floorScript = join(scratch, 'floor.mjs');
await build({ entryPoints: [join(root, 'bench', 'floor.mjs')], outfile: floorScript, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', plugins: [dockerfileAstPatch], banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });

const listFiles = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n)) : [join(dir, n)]));
const dockerfileList = listFiles(dockerfiles);
const lint = (paths, env = {}) => ({ command: node, args: [cli, '--format', 'json', '--fail-on', 'none', ...paths], env });
const rows = [];
const row = (line, what, r, note = '') => rows.push({ line, what, ms: r?.ms ?? null, cpuMs: r?.cpuMs ?? null, rss: r?.rssMiB ?? null, note });
const ratio = (a, b) => (a && b ? `${(a.ms / b.ms).toFixed(2)}×` : '—');

log(`corpus and floor, ${runs} interleaved runs`);
const peerBin = join(root, 'node_modules', 'dockerfilelint', 'bin', 'dockerfilelint');
const hasPeer = existsSync(peerBin);
// What the Dockerfile run costs before any rule: the same command with every rule off (ids from docs/rules.md), and
// the parse floor of the Dockerfiles alone. They show how much of the gap to the peer is start, read and parse.
const rulesOff = join(scratch, 'rules-off.yml');
const ruleIds = [...new Set([...readFileSync(join(root, 'docs', 'rules.md'), 'utf8').matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1]))];
writeFileSync(rulesOff, `rules:\n${ruleIds.map((id) => `  ${id}: off\n`).join('')}`);
const [floor, allBare, allTools, dfBare, dfTools, dfRulesOff, floorDf, peer] = interleaved([
  { command: node, args: [floorScript, dockerfiles, manifests] },
  lint([corpus], { PATH: bare }),
  lint([corpus]),
  lint([dockerfiles], { PATH: bare }),
  lint([dockerfiles]),
  lint(['--config', rulesOff, dockerfiles], { PATH: bare }),
  { command: node, args: [floorScript, dockerfiles] },
  ...(hasPeer ? [{ command: node, args: [peerBin, '-o', 'json', ...dockerfileList] }] : []),
], { runs });
const toolNote = tools.length ? `with ${tools.join(', ')} from PATH` : 'no shellcheck, kubectl or helm on PATH: the same as the line above';
row('floor', 'read and parse every corpus file (dockerfile-ast as bundled, js-yaml), nothing else', floor);
row('shipshape all', '`node dist/cli.js --format json ../shared/corpus`, engine alone (no shellcheck, kubectl, helm)', allBare, `${ratio(allBare, floor)} floor (target ≤ 1.3×)`);
row('shipshape all, tools', `the same ${toolNote}`, allTools, `${ratio(allTools, floor)} floor`);
row('shipshape dockerfiles', 'the same on corpus/dockerfiles (358 files), ShellCheck off', dfBare, hasPeer ? `${ratio(dfBare, peer)} dockerfilelint (target ≤ 1.0×)` : '');
row('shipshape dockerfiles, ShellCheck on', onPath('shellcheck') ? 'the same with shellcheck on PATH (parallel background shellcheck processes)' : 'shellcheck is not on PATH: not measured', onPath('shellcheck') ? dfTools : null, onPath('shellcheck') && hasPeer ? `${ratio(dfTools, peer)} dockerfilelint; ShellCheck costs ${(dfTools.ms - dfBare.ms).toFixed(0)} ms` : '');
row('shipshape dockerfiles, rules off', `the same with all ${ruleIds.length} rules off (\`--config\`): start, discovery, read, parse, model`, dfRulesOff, hasPeer ? `${ratio(dfRulesOff, peer)} dockerfilelint` : '');
row('floor, Dockerfiles', 'read and parse the 358 Dockerfiles with dockerfile-ast, nothing else', floorDf, hasPeer ? `${ratio(floorDf, peer)} dockerfilelint` : '');
if (hasPeer) row('peer', 'dockerfilelint 1.8 on the same 358 Dockerfiles', peer);

// Sections contributed by the action and image work: each script prints one JSON line of rows.
for (const [name, script] of [['action', 'action-noop.mjs'], ['image', 'image.mjs']]) {
  if (skip.has(name)) continue;
  const path = join(root, 'bench', script);
  if (!existsSync(path)) {
    rows.push({ line: name, what: `bench/${script} is not there yet`, ms: null, cpuMs: null, rss: null, note: '' });
    continue;
  }
  log(`${script}`);
  const result = spawnSync(node, [path, '--json'], { cwd: root, encoding: 'utf8', env: { ...process.env, BENCH_RUNS: String(runs) }, maxBuffer: 1 << 26 });
  const last = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    for (const r of JSON.parse(last)) rows.push({ cpuMs: null, ...r });
  } catch {
    rows.push({ line: name, what: `bench/${script} failed`, ms: null, cpuMs: null, rss: null, note: (result.stderr ?? '').trim().split('\n').pop() ?? '' });
  }
}

const fmt = (v, digits = 0) => (v === null || v === undefined ? '—' : v.toFixed(digits));
const cpuModel = cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
console.log(`shipshape bench — ${new Date().toISOString().slice(0, 10)}; ${cpus().length} cores (${cpuModel}); Node ${process.version}; median of ${runs}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end\n`);
console.log('| line | what | wall ms | CPU ms | peak RSS MiB | note |');
console.log('|---|---|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.line} | ${r.what} | ${fmt(r.ms)} | ${fmt(r.cpuMs)} | ${fmt(r.rss)} | ${r.note ?? ''} |`);
// The floor parses on one thread while V8's helper threads (GC, compilers) add CPU beside it: on a quiet machine its
// wall time is 0.75–0.8 of its CPU time (BENCHMARKS.md). Near or above its CPU time, the cores were taken away for part
// of the run (the VM's steal time, other load), and ratios against commands run in other turns mislead: say so under
// the table rather than let such a run be recorded unawares.
if (floor?.cpuMs && floor.ms > 0.85 * floor.cpuMs) {
  console.log(`\n**Noisy machine:** the floor took ${fmt(floor.ms)} ms of wall time for ${fmt(floor.cpuMs)} ms of CPU (quiet: 0.75–0.8 of it); the cores were busy elsewhere for part of this run. Run it again before recording it.`);
}

if (!skip.has('scaling')) {
  // The corpus copied 1, 4 and 16 times into a temp dir (copy-N/…): time per file must stay flat.
  log(`scaling: 1×, 4×, 16× the corpus, ${scaleRuns} interleaved runs`);
  const sizes = [1, 4, 16];
  const dirs = sizes.map((n) => {
    const dir = join(scratch, `scale-${n}`);
    for (let i = 0; i < n; i++) {
      cpSync(dockerfiles, join(dir, `copy-${i}`, 'dockerfiles'), { recursive: true });
      cpSync(manifests, join(dir, `copy-${i}`, 'manifests'), { recursive: true });
    }
    return dir;
  });
  const files = listFiles(dirs[0]).length;
  const results = interleaved(dirs.map((dir) => lint([dir], { PATH: bare })), { runs: scaleRuns });
  console.log(`\nScaling — shipshape all, engine alone, on copies of the corpus (${files} files each), median of ${scaleRuns}\n`);
  console.log('| input | files | wall ms | CPU ms | peak RSS MiB | wall ms per 1000 files | × the 1× time |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  results.forEach((r, i) => {
    const n = files * sizes[i];
    console.log(`| ${sizes[i]}× | ${n} | ${fmt(r.ms)} | ${fmt(r.cpuMs)} | ${fmt(r.rssMiB)} | ${fmt((r.ms / n) * 1000)} | ${(r.ms / results[0].ms).toFixed(1)} |`);
  });
}

if (!skip.has('manifest-parse')) {
  log('manifest parse comparison (bench/manifest-parse.ts)');
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(node, [tsx, join(root, 'bench', 'manifest-parse.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  console.log('\nManifest parse comparison — `npx tsx bench/manifest-parse.ts` (in-process, median of 5)\n');
  console.log('```');
  console.log((result.status === 0 ? result.stdout : `failed: ${(result.stderr ?? '').trim().split('\n').pop()}`).trim());
  console.log('```');
}

// Keep the table honest about what it measured.
if (tools.length === 0) console.log('\nNote: no shellcheck, kubectl or helm on PATH; the "tools" lines measure the engine alone.');
