/**
 * The real Docker engine the image tests need, and the builders it offers. Under CI=true a missing engine fails
 * the tests; elsewhere they are skipped with a message saying why. Test images are `FROM scratch` with the static
 * busybox copied in, or a base the test makes with `docker import`: no registry is needed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'vitest';
import type { Builder } from '../../src/image/build.js';

export const BUSYBOX = '/bin/busybox';

function answers(bin: string): boolean {
  return spawnSync(bin, ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' }).status === 0;
}

export const engineUp = answers('docker') && existsSync(BUSYBOX);
const why = !existsSync(BUSYBOX) ? `${BUSYBOX} (busybox-static) is missing` : 'no Docker engine answers `docker version`';

/** describe() that needs the engine: skipped with a reason outside CI, failing under CI=true. */
export function describeEngine(name: string, body: () => void): void {
  if (engineUp) describe(name, body);
  else if (process.env.CI === 'true') describe(name, () => it('needs a Docker engine', () => { throw new Error(`${why}; CI must provide one (see .ci/run)`); }));
  else {
    process.stderr.write(`skipping "${name}": ${why} (start dockerd to run these tests)\n`);
    describe.skip(name, body);
  }
}

export interface BuilderUnderTest {
  builder: Builder;
  docker: string;
}

/** Every builder this machine can run: classic always; BuildKit through buildx, or through a pre-23 client. */
export function availableBuilders(): BuilderUnderTest[] {
  if (!engineUp) return [{ builder: 'classic', docker: 'docker' }];
  const found: BuilderUnderTest[] = [{ builder: 'classic', docker: 'docker' }];
  if (spawnSync('docker', ['buildx', 'version']).status === 0) found.push({ builder: 'buildx', docker: 'docker' });
  for (const bin of ['docker', '/usr/bin/docker']) {
    const version = spawnSync(bin, ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    const major = Number(version.split('.')[0]);
    if (major > 0 && major < 23 && answers(bin)) {
      found.push({ builder: 'buildkit', docker: bin });
      break;
    }
  }
  return found;
}

/** A build context: the Dockerfile, busybox at ./busybox, and any other files given. */
export function makeContext(dockerfile: string, files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-image-test-'));
  copyFileSync(BUSYBOX, join(dir, 'busybox'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function docker(args: string[], input?: Buffer): string {
  return execFileSync('docker', args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
}

/** `docker image inspect` Size. */
export function inspectSize(ref: string): number {
  return Number(docker(['image', 'inspect', '--format', '{{.Size}}', ref]).trim());
}

/** `docker history` sizes, oldest first, one per history entry (0 for entries that made no layer). */
export function historySizes(ref: string): number[] {
  return docker(['history', '--no-trunc', '--human=false', '--format', '{{.Size}}', ref]).trim().split('\n').map(Number).reverse();
}

export function removeImages(prefix: string): void {
  const ids = docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']).split('\n').filter((r) => r.startsWith(prefix));
  if (ids.length) spawnSync('docker', ['image', 'rm', '--force', ...ids]);
}

/** Every `repository:tag` the engine has (`docker images`). */
export function imageTags(): string[] {
  return docker(['images', '--format', '{{.Repository}}:{{.Tag}}']).split('\n').filter(Boolean);
}
