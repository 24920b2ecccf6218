import { dockerfileRule } from '../define.js';
import { fromReferences, resolveFrom } from '../../dockerfile/queries.js';
import type { ImageRef, Instruction } from '../../dockerfile/model.js';
import { isPullable } from '../../dockerfile/image-ref.js';
import type { RuleHit } from '../../core/types.js';

/** Docker Hub answers to several names. */
const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com']);

/** hadolint's forms: `*` (any), `*.gcr.io` (suffix), `registry.example*` (prefix), or an exact name. */
export function registryAllowed(registry: string, patterns: string[]): boolean {
  const names = HUB.has(registry) ? ['docker.io', 'hub.docker.com'] : [registry];
  return patterns.some((p) => names.some((r) => {
    if (p === '*') return true;
    if (p.startsWith('*')) return r.endsWith(p.slice(1));
    if (p.endsWith('*')) return r.startsWith(p.slice(0, -1));
    return r === p;
  }));
}

function trusted(options: Record<string, unknown>): string[] {
  const raw = options['trusted-registries'] ?? options.trustedRegistries;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return list.map((r) => String(r).trim()).filter(Boolean);
}

/** The registry an image pulls from, or null for scratch or a reference with an unknown variable. */
function registryOf(image: ImageRef): string | null {
  if (!isPullable(image)) return null;
  return image.registry ?? 'docker.io';
}

export default dockerfileRule({
  meta: {
    id: 'untrusted-registry',
    aliases: ['DL3026'],
    severity: 'error',
    category: 'security',
    title: 'Image from a registry not in trusted-registries',
    docs: {
      why: 'Base images run and ship your code, and the images `COPY --from` and `RUN --mount=from=` read put files into it; pulling any of them from an unvetted registry hands that trust to whoever controls it.',
      fix: 'Mirror the image into a trusted registry, or add the registry to the `trusted-registries` option (`*.example.com` and `example*` wildcards work as in hadolint). Silent when the option is not set.',
      bad: 'FROM quay.io/someone/tool:1.0',
      good: 'FROM registry.example.com/mirror/tool:1.0',
    },
    differs: 'ARG-parameterised FROM images are resolved first (unresolvable ones are left alone rather than flagged); `index.docker.io` counts as Docker Hub. Covers FROM, `COPY --from=<image>` and `RUN --mount=from=<image>`, as hadolint 2.15 does; a `--from` holding a variable is left alone (docker build refuses it; copy-from-unknown-stage reports it).',
  },
  check(model, options) {
    const patterns = trusted(options);
    if (!patterns.length) return [];
    const hits: RuleHit[] = [];
    const flag = (instruction: Instruction, registry: string | null, what: string) => {
      if (registry !== null && !registryAllowed(registry, patterns)) {
        hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${what} comes from ${registry}, which is not in trusted-registries` });
      }
    };
    for (const stage of model.stages) {
      if (stage.baseStage === null) flag(stage.fromInstruction, registryOf(stage.from), `The base image ${stage.from.resolved}`);
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          const target = resolveFrom(model, ref);
          if (target.kind === 'image') flag(instruction, registryOf(target.ref), `The image ${target.ref.resolved}`);
        }
      }
    }
    return hits;
  },
});
