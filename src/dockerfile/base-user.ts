/**
 * The user a final stage without a USER of its own runs as, when its base image sets one: distroless `:nonroot`,
 * Chainguard, nginx-unprivileged, Bitnami … (src/data/non-root-base-images.json). Without this the checks would say
 * "runs as root" of an image that does not.
 */
import table from '../data/non-root-base-images.json' with { type: 'json' };
import type { ImageRef } from './model.js';
import { repositoryPath } from './image-ref.js';

interface Entry {
  image: RegExp;
  tag: RegExp | null;
  unless: string | null;
  user: string;
}

const ENTRIES: Entry[] = table.images.map((e: { image: string; tag?: string; unless?: string; user: string }) => ({
  image: new RegExp(`^${e.image.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`),
  tag: e.tag ? new RegExp(e.tag) : null,
  unless: e.unless ?? null,
  user: e.user,
}));

/**
 * The non-root user `ref` runs as by itself: a number from the table, null for a tag that says `nonroot` of an image
 * the table does not know (non-root, user unknown); undefined when nothing says it is not root.
 */
export function baseImageUser(ref: ImageRef): string | null | undefined {
  if (ref.unresolved) return undefined;
  const path = repositoryPath(ref);
  const entry = ENTRIES.find((e) => e.image.test(path) && path !== e.unless && (!e.tag || e.tag.test(ref.tag ?? '')));
  if (entry) return entry.user;
  return /nonroot/i.test(ref.tag ?? '') ? null : undefined;
}
