/**
 * The Docker CLI, as the image stage needs it. Short commands go through @actions/exec; `docker save` is spawned
 * directly because its output is streamed into the reader with backpressure, which exec's listeners cannot give.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { getExecOutput } from '@actions/exec';

export interface Docker {
  /** The CLI to run: `docker`, or a path (the Debian client still builds with BuildKit without buildx). */
  bin: string;
  env?: Record<string, string>;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function docker(d: Docker, args: string[], cwd?: string): Promise<CommandResult> {
  try {
    return await getExecOutput(d.bin, args, { silent: true, ignoreReturnCode: true, cwd, env: environment(d) });
  } catch (error) {
    // exec throws when the binary itself is missing.
    return { exitCode: 127, stdout: '', stderr: (error as Error).message };
  }
}

export function environment(d: Docker): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, ...d.env };
}

/** null when an engine answers; else why not, in a few words. */
export async function engineProblem(d: Docker): Promise<string | null> {
  const result = await docker(d, ['version', '--format', '{{.Server.Version}}']);
  if (result.exitCode === 0 && result.stdout.trim()) return null;
  return failureLine(result);
}

/** Why a docker command failed, in its own last words (or its exit code when it said nothing). */
export function failureLine(result: CommandResult): string {
  return (result.stderr || result.stdout).trim().split('\n').filter(Boolean).pop() ?? `exit code ${result.exitCode}`;
}

export async function clientVersion(d: Docker): Promise<string> {
  return (await docker(d, ['version', '--format', '{{.Client.Version}}'])).stdout.trim();
}

export async function hasBuildx(d: Docker): Promise<boolean> {
  return (await docker(d, ['buildx', 'version'])).exitCode === 0;
}

export interface InspectedImage {
  Id: string;
  Size: number;
  RootFS?: { Layers?: string[] };
  Config?: { User?: string };
}

export async function inspectImage(d: Docker, ref: string): Promise<InspectedImage | null> {
  const result = await docker(d, ['image', 'inspect', '--format', '{{json .}}', ref]);
  if (result.exitCode !== 0) return null;
  try {
    return JSON.parse(result.stdout) as InspectedImage;
  } catch {
    return null;
  }
}

export interface EngineHistoryEntry {
  createdBy: string;
  size: number;
}

/** `docker history`, oldest first, sizes in bytes; null when the engine does not know the image. */
export async function engineHistory(d: Docker, ref: string): Promise<EngineHistoryEntry[] | null> {
  const result = await docker(d, ['history', '--no-trunc', '--human=false', '--format', '{{json .}}', ref]);
  if (result.exitCode !== 0) return null;
  const entries: EngineHistoryEntry[] = [];
  for (const line of result.stdout.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { CreatedBy?: string; Size?: string };
    entries.push({ createdBy: row.CreatedBy ?? '', size: Number(row.Size ?? 0) });
  }
  return entries.reverse();
}

export interface SaveStream {
  stdout: Readable;
  /** Resolves with the exit code and stderr once the command ends. */
  done: Promise<{ exitCode: number; stderr: string }>;
}

export function saveImage(d: Docker, ref: string): SaveStream {
  const child = spawn(d.bin, ['save', ref], { env: environment(d), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 8192) stderr += chunk.toString('utf8');
  });
  const done = new Promise<{ exitCode: number; stderr: string }>((resolve) => {
    child.on('error', (error) => resolve({ exitCode: 127, stderr: error.message }));
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stderr }));
  });
  return { stdout: child.stdout, done };
}
