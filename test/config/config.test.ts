import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { ConfigError } from '../../src/config/load.js';
import { tree } from '../helpers/tmp.js';

const ROOTLESS = 'FROM node:20-slim\nCMD node server.js\n';

const ids = async (root: string, configFile?: string) =>
  (await run({ paths: ['.'], cwd: root, configFile })).findings.map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.severity}`);

describe('.shipshape.yml', () => {
  it('is discovered upward and nearer files override farther ones', async () => {
    const root = tree({
      '.shipshape.yml': 'rules:\n  root-user: off\n',
      'a/Dockerfile': ROOTLESS,
      'b/.shipshape.yml': 'rules:\n  root-user: warning\n  shell-form-command: "off"\n',
      'b/Dockerfile': ROOTLESS,
    });
    expect(await ids(root)).toEqual(['a/Dockerfile:2:shell-form-command:warning', 'b/Dockerfile:1:root-user:warning']);
  });
  it('is found above the linted directory, through links, and beside a file given alone', async () => {
    // The walk's listing answers for the directories it read; those above it, or a file given on its own, are looked up.
    const root = tree({
      '.shipshape.yml': 'rules:\n  root-user: off\n',
      'svc/Dockerfile': ROOTLESS,
      'shared/.shipshape.yml': 'rules:\n  shell-form-command: info\n',
      'elsewhere/.shipshape.yml': 'rules:\n  root-user: warning\n  shell-form-command: off\n',
      'elsewhere/Dockerfile': ROOTLESS,
      'solo/.hadolint.yaml': 'override:\n  error:\n    - DL3025\n',
      'solo/Dockerfile': ROOTLESS,
    });
    symlinkSync(join(root, 'shared', '.shipshape.yml'), join(root, 'svc', '.shipshape.yml'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'svc', 'linked'));
    const report = await run({ paths: ['svc', 'solo/Dockerfile'], cwd: root });
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.severity}`)).toEqual([
      'solo/Dockerfile:2:shell-form-command:error',
      'svc/Dockerfile:2:shell-form-command:info',
      'svc/linked/Dockerfile:1:root-user:warning',
    ]);
  });
  it('stops at root: true', async () => {
    const root = tree({
      '.shipshape.yml': 'rules:\n  shell-form-command: off\n',
      'svc/.shipshape.yml': 'root: true\nrules:\n  root-user: off\n',
      'svc/Dockerfile': ROOTLESS,
    });
    expect(await ids(root)).toEqual(['svc/Dockerfile:2:shell-form-command:warning']);
  });
  it('accepts peer aliases as rule names and mappings with a severity', async () => {
    const root = tree({ '.shipshape.yml': 'rules:\n  DL3002: off\n  DL3025: { severity: info }\n', Dockerfile: ROOTLESS });
    expect(await ids(root)).toEqual(['Dockerfile:2:shell-form-command:info']);
  });
  it('a peer\'s alias sets the rule of that peer\'s target alone; the id sets every target\'s', async () => {
    // root-user is a Dockerfile rule (hadolint's DL3002) and a manifest rule (kube-linter's run-as-non-root).
    const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec:\n  containers:\n    - {name: a, image: nginx:1.27}\n';
    const rootUser = async (config: string) => (await ids(tree({ '.shipshape.yml': `rules:\n${config}`, Dockerfile: ROOTLESS, 'pod.yaml': POD })))
      .filter((f) => f.includes(':root-user:'));
    expect(await rootUser('  DL3002: off\n')).toEqual(['pod.yaml:6:root-user:error']);
    expect(await rootUser('  run-as-non-root: off\n  CKV_DOCKER_3: warning\n')).toEqual(['Dockerfile:1:root-user:warning']);
    expect(await rootUser('  root-user: off\n')).toEqual([]);
    // A nearer config's id wins over a farther alias: `root-user: warning` turns the Dockerfile rule back on.
    const nested = tree({ '.shipshape.yml': 'rules:\n  DL3002: off\n', 'svc/.shipshape.yml': 'rules:\n  root-user: warning\n', 'svc/Dockerfile': ROOTLESS, 'svc/pod.yaml': POD });
    expect((await ids(nested)).filter((f) => f.includes(':root-user:'))).toEqual(['svc/Dockerfile:1:root-user:warning', 'svc/pod.yaml:6:root-user:warning']);
    // … and a nearer alias over a farther id, for its target only.
    const aliasNearer = tree({ '.shipshape.yml': 'rules:\n  root-user: warning\n', 'svc/.shipshape.yml': 'rules:\n  DL3002: off\n', 'svc/Dockerfile': ROOTLESS, 'svc/pod.yaml': POD });
    expect((await ids(aliasNearer)).filter((f) => f.includes(':root-user:'))).toEqual(['svc/pod.yaml:6:root-user:warning']);
  });
  it('ignores paths relative to the config file', async () => {
    const root = tree({ 'svc/.shipshape.yml': 'ignore:\n  - "legacy/**"\n', 'svc/legacy/Dockerfile': ROOTLESS, 'svc/Dockerfile': 'FROM node:20-slim\nUSER 1000\n' });
    const report = await run({ paths: ['.'], cwd: root });
    expect(report.files.map((f) => f.file)).toEqual(['svc/Dockerfile']);
  });
  it('ignores a directory written without **, and globs under a directory whose name holds glob characters', async () => {
    const root = tree({
      'svc/.shipshape.yml': 'ignore:\n  - legacy/\n  - old\n',
      'svc/legacy/Dockerfile': ROOTLESS, 'svc/old/api/Dockerfile': ROOTLESS, 'svc/older/Dockerfile': ROOTLESS,
      'proj (copy) [1]/.shipshape.yml': 'root: true\nignore:\n  - "legacy/**"\n  - ./tmp\n',
      'proj (copy) [1]/legacy/Dockerfile': ROOTLESS, 'proj (copy) [1]/tmp/Dockerfile': ROOTLESS, 'proj (copy) [1]/Dockerfile': ROOTLESS,
    });
    const report = await run({ paths: ['.'], cwd: root });
    expect(report.files.map((f) => f.file).sort()).toEqual(['proj (copy) [1]/Dockerfile', 'svc/older/Dockerfile']);
  });
  it('an ignore glob may climb out of the config\'s directory with ../', async () => {
    const root = tree({ 'ci/shipshape.yml': 'ignore:\n  - ../vendor/**\n', 'vendor/Dockerfile': ROOTLESS, 'app/Dockerfile': ROOTLESS });
    const report = await run({ paths: ['.'], cwd: root, configFile: join(root, 'ci', 'shipshape.yml') });
    expect(report.files.map((f) => f.file)).toEqual(['app/Dockerfile']);
  });
  it('an explicit --config replaces discovery', async () => {
    const root = tree({ 'x.yml': 'rules:\n  shell-form-command: off\n', '.shipshape.yml': 'rules:\n  root-user: off\n', Dockerfile: ROOTLESS });
    expect(await ids(root, `${root}/x.yml`)).toEqual(['Dockerfile:1:root-user:error']);
  });
  it('rejects a bad severity with the file name', async () => {
    const root = tree({ '.shipshape.yml': 'rules:\n  root-user: fatal\n', Dockerfile: ROOTLESS });
    await expect(run({ paths: ['.'], cwd: root })).rejects.toThrow(ConfigError);
    await expect(run({ paths: ['.'], cwd: root })).rejects.toThrow(/\.shipshape\.yml: rule 'root-user': 'fatal'/);
  });
  it('rejects an unknown rule id, so a typo cannot silently configure nothing', async () => {
    await expect(run({ paths: ['.'], cwd: tree({ '.shipshape.yml': 'rules:\n  root-usr: off\n', Dockerfile: ROOTLESS }) })).rejects.toThrow(/unknown rule 'root-usr'/);
  });
  it('rejects option values the run would misread, and a misspelt option or rule switch', async () => {
    const problem = async (config: string) => {
      try {
        await run({ paths: ['.'], cwd: tree({ '.shipshape.yml': config, Dockerfile: 'FROM alpine:3.20\nUSER 1000\n' }) });
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message.replace(/^.*\.shipshape\.yml: /, '');
      }
    };
    expect(await problem('options:\n  kubernetes-version: 1.30\n')).toBe('options: kubernetes-version 1.3 is a number (YAML reads 1.30 as 1.3); quote the version: kubernetes-version: "1.30"');
    expect(await problem('options:\n  kubernetes-version: banana\n')).toBe('options: kubernetes-version must be a version such as "1.34", not "banana"');
    expect(await problem('options:\n  kubernetes-versoin: "1.30"\n')).toBe("options: unknown option 'kubernetes-versoin'; did you mean 'kubernetes-version'?");
    expect(await problem('options:\n  fail-on: warnings\n')).toBe('options: fail-on must be error, warning, info or none, not "warnings"');
    expect(await problem('rules:\n  heavy-base-image: {enabled: no}\n')).toBe('rule \'heavy-base-image\': enabled must be true or false (or on, off), not "no"');
    // What is plainly meant passes: a quoted version, an unquoted one YAML keeps whole, an option of another tool.
    expect(await problem('options:\n  kubernetes-version: "1.30"\n  fail-on: warning\n')).toBeNull();
    expect(await problem('options:\n  kubernetes-version: 1.31\n  my-team-setting: 3\n')).toBeNull();
  });
  it('rejects an unknown top-level key and invalid YAML', async () => {
    await expect(run({ paths: ['.'], cwd: tree({ '.shipshape.yml': 'rulez: {}\n', Dockerfile: ROOTLESS }) })).rejects.toThrow(/unknown key 'rulez'/);
    await expect(run({ paths: ['.'], cwd: tree({ '.shipshape.yml': 'rules: [\n', Dockerfile: ROOTLESS }) })).rejects.toThrow(ConfigError);
  });
});

describe('inline pragmas', () => {
  it('ignore the next instruction, by id or by peer alias, with trailing text', async () => {
    const root = tree({
      Dockerfile: [
        '# shipshape ignore=root-user',
        'FROM node:20-slim',
        '# hadolint ignore=DL3025 because we need a shell here',
        'CMD node a.js',
        'ENTRYPOINT node b.js',
      ].join('\n'),
    });
    expect(await ids(root)).toEqual(['Dockerfile:5:shell-form-command:warning']);
  });
  it('global ignore covers the whole file', async () => {
    const root = tree({ Dockerfile: 'FROM node:20-slim\nCMD node a.js\n# shipshape global ignore=shell-form-command, root-user\n' });
    expect(await ids(root)).toEqual([]);
  });
  it('an ignore covers every line of a multi-line instruction', async () => {
    const root = tree({ Dockerfile: 'FROM node:20-slim\nUSER 1000\n# shipshape ignore=shell-form-command\nCMD node \\\n  a.js\n' });
    expect(await ids(root)).toEqual([]);
  });
});
