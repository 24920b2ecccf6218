/**
 * Layer notes on multi-stage files and over a base image (made here with `docker import`), configured build
 * targets, a failed build that names its line while the run goes on, and a run with no engine at all.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import { packTar } from './archives.js';
import { availableBuilders, describeEngine, docker, historySizes, inspectSize, makeContext, removeDir, removeImages } from './engine.js';

const MULTI_STAGE = (base: string) => `FROM ${base} AS build
SHELL ["/bin/busybox", "sh", "-c"]
RUN dd if=/dev/zero of=/artifact bs=1000 count=7

FROM build AS runtime
RUN dd if=/dev/zero of=/extra bs=1000 count=2

FROM scratch
COPY --from=runtime /artifact /artifact
COPY --from=build /bin/busybox /bin/busybox
USER 10001
`;

const FAILING = `FROM scratch
COPY busybox /bin/busybox
SHELL ["/bin/busybox", "sh", "-c"]
RUN echo fine
RUN echo about to fail && \\
    exit 3
RUN echo never
`;

/** A base image from a tarball made here: busybox and a 1000-byte file, one layer, no history text. */
async function importBase(tag: string): Promise<void> {
  const tarball = await packTar([
    { name: 'bin/', type: 'directory' },
    { name: 'bin/busybox', body: readFileSync('/bin/busybox'), mode: 0o755 },
    { name: 'etc/', type: 'directory' },
    { name: 'etc/base.txt', body: Buffer.alloc(1000, 'b') },
  ]);
  docker(['import', '-', tag], tarball);
}

for (const { builder, docker: bin } of availableBuilders()) {
  describeEngine(`layers to lines with the ${builder} builder`, () => {
    const baseTag = `shipshape-test-base:${builder}-${process.pid}`;
    const dirs: string[] = [];
    const reports: Report[] = [];
    let multi: Report;
    let failed: Report;

    beforeAll(async () => {
      await importBase(baseTag);
      const dir = makeContext(MULTI_STAGE(baseTag));
      dirs.push(dir);
      const targets = [
        { dockerfile: join(dir, 'Dockerfile'), context: dir, target: 'runtime', buildArgs: {}, platform: null },
        { dockerfile: join(dir, 'Dockerfile'), context: dir, target: null, buildArgs: {}, platform: null },
      ];
      // keepImages: the sizes are checked against docker image inspect afterwards.
      multi = await run({ paths: [dir], cwd: dir, build: { builder, docker: bin, network: 'none', log: null, targets, keepImages: true } });
      reports.push(multi);
      const failing = makeContext(FAILING);
      dirs.push(failing);
      // A good Dockerfile next to the failing one: the run must go on and measure it.
      mkdirSync(join(failing, 'good'));
      writeFileSync(join(failing, 'good', 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nUSER 1\n');
      execFileSync('cp', ['/bin/busybox', join(failing, 'good', 'busybox')]);
      failed = await run({ paths: [failing], cwd: failing, build: { builder, docker: bin, network: 'none', log: null } });
      reports.push(failed);
    });

    afterAll(() => {
      for (const report of reports) for (const image of report.images ?? []) removeImages(image.tag);
      removeImages(baseTag);
      for (const dir of dirs) removeDir(dir);
    });

    it('skips the base image layers and maps a stage built FROM another stage', () => {
      const runtime = multi.images?.find((i) => i.target === 'runtime');
      expect(runtime).toBeDefined();
      expect(runtime!.layers.map((l) => [l.line, l.fromBase])).toEqual([[null, true], [3, false], [6, false]]);
      expect(runtime!.layers[0].sizeBytes).toBe(inspectSize(baseTag));
      expect(runtime!.sizeBytes).toBe(inspectSize(runtime!.tag));
      expect(historySizes(runtime!.tag).filter((s) => s > 0)).toEqual(runtime!.layers.map((l) => l.sizeBytes).filter((s) => s > 0));
    });

    it('maps COPY --from layers of the final stage to their lines', () => {
      const final = multi.images?.find((i) => i.target === null);
      expect(final!.layers.map((l) => [l.line, l.fromBase, l.sizeBytes])).toEqual([[9, false, 7000], [10, false, final!.layers[1].sizeBytes]]);
      expect(final!.layers[1].sizeBytes).toBe(inspectSize(final!.tag) - 7000);
      const notes = multi.findings.filter((f) => f.ruleId === 'layer-size').map((f) => f.line);
      expect(notes).toEqual([3, 6, 9, 10]);
    });

    it('reports a failed build on the failing instruction and goes on with the other Dockerfiles', () => {
      const failures = failed.findings.filter((f) => f.ruleId === 'build-failed');
      expect(failures.map((f) => [f.file, f.line, f.endLine, f.severity])).toEqual([['Dockerfile', 5, 6, 'error']]);
      expect(failures[0].message).toMatch(new RegExp(`^docker build failed \\(${builder}, [0-9.]+ s\\): .*(exit code: 3|non-zero code: 3)`));
      expect(failed.images?.map((i) => i.dockerfile)).toEqual(['good/Dockerfile']);
    });
  });
}

describe('no engine reachable', () => {
  it('gives one info finding and no images, never a crash', async () => {
    const dir = makeContext('FROM scratch\nCOPY busybox /bin/busybox\n');
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'Dockerfile'), 'FROM scratch\n');
    try {
      const missingCli = await run({ paths: [dir], cwd: dir, build: { docker: join(dir, 'no-such-docker'), log: null } });
      const skipped = missingCli.findings.filter((f) => f.ruleId === 'build-skipped');
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatchObject({ file: 'Dockerfile', line: 1, severity: 'info' });
      expect(skipped[0].message).toMatch(/^No Docker engine reachable \(.+\): building and measuring 2 images were skipped$/);
      expect(missingCli.images).toEqual([]);
      const saved = process.env.DOCKER_HOST;
      process.env.DOCKER_HOST = `unix://${join(dir, 'no.sock')}`;
      try {
        const deadSocket = await run({ paths: [join(dir, 'Dockerfile')], cwd: dir, build: { log: null } });
        expect(deadSocket.findings.filter((f) => f.ruleId === 'build-skipped').map((f) => f.message)).toEqual([
          expect.stringMatching(/^No Docker engine reachable \(.+\): building and measuring this image was skipped$/),
        ]);
      } finally {
        if (saved === undefined) delete process.env.DOCKER_HOST;
        else process.env.DOCKER_HOST = saved;
      }
    } finally {
      removeDir(dir);
    }
  });
});
