/**
 * The manifest's `root-user` finding ("sets neither runAsNonRoot nor runAsUser, so it runs as the image's user")
 * is withdrawn when that image is built by a Dockerfile of the run whose final USER is numeric and non-root: the
 * container does not run as root. Only the per-object rule cannot know this (it sees one manifest); this project
 * checker sees every manifest and Dockerfile, and withdraws exactly the findings it can prove wrong. A manifest
 * that sets `runAsUser: 0` stays reported: the manifest overrides the image.
 */
import type { ProjectContext } from '../core/checkers.js';
import type { Finding } from '../core/types.js';
import { imageUser, linkDockerfile } from './image-links.js';
import { podSpecOf } from './pods.js';
import { projectContext } from './project.js';
import { containerImage, isWindowsPod, runningContainers, securityContextLine, securitySetting } from './queries.js';

export function withdrawRootUserForNumericImages(ctx: ProjectContext): Finding[] {
  const candidates = (ctx.findings ?? []).filter((f) => f.ruleId === 'root-user');
  if (!ctx.withdraw || candidates.length === 0) return [];
  const { objects, dockerfiles } = projectContext(ctx);
  if (dockerfiles.length === 0) return [];
  // file → lines of containers whose linked image runs as a numeric non-root user.
  const safe = new Map<string, Set<number>>();
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (!pod || isWindowsPod(pod)) continue;
    const mapping = ctx.configFor(object.file).options.images;
    for (const container of runningContainers(pod)) {
      if (securitySetting(container, pod, 'runAsUser') || securitySetting(container, pod, 'runAsNonRoot')?.value === true) continue;
      const image = containerImage(container);
      const linked = image && linkDockerfile(image.image, dockerfiles, mapping);
      if (!linked || imageUser(linked.model).kind !== 'numeric') continue;
      const lines = safe.get(object.file) ?? new Set<number>();
      lines.add(securityContextLine(container));
      safe.set(object.file, lines);
    }
  }
  for (const finding of candidates) if (safe.get(finding.file)?.has(finding.line)) ctx.withdraw(finding);
  return [];
}
