/**
 * A run stopped by SIGTERM or SIGINT (a cancelled CI job, Ctrl-C) while ShellCheck still runs in the background:
 * the process exits with the code a shell gives that signal, and leaves no ShellCheck directory in its TMPDIR and
 * no shellcheck process running. Checked on the CLI run from its sources (one thread) and on a batch running on a
 * worker thread, with the real shellcheck (a wrapper on PATH logs each pid, then execs it). A batch that ends
 * leaves no listener on the process.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/schema.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { findShellcheck } from '../../src/dockerfile/shellcheck.js';
import { ShellcheckBatch } from '../../src/dockerfile/shellcheck-batch.js';
import { tree } from '../helpers/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** `node --import tsx` from any working directory: the loader by its URL. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const PREFIX = 'shipshape-sc-';

let realShellcheck = '';
/** 40 Dockerfiles of 8 RUNs: several seconds of shellcheck on two cores, about one of linting. */
let project = '';

beforeAll(() => {
  realShellcheck = findShellcheck() ?? '';
  expect(realShellcheck, 'shellcheck must be on PATH for these tests').not.toBe('');
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const runs = Array.from({ length: 8 }, (_, r) => `RUN ${Array.from({ length: 10 }, (_, n) => `cp /etc/hosts $dest_${i}_${r}_${n} && echo "$x${n}" | grep foo`).join(' && \\\n    ')}`);
    files[`d${String(i).padStart(2, '0')}/Dockerfile`] = `FROM debian:12-slim\n${runs.join('\n')}\nUSER 10001\n`;
  }
  project = tree(files);
});

interface Stopped {
  code: number | null;
  stdout: string;
  /** Batch directories still in the child's TMPDIR. */
  leftovers: string[];
  /** shellcheck processes that were running when the signal was sent, and those of them still running after. */
  runningAtSignal: number[];
  runningAfter: number[];
}

/** Runs `node --import tsx <args>` in the project, sends `signal` once shellcheck runs, and waits for the end. */
async function stopMidway(args: string[], signal: 'SIGTERM' | 'SIGINT'): Promise<Stopped> {
  const tmp = tree({});
  const bin = tree({});
  const log = join(bin, 'pids');
  writeFileSync(join(bin, 'shellcheck'), `#!/bin/sh\necho $$ >> "${log}"\nexec "${realShellcheck}" "$@"\n`);
  chmodSync(join(bin, 'shellcheck'), 0o755);
  const child = spawn(process.execPath, ['--import', TSX, ...args], {
    cwd: project, env: { ...process.env, TMPDIR: tmp, PATH: `${bin}${delimiter}${process.env.PATH}` }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const pids = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map(Number) : []);
  const leftovers = () => readdirSync(tmp).filter((name) => name.startsWith(PREFIX));
  let runningAtSignal: number[] = [];
  for (let waited = 0; waited < 30_000 && child.exitCode === null; waited += 20) {
    runningAtSignal = pids().filter(running);
    if (runningAtSignal.length && leftovers().length) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill(signal);
  const code = await ended;
  // A child a worker would start while the process exits shows up in the log and TMPDIR a little later.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { code, stdout, leftovers: leftovers(), runningAtSignal, runningAfter: pids().filter(running) };
}

/** A zombie (an orphan nobody has reaped yet) has ended too. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('a run stopped by a signal while ShellCheck runs', () => {
  it('SIGTERM: the CLI exits with 143, its ShellCheck directories removed and its shellcheck processes killed', async () => {
    const stopped = await stopMidway([join(ROOT, 'src/cli/bin.ts'), '--format', 'json', '--fail-on', 'none', '.'], 'SIGTERM');
    expect(stopped.runningAtSignal.length).toBeGreaterThan(0);
    expect(stopped.code).toBe(143);
    expect(stopped.stdout).toBe('');
    expect(stopped.leftovers).toEqual([]);
    expect(stopped.runningAfter).toEqual([]);
  });

  it('SIGINT (Ctrl-C): exit code 130, nothing left', async () => {
    const stopped = await stopMidway([join(ROOT, 'src/cli/bin.ts'), '--format', 'json', '--fail-on', 'none', '.'], 'SIGINT');
    expect(stopped.runningAtSignal.length).toBeGreaterThan(0);
    expect(stopped.code).toBe(130);
    expect(stopped.leftovers).toEqual([]);
    expect(stopped.runningAfter).toEqual([]);
  });

  it('SIGTERM while a worker thread runs the batch: the main thread removes the worker\'s directories and kills its processes', async () => {
    const stopped = await stopMidway([join(import.meta.dirname, 'shellcheck-signal-worker.ts'), project], 'SIGTERM');
    expect(stopped.runningAtSignal.length).toBeGreaterThan(0);
    expect(stopped.code).toBe(143);
    expect(stopped.stdout).not.toContain('done');
    expect(stopped.leftovers).toEqual([]);
    expect(stopped.runningAfter).toEqual([]);
  });
});

describe('a batch that ends', () => {
  it('listens to exit, SIGINT and SIGTERM only while its processes run', async () => {
    const counts = () => ['exit', 'SIGINT', 'SIGTERM'].map((event) => process.listenerCount(event));
    const before = counts();
    const batch = new ShellcheckBatch(realShellcheck, [], 2);
    batch.add('Dockerfile', emptyConfig(), parseDockerfile('Dockerfile', 'FROM debian:12-slim\nRUN echo $x\n').model);
    // The batch starts what is queued once the thread yields.
    await new Promise((resolve) => setImmediate(resolve));
    expect(counts()).toEqual(before.map((n) => n + 1));
    expect((await batch.findings()).map((f) => f.ruleId)).toContain('SC2086');
    // Listeners go one turn of the event loop after the last directory (see shellcheck-cleanup.ts).
    await new Promise((resolve) => setImmediate(resolve));
    expect(counts()).toEqual(before);
  });
});
