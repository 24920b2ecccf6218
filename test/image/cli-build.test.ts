/**
 * The CLI's build flags: --build and its companions, the JSON report's images on stdout with the log on stderr, and
 * the images built for measuring: removed after the run unless --keep-images, which the report says.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCli, USAGE, UsageError } from '../../src/cli/args.js';
import type { Report } from '../../src/core/types.js';
import type { ImageReport } from '../../src/image/types.js';
import { renderText } from '../../src/report/text.js';
import { BUSYBOX, describeEngine, imageTags, makeContext, removeDir, removeImages } from './engine.js';

describe('build flags', () => {
  it('parses --build with its companions', () => {
    expect(parseCli(['--build', '--compare-base', 'origin/main', '--builder', 'classic', '--build-network', 'none', '.'], false).build)
      .toEqual({ compareBase: 'origin/main', builder: 'classic', network: 'none', keepImages: false });
    expect(parseCli(['.'], false).build).toBeNull();
  });

  it('parses --keep-images, documented beside --build', () => {
    expect(parseCli(['--build', '--keep-images', '.'], false).build).toMatchObject({ keepImages: true });
    expect(parseCli(['--build', '.'], false).build).toMatchObject({ keepImages: false });
    expect(() => parseCli(['--keep-images', '.'], false)).toThrow(/--keep-images need --build/);
    expect(USAGE).toContain('--keep-images                with --build: keep the images built for measuring');
  });

  it('refuses companions without --build and unknown builders', () => {
    expect(() => parseCli(['--compare-base', 'main', '.'], false)).toThrow(UsageError);
    expect(() => parseCli(['--build', '--builder', 'kaniko', '.'], false)).toThrow(/--builder must be/);
  });
});

describe('text report of a built image', () => {
  const image = (kept: boolean): ImageReport => ({
    dockerfile: 'Dockerfile', tag: 'shipshape-local/dockerfile:head-1a2b3c4d', imageId: 'sha256:1', builder: 'classic', target: null, platform: null,
    sizeBytes: 1_000_000, compressedBytes: 500_000, efficiency: 1, wastedBytes: 0, reclaimableBytes: 0, userWastedPercent: 0,
    layers: [{ index: 0, sizeBytes: 1_000_000, compressedBytes: 500_000, createdBy: 'COPY busybox /bin/busybox', line: 2, endLine: 2, instruction: 'COPY busybox /bin/busybox', fileCount: 1, fromBase: false }],
    topWaste: [], base: null, buildSeconds: 1, analysisSeconds: 0.1, kept,
  });
  const text = (images: ImageReport[]) => renderText({ version: 1, findings: [], files: [], images } as Report, false);

  it('says a removed image was removed, and how to keep it', () => {
    expect(text([image(false)])).toContain('Image of Dockerfile  shipshape-local/dockerfile:head-1a2b3c4d (removed after measuring; --keep-images keeps it) · classic\n');
  });

  it('names a kept image by its tag alone, as does a report from before `kept`', () => {
    expect(text([image(true)])).toContain('Image of Dockerfile  shipshape-local/dockerfile:head-1a2b3c4d · classic\n');
    const { kept: _, ...older } = image(false);
    expect(text([older as ImageReport])).toContain('Image of Dockerfile  shipshape-local/dockerfile:head-1a2b3c4d · classic\n');
  });
});

describeEngine('shipshape --build --format json', () => {
  const root = join(import.meta.dirname, '../..');
  const shipshape = (dir: string, ...flags: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/bin.ts'), '--build', '--builder', 'classic', '--build-network', 'none', ...flags, '--format', 'json', '--fail-on', 'none', 'Dockerfile'], { cwd: dir, encoding: 'utf8' });

  it('prints the images on stdout, streams the build log to stderr, and removes the image it built', () => {
    const dir = makeContext('FROM scratch\nCOPY busybox /bin/busybox\nUSER 1\n');
    try {
      const cli = shipshape(dir);
      expect(cli.status).toBe(0);
      const report = JSON.parse(cli.stdout);
      expect(report.images).toHaveLength(1);
      // The image holds busybox and nothing else.
      expect(report.images[0].sizeBytes).toBe(statSync(BUSYBOX).size);
      expect(report.images[0].layers[0]).toMatchObject({ index: 0, line: 2, endLine: 2, createdBy: expect.stringContaining('COPY') });
      expect(cli.stderr).toContain('Successfully tagged');
      // Checked after the cleanup below, which must run either way.
      const left = imageTags().includes(report.images[0].tag);
      removeImages(report.images[0].tag);
      expect(left).toBe(false);
      expect(report.images[0].kept).toBe(false);
    } finally {
      removeDir(dir);
    }
  });

  it('--keep-images leaves the image under its tag, and the report says so', () => {
    const dir = makeContext('FROM scratch\nCOPY busybox /bin/busybox\nUSER 2\n');
    let tag: string | undefined;
    try {
      const cli = shipshape(dir, '--keep-images');
      expect(cli.status).toBe(0);
      const [image] = JSON.parse(cli.stdout).images;
      tag = image.tag;
      expect(image.tag).toMatch(/^shipshape-local\/dockerfile:head-/);
      expect(image.kept).toBe(true);
      expect(imageTags()).toContain(image.tag);
    } finally {
      if (tag) removeImages(tag);
      removeDir(dir);
    }
  });
});
