/**
 * One Dockerfile listed twice in the `build` config with other build args (a slim and a full variant) makes two
 * images under two tags, each measured and compared with its own base, named apart by its build args in the log
 * groups, the JSON and the text report, and both removed afterwards; the tag hash names everything that changes a
 * build, and nothing that does not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import type { BuildOptions } from '../../src/image/build-images.js';
import { buildIdentity, imageTag } from '../../src/image/image-tag.js';
import type { BuildTarget } from '../../src/image/targets.js';
import { renderText } from '../../src/report/text.js';
import { BUSYBOX, describeEngine, imageTags, inspectSize, makeContext, removeDir, removeImages } from './engine.js';

const B = statSync(BUSYBOX).size;
const DOCKERFILE = 'FROM scratch\nCOPY busybox /bin/busybox\nARG VARIANT=slim\nCOPY payload-${VARIANT}.bin /payload\n';
const CONFIG = 'options:\n  build:\n    - dockerfile: Dockerfile\n      build-args: {VARIANT: slim}\n    - dockerfile: Dockerfile\n      build-args: {VARIANT: full}\n';

/** Whether the engine has an image by this id, tagged or not. */
function hasImage(id: string): boolean {
  return spawnSync('docker', ['image', 'inspect', id], { stdio: 'ignore' }).status === 0;
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
}

describe('buildIdentity', () => {
  const target: BuildTarget = { dockerfile: '/r/Dockerfile', context: '/r', target: null, buildArgs: { A: '1', B: '2' }, platform: null };

  it('differs for every option that changes the build, and only for those', () => {
    const variants: BuildTarget[] = [
      target,
      { ...target, buildArgs: { A: '1', B: '3' } },
      { ...target, buildArgs: { A: '1' } },
      { ...target, target: 'runtime' },
      { ...target, platform: 'linux/arm64' },
      { ...target, context: '/' },
      { ...target, dockerfile: '/r/Other.Dockerfile' },
    ];
    expect(new Set(variants.map(buildIdentity)).size).toBe(variants.length);
    expect(buildIdentity({ ...target, buildArgs: { B: '2', A: '1' } })).toBe(buildIdentity(target));
    expect(buildIdentity({ ...target, buildArgs: { ...target.buildArgs } })).toMatch(/^[0-9a-f]{8}$/);
  });

  it('head and base of one build share the hash', () => {
    const id = buildIdentity(target);
    expect([imageTag('svc/Dockerfile', id, 'head'), imageTag('svc/Dockerfile', id, 'base-main')])
      .toEqual([`shipshape-local/svc-dockerfile:head-${id}`, `shipshape-local/svc-dockerfile:base-main-${id}`]);
  });
});

describeEngine('one Dockerfile built twice with other build args', () => {
  let dir: string;
  const reports: Report[] = [];
  let kept: Report;
  /** The log groups of the first run, one per build. */
  const titles: string[] = [];

  const measure = async (build: Partial<BuildOptions>) => {
    const report = await run({ paths: [dir], cwd: dir, build: { builder: 'classic', network: 'none', log: null, compareBase: 'HEAD~1', ...build } });
    reports.push(report);
    return report;
  };

  beforeAll(async () => {
    // The base: slim 1000 bytes, full 100 000; the head grows full to 250 000.
    dir = makeContext(DOCKERFILE, { 'payload-slim.bin': Buffer.alloc(1000, 's'), 'payload-full.bin': Buffer.alloc(100_000, 'f'), '.shipshape.yml': CONFIG });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 'payload-full.bin'), Buffer.alloc(250_000, 'F'));
    git(dir, 'commit', '-q', '-am', 'head');
    kept = await measure({ keepImages: true, group: (title, work) => (titles.push(title), work()) });
  });

  afterAll(() => {
    for (const image of reports.flatMap((r) => r.images ?? [])) {
      removeImages(image.tag);
      if (image.base?.tag) removeImages(image.base.tag);
    }
    removeDir(dir);
  });

  it('measures each variant under its own tag, with its own sizes', () => {
    expect(kept.findings.filter((f) => f.ruleId === 'build-failed')).toEqual([]);
    const [slim, full] = kept.images ?? [];
    expect(kept.images).toHaveLength(2);
    expect(slim.tag).toMatch(/^shipshape-local\/dockerfile:head-[0-9a-f]{8}$/);
    expect(full.tag).toMatch(/^shipshape-local\/dockerfile:head-[0-9a-f]{8}$/);
    expect(slim.tag).not.toBe(full.tag);
    expect([slim.sizeBytes, full.sizeBytes]).toEqual([B + 1000, B + 250_000]);
    expect(full.sizeBytes - slim.sizeBytes).toBe(249_000);
    expect(slim.layers.map((l) => [l.line, l.sizeBytes])).toEqual([[2, B], [4, 1000]]);
    expect(full.layers.map((l) => [l.line, l.sizeBytes])).toEqual([[2, B], [4, 250_000]]);
    // Each tag still names the image measured under it: the second build did not take the first one's tag.
    expect([inspectSize(slim.tag), inspectSize(full.tag)]).toEqual([B + 1000, B + 250_000]);
    expect(imageTags()).toEqual(expect.arrayContaining([slim.tag, full.tag]));
  });

  it('names each variant by its build args: log groups, JSON, text headings', () => {
    expect(titles).toEqual(['Build Dockerfile (VARIANT=slim)', 'Build Dockerfile (VARIANT=slim) at base-HEAD-1', 'Build Dockerfile (VARIANT=full)', 'Build Dockerfile (VARIANT=full) at base-HEAD-1']);
    expect(kept.images?.map((i) => i.buildArgs)).toEqual([{ VARIANT: 'slim' }, { VARIANT: 'full' }]);
    const headings = renderText(kept, false).split('\n').filter((l) => l.startsWith('Image of'));
    const [slim, full] = kept.images ?? [];
    expect(headings).toEqual([`Image of Dockerfile (VARIANT=slim)  ${slim.tag} · classic`, `Image of Dockerfile (VARIANT=full)  ${full.tag} · classic`]);
  });

  it('compares each variant with the same variant at the base, tagged with the same hash', () => {
    const [slim, full] = kept.images ?? [];
    expect([slim.base?.error, full.base?.error]).toEqual([null, null]);
    expect([slim.base?.tag, full.base?.tag]).toEqual([slim.tag.replace(':head-', ':base-HEAD-1-'), full.tag.replace(':head-', ':base-HEAD-1-')]);
    expect([slim.base?.sizeBytes, full.base?.sizeBytes]).toEqual([B + 1000, B + 100_000]);
    expect([slim.base?.deltaBytes, full.base?.deltaBytes]).toEqual([0, 150_000]);
    expect([inspectSize(slim.base!.tag!), inspectSize(full.base!.tag!)]).toEqual([B + 1000, B + 100_000]);
  });

  it('a second run gives the same tags and removes both images, leaving none untagged behind', async () => {
    const again = await measure({});
    expect(again.images?.map((i) => [i.tag, i.base?.tag, i.kept, i.base?.kept])).toEqual(kept.images?.map((i) => [i.tag, i.base?.tag, false, false]));
    const tags = imageTags();
    for (const image of again.images ?? []) {
      expect(tags).not.toContain(image.tag);
      expect(tags).not.toContain(image.base!.tag);
      // By id: an image that lost its tag to the other variant would be left dangling.
      expect(hasImage(image.imageId)).toBe(false);
    }
    expect((again.notices ?? []).filter((n) => n.includes('not all removed'))).toEqual([]);
  });
});
