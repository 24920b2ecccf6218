import { dockerfileRule } from '../define.js';
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { stageReference } from '../../dockerfile/parse.js';
import { fromReferences } from '../../dockerfile/queries.js';
import { variablesBefore } from '../../dockerfile/stage-values.js';
import type { DockerfileModel, Instruction, Stage } from '../../dockerfile/model.js';
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

/** The registry an image reference pulls from, or null when it names a stage, scratch, or cannot be resolved. */
function registryOf(model: DockerfileModel, ref: string, stage: Stage, instruction: Instruction): string | null {
  if (stageReference(model.stages, ref, stage.index) !== null) return null;
  const image = parseImageRef(ref, variablesBefore(model, stage, instruction));
  if (image.unresolved || !image.resolved || image.resolved.toLowerCase() === 'scratch') return null;
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
      why: 'Base images and `COPY --from` images run and ship your code; pulling them from an unvetted registry hands that trust to whoever controls it.',
      fix: 'Mirror the image into a trusted registry, or add the registry to the `trusted-registries` option (`*.example.com` and `example*` wildcards work as in hadolint). Silent when the option is not set.',
      bad: 'FROM quay.io/someone/tool:1.0',
      good: 'FROM registry.example.com/mirror/tool:1.0',
    },
    differs: 'ARG-parameterised images are resolved first (unresolvable ones are left alone rather than flagged); `index.docker.io` counts as Docker Hub. Covers FROM, `COPY --from=<image>` and `RUN --mount=from=<image>`, as hadolint 2.15 does.',
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
      const from = stage.fromInstruction;
      if (stage.baseStage === null && !stage.from.unresolved && stage.from.resolved && stage.from.resolved.toLowerCase() !== 'scratch') {
        flag(from, stage.from.registry ?? 'docker.io', `The base image ${stage.from.resolved}`);
      }
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          flag(instruction, registryOf(model, ref.value, stage, instruction), `The image ${ref.value}`);
        }
      }
    }
    return hits;
  },
});
