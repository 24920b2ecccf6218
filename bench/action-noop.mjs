// The action's overhead on a pull request that touches nothing shipshape checks (README and JS changes), run as
// GitHub runs it: `node dist/index.js` with INPUT_* variables, a real pull_request payload, a git workspace and the
// REST API at a local stand-in. A second row times the same pull request once it also changes a Dockerfile.
// `node bench/action-noop.mjs` prints a table; `--json` prints one line of rows for bench/run.mjs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const action = join(root, 'dist', 'index.js');
const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A repository with a Dockerfile and manifests at the base; the head changes `changed`. */
function makeRepo(changed) {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-bench-'));
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, {
    'README.md': '# demo\n',
    'src/app.js': 'console.log("hi");\n',
    'Dockerfile': 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "src/app.js"]\n',
    'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: "web:1.0"}]\n',
  });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD').trim();
  write(dir, changed);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'head');
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  const names = git(dir, 'diff', '--name-only', base, head).trim().split('\n');
  const files = names.map((filename) => {
    const diff = git(dir, 'diff', '-U3', base, head, '--', filename);
    return { filename, status: 'modified', patch: diff.slice(diff.indexOf('\n@@') + 1) };
  });
  return { dir, base, head, files };
}

/** The REST endpoints a read-only run uses; every request counted. */
async function startApi(files) {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const path = new URL(req.url, 'http://x').pathname;
    const json = (status, body) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.method === 'GET' && /\/pulls\/\d+\/files$/.test(path)) return json(200, files);
    if (req.method === 'GET' && /\/issues\/\d+\/comments$/.test(path)) return json(200, []);
    if (req.method === 'POST' && /\/check-runs$/.test(path)) return json(201, { id: 1, html_url: 'https://github.example/run/1' });
    if (req.method === 'POST' && /\/comments$/.test(path)) return json(201, { id: 2, html_url: 'https://github.example/c/2' });
    json(404, { message: 'Not Found' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, seen, close: () => server.close() };
}

function runOnce(repo, apiUrl, temp) {
  const event = join(temp, 'event.json');
  const repository = { name: 'demo', full_name: 'octo/demo', owner: { login: 'octo' } };
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 1, repository, pull_request: { number: 1, changed_files: repo.files.length, head: { sha: repo.head, repo: repository }, base: { sha: repo.base, repo: repository } } }));
  for (const f of ['output', 'summary.md']) writeFileSync(join(temp, f), '');
  const env = {
    PATH: process.env.PATH, HOME: temp, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: 'octo/demo', GITHUB_API_URL: apiUrl, GITHUB_JOB: 'shipshape', GITHUB_SHA: repo.head,
    GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': 'bench-token', 'INPUT_FILTER-MODE': 'added', 'INPUT_FAIL-ON': 'error', INPUT_COMMENT: 'on-findings', INPUT_ANNOTATIONS: 'checks',
  };
  const [command, args] = GNU_TIME ? [GNU_TIME, ['-f', '__TIME=%U %S %M', process.execPath, action]] : [process.execPath, [action]];
  // Asynchronous on purpose: the API stand-in lives in this process and must answer while the action runs.
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: repo.dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // CPU time (user + system, git children included) next to wall time: on a busy machine wall time swings.
      const time = /__TIME=(\S+) (\S+) (\d+)/.exec(stderr);
      resolve({ ms, cpuMs: time ? (Number(time[1]) + Number(time[2])) * 1000 : null, rssMiB: time ? Number(time[3]) / 1024 : null, code });
    });
  });
}

async function bench(changed) {
  const repo = makeRepo(changed);
  const api = await startApi(repo.files);
  const temp = mkdtempSync(join(tmpdir(), 'shipshape-bench-runner-'));
  try {
    await runOnce(repo, api.url, temp); // warm the file cache, as a runner's second step would be
    api.seen.length = 0;
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await runOnce(repo, api.url, temp));
    const rss = results.map((r) => r.rssMiB).filter((v) => v !== null);
    const cpu = results.map((r) => r.cpuMs).filter((v) => v !== null);
    return { ms: median(results.map((r) => r.ms)), cpuMs: cpu.length ? median(cpu) : null, rss: rss.length ? median(rss) : null, codes: [...new Set(results.map((r) => r.code))], requests: api.seen.length / runs };
  } finally {
    api.close();
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}

if (!existsSync(action)) {
  const rows = [{ line: 'action no-op', what: 'dist/index.js is missing: run `node scripts/bundle.mjs`', ms: null, rss: null, note: '' }];
  console.log(process.argv.includes('--json') ? JSON.stringify(rows) : rows[0].what);
  process.exit(process.argv.includes('--json') ? 0 : 1);
}
/** Node starting and exiting, on this machine now: the part of any figure below that is not shipshape's. */
async function nodeAlone() {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await new Promise((resolve, reject) => spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }).on('close', resolve).on('error', reject));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

const floor = await nodeAlone();
const noop = await bench({ 'README.md': '# demo\n\nMore words.\n', 'src/app.js': 'console.log("hello");\n' });
const one = await bench({ 'README.md': '# demo\n\nMore words.\n', 'Dockerfile': 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER 10001\nCMD ["node", "src/app.js"]\n' });
const rows = [
  { line: 'action no-op', what: 'node dist/index.js, pull_request touching no Dockerfile or manifest (local API stand-in)', ms: noop.ms, cpuMs: noop.cpuMs, rss: noop.rss, note: `${noop.requests} API requests a run, exit ${noop.codes.join('/')}; node alone ${floor.toFixed(0)} ms` },
  { line: 'action one Dockerfile', what: 'the same pull request also changing the Dockerfile', ms: one.ms, cpuMs: one.cpuMs, rss: one.rss, note: `${one.requests} API requests a run, exit ${one.codes.join('/')}` },
];
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
else for (const r of rows) console.log(`${r.line}: median ${r.ms.toFixed(0)} ms over ${runs} runs, CPU ${r.cpuMs?.toFixed(0) ?? '—'} ms, peak RSS ${r.rss?.toFixed(0) ?? '—'} MiB (${r.note})`);
