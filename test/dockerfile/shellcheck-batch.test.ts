/**
 * The ShellCheck batch of an engine run, with the real `shellcheck` binary: the same findings as the per-file path,
 * whatever the split into processes; failures and timeouts become notices; temporary files never stay behind.
 * Wrapper scripts on PATH log each start, or stand in for a hanging shellcheck.
 */
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyConfig, type Config } from '../../src/config/schema.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import type { DockerfileModel } from '../../src/dockerfile/model.js';
import { findShellcheck } from '../../src/dockerfile/shellcheck.js';
import { ShellcheckBatch } from '../../src/dockerfile/shellcheck-batch.js';
import type { Finding } from '../../src/core/types.js';
import { tree } from '../helpers/tmp.js';

const ORIGINAL_TMPDIR = process.env.TMPDIR;
let realShellcheck = '';
/** The batch's temporary directories go here, so a test can see that none is left. */
let tmp = '';

beforeAll(() => {
  realShellcheck = findShellcheck() ?? '';
  expect(realShellcheck, 'shellcheck must be on PATH for these tests').not.toBe('');
});
beforeEach(() => {
  tmp = tree({});
  process.env.TMPDIR = tmp;
});
afterEach(() => {
  if (ORIGINAL_TMPDIR === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = ORIGINAL_TMPDIR;
});

/** An executable `shellcheck` stand-in running `body`; returns its path and the log it may write. */
function fakeShellcheck(body: (log: string) => string): { binary: string; log: string } {
  const dir = tree({});
  const log = join(dir, 'log');
  const binary = join(dir, 'shellcheck');
  writeFileSync(binary, `#!/bin/sh\n${body(log)}\n`);
  chmodSync(binary, 0o755);
  return { binary, log };
}

/** The batch's temporary directories still in `tmp` (the tests' own trees are there too). */
const leftovers = () => readdirSync(tmp).filter((name) => name.startsWith('shipshape-sc-'));

function model(text: string): DockerfileModel {
  const { model, problems } = parseDockerfile('Dockerfile', text);
  expect(problems.filter((p) => p.fatal)).toEqual([]);
  return model;
}

const scFindings = (findings: Finding[]) => findings.filter((f) => /^SC\d+$/.test(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.severity}:${f.message}`);

/** Dockerfiles of every kind: several RUNs, shells, heredocs, pragmas, a config that re-levels and one that turns off. */
function corpus(count: number): { file: string; text: string; config: Config }[] {
  return Array.from({ length: count }, (_, i) => {
    const config = emptyConfig();
    if (i % 5 === 1) config.rules.SC2086 = { enabled: true, severity: 'error' };
    if (i % 5 === 2) config.rules.SC2154 = { enabled: false };
    if (i % 7 === 3) config.options['disable-ignore-pragma'] = true;
    const long = Array.from({ length: 10 + (i % 9) * 8 }, (_, n) => `    cp /etc/hosts $dest_${i}_${n} && \\`).join('\n');
    const text = [
      `FROM debian:12-slim AS base${i}`,
      `ARG version_${i}`,
      `RUN echo "$version_${i} $undefined_${i}" && cd /opt`,
      '# hadolint ignore=SC2154',
      `RUN echo "$ignored_${i}"`,
      `RUN echo start && \\\n${long}\n    echo done`,
      i % 2 ? 'SHELL ["/bin/bash", "-c"]' : '# sh',
      'RUN if [[ -f /etc/os-release ]]; then echo $1; fi',
      `RUN <<EOF\nset -e\ncp /etc/hosts $${i}\nEOF`,
    ].join('\n');
    return { file: `d${String(i).padStart(2, '0')}/Dockerfile`, text, config };
  });
}

describe('ShellcheckBatch', () => {
  it('finds exactly what the per-file path finds, config and pragmas per file, over many files and processes', async () => {
    const files = corpus(24);
    const { binary, log } = fakeShellcheck((log) => `echo "$#" >> "${log}"\nexec "${realShellcheck}" "$@"`);
    const notices: string[] = [];
    const batch = new ShellcheckBatch(binary, notices, 2);
    for (const f of files) batch.add(f.file, f.config, model(f.text));
    const batched = scFindings(await batch.findings());

    const perFile = files.flatMap((f) => scFindings(lintDockerfile(f.file, f.text, f.config, []).findings));
    expect(batched.length).toBeGreaterThan(100);
    expect(batched.sort()).toEqual(perFile.sort());
    expect(notices).toEqual([]);
    // More than one process, each within the per-process script cap (3 flags before the file names).
    const starts = readFileSync(log, 'utf8').trim().split('\n').map(Number);
    expect(starts.length).toBeGreaterThan(1);
    expect(starts.reduce((a, b) => a + b - 3, 0)).toBe(files.length * 5);
    expect(Math.max(...starts) - 3).toBeLessThanOrEqual(400);
    expect(leftovers()).toEqual([]);
  });

  it('a process past its timeout is killed: its files get one notice, the other files keep their findings', async () => {
    // Hangs for the files of d-slow (its own process: it is queued alone, the others go to the real binary).
    const { binary, log } = fakeShellcheck((log) => `case "$*" in *line2.sh*) echo $$ > "${log}"; exec sleep 60;; esac\nexec "${realShellcheck}" "$@"`);
    const notices: string[] = [];
    const batch = new ShellcheckBatch(binary, notices, 2);
    const slow = emptyConfig();
    slow.options['shellcheck-timeout'] = 300;
    batch.add('d-slow/Dockerfile', slow, model('FROM debian:12-slim\nRUN echo "$undefined_slow"\n'));
    const findings = await batch.findings();
    expect(findings).toEqual([]);
    expect(notices).toEqual(['shellcheck timed out after 300 ms: ShellCheck findings are missing for d-slow/Dockerfile']);
    const pid = Number(readFileSync(log, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    expect(leftovers()).toEqual([]);
  });

  it('a shellcheck that fails or cannot start becomes a notice naming its files, and no file is left behind', async () => {
    const { binary } = fakeShellcheck(() => `echo "bad flags" >&2\nexit 3`);
    const notices: string[] = [];
    const batch = new ShellcheckBatch(binary, notices, 2);
    batch.add('a/Dockerfile', emptyConfig(), model('FROM debian:12-slim\nRUN echo $x\n'));
    batch.add('b/Dockerfile', emptyConfig(), model('FROM debian:12-slim\nRUN echo $y\n'));
    expect(await batch.findings()).toEqual([]);
    expect(notices).toEqual(['shellcheck exited with status 3: bad flags: ShellCheck findings are missing for a/Dockerfile, b/Dockerfile']);

    const missing: string[] = [];
    const gone = new ShellcheckBatch(join(tree({}), 'shellcheck'), missing, 2);
    gone.add('c/Dockerfile', emptyConfig(), model('FROM debian:12-slim\nRUN echo $z\n'));
    expect(await gone.findings()).toEqual([]);
    expect(missing).toEqual([expect.stringMatching(/^shellcheck could not run: .*ENOENT.*: ShellCheck findings are missing for c\/Dockerfile$/)]);
    expect(leftovers()).toEqual([]);
  });

  it('without a binary, or with the rule off, nothing runs and nothing is said (lintDockerfile reports a missing binary)', async () => {
    const notices: string[] = [];
    const none = new ShellcheckBatch(null, notices);
    none.add('a/Dockerfile', emptyConfig(), model('FROM debian:12-slim\nRUN echo $x\n'));
    expect(await none.findings()).toEqual([]);
    const { binary, log } = fakeShellcheck((log) => `echo start >> "${log}"\nexec "${realShellcheck}" "$@"`);
    const off = emptyConfig();
    off.rules.shellcheck = { enabled: false };
    const disabled = new ShellcheckBatch(binary, notices);
    disabled.add('b/Dockerfile', off, model('FROM debian:12-slim\nRUN echo $x\n'));
    expect(await disabled.findings()).toEqual([]);
    expect(notices).toEqual([]);
    expect(() => readFileSync(log)).toThrow(/ENOENT/);
  });
});
