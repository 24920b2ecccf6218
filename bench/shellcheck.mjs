// Times the CLI over the corpus's Dockerfiles with ShellCheck on (the binary on PATH) and off (PATH without it),
// median of several runs each, counts the shellcheck processes of one run (the engine batches all RUN scripts, so a
// handful for the whole corpus, never one per RUN), and appends the figures to BENCHMARKS.md.
//
//   node bench/shellcheck.mjs [--runs 3] [--corpus ../shared/corpus/dockerfiles] [--cli dist/cli.js] [--no-write]
import { spawnSync } from 'node:child_process';
import { accessSync, appendFileSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus', 'dockerfiles') },
    cli: { type: 'string', default: join(root, 'dist', 'cli.js') },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Math.max(3, Number(values.runs) || 3);
const corpus = resolve(values.corpus);
const cli = resolve(values.cli);
if (!existsSync(cli)) fail(`${cli} is missing: run \`npm run build\` first`);
if (!existsSync(corpus)) fail(`${corpus} is missing`);

const shellcheck = (process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'shellcheck')).find((p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (!shellcheck) fail('shellcheck is not on PATH: install it (Debian: apt-get install shellcheck) to compare');

const scratch = mkdtempSync(join(tmpdir(), 'shipshape-bench-'));
try {
  // PATH for "on": only the directory of the real binary; for "off": an empty directory. The CLI is started by
  // absolute path, so it needs nothing else from PATH.
  const on = dirname(shellcheck);
  const off = join(scratch, 'empty');
  spawnSync('mkdir', [off]);
  // A logging wrapper, for one extra run that counts processes.
  const counting = join(scratch, 'counting');
  const log = join(scratch, 'starts.log');
  spawnSync('mkdir', [counting]);
  writeFileSync(join(counting, 'shellcheck'), `#!/bin/sh\necho start >> "${log}"\nexec "${shellcheck}" "$@"\n`);
  chmodSync(join(counting, 'shellcheck'), 0o755);

  const time = (path) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, '--format', 'json', '--fail-on', 'none', corpus], {
      encoding: 'utf8', env: { ...process.env, PATH: path, NO_COLOR: '1' }, maxBuffer: 1024 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) fail(`the CLI exited with ${result.status}: ${result.stderr.split('\n')[0]}`);
    const report = JSON.parse(result.stdout);
    return { ms, report };
  };
  const series = (path) => Array.from({ length: runs }, () => time(path));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  time(on); // warm the file cache
  const withSc = series(on);
  const withoutSc = series(off);
  const counted = time(counting);
  const starts = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length : 0;

  const report = withSc[0].report;
  const dockerfiles = report.files.filter((f) => f.type === 'dockerfile').length;
  const scFindings = report.findings.filter((f) => /^SC\d+$/.test(f.ruleId)).length;
  const runInstructions = countRuns(corpus, report.files.map((f) => f.file));
  const row = (label, xs, sc) => `| ${label} | ${median(xs.map((x) => x.ms)).toFixed(0)} ms | ${xs.map((x) => x.ms.toFixed(0)).join(', ')} | ${sc} |`;
  const lines = [
    '',
    `### ShellCheck on and off — ${new Date().toISOString().slice(0, 10)} (bench/shellcheck.mjs)`,
    '',
    `\`node dist/cli.js --format json\` over ${dockerfiles} Dockerfiles of the corpus (${runInstructions} RUN instructions), median of ${runs} runs;`,
    `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end, Node ${process.version}, ${version(shellcheck)}.`,
    '',
    '| ShellCheck | median wall time | runs | SC findings |',
    '|---|---|---|---|',
    row('on', withSc, scFindings),
    row('off', withoutSc, withoutSc[0].report.findings.filter((f) => /^SC\d+$/.test(f.ruleId)).length),
    '',
    `shellcheck processes in one run: ${starts} for ${counted.report.files.length} files (the engine batches the RUN scripts of all Dockerfiles, ≤400 scripts per process; never one per RUN). Off, the report carries one notice: "${(withoutSc[0].report.notices ?? [])[0] ?? ''}".`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  if (!values['no-write']) appendFileSync(join(root, 'BENCHMARKS.md'), lines.join('\n'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function countRuns(base, files) {
  let n = 0;
  for (const file of files) {
    try {
      n += readFileSync(resolve(process.cwd(), file), 'utf8').split('\n').filter((l) => /^\s*RUN\b/i.test(l)).length;
    } catch {
      try {
        n += readFileSync(join(base, file), 'utf8').split('\n').filter((l) => /^\s*RUN\b/i.test(l)).length;
      } catch {
        // unreadable files are reported by the CLI itself
      }
    }
  }
  return n;
}

function version(binary) {
  const out = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return `ShellCheck ${/version:\s*(\S+)/.exec(out)?.[1] ?? '?'}`;
}

function fail(message) {
  process.stderr.write(`bench/shellcheck: ${message}\n`);
  process.exit(1);
}
