/**
 * Runs one `docker build`, streaming its log to the caller's sink (a log group in the action, stderr in the CLI)
 * and keeping the tail to tell where a failure happened. Spawned directly rather than through @actions/exec, which
 * hides the child: a run stopped by a signal must kill it (held-images.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { maskBuildArgs } from './build-label.js';
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
 * Told that the build's child has started and where it writes the image id; returns the function buildImage
 * calls once the child has ended, before the iidfile is removed (HeldImages.building).
 */
export type WatchBuild = (child: ChildProcess, iidfile: string) => () => void;

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

export async function buildImage(d: Docker, builder: Builder, request: BuildRequest, log: Writable | null, watch?: WatchBuild): Promise<BuildOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-build-'));
  const iidfile = join(dir, 'iid');
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL) tail.shift();
  };
  const env = { ...environment(d), DOCKER_BUILDKIT: builder === 'classic' ? '0' : '1' };
  const args = buildArguments(builder, request, iidfile);
  // As @actions/exec did, the command heads the log; a secret build arg's value does not go with it.
  const shown = buildArguments(builder, { ...request, buildArgs: maskBuildArgs(request.buildArgs ?? {}) }, iidfile);
  log?.write(`[command]${d.bin} ${shown.join(' ')}\n`);
  const started = performance.now();
  const exitCode = await run(d.bin, args, env, log, keep, (child) => watch?.(child, iidfile));
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

/**
 * The child's exit code (127 when it cannot start) once its output has ended; its output goes to `log` as it
 * comes and to `line` line by line. `started` gets the child and returns what to call once it has ended.
 */
function run(bin: string, args: string[], env: Record<string, string>, log: Writable | null, line: (text: string) => void,
  started: (child: ChildProcess) => (() => void) | undefined): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ended = started(child);
    // A child that cannot start gets 'error' and maybe no 'close'; one that ran gets 'close' once its output ended.
    let done = false;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      ended?.();
      resolve(code);
    };
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      // A character may straddle two chunks.
      const decoder = new StringDecoder('utf8');
      stream.on('data', (chunk: Buffer) => {
        log?.write(chunk);
        const lines = (partial + decoder.write(chunk)).split(/\r?\n/);
        partial = lines.pop() ?? '';
        lines.forEach(line);
      });
      stream.on('end', () => {
        partial += decoder.end();
        if (partial) line(partial);
      });
    }
    child.on('error', (error) => {
      line(error.message);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
