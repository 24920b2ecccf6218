/** The CLI's build flags: --build and its companions, and the JSON report's images on stdout with the log on stderr. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../src/cli/args.js';
import { describeEngine, inspectSize, makeContext, removeDir, removeImages } from './engine.js';

describe('build flags', () => {
  it('parses --build with its companions', () => {
    expect(parseCli(['--build', '--compare-base', 'origin/main', '--builder', 'classic', '--build-network', 'none', '.'], false).build)
      .toEqual({ compareBase: 'origin/main', builder: 'classic', network: 'none' });
    expect(parseCli(['.'], false).build).toBeNull();
  });

  it('refuses companions without --build and unknown builders', () => {
    expect(() => parseCli(['--compare-base', 'main', '.'], false)).toThrow(UsageError);
    expect(() => parseCli(['--build', '--builder', 'kaniko', '.'], false)).toThrow(/--builder must be/);
  });
});

describeEngine('shipshape --build --format json', () => {
  it('prints the images on stdout and streams the build log to stderr', () => {
    const dir = makeContext('FROM scratch\nCOPY busybox /bin/busybox\nUSER 1\n');
    try {
      const root = join(import.meta.dirname, '../..');
      const cli = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/bin.ts'), '--build', '--builder', 'classic', '--build-network', 'none', '--format', 'json', '--fail-on', 'none', 'Dockerfile'], { cwd: dir, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      const report = JSON.parse(cli.stdout);
      expect(report.images).toHaveLength(1);
      expect(report.images[0].sizeBytes).toBe(inspectSize(report.images[0].tag));
      expect(report.images[0].layers[0]).toMatchObject({ index: 0, line: 2, endLine: 2, createdBy: expect.stringContaining('COPY') });
      expect(cli.stderr).toContain('Successfully tagged');
      removeImages(report.images[0].tag);
    } finally {
      removeDir(dir);
    }
  });
});
