/**
 * Ties a container's image to a Dockerfile of the run, so manifest and image can be checked against each other:
 * first by the `images` option (`{"ghcr.io/acme/web": "services/web/Dockerfile"}`), else by the image's last path
 * segment naming the Dockerfile's directory (`ghcr.io/acme/web:1.2` → `…/web/Dockerfile`), when exactly one does.
 */
import { basename, dirname } from 'node:path/posix';
import type { DockerfileModel } from '../dockerfile/model.js';
import { repositoryPath, splitImageRef, substitute } from '../dockerfile/image-ref.js';
import { isRootUser, lastUser, stageChain } from '../dockerfile/queries.js';
import { variablesBefore } from '../dockerfile/stage-values.js';
import { baseImageUser } from '../dockerfile/base-user.js';
import { isObject } from './parse.js';

export interface DockerfileRef {
  file: string;
  model: DockerfileModel;
}

/** `docker.io/library/nginx` and `nginx` are one image; tags and digests do not change which Dockerfile built it. */
function repository(image: string): string {
  return repositoryPath(splitImageRef(image.trim()));
}

function samePath(dockerfile: string, configured: string): boolean {
  const want = configured.replace(/^\.\//, '');
  return dockerfile === want || dockerfile.endsWith(`/${want}`);
}

const indexes = new WeakMap<DockerfileRef[], { size: number; byName: Map<string, Set<DockerfileRef>> }>();

/**
 * The Dockerfiles by the names an image can give them — their directory (`…/web/Dockerfile`), `web.Dockerfile`,
 * `Dockerfile.web` — built once per list: every container of every manifest asks, and a scan of the list per
 * container made a large repository's run quadratic (8 copies of the corpus: 3 of its 17 s).
 */
function nameIndex(dockerfiles: DockerfileRef[]): Map<string, Set<DockerfileRef>> {
  let entry = indexes.get(dockerfiles);
  if (!entry || entry.size !== dockerfiles.length) {
    const byName = new Map<string, Set<DockerfileRef>>();
    const add = (name: string, d: DockerfileRef) => {
      const set = byName.get(name) ?? new Set<DockerfileRef>();
      set.add(d);
      byName.set(name, set);
    };
    for (const d of dockerfiles) {
      const file = basename(d.file).toLowerCase();
      add(basename(dirname(d.file)).toLowerCase(), d);
      if (file.endsWith('.dockerfile')) add(file.slice(0, -'.dockerfile'.length), d);
      if (file.startsWith('dockerfile.')) add(file.slice('dockerfile.'.length), d);
    }
    indexes.set(dockerfiles, (entry = { size: dockerfiles.length, byName }));
  }
  return entry.byName;
}

export function linkDockerfile(image: string, dockerfiles: DockerfileRef[], mapping: unknown): DockerfileRef | null {
  if (dockerfiles.length === 0 || image.trim() === '') return null;
  const repo = repository(image);
  if (isObject(mapping)) {
    for (const [key, path] of Object.entries(mapping)) {
      if (typeof path !== 'string' || repository(key) !== repo) continue;
      return dockerfiles.find((d) => samePath(d.file, path)) ?? null;
    }
  }
  const name = repo.split('/').pop() ?? '';
  if (!name) return null;
  const matches = [...(nameIndex(dockerfiles).get(name) ?? [])];
  // Two Dockerfiles in directories of that name: guessing would be worse than saying nothing.
  return matches.length === 1 ? matches[0] : null;
}

export type ImageUser =
  | { kind: 'none' }
  | { kind: 'root' | 'name' | 'numeric'; user: string; line: number }
  | { kind: 'unknown' };

/** The final stage's USER, as the kubelet will judge it: numeric non-root, root, a name, or not set at all. */
export function imageUser(model: DockerfileModel): ImageUser {
  const stage = model.finalStage;
  if (!stage) return { kind: 'unknown' };
  const found = lastUser(model, stage);
  if (!found) {
    // No USER of its own: the base image's user, when the base image sets a numeric non-root one (distroless :nonroot …).
    const chainBase = stageChain(model, stage)[0];
    const inherited = baseImageUser(chainBase.from);
    return inherited ? { kind: 'numeric', user: inherited, line: chainBase.fromInstruction.line } : { kind: 'none' };
  }
  const { text, unresolved } = substitute(found.user, variablesBefore(model, stage));
  if (unresolved) return { kind: 'unknown' };
  const user = text.split(':')[0];
  const line = found.instruction.line;
  if (isRootUser(text)) return { kind: 'root', user: text, line };
  return /^\d+$/.test(user) ? { kind: 'numeric', user: text, line } : { kind: 'name', user: text, line };
}

export interface ExposedPorts {
  /** Ports the final stage's chain EXPOSEs (ranges expanded up to a sane size). */
  ports: Set<number>;
  /** True when some EXPOSE could not be resolved (an ARG without value): no port can be said to be missing. */
  unresolved: boolean;
}

export function exposedPorts(model: DockerfileModel): ExposedPorts {
  const result: ExposedPorts = { ports: new Set(), unresolved: false };
  const stage = model.finalStage;
  if (!stage) return { ...result, unresolved: true };
  const values = variablesBefore(model, stage);
  for (const s of stageChain(model, stage)) {
    for (const instruction of s.instructions) {
      if (instruction.keyword !== 'EXPOSE') continue;
      for (const word of instruction.words) {
        const { text, unresolved } = substitute(word, values);
        const match = /^(\d+)(?:-(\d+))?(?:\/\w+)?$/.exec(text.trim());
        if (unresolved || !match) {
          result.unresolved = true;
          continue;
        }
        const from = Number(match[1]);
        const to = match[2] ? Math.min(Number(match[2]), from + 10000) : from;
        for (let port = from; port <= to; port++) result.ports.add(port);
      }
    }
  }
  return result;
}
