/**
 * The real helm and kubectl the rendering tests use. helm comes from `node scripts/install-helm.mjs` (.tools/bin)
 * or PATH; kubectl (with its built-in kustomize) from PATH. Under CI=true a missing tool fails the test that needs
 * it instead of skipping it: CI must have installed it.
 */
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { findTool } from '../../src/kubernetes/render.js';

const ROOT = join(import.meta.dirname, '..', '..');

export function toolDir(name: 'helm' | 'kubectl'): string | null {
  const local = join(ROOT, '.tools', 'bin', name);
  const found = existsSync(local) ? local : findTool(name);
  if (!found && process.env.CI === 'true') {
    throw new Error(`${name} is required under CI=true (helm: node scripts/install-helm.mjs; kubectl: apt-get install kubectl)`);
  }
  return found ? dirname(found) : null;
}

/** Runs `fn` with PATH set to exactly `dirs` (plus nothing else), restoring it after. */
export async function withPath<T>(dirs: (string | null)[], fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = dirs.filter(Boolean).join(delimiter);
  try {
    return await fn();
  } finally {
    process.env.PATH = saved;
  }
}
