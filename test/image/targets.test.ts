/** Which Dockerfiles to build and how: the config's `build` list, with target, build-args and platform. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { parseTargets, TargetError } from '../../src/image/targets.js';
import { describeEngine, makeContext, removeDir, removeImages } from './engine.js';

describe('parseTargets', () => {
  it('reads mappings and paths, relative to the working directory', () => {
    expect(parseTargets([
      { dockerfile: 'svc/Dockerfile', context: '.', target: 'runtime', 'build-args': { SIZE: 3 }, platform: 'linux/amd64' },
      'other/Dockerfile',
      { dockerfile: 'x.Dockerfile', 'build-args': ['A=1', 'B=x=y'] },
    ], '/repo')).toEqual([
      { dockerfile: '/repo/svc/Dockerfile', context: '/repo', target: 'runtime', buildArgs: { SIZE: '3' }, platform: 'linux/amd64' },
      { dockerfile: '/repo/other/Dockerfile', context: '/repo/other', target: null, buildArgs: {}, platform: null },
      { dockerfile: '/repo/x.Dockerfile', context: '/repo', target: null, buildArgs: { A: '1', B: 'x=y' }, platform: null },
    ]);
    expect(parseTargets(undefined, '/repo')).toBeNull();
    expect(parseTargets(true, '/repo')).toBeNull();
  });

  it('says what is wrong with a bad list', () => {
    expect(() => parseTargets({ dockerfile: 'x' }, '/r')).toThrow(TargetError);
    expect(() => parseTargets([{ context: '.' }], '/r')).toThrow(/build\[0\]\.dockerfile must be a path/);
    expect(() => parseTargets([{ dockerfile: 'x', 'build-args': ['NOVALUE'] }], '/r')).toThrow(/'NOVALUE' is not NAME=value/);
  });
});

describeEngine('build list from .shipshape.yml', () => {
  it('builds the configured target with its build args and platform', async () => {
    const dir = makeContext([
      'FROM scratch AS base', 'COPY busybox /bin/busybox', 'SHELL ["/bin/busybox", "sh", "-c"]',
      'FROM base AS sized', 'ARG SIZE=1', 'RUN dd if=/dev/zero of=/blob bs=1000 count=$SIZE',
      'FROM base AS unused', 'RUN exit 1', '',
    ].join('\n'));
    writeFileSync(join(dir, '.shipshape.yml'), 'options:\n  build:\n    - dockerfile: Dockerfile\n      target: sized\n      build-args: {SIZE: 4}\n      platform: linux/amd64\n');
    try {
      const report = await run({ paths: [dir], cwd: dir, build: { builder: 'classic', network: 'none', log: null } });
      expect(report.findings.filter((f) => f.ruleId === 'build-failed')).toEqual([]);
      const [image] = report.images ?? [];
      expect([image.target, image.platform]).toEqual(['sized', 'linux/amd64']);
      expect(image.layers.map((l) => [l.line, l.sizeBytes])).toEqual([[2, image.layers[0].sizeBytes], [6, 4000]]);
      removeImages(image.tag);
    } finally {
      removeDir(dir);
    }
  });
});
