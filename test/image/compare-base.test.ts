/**
 * The size delta against a base ref: the same Dockerfile built at that ref in a git worktree (removed afterwards),
 * per-instruction deltas, a warning on the line that grew, and a base that fails or lacks the Dockerfile reported
 * as such, never as zero.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import { BUSYBOX, describeEngine, inspectSize, makeContext, removeDir, removeImages } from './engine.js';

const B = statSync(BUSYBOX).size;
const HEADER = 'FROM scratch\nCOPY busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\n';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

/** A repository whose history holds each Dockerfile in turn (null: no Dockerfile in that commit). */
function repository(versions: (string | null)[]): string {
  const dir = makeContext(versions[0] ?? '');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', 'busybox');
  for (const [i, version] of versions.entries()) {
    if (version === null) git(dir, 'rm', '-q', '--cached', '--ignore-unmatch', 'Dockerfile');
    else {
      writeFileSync(join(dir, 'Dockerfile'), version);
      git(dir, 'add', 'Dockerfile');
    }
    git(dir, 'commit', '-q', '--allow-empty', '-m', `v${i}`);
  }
  return dir;
}

describeEngine('size delta against a base ref', () => {
  const dirs: string[] = [];
  const reports: Report[] = [];
  let grown: Report;
  let brokenBase: Report;
  let newFile: Report;
  let grownDir: string;

  // keepImages: both sides are checked against docker image inspect afterwards.
  const measure = async (dir: string) => {
    const report = await run({ paths: [join(dir, 'Dockerfile')], cwd: dir, options: { 'max-layer-growth': '1MB' }, build: { builder: 'classic', network: 'none', log: null, compareBase: 'HEAD~1', keepImages: true } });
    reports.push(report);
    return report;
  };

  beforeAll(async () => {
    grownDir = repository([
      `${HEADER}RUN dd if=/dev/zero of=/data bs=1000 count=1000\n`,
      `${HEADER}RUN dd if=/dev/zero of=/data bs=1000 count=3000\nRUN dd if=/dev/zero of=/more bs=1000 count=500\n`,
    ]);
    const broken = repository([`${HEADER}RUN exit 1\n`, `${HEADER}RUN echo fixed > /fixed\n`]);
    const added = repository([null, `${HEADER}RUN echo new > /new\n`]);
    dirs.push(grownDir, broken, added);
    grown = await measure(grownDir);
    brokenBase = await measure(broken);
    newFile = await measure(added);
  });

  afterAll(() => {
    for (const image of reports.flatMap((r) => r.images ?? [])) {
      removeImages(image.tag);
      if (image.base?.tag) removeImages(image.base.tag);
    }
    for (const dir of dirs) removeDir(dir);
  });

  it('reports the total and per-instruction deltas with docker inspect sizes on both sides', () => {
    const [image] = grown.images ?? [];
    const base = image.base!;
    expect(base.error).toBeNull();
    expect(base.ref).toBe('HEAD~1');
    expect(image.sizeBytes).toBe(inspectSize(image.tag));
    expect(base.sizeBytes).toBe(inspectSize(base.tag!));
    expect(base.sizeBytes).toBe(B + 1_000_000);
    expect(base.deltaBytes).toBe(2_500_000);
    expect(base.deltaPercent).toBeCloseTo((2_500_000 / (B + 1_000_000)) * 100, 2);
    expect(base.instructions.map((d) => [d.line, d.sizeBytes, d.baseSizeBytes, d.deltaBytes])).toEqual([
      [2, B, B, 0],
      [4, 3_000_000, 1_000_000, 2_000_000],
      [5, 500_000, 0, 500_000],
    ]);
  });

  it('warns on the line that grew past max-layer-growth and notes the total on FROM', () => {
    const growth = grown.findings.filter((f) => f.ruleId === 'layer-size-growth');
    expect(growth.map((f) => [f.line, f.severity, f.message])).toEqual([
      [4, 'warning', 'This layer grew by 2 MB against `HEAD~1` (1 MB → 3 MB), over max-layer-growth 1 MB'],
    ]);
    const delta = grown.findings.filter((f) => f.ruleId === 'image-size-delta');
    const percent = ((2_500_000 / (B + 1_000_000)) * 100).toFixed(1);
    expect(delta.map((f) => [f.line, f.severity, f.message])).toEqual([
      [1, 'info', `This change grows the image by 2.5 MB (+${percent} %) against \`HEAD~1\`: ${Number(((B + 1e6) / 1e6).toPrecision(3))} MB → ${Number(((B + 3.5e6) / 1e6).toPrecision(3))} MB`],
    ]);
  });

  it('removes the worktree afterwards', () => {
    const worktrees = git(grownDir, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree '));
    expect(worktrees).toHaveLength(1);
  });

  it('reports a base that fails to build as such, not as zero', () => {
    const base = brokenBase.images![0].base!;
    expect(base.sizeBytes).toBeNull();
    expect(base.deltaBytes).toBeNull();
    expect(base.error).toMatch(/^the base failed to build at line 4: docker build failed \(classic/);
    const delta = brokenBase.findings.filter((f) => f.ruleId === 'image-size-delta');
    expect(delta.map((f) => f.message)).toEqual([expect.stringMatching(/^No size delta against `HEAD~1`: the base failed to build at line 4/)]);
    expect(brokenBase.findings.some((f) => f.ruleId === 'build-failed')).toBe(false);
  });

  it('says when the Dockerfile is new at this ref', () => {
    const base = newFile.images![0].base!;
    expect(base.error).toBe('the Dockerfile does not exist at `HEAD~1` (the image is new)');
    expect(existsSync(join(dirs[2], 'Dockerfile'))).toBe(true);
  });
});
