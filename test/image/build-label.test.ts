/**
 * One Dockerfile built as two variants is told apart wherever the output names it — the build's log group, the
 * text and markdown headings, the JSON's `buildArgs` — and a build arg that looks like a credential shows its
 * name with `***`, never its value: not in the report, the title, nor the build log's command line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import { buildLabel, maskBuildArgs } from '../../src/image/build-label.js';
import type { ImageReport } from '../../src/image/types.js';
import { renderImages } from '../../src/report/markdown-images.js';
import { renderText } from '../../src/report/text.js';
import { describeEngine, makeContext, removeDir, removeImages } from './engine.js';

const image = (tag: string, target: string | null, buildArgs?: Record<string, string>): ImageReport => ({
  dockerfile: 'Dockerfile', tag, imageId: 'sha256:1', builder: 'classic', target, platform: null, ...(buildArgs ? { buildArgs } : {}),
  sizeBytes: 1000, compressedBytes: 500, efficiency: 1, wastedBytes: 0, reclaimableBytes: 0, userWastedPercent: 0,
  layers: [], topWaste: [], base: null, buildSeconds: 1, analysisSeconds: 0.1, kept: true,
});
const text = (images: ImageReport[]) => renderText({ version: 1, findings: [], files: [], images } as Report, false);

describe('the name of a build', () => {
  it('is the Dockerfile alone for a default build, with its target and build args otherwise', () => {
    expect(buildLabel('Dockerfile', null)).toBe('Dockerfile');
    expect(buildLabel('Dockerfile', null, {})).toBe('Dockerfile');
    expect(buildLabel('svc/Dockerfile', 'app', { VARIANT: 'slim', BASE: 'alpine' })).toBe('svc/Dockerfile (target app, VARIANT=slim, BASE=alpine)');
    expect(buildLabel('Dockerfile', null, { NOTE: 'two\nlines', LONG: 'x'.repeat(100) })).toBe(`Dockerfile (NOTE=two lines, LONG=${'x'.repeat(39)}…)`);
  });

  it('masks a build arg named like a credential, or whose value is a token, and keeps the rest', () => {
    const args = { VARIANT: 'slim', NPM_TOKEN: 'npm-secret-value', dbPassword: 'hunter2', EXTRA: 'ghp_' + 'a'.repeat(36), TOKEN_FILE: '/run/secrets/t' };
    expect(maskBuildArgs(args)).toEqual({ VARIANT: 'slim', NPM_TOKEN: '***', dbPassword: '***', EXTRA: '***', TOKEN_FILE: '/run/secrets/t' });
    const label = buildLabel('Dockerfile', null, args);
    expect(label).toBe('Dockerfile (VARIANT=slim, NPM_TOKEN=***, dbPassword=***, EXTRA=***, TOKEN_FILE=/run/secrets/t)');
  });

  it('heads each variant\'s block in the text report, the tag and builder after it', () => {
    const lines = text([image('shipshape-local/dockerfile:head-aaaaaaaa', 'app', { VARIANT: 'slim' }), image('shipshape-local/dockerfile:head-bbbbbbbb', 'app', { VARIANT: 'full' })])
      .split('\n').filter((l) => l.startsWith('Image of'));
    expect(lines).toEqual([
      'Image of Dockerfile (target app, VARIANT=slim)  shipshape-local/dockerfile:head-aaaaaaaa · classic',
      'Image of Dockerfile (target app, VARIANT=full)  shipshape-local/dockerfile:head-bbbbbbbb · classic',
    ]);
  });

  it('masks a secret in a heading even when the report carries its value (a report not written by this version)', () => {
    expect(text([image('t:1', null, { NPM_TOKEN: 'npm-secret-value' })])).toContain('Image of Dockerfile (NPM_TOKEN=***)  t:1 · classic\n');
    const markdown = renderImages([image('t:1', 'app', { NPM_TOKEN: 'npm-secret-value', VARIANT: 'slim' }), image('t:2', null)], () => undefined);
    expect(markdown).not.toContain('npm-secret-value');
    expect(markdown.split('\n').filter((l) => l.startsWith('### '))).toEqual(['### 📦 Image of Dockerfile (target app, NPM&#95;TOKEN=&#42;&#42;&#42;, VARIANT=slim)', '### 📦 Image of Dockerfile']);
  });
});

describeEngine('a build with a secret build arg', () => {
  const SECRET = `s3cr3t-${process.pid}`;
  let dir = '';
  let report: Report | undefined;
  afterAll(() => {
    for (const built of report?.images ?? []) removeImages(built.tag);
    if (dir) removeDir(dir);
  });

  it('names the variant in the log group and the JSON, the secret by name only', async () => {
    dir = makeContext('FROM scratch\nARG VARIANT\nCOPY busybox /bin/busybox\n', {
      '.shipshape.yml': `options:\n  build:\n    - dockerfile: Dockerfile\n      build-args: {VARIANT: slim, NPM_TOKEN: ${SECRET}}\n`,
    });
    writeFileSync(join(dir, '.dockerignore'), '.shipshape.yml\n');
    let log = '';
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { log += chunk.toString(); done(); } });
    const titles: string[] = [];
    report = await run({
      paths: [dir], cwd: dir,
      build: { builder: 'classic', network: 'none', log: sink, group: (title, work) => (titles.push(title), work()) },
    });
    expect(report.findings.filter((f) => f.ruleId === 'build-failed')).toEqual([]);
    expect(titles).toEqual(['Build Dockerfile (VARIANT=slim, NPM_TOKEN=***)']);
    expect(report.images?.map((i) => i.buildArgs)).toEqual([{ VARIANT: 'slim', NPM_TOKEN: '***' }]);
    // The command heads the build log, as it did under @actions/exec.
    expect(log).toMatch(/^\[command\]docker build .* --build-arg VARIANT=slim --build-arg NPM_TOKEN=\*\*\* /);
    expect(log).toContain('Successfully tagged');
    expect(log).not.toContain(SECRET);
    expect(JSON.stringify(report)).not.toContain(SECRET);
  });
});
