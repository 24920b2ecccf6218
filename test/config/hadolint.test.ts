/** hadolint's configuration file and ignore comments, honoured as hadolint does: one test per key and per pragma form. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { ConfigError } from '../../src/config/load.js';
import { lintDockerfile } from '../../src/dockerfile/lint.js';
import { emptyConfig } from '../../src/config/schema.js';
import { main } from '../../src/cli/main.js';
import { tree } from '../helpers/tmp.js';

const ORIGINAL_CWD = process.cwd();
afterEach(() => process.chdir(ORIGINAL_CWD));

const ids = async (root: string, configFile?: string) =>
  (await run({ paths: ['.'], cwd: root, configFile })).findings
    .filter((f) => !/^SC\d+$/.test(f.ruleId))
    .map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.severity}`);

/** Findings of one Dockerfile text under default config, as `line:ruleId`. */
function lint(text: string, options: Record<string, unknown> = {}, only?: string[]) {
  const config = emptyConfig();
  config.options = options;
  return lintDockerfile('Dockerfile', text, config, []).findings
    .filter((f) => !only || only.includes(f.ruleId))
    .map((f) => `${f.line}:${f.ruleId}`);
}

// Rootless, shell-form CMD, unpinned apt: root-user (error), shell-form-command (warning), apt-version-unpinned (info) …
const SERVICE = 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCMD node server.js\n';

describe('.hadolint.yaml', () => {
  it('ignored: turns rules off by DL code', async () => {
    const root = tree({ '.hadolint.yaml': 'ignored:\n  - DL3002\n  - DL3025\n', Dockerfile: SERVICE });
    const found = await ids(root);
    expect(found).not.toContain('Dockerfile:1:root-user:error');
    expect(found.filter((f) => /root-user|shell-form-command/.test(f))).toEqual([]);
    expect(found).toContain('Dockerfile:2:apt-version-unpinned:info');
  });

  it('speaks of Dockerfiles only: ignoring DL3002 keeps the manifests\' root-user', async () => {
    const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n    - {name: a, image: nginx:1.27}\n';
    const root = tree({ '.hadolint.yaml': 'ignored:\n  - DL3002\noverride:\n  info:\n    - DL3007\n', Dockerfile: 'FROM node:latest\nCMD ["node"]\n', 'pod.yaml': POD.replace('nginx:1.27', 'nginx:latest') });
    const found = (await ids(root)).filter((f) => /root-user|image-tag-latest/.test(f));
    expect(found).toEqual(['Dockerfile:1:image-tag-latest:info', 'pod.yaml:6:image-tag-latest:warning', 'pod.yaml:6:root-user:error']);
  });

  it('override: sets severities (style becomes info) and turns on rules that are off by default', async () => {
    const root = tree({
      '.hadolint.yml': 'override:\n  error:\n    - DL3008\n  info:\n    - DL3002\n  style:\n    - DL3025\n  warning:\n    - DL3057\n',
      Dockerfile: SERVICE,
    });
    const found = await ids(root);
    expect(found).toContain('Dockerfile:2:apt-version-unpinned:error');
    expect(found).toContain('Dockerfile:1:root-user:info');
    expect(found).toContain('Dockerfile:3:shell-form-command:info');
    expect(found).toContain('Dockerfile:1:healthcheck-missing:warning');
  });

  it('ignored wins over override for the same code, as in hadolint', async () => {
    const root = tree({ '.hadolint.yaml': 'override:\n  error: [DL3002]\nignored: [DL3002]\n', Dockerfile: SERVICE });
    expect((await ids(root)).filter((f) => f.includes('root-user'))).toEqual([]);
  });

  it('trustedRegistries: a string or a list, with wildcards', async () => {
    const text = 'FROM quay.io/acme/a:1 AS a\nFROM eu.gcr.io/acme/b:1\n';
    const one = tree({ '.hadolint.yaml': 'trustedRegistries: docker.io\n', Dockerfile: text });
    expect((await ids(one)).filter((f) => f.includes('untrusted-registry'))).toEqual(['Dockerfile:1:untrusted-registry:error', 'Dockerfile:2:untrusted-registry:error']);
    const list = tree({ '.hadolint.yaml': 'trustedRegistries:\n  - "*.gcr.io"\n  - quay*\n', Dockerfile: text });
    expect((await ids(list)).filter((f) => f.includes('untrusted-registry'))).toEqual([]);
  });

  it('label-schema: turns on the schema rules', async () => {
    const root = tree({
      '.hadolint.yaml': 'label-schema:\n  version: semver\n  org.opencontainers.image.source: url\n',
      Dockerfile: 'FROM nginx:1.27-alpine\nLABEL version=v1\n',
    });
    const found = (await ids(root)).filter((f) => /label-/.test(f));
    expect(found).toEqual(['Dockerfile:1:label-missing:info', 'Dockerfile:2:label-not-semver:warning']);
  });

  it('strict-labels: labels outside the schema are reported', async () => {
    const root = tree({ '.hadolint.yaml': 'strict-labels: true\nlabel-schema:\n  version: text\n', Dockerfile: 'FROM nginx:1.27-alpine\nLABEL version=1 team=web\n' });
    expect((await ids(root)).filter((f) => /label-superfluous/.test(f))).toEqual(['Dockerfile:2:label-superfluous:info']);
  });

  it('disable-ignore-pragma: inline ignores no longer apply', async () => {
    const text = '# hadolint global ignore=DL3002\nFROM debian:12-slim\n# hadolint ignore=DL3025\nCMD node server.js\n';
    const honoured = tree({ Dockerfile: text });
    expect((await ids(honoured)).filter((f) => /root-user|shell-form/.test(f))).toEqual([]);
    const disabled = tree({ '.hadolint.yaml': 'disable-ignore-pragma: true\n', Dockerfile: text });
    expect((await ids(disabled)).filter((f) => /root-user|shell-form/.test(f))).toEqual(['Dockerfile:2:root-user:error', 'Dockerfile:4:shell-form-command:warning']);
  });

  it('failure-threshold: the default of --fail-on (style counts as info; none never fails)', async () => {
    // Only info findings (unpinned apt, yarn) and a non-root final stage.
    const infoOnly = 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["sleep", "1"]\n';
    const exit = async (files: Record<string, string>, args: string[] = []) => {
      const root = tree(files);
      process.chdir(root);
      return main([...args, '--output', join(root, 'report.txt'), '.']);
    };
    expect(await exit({ Dockerfile: infoOnly })).toBe(0);
    expect(await exit({ Dockerfile: infoOnly, '.hadolint.yaml': 'failure-threshold: style\n' })).toBe(1);
    expect(await exit({ Dockerfile: infoOnly, '.hadolint.yaml': 'failure-threshold: info\n' })).toBe(1);
    expect(await exit({ Dockerfile: infoOnly, '.hadolint.yaml': 'failure-threshold: info\n' }, ['--fail-on', 'error'])).toBe(0);
    expect(await exit({ Dockerfile: SERVICE, '.hadolint.yaml': 'failure-threshold: none\n' })).toBe(0);
    expect(await exit({ Dockerfile: SERVICE, '.hadolint.yaml': 'no-fail: true\n' })).toBe(0);
  });

  it('a .shipshape.yml in the same directory wins; --config can name a hadolint file', async () => {
    const both = tree({ '.shipshape.yml': 'rules:\n  root-user: warning\n', '.hadolint.yaml': 'ignored: [DL3002]\n', Dockerfile: SERVICE });
    expect(await ids(both)).toContain('Dockerfile:1:root-user:warning');
    const explicit = tree({ 'ci/hadolint.yaml': 'ignored: [DL3002]\n', Dockerfile: SERVICE });
    expect((await ids(explicit, join(explicit, 'ci/hadolint.yaml'))).filter((f) => f.includes('root-user'))).toEqual([]);
  });

  it('display keys are skipped; a malformed file is a configuration error', async () => {
    const fine = tree({ '.hadolint.yaml': 'format: json\nno-color: true\nverbose: true\nignored: []\n', Dockerfile: SERVICE });
    expect(await ids(fine)).toContain('Dockerfile:1:root-user:error');
    await expect(ids(tree({ '.hadolint.yaml': 'override:\n  fatal: [DL3002]\n', Dockerfile: SERVICE }))).rejects.toThrow(ConfigError);
    await expect(ids(tree({ '.hadolint.yaml': 'failure-threshold: loud\n', Dockerfile: SERVICE }))).rejects.toThrow(ConfigError);
  });

  it('SC codes in ignored and override reach ShellCheck findings', async () => {
    const text = 'FROM debian:12-slim\nUSER 10001\nRUN cp /etc/hosts $1 && echo "$undefined_thing"\n';
    const root = tree({ '.hadolint.yaml': 'ignored: [SC2154]\noverride:\n  error: [sc2086]\n', Dockerfile: text });
    const sc = (await run({ paths: ['.'], cwd: root })).findings.filter((f) => /^SC/.test(f.ruleId)).map((f) => `${f.ruleId}:${f.severity}`);
    expect(sc).toEqual(['SC2086:error']);
  });

  it('SC codes in .shipshape.yml are matched whatever their case', async () => {
    const text = 'FROM debian:12-slim\nUSER 10001\nRUN cp /etc/hosts $1 && echo "$undefined_thing"\n';
    const root = tree({ '.shipshape.yml': 'rules:\n  sc2154: off\n  Sc2086: {severity: error}\n', Dockerfile: text });
    const sc = (await run({ paths: ['.'], cwd: root })).findings.filter((f) => /^SC/.test(f.ruleId)).map((f) => `${f.ruleId}:${f.severity}`);
    expect(sc).toEqual(['SC2086:error']);
  });
});

describe('ignore pragmas, as hadolint reads them', () => {
  const ROOTLESS = 'FROM debian:12-slim\nCMD node server.js\n';

  it('# hadolint ignore= applies to the next instruction only, all its lines', () => {
    const text = 'FROM debian:12-slim\n# hadolint ignore=DL3008\nRUN apt-get update && \\\n    apt-get install -y curl\nRUN apt-get install -y git\n';
    expect(lint(text, {}, ['apt-version-unpinned'])).toEqual(['5:apt-version-unpinned']);
  });

  it('a trailing comment after the list is allowed', () => {
    const text = 'FROM debian:12-slim\n# hadolint ignore=DL3008,SC2086 # we accept these, because …\nRUN apt-get install -y curl\n';
    expect(lint(text, {}, ['apt-version-unpinned'])).toEqual([]);
  });

  it('# hadolint global ignore= applies to the whole file', () => {
    expect(lint(`# hadolint global ignore=DL3002,DL3025 # legacy image\n${ROOTLESS}`, {}, ['root-user', 'shell-form-command'])).toEqual([]);
  });

  it('# hadolint stage ignore= covers the stage it stands in (all of it when above FROM), not the next stage', () => {
    const text = [
      '# hadolint stage ignore=DL3008',
      'FROM debian:12-slim AS build',
      'RUN apt-get install -y gcc',
      'FROM debian:12-slim',
      'RUN apt-get install -y curl',
      '# hadolint stage ignore=DL3008',
      'RUN apt-get install -y git',
      'RUN apt-get install -y jq',
    ].join('\n');
    expect(lint(text, {}, ['apt-version-unpinned'])).toEqual(['5:apt-version-unpinned']);
  });

  it('# hadolint shell= makes the following RUNs non-POSIX: shell rules step aside', () => {
    // On a Linux base (pwsh installed): the pragma is what tells the rules the RUN is no sh script.
    const text = 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\n# hadolint shell=pwsh\nRUN Get-Process | Stop-Process\n';
    expect(lint(text, {}, ['pipefail-missing'])).toEqual([]);
    expect(lint(text.replace('# hadolint shell=pwsh\n', ''), {}, ['pipefail-missing'])).toEqual(['2:pipefail-missing']);
    // A Windows base runs RUN under cmd already.
    expect(lint('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Get-Process | Stop-Process\n', {}, ['pipefail-missing'])).toEqual([]);
  });

  it('# shipshape ignore= takes shipshape ids and DL codes alike', () => {
    expect(lint('FROM debian:12-slim\n# shipshape ignore=shell-form-command\nCMD node server.js\n', {}, ['shell-form-command'])).toEqual([]);
  });

  it('# trivy:ignore:<id> in Trivy\'s spellings (DS002, AVD-DS-0002) maps through aliases', () => {
    expect(lint('# trivy:ignore:DS002\nFROM debian:12-slim\n', {}, ['root-user'])).toEqual([]);
    expect(lint('# trivy:ignore:AVD-DS-0002\nFROM debian:12-slim\n', {}, ['root-user'])).toEqual([]);
    expect(lint('# trivy:ignore:DS002\nFROM debian:12-slim AS a\nFROM a\n', {}, ['root-user'])).toEqual(['3:root-user']);
  });

  it('# checkov:skip=<id>:<reason> maps through aliases', () => {
    expect(lint('# checkov:skip=CKV_DOCKER_3:base image runs as root on purpose\nFROM debian:12-slim\n', {}, ['root-user'])).toEqual([]);
  });

  it('no-inline-ignore-pragma (DL1001) flags inline ignores when turned on', () => {
    const config = emptyConfig();
    config.rules['no-inline-ignore-pragma'] = { enabled: true };
    const text = '# hadolint global ignore=DL3002\nFROM debian:12-slim\n# hadolint ignore=DL3025\nCMD node server.js\n';
    const found = lintDockerfile('Dockerfile', text, config, []).findings.filter((f) => f.ruleId === 'no-inline-ignore-pragma');
    expect(found.map((f) => f.line)).toEqual([3]);
  });
});
