/**
 * End to end with a real Docker engine: `build: true` measures the changed Dockerfile against the base, the
 * image section reaches the comment and the summary, the figures reach the outputs, and the build log cannot
 * issue workflow commands. Forks are not built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUSYBOX, describeEngine, imageTags, removeImages } from '../image/engine.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { makeRepo, type TestRepo } from './helpers/git-repo.js';
import { cleanupRun, pullRequestPayload, runAction, type ActionRun } from './helpers/run-action.js';
import { serve } from './helpers/scenarios.js';

const DIR = 'svc-action-e2e';
const HEADER = 'FROM scratch\nCOPY busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\n';
const BASE = `${HEADER}RUN busybox dd if=/dev/zero of=/data bs=1000 count=1000\nUSER 10001\n`;
const HEAD = `${HEADER}RUN busybox dd if=/dev/zero of=/data bs=1000 count=3000\nRUN echo '::warning::injected' && echo '::add-mask::oops'\nUSER 10001\n`;

describeEngine('image build in the action', () => {
  let api: FakeGitHub;
  let repo: TestRepo;
  let built: ActionRun;
  let fork: ActionRun;

  beforeAll(async () => {
    // busybox is the image's only content, committed so the base's worktree builds too.
    repo = makeRepo({ [`${DIR}/Dockerfile`]: BASE, [`${DIR}/busybox`]: readFileSync(BUSYBOX) }, { files: { [`${DIR}/Dockerfile`]: HEAD } }, [`${DIR}/busybox`]);
    api = await new FakeGitHub().start();
    serve(api, repo);
    const inputs = { build: 'true', 'filter-mode': 'file', 'fail-on': 'none', comment: 'always' };
    built = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo), api, inputs });
    fork = await runAction({ workspace: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(repo, { fork: true }), api, inputs });
  }, 300_000);
  afterAll(async () => {
    await api?.stop();
    repo?.cleanup();
    for (const r of [built, fork]) if (r) cleanupRun(r);
    removeImages(`shipshape-local/${DIR}`);
  });

  it('measures the image and its growth against the base', () => {
    expect(built.code).toBe(0);
    const [image] = built.report.images;
    expect(image.dockerfile).toBe(`${DIR}/Dockerfile`);
    expect(image.base.deltaBytes).toBeGreaterThan(1_900_000);
    expect(built.outputs['image-size']).toBe(String(image.sizeBytes));
    expect(built.outputs['image-size-delta']).toBe(String(image.base.deltaBytes));
  });

  it('removes the images it built for the head and the base once measured', () => {
    const [image] = built.report.images;
    const tags = [image.tag, image.base.tag];
    expect(tags).toEqual([expect.stringMatching(/^shipshape-local\/svc-action-e2e-dockerfile:head-/), expect.stringMatching(/^shipshape-local\/svc-action-e2e-dockerfile:base-/)]);
    const left = imageTags();
    expect(tags.filter((tag) => left.includes(tag))).toEqual([]);
    expect(built.report.notices.filter((n: string) => n.includes('not all removed'))).toEqual([]);
  });

  it('puts the image section in the comment and the summary', () => {
    for (const text of [api.comments[0].body, built.summary]) {
      expect(text).toContain(`### 📦 Image of [${DIR}/Dockerfile]`);
      expect(text).toMatch(/\| Size \| [\d.]+ MB \| [\d.]+ MB \| \+[\d.]+ MB \(\+[\d.]+ %\) \|/);
      expect(text).toContain('**Largest layers**');
      expect(text).toContain('```mermaid\nxychart-beta');
    }
  });

  it('folds the build log into a group where workflow commands are off', () => {
    const lines = built.stdout.split('\n');
    const stop = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    expect(stop).toBeGreaterThan(0);
    expect(lines.slice(0, stop).some((l) => l.startsWith('::group::'))).toBe(true);
    const token = lines[stop].slice('::stop-commands::'.length);
    const resume = lines.indexOf(`::${token}::`);
    expect(resume).toBeGreaterThan(stop);
    const injected = lines.flatMap((l, i) => (l.includes('::warning::injected') || l.includes('::add-mask::oops') ? [i] : []));
    expect(injected.length).toBeGreaterThan(0);
    // Every copy the build printed sits inside a stop-commands span, where the runner does not act on it.
    const spans: [number, number][] = [];
    lines.forEach((l, i) => {
      if (!l.startsWith('::stop-commands::')) return;
      const t = l.slice('::stop-commands::'.length);
      spans.push([i, lines.indexOf(`::${t}::`, i)]);
    });
    for (const i of injected) expect(spans.some(([a, b]) => a < i && i < b)).toBe(true);
  });

  it('does not build a fork\'s pull request, and says why', () => {
    expect(fork.report.images).toBeUndefined();
    const notices = fork.commands.filter((c) => c.command === 'notice');
    expect(notices.some((n) => n.message.includes('Image build skipped') && n.message.includes('fork'))).toBe(true);
    expect(fork.stdout).not.toContain('::stop-commands::');
    expect(readFileSync(join(repo.dir, DIR, 'Dockerfile'), 'utf8')).toBe(HEAD);
  });
});
