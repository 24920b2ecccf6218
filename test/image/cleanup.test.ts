/**
 * The images a run builds to measure (`shipshape-local/*`, for the head and for the base it compares with) are
 * removed once measured, by their exact tags: the user's own images stay, even one with the same id, and a
 * removal that fails is a notice, never a failed run. `keepImages` leaves them.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import type { BuildOptions } from '../../src/image/build-images.js';
import { describeEngine, docker, imageTags, makeContext, removeDir, removeImages } from './engine.js';

/** The user's image, which the Dockerfiles build FROM. */
const USER_IMAGE = `shipshape-test-user/base:${process.pid}`;
const SHELL = 'SHELL ["/bin/busybox", "sh", "-c"]\n';

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
}

describeEngine('images built for measuring', () => {
  const dirs: string[] = [];
  const reports: Report[] = [];
  let userImageId = '';

  const measure = async (dir: string, build: Partial<BuildOptions> = {}) => {
    const report = await run({ paths: [join(dir, 'Dockerfile')], cwd: dir, build: { builder: 'classic', network: 'none', log: null, ...build } });
    reports.push(report);
    return report;
  };
  const context = (dockerfile: string) => {
    const dir = makeContext(dockerfile);
    dirs.push(dir);
    return dir;
  };
  const notRemoved = (report: Report) => (report.notices ?? []).filter((n) => n.includes('not all removed'));

  beforeAll(() => {
    const dir = context('FROM scratch\nCOPY busybox /bin/busybox\n');
    docker(['build', '--network', 'none', '--quiet', '--tag', USER_IMAGE, dir]);
    userImageId = docker(['image', 'inspect', '--format', '{{.Id}}', USER_IMAGE]).trim();
  });

  afterAll(() => {
    for (const image of reports.flatMap((r) => r.images ?? [])) {
      removeImages(image.tag);
      if (image.base?.tag) removeImages(image.base.tag);
    }
    removeImages(USER_IMAGE);
    for (const dir of dirs) removeDir(dir);
  });

  it('removes the head and base images of a comparison, and leaves the image they are built FROM', async () => {
    const dir = context(`FROM ${USER_IMAGE}\n${SHELL}RUN dd if=/dev/zero of=/data bs=1000 count=100\n`);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${USER_IMAGE}\n${SHELL}RUN dd if=/dev/zero of=/data bs=1000 count=300\n`);
    git(dir, 'commit', '-q', '-am', 'head');

    const report = await measure(dir, { compareBase: 'HEAD~1' });
    const [image] = report.images ?? [];
    expect(image.base?.error).toBeNull();
    expect(image.base?.deltaBytes).toBe(200_000);
    expect([image.tag, image.base?.tag]).toEqual([expect.stringMatching(/^shipshape-local\/dockerfile:head-/), expect.stringMatching(/^shipshape-local\/dockerfile:base-HEAD-1-/)]);
    const tags = imageTags();
    expect(tags).not.toContain(image.tag);
    expect(tags).not.toContain(image.base!.tag);
    expect(tags).toContain(USER_IMAGE);
    expect(notRemoved(report)).toEqual([]);
    // The report keeps the tags, and says they name nothing any more.
    expect([image.kept, image.base?.kept]).toEqual([false, false]);
  });

  it('an image that is the user\'s image as well only loses the tag shipshape gave it', async () => {
    // Nothing on top of FROM: the built image is the user's image under a second tag.
    const report = await measure(context(`FROM ${USER_IMAGE}\n`));
    const [image] = report.images ?? [];
    expect(image.tag).toMatch(/^shipshape-local\//);
    expect(imageTags()).not.toContain(image.tag);
    expect(docker(['image', 'inspect', '--format', '{{.Id}}', USER_IMAGE]).trim()).toBe(userImageId);
    expect(notRemoved(report)).toEqual([]);
  });

  it('keepImages leaves them for the caller', async () => {
    const report = await measure(context(`FROM ${USER_IMAGE}\n${SHELL}RUN echo kept > /kept\n`), { keepImages: true });
    expect(imageTags()).toContain(report.images![0].tag);
    expect(report.images![0].kept).toBe(true);
  });

  it('a removal that fails is a notice naming the images left, and the run keeps its measurements', async () => {
    // The real docker, except that `docker image rm` is refused.
    const bin = context('');
    const wrapper = join(bin, 'docker');
    writeFileSync(wrapper, '#!/bin/sh\nif [ "$1 $2" = "image rm" ]; then echo "Error response from daemon: refused by the test" >&2; exit 1; fi\nexec docker "$@"\n');
    chmodSync(wrapper, 0o755);
    const report = await measure(context(`FROM ${USER_IMAGE}\n${SHELL}RUN echo left > /left\n`), { docker: wrapper });
    const [image] = report.images ?? [];
    expect(image.sizeBytes).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.ruleId === 'build-failed')).toEqual([]);
    expect(notRemoved(report)).toEqual([`the images built for measuring were not all removed (Error response from daemon: refused by the test); remove them with \`docker image rm ${image.tag}\``]);
    expect(imageTags()).toContain(image.tag);
    expect(image.kept).toBe(true);
  });
});
