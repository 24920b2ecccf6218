/**
 * The hostile files of issue 7, all in one tree beside two good files, through the engine and through the bundled
 * CLI as a user runs it: YAML alias bombs, 100-level nesting, 50 MB files, 1 MB single lines, NUL bytes, non-UTF-8,
 * a directory named `Dockerfile`, a symlink loop, a dangling symlink and (CLI only, run as an unprivileged user) a
 * file nobody may read. Each bad file must end as one clear per-file error, and every other file's report must be
 * exactly what it would be alone. bad-input.test.ts and test/kubernetes/bad-input.test.ts hold the single-file cases.
 *
 * ShellCheck runs when it is installed: a RUN nesting `$(` 100 deep would make it spin for minutes, so shipshape skips
 * that one script with a notice (src/dockerfile/shellcheck.ts) — asserted below — and checks the others.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import { findShellcheck } from '../../src/dockerfile/shellcheck.js';
import { tree } from '../helpers/tmp.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
const isRoot = process.getuid?.() === 0;

const MB = 1000 * 1000;
const GOOD_DOCKERFILE = 'FROM node:20-slim\nCMD node server.js\n';
const GOOD_MANIFEST = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n';
const KIND = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: deep\n  namespace: shop\n';

/** Billion laughs: nine levels of nine aliases, 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: lol', 'data:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) lines.push(`  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

function blockNesting(levels: number): string {
  let text = `${KIND}spec:\n`;
  for (let i = 0; i < levels; i++) text += '  '.repeat(i + 1) + `k${i}:\n`;
  return text + '  '.repeat(levels + 1) + 'v: 1\n';
}

/** Exactly `bytes` long: a plausible file, repeated. */
function sized(head: string, unit: string, bytes: number): string {
  return (head + unit.repeat(Math.ceil(bytes / unit.length))).slice(0, bytes);
}

const FILES: Record<string, string | Buffer> = {
  'good/Dockerfile': GOOD_DOCKERFILE,
  'good/config.yaml': GOOD_MANIFEST,
  'bomb/config.yaml': aliasBomb(),
  'nest/block.yaml': blockNesting(100),
  'nest/flow.yaml': `${KIND}spec: {k: ${'['.repeat(100)}${']'.repeat(100)}}\n`,
  'nest/flow-5000.yaml': `${KIND}spec: {k: ${'['.repeat(5000)}${']'.repeat(5000)}}\n`,
  'nest/Dockerfile': `FROM alpine:3.20\nUSER 10001\nRUN echo ${'"$(echo '.repeat(100)}x${')"'.repeat(100)}\n`,
  // 100 stages, each built on the one before: stage chains are followed without recursion limits.
  'nest/stages.Dockerfile': `FROM alpine:3.20 AS s0\n${Array.from({ length: 99 }, (_, i) => `FROM s${i} AS s${i + 1}\nRUN echo ${i}\n`).join('')}USER 10001\n`,
  'big/Dockerfile': sized('FROM alpine:3.20\n', `RUN echo ${'x'.repeat(100)}\n`, 50 * MB),
  'big/config.yaml': sized('', `---\n${GOOD_MANIFEST}`, 50 * MB),
  // A large JSON file that names no apiVersion and kind is no manifest: skipped like small ones, not an error.
  'big/package-lock.json': sized('{"lockfileVersion": 3, "packages": {', '"node_modules/p": {"integrity": "sha512-xxxxxxxx"}, ', 12 * MB),
  // An OpenAPI document names apiVersion and kind too, as schema properties: no manifest either.
  'big/swagger.json': sized('{"definitions": {"io.k8s.api.apps.v1.Deployment": {"properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"}}}', ', "x": {"type": "object"}', 9 * MB),
  'line/Dockerfile': `FROM alpine:3.20\nRUN echo ${'x'.repeat(MB)}\n`,
  'line/config.json': JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'line' }, data: { k: 'x'.repeat(MB) } }),
  'line/broken.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: broken}\ndata: {k: "${'x'.repeat(MB)}\n`,
  'nul/Dockerfile': Buffer.concat([Buffer.from('FROM alpine:3.20\nRUN echo '), Buffer.from([0]), Buffer.from('\n')]),
  'nul/config.yaml': `${GOOD_MANIFEST}  nul: "a\u0000b"\n`,
  'latin1/Dockerfile': Buffer.from([...Buffer.from('FROM alpine:3.20\nLABEL author=Ren'), 0xe9, 0x0a]),
  'latin1/config.yaml': Buffer.from([...Buffer.from(GOOD_MANIFEST + '  cafe: caf'), 0xe9, 0x0a]),
  // A directory named Dockerfile is a directory: walked, and what it holds is linted under its own name.
  'dir/Dockerfile/Dockerfile': GOOD_DOCKERFILE,
  'dir/Dockerfile/notes.txt': 'not a Dockerfile\n',
  'links/.keep': '',
};

/** What each file must come to, as `line:rule:message` findings and the per-file error. */
const EXPECTED: Record<string, { error: string | null; findings: string[] }> = {
  'good/Dockerfile': { error: null, findings: ['1:root-user', '2:shell-form-command'] },
  'good/config.yaml': { error: null, findings: ['3:namespace-missing'] },
  'bomb/config.yaml': { error: 'line 1: YAML aliases expand too far (an alias bomb?) or refer to themselves; the document is not checked', findings: ['1:parse-error:YAML aliases expand too far (an alias bomb?) or refer to themselves; the document is not checked'] },
  'nest/block.yaml': { error: null, findings: [] },
  'nest/flow.yaml': { error: null, findings: [] },
  'nest/flow-5000.yaml': { error: 'line 6: invalid YAML: nested too deeply to read', findings: ['6:parse-error:invalid YAML: nested too deeply to read'] },
  'nest/Dockerfile': { error: null, findings: [] },
  'nest/stages.Dockerfile': { error: null, findings: [] },
  'big/Dockerfile': { error: 'file too large to lint (47.7 MiB; the limit for this kind of file is 1.0 MiB)', findings: ['1:parse-error:file too large to lint (47.7 MiB; the limit for this kind of file is 1.0 MiB)'] },
  'big/config.yaml': { error: 'file too large to lint (47.7 MiB; the limit for this kind of file is 8.0 MiB)', findings: ['1:parse-error:file too large to lint (47.7 MiB; the limit for this kind of file is 8.0 MiB)'] },
  'line/Dockerfile': { error: 'line 2: line longer than 65536 characters', findings: ['2:parse-error:line longer than 65536 characters'] },
  // One-line JSON is how some tools write manifests: a long line is no error, the object is checked.
  'line/config.json': { error: null, findings: ['1:namespace-missing'] },
  'line/broken.yaml': { error: 'line 4: invalid YAML: Missing closing "quote', findings: ['4:parse-error:invalid YAML: Missing closing "quote'] },
  'nul/Dockerfile': { error: 'binary file (contains NUL bytes)', findings: ['1:parse-error:binary file (contains NUL bytes)'] },
  'nul/config.yaml': { error: 'binary file (contains NUL bytes)', findings: ['1:parse-error:binary file (contains NUL bytes)'] },
  'latin1/Dockerfile': { error: 'not valid UTF-8 text', findings: ['1:parse-error:not valid UTF-8 text'] },
  'latin1/config.yaml': { error: 'not valid UTF-8 text', findings: ['1:parse-error:not valid UTF-8 text'] },
  'dir/Dockerfile/Dockerfile': { error: null, findings: ['1:root-user', '2:shell-form-command'] },
  'links/loop-a.Dockerfile': { error: 'symbolic link loop (the links point at each other)', findings: ['1:parse-error:symbolic link loop (the links point at each other)'] },
  'links/loop-b.Dockerfile': { error: 'symbolic link loop (the links point at each other)', findings: ['1:parse-error:symbolic link loop (the links point at each other)'] },
  'links/dangling.yaml': { error: 'dangling symbolic link (its target does not exist)', findings: ['1:parse-error:dangling symbolic link (its target does not exist)'] },
};
/** With shellcheck installed, the one RUN it cannot take is named; without, its absence is (one line either way). */
const NOTICES = findShellcheck()
  ? ['nest/Dockerfile:3: ShellCheck skipped this RUN (command substitutions nested 100 deep)']
  : ['shellcheck is not on PATH: RUN scripts were not checked with ShellCheck (install the `shellcheck` package to enable SCxxxx findings)'];
const LOCKED = { error: 'cannot read: permission denied (EACCES)', findings: ['1:parse-error:cannot read: permission denied (EACCES)'] };

let root: string;
beforeAll(() => {
  root = tree(FILES);
  symlinkSync('loop-b.Dockerfile', join(root, 'links', 'loop-a.Dockerfile'));
  symlinkSync('loop-a.Dockerfile', join(root, 'links', 'loop-b.Dockerfile'));
  symlinkSync('missing.yaml', join(root, 'links', 'dangling.yaml'));
  symlinkSync('..', join(root, 'links', 'up')); // a directory loop: the walk must visit each real directory once
  mkdirSync(join(root, 'locked'));
  chmodSync(join(root, 'locked'), 0o755);
  chmodSync(root, 0o755); // mkdtemp makes it 0700: the unprivileged CLI run must be able to enter it
});

/** Each file's error and findings; rule ids alone for the good files (their messages are the rules' business). */
function outcome(report: Report): Record<string, { error: string | null; findings: string[] }> {
  const result: Record<string, { error: string | null; findings: string[] }> = {};
  for (const entry of report.files) {
    const findings = report.findings.filter((f) => f.file === entry.file);
    const brief = entry.error === null && !findings.some((f) => f.ruleId === 'parse-error');
    result[entry.file] = { error: entry.error, findings: findings.map((f) => (brief ? `${f.line}:${f.ruleId}` : `${f.line}:${f.ruleId}:${f.message}`)) };
  }
  return result;
}

describe('hostile files beside good ones', () => {
  it('through the engine: one clear error per bad file, every other file intact', async () => {
    const started = Date.now();
    const report = await run({ paths: ['.'], cwd: root });
    expect(outcome(report)).toEqual(EXPECTED);
    // Nothing went wrong beyond the files themselves.
    expect(report.notices ?? []).toEqual(NOTICES);
    // A hang detector, not a benchmark: 100 MB of refused files and 3 MB of long lines are read in seconds.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it.skipIf(isRoot && !SETPRIV)('through `node dist/cli.js` as an unprivileged user, with a file it may not read', () => {
    const locked = join(root, 'locked', 'Dockerfile');
    spawnSync('sh', ['-c', `printf 'FROM alpine:3.20\\n' > '${locked}' && chmod 000 '${locked}'`]);
    // As root every file is readable; run as nobody (65534) so that mode 000 means what it says.
    const drop = isRoot ? [SETPRIV as string, '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const [command, ...args] = [...drop, process.execPath, CLI, '--format', 'json', '--fail-on', 'none', '.'];
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, maxBuffer: 64 * MB, timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(outcome(report)).toEqual({ ...EXPECTED, 'locked/Dockerfile': LOCKED });
    expect(report.notices ?? []).toEqual(NOTICES);
  });
});
