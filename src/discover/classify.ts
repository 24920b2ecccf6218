/** Which checker a path belongs to, by its name alone. */
import { basename } from 'node:path';
import type { FileType } from '../core/types.js';

const DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:[.-].*)?$|\.(?:dockerfile|containerfile)$/i;
const MANIFEST_NAME = /\.(?:ya?ml|json)$/i;
/** Neighbours named after a Dockerfile that are not one: BuildKit's per-Dockerfile ignore file, docs, scripts. */
const NOT_DOCKERFILE = /\.(?:dockerignore|md|markdown|rst|txt|sh|bash|ps1|bat|cmd|py|orig|rej|swp|patch|diff|html?)$/i;

/**
 * The names that make a directory something a tool renders rather than files checked as written: a Helm chart
 * (Chart.yaml) or a Kustomization. Here, not in src/kubernetes, so the action can ask cheaply whether a changed
 * file sits in one before it loads the engine.
 */
export const CHART_FILE = 'Chart.yaml';
export const KUSTOMIZATION_NAMES: ReadonlySet<string> = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

/** `explicit`: the user named this file, so any non-YAML name is taken as a Dockerfile, as hadolint does. */
export function classify(path: string, explicit = false): FileType | null {
  const name = basename(path);
  if (MANIFEST_NAME.test(name)) return 'kubernetes';
  if (DOCKERFILE_NAME.test(name) && !NOT_DOCKERFILE.test(name)) return 'dockerfile';
  return explicit ? 'dockerfile' : null;
}
