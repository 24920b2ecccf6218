/**
 * ShellCheck on RUN, with the real `shellcheck` binary. Counting processes and provoking failures goes through
 * small wrapper scripts on PATH that log and then exec the real binary.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { emptyConfig } from '../../src/config/schema.js';
import type { Config } from '../../src/config/schema.js';
import { run } from '../../src/core/engine.js';
import { findShellcheck, SHELLCHECK_MISSING_NOTICE } from '../../src/dockerfile/shellcheck.js';
import { tree } from '../helpers/tmp.js';

const ORIGINAL_PATH = process.env.PATH;
let realShellcheck = '';

beforeAll(() => {
  realShellcheck = findShellcheck() ?? '';
  // CI installs it (.ci/run); a machine without it must fail here rather than skip.
  expect(realShellcheck, 'shellcheck must be on PATH for these tests').not.toBe('');
});
afterEach(() => {
  process.env.PATH = ORIGINAL_PATH;
});

/** A directory holding a `shellcheck` wrapper that logs each start, then runs the real binary with extra arguments. */
function wrapper(extraArgs = ''): { dir: string; log: string } {
  const dir = tree({});
  const log = join(dir, 'starts.log');
  const script = join(dir, 'shellcheck');
  writeFileSync(script, `#!/bin/sh\necho start >> "${log}"\nexec "${realShellcheck}" ${extraArgs} "$@"\n`);
  chmodSync(script, 0o755);
  return { dir, log };
}

function lint(text: string, config: Config = emptyConfig()) {
  const notices: string[] = [];
  const result = lintDockerfile('Dockerfile', text, config, notices);
  const sc = result.findings.filter((f) => /^SC\d+$/.test(f.ruleId)).map((f) => `${f.ruleId}:${f.line}:${f.severity}`);
  return { sc, notices, findings: result.findings };
}

describe('shellcheck on RUN', () => {
  it('reports on the exact Dockerfile line inside a multi-line RUN', () => {
    const text = 'FROM debian:12-slim\nRUN echo start && \\\n    echo "$undefined_thing" && \\\n    echo finished\n';
    expect(lint(text).sc).toEqual(['SC2154:3:warning']);
  });

  it('declares ARG and ENV names in force (own stage and FROM-stage ancestors), and the proxy variables', () => {
    const text = [
      'FROM debian:12-slim AS base',
      'ENV app_home=/app',
      'FROM base',
      'ARG version',
      'RUN echo "$version $app_home $http_proxy $not_declared"',
      'ARG later',
    ].join('\n');
    const { findings } = lint(text);
    expect(findings.filter((f) => f.ruleId === 'SC2154').map((f) => f.message)).toEqual(['not_declared is referenced but not assigned.']);
  });

  it('uses the stage shell: SHELL and the `# hadolint shell=` pragma, inherited through FROM <stage>', () => {
    const posixOnly = 'RUN if [[ -f /etc/os-release ]]; then echo yes; fi';
    expect(lint(`FROM debian:12-slim\n${posixOnly}\n`).sc).toEqual(['SC3010:2:warning']);
    expect(lint(`FROM debian:12-slim AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\n${posixOnly}\n`).sc).toEqual([]);
    expect(lint(`FROM debian:12-slim\n# hadolint shell=bash\n${posixOnly}\n`).sc).toEqual([]);
  });

  it('leaves a Windows stage alone: its default shell is cmd, unless SHELL names a POSIX one', () => {
    expect(lint('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN if exist C:\\foo (echo yes) else (echo no)\n').sc).toEqual([]);
    expect(lint('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["bash", "-c"]\nRUN if [[ -f x ]]; then echo $1; fi\n').sc).toEqual(['SC2086:3:info']);
  });

  it('says the same complaint once per Dockerfile line, however many columns of it ShellCheck names', async () => {
    expect(lint('FROM debian:12-slim\nRUN cp $1 $2 $3 /tmp\n').sc).toEqual(['SC2086:2:info']);
    // The engine's batch (one shellcheck process for the run) too.
    const report = await run({ paths: ['.'], cwd: tree({ Dockerfile: 'FROM debian:12-slim\nRUN cp $1 $2 $3 /tmp\n' }) });
    expect(report.findings.filter((f) => /^SC/.test(f.ruleId)).map((f) => `${f.ruleId}:${f.line}`)).toEqual(['SC2086:2']);
  });

  it('checks a heredoc under the interpreter its RUN line names (`RUN <<EOT bash`), not the stage shell', () => {
    const body = 'set -euo pipefail\nif [[ -f /etc/os-release ]]; then echo yes; fi\nEOT\n';
    expect(lint(`FROM debian:12-slim\nRUN <<EOT bash\n${body}`).sc).toEqual([]);
    expect(lint(`FROM debian:12-slim\nRUN <<EOT\n${body}`).sc).toEqual(['SC3040:3:warning', 'SC3010:4:warning']);
  });

  it('skips non-POSIX shells (SHELL pwsh, or the shell pragma) and exec-form RUN', () => {
    expect(lint('FROM mcr.microsoft.com/powershell:lts\nSHELL ["pwsh", "-Command"]\nRUN echo $undefined_thing\n').sc).toEqual([]);
    expect(lint('FROM mcr.microsoft.com/windows/servercore:ltsc2022\n# hadolint shell=powershell\nRUN echo $undefined_thing\n').sc).toEqual([]);
    expect(lint('FROM debian:12-slim\nRUN ["sh", "-c", "echo $undefined_thing"]\n').sc).toEqual([]);
  });

  it('excludes SC1090, SC1091 and SC2187 as hadolint does', () => {
    const text = 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nRUN . /etc/os-release && . "$HOME/env" && echo "$ID"\n';
    const { findings } = lint(text);
    expect(findings.map((f) => f.ruleId).filter((id) => ['SC1090', 'SC1091', 'SC2187'].includes(id))).toEqual([]);
  });

  it('checks heredoc scripts with their own line numbers, and heredoc data as part of the RUN', () => {
    const text = 'FROM debian:12-slim\nRUN <<EOF\nset -e\ncp /etc/hosts $1\nEOF\nRUN cat <<EOT > /etc/motd\nhello $undefined_thing\nEOT\n';
    expect(lint(text).sc).toEqual(['SC2086:4:info', 'SC2154:7:warning']);
  });

  it('runs ONE shellcheck process per Dockerfile, whatever the number of RUNs and shells', () => {
    const { dir, log } = wrapper();
    process.env.PATH = dir;
    const text = [
      'FROM debian:12-slim AS a',
      'RUN echo $one',
      'RUN echo $two',
      'SHELL ["/bin/bash", "-c"]',
      'RUN echo $three',
      'FROM alpine:3.20',
      'RUN echo $four',
      'ONBUILD RUN echo $five',
    ].join('\n');
    const { sc } = lint(text);
    expect(sc.filter((s) => s.startsWith('SC2154')).length).toBe(5);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['start']);
  });

  it('starts no process for a Dockerfile without a shell-form RUN', () => {
    const { dir, log } = wrapper();
    process.env.PATH = dir;
    expect(lint('FROM debian:12-slim\nRUN ["true"]\nCMD ["sh"]\n').sc).toEqual([]);
    expect(existsSync(log)).toBe(false);
  });

  it('SC ids can be re-levelled and turned off in config', () => {
    const text = 'FROM debian:12-slim\nRUN cp /etc/hosts $1 && echo "$undefined_thing"\n';
    const config = emptyConfig();
    config.rules.SC2086 = { enabled: true, severity: 'error' };
    config.rules.SC2154 = { enabled: false };
    expect(lint(text, config).sc).toEqual(['SC2086:2:error']);
    const off = emptyConfig();
    off.rules.shellcheck = { enabled: false };
    expect(lint(text, off).sc).toEqual([]);
  });

  it('SC ids can be ignored by pragmas: next instruction, stage, global', () => {
    const body = 'RUN cp /etc/hosts $1 && echo "$undefined_thing"';
    expect(lint(`FROM debian:12-slim\n# hadolint ignore=SC2154,SC2086 # known\n${body}\n${body}\n`).sc).toEqual(['SC2086:4:info', 'SC2154:4:warning']);
    expect(lint(`# hadolint global ignore=SC2086\nFROM debian:12-slim\n${body}\n`).sc).toEqual(['SC2154:3:warning']);
    expect(lint(`FROM debian:12-slim AS a\n# hadolint stage ignore=SC2154\n${body}\n${body}\nFROM a\n${body}\n`).sc)
      .toEqual(['SC2086:3:info', 'SC2086:4:info', 'SC2086:6:info', 'SC2154:6:warning']);
  });

  it('a failing shellcheck becomes a notice, and the other rules still report', () => {
    const { dir } = wrapper('--format=bogus');
    process.env.PATH = dir;
    const { sc, notices, findings } = lint('FROM debian:12-slim\nRUN echo $x\nCMD node server.js\n');
    expect(sc).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/rule shellcheck failed \(shellcheck exited with status \d+/);
    expect(findings.some((f) => f.ruleId === 'shell-form-command')).toBe(true);
  });

  it('a shellcheck timeout becomes a notice, not a crash', () => {
    const config = emptyConfig();
    config.options['shellcheck-timeout'] = 1;
    const { sc, notices } = lint('FROM debian:12-slim\nRUN echo $x\n', config);
    expect(sc).toEqual([]);
    expect(notices).toEqual([expect.stringContaining('shellcheck timed out after 1 ms')]);
  });

  it('a small engine run sends the scripts of ALL its Dockerfiles to one shellcheck process, config and pragmas applied per file', async () => {
    const { dir, log } = wrapper();
    process.env.PATH = dir;
    const root = tree({
      'a/Dockerfile': 'FROM debian:12-slim\nRUN echo start && \\\n    echo "$undefined_a"\n',
      'b/.shipshape.yml': 'rules:\n  SC2154: error\n',
      'b/Dockerfile': 'FROM debian:12-slim\nRUN echo "$undefined_b"\nRUN cp /etc/hosts $1\n',
      'c/Dockerfile': 'FROM debian:12-slim\n# hadolint ignore=SC2154\nRUN echo "$undefined_c"\n',
      'd/Dockerfile': 'FROM debian:12-slim\nRUN ["true"]\n',
    });
    const report = await run({ paths: ['.'], cwd: root });
    const sc = report.findings.filter((f) => /^SC\d+$/.test(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.severity}`);
    expect(sc).toEqual(['a/Dockerfile:3:SC2154:warning', 'b/Dockerfile:2:SC2154:error', 'b/Dockerfile:3:SC2086:info']);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['start']);
    expect(report.notices).toEqual([]);
  });

  it('a script nested too deep for ShellCheck is skipped with a notice; the other files keep their findings', async () => {
    const deep = 'echo ' + '"$(echo '.repeat(20) + ')"'.repeat(20);
    const root = tree({
      'deep/Dockerfile': `FROM debian:12-slim\nRUN ${deep}\n`,
      'ok/Dockerfile': 'FROM debian:12-slim\nRUN echo "$undefined_ok"\n',
    });
    const started = Date.now();
    const report = await run({ paths: ['.'], cwd: root });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.notices).toEqual(['deep/Dockerfile:2: ShellCheck skipped this RUN (command substitutions nested 20 deep)']);
    expect(report.findings.filter((f) => /^SC/.test(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.ruleId}`)).toEqual(['ok/Dockerfile:2:SC2154']);
  });

  it('an engine run whose shellcheck fails reports a notice and every other finding', async () => {
    const { dir } = wrapper('--format=bogus');
    process.env.PATH = dir;
    const root = tree({ Dockerfile: 'FROM debian:12-slim\nRUN echo $x\nCMD node server.js\n' });
    const report = await run({ paths: ['.'], cwd: root });
    expect(report.findings.some((f) => /^SC/.test(f.ruleId))).toBe(false);
    expect(report.findings.some((f) => f.ruleId === 'shell-form-command')).toBe(true);
    expect(report.notices).toEqual([expect.stringMatching(/^shellcheck exited with status \d+.*ShellCheck findings are missing for Dockerfile$/)]);
  });

  it('without shellcheck on PATH: one info notice for the whole report, no finding per file', async () => {
    const root = tree({
      'a/Dockerfile': 'FROM debian:12-slim\nRUN echo $x\n',
      'b/Dockerfile': 'FROM debian:12-slim\nRUN echo $y\n',
      'c/Dockerfile': 'FROM debian:12-slim\nRUN echo $z\n',
    });
    process.env.PATH = tree({});
    const report = await run({ paths: ['.'], cwd: root });
    expect(report.findings.filter((f) => /^SC\d+$/.test(f.ruleId))).toEqual([]);
    expect(report.notices).toEqual([SHELLCHECK_MISSING_NOTICE]);
  });
});
