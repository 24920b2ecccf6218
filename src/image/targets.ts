/**
 * Which Dockerfiles to build, and how. The config's `options: {build: [...]}` list (or the action's input) names
 * them — `{dockerfile, context, target, build-args, platform}`, paths relative to the working directory — and
 * without one, every Dockerfile the run reports on (the changed ones in a pull request) is built with its own
 * directory as context.
 */
import { dirname, resolve } from 'node:path';

export interface BuildTarget {
  /** Absolute path. */
  dockerfile: string;
  /** Absolute path of the build context. */
  context: string;
  target: string | null;
  buildArgs: Record<string, string>;
  platform: string | null;
}

export class TargetError extends Error {}

/** Reads the `build` option: a list of targets, or `true`/absent for the default. */
export function parseTargets(value: unknown, cwd: string): BuildTarget[] | null {
  if (value === undefined || value === null || value === true) return null;
  if (!Array.isArray(value)) throw new TargetError('the `build` option must be a list of {dockerfile, context, target, build-args, platform}');
  return value.map((item, i) => {
    if (typeof item === 'string') return defaultTarget(resolve(cwd, item));
    if (typeof item !== 'object' || item === null) throw new TargetError(`build[${i}] must be a mapping`);
    const raw = item as Record<string, unknown>;
    if (typeof raw.dockerfile !== 'string') throw new TargetError(`build[${i}].dockerfile must be a path`);
    const dockerfile = resolve(cwd, raw.dockerfile);
    return {
      dockerfile,
      context: typeof raw.context === 'string' ? resolve(cwd, raw.context) : dirname(dockerfile),
      target: typeof raw.target === 'string' ? raw.target : null,
      buildArgs: buildArgs(raw['build-args'] ?? raw.buildArgs, i),
      platform: typeof raw.platform === 'string' ? raw.platform : null,
    };
  });
}

export function defaultTarget(dockerfile: string): BuildTarget {
  return { dockerfile, context: dirname(dockerfile), target: null, buildArgs: {}, platform: null };
}

/** `{A: 1}` or `["A=1"]`. */
function buildArgs(value: unknown, i: number): Record<string, string> {
  if (value === undefined || value === null) return {};
  const args: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const pair of value) {
      const text = String(pair);
      const eq = text.indexOf('=');
      if (eq <= 0) throw new TargetError(`build[${i}].build-args: '${text}' is not NAME=value`);
      args[text.slice(0, eq)] = text.slice(eq + 1);
    }
    return args;
  }
  if (typeof value !== 'object') throw new TargetError(`build[${i}].build-args must be a mapping or a list of NAME=value`);
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) args[key] = String(v);
  return args;
}
