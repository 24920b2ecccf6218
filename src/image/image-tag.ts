/**
 * The tags of the images built for measuring: `shipshape-local/<file slug>:<side>-<hash>`, side `head` or
 * `base-<ref>`. The hash names the build: the same build gets the same tag on every run (a kept image is found
 * again, a rebuild replaces it), and two builds that can make different images never share one — the config may
 * list one Dockerfile twice with other build args, and the second build would otherwise take the first one's tag,
 * leaving its measurements, `kept` and the removal about the wrong image (and the first image untagged, never
 * removed).
 */
import { createHash } from 'node:crypto';
import type { BuildTarget } from './targets.js';
import { byCodeUnits } from '../core/findings.js';

/**
 * Everything of a target that changes what gets built: the Dockerfile, the context, the stage, the platform and
 * the build args (sorted, so the order they are written in does not matter). Computed once from the head's target
 * and used for its base too: the base is built from a temporary worktree, whose paths must not make it another
 * build. The builder and `--network` are the same for every build of a run.
 */
export function buildIdentity(target: BuildTarget): string {
  const args = Object.entries(target.buildArgs).sort(([a], [b]) => byCodeUnits(a, b));
  const key = JSON.stringify([target.dockerfile, target.context, target.target, target.platform, args]);
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** `shipshape-local/services-api-dockerfile:head-1a2b3c4d`; `file` is the report's path of the Dockerfile. */
export function imageTag(file: string, identity: string, side: string): string {
  const slug = file.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, '').slice(0, 80) || 'dockerfile';
  return `shipshape-local/${slug}:${side.slice(0, 100)}-${identity}`;
}
