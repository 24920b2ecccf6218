/**
 * Runs one `docker build` through @actions/exec, streaming its log to the caller's sink (a log group in the
 * action, stderr in the CLI) and keeping the tail to tell where a failure happened.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { exec } from '@actions/exec';
import { clientVersion, environment, hasBuildx, type Docker } from './docker.js';

/** buildx: `docker buildx build --load`; buildkit: `DOCKER_BUILDKIT=1 docker build`; classic: the legacy builder. */
export type Builder = 'buildx' | 'buildkit' | 'classic';

export interface BuildRequest {
  dockerfile: string;
  context: string;
  tag: string;
  target?: string | null;
  buildArgs?: Record<string, string>;
  platform?: string | null;
  /** `--network`: `none` where no network exists (tests), else the builder's default. */
  network?: string | null;
}

export interface BuildOutcome {
  ok: boolean;
  exitCode: number;
  seconds: number;
  /** `sha256:…` of the built image (from --iidfile). */
  imageId: string | null;
  /** The last lines of the log. */
  tail: string[];
}

const TAIL = 400;

/**
 * buildx when the plugin is there; else BuildKit inside `docker build` for clients older than 23 (newer ones
 * refuse DOCKER_BUILDKIT=1 without buildx); else the classic builder.
 */
export async function chooseBuilder(d: Docker, wanted: Builder | 'auto' = 'auto'): Promise<Builder> {
  if (wanted !== 'auto') return wanted;
  if (await hasBuildx(d)) return 'buildx';
  const major = Number((await clientVersion(d)).split('.')[0]);
  return Number.isFinite(major) && major > 0 && major < 23 ? 'buildkit' : 'classic';
}

export function buildArguments(builder: Builder, request: BuildRequest, iidfile: string): string[] {
  const args = builder === 'buildx' ? ['buildx', 'build', '--load', '--progress=plain'] : builder === 'buildkit' ? ['build', '--progress=plain'] : ['build'];
  args.push('--file', request.dockerfile, '--tag', request.tag, '--iidfile', iidfile);
  if (request.target) args.push('--target', request.target);
  if (request.platform) args.push('--platform', request.platform);
  if (request.network) args.push('--network', request.network);
  for (const [key, value] of Object.entries(request.buildArgs ?? {})) args.push('--build-arg', `${key}=${value}`);
  args.push(request.context);
  return args;
}

export async function buildImage(d: Docker, builder: Builder, request: BuildRequest, log: Writable | null): Promise<BuildOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-build-'));
  const iidfile = join(dir, 'iid');
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL) tail.shift();
  };
  const env = { ...environment(d), DOCKER_BUILDKIT: builder === 'classic' ? '0' : '1' };
  const started = performance.now();
  let exitCode: number;
  try {
    exitCode = await exec(d.bin, buildArguments(builder, request, iidfile), {
      env,
      ignoreReturnCode: true,
      silent: log === null,
      ...(log ? { outStream: log, errStream: log } : {}),
      listeners: { stdline: keep, errline: keep },
    });
  } catch (error) {
    exitCode = 127;
    keep((error as Error).message);
  }
  const seconds = (performance.now() - started) / 1000;
  let imageId: string | null = null;
  try {
    imageId = readFileSync(iidfile, 'utf8').trim() || null;
  } catch {
    imageId = null;
  }
  rmSync(dir, { recursive: true, force: true });
  return { ok: exitCode === 0 && imageId !== null, exitCode, seconds, imageId, tail };
}
