import { dockerfileRule } from '../define.js';
import { fromReferences, resolveFrom } from '../../dockerfile/queries.js';
import type { ImageRef } from '../../dockerfile/model.js';

/** `:latest` with no digest to pin it; tags are case-sensitive, but `LATEST` is no better. */
function floats(ref: ImageRef): boolean {
  return !ref.unresolved && !ref.digest && ref.tag?.toLowerCase() === 'latest';
}

export default dockerfileRule({
  meta: {
    id: 'image-tag-latest',
    aliases: ['DL3007'],
    severity: 'warning',
    category: 'reliability',
    title: 'Image pinned to :latest',
    differs: 'ARG-resolved in FROM, and also flags `COPY --from=<image>:latest` and `RUN --mount=from=<image>:latest`.',
    docs: {
      why: '`latest` is whatever was pushed last: the same Dockerfile builds a different image tomorrow, and a rollback rebuild can pull a newer, broken base.',
      fix: 'Name a version tag (and for full reproducibility a digest). This covers `FROM` (after ARG substitution), `COPY --from=<image>` and `RUN --mount=from=<image>`.',
      bad: 'FROM node:latest',
      good: 'FROM node:20.12-slim',
    },
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      const at = stage.fromInstruction;
      if (stage.baseStage === null && floats(stage.from)) {
        hits.push({ line: at.line, endLine: at.endLine, message: `FROM ${stage.from.resolved} uses the floating :latest tag; pin a version tag (and digest)` });
      }
      // `COPY --from=nginx:latest` and `RUN --mount=from=nginx:latest` pull an image just like FROM does.
      for (const instruction of stage.instructions) {
        for (const from of fromReferences(instruction)) {
          const target = resolveFrom(model, from);
          if (target.kind !== 'image' || !floats(target.ref)) continue;
          hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${from.via}=${target.ref.resolved} uses the floating :latest tag; pin a version tag (and digest)` });
        }
      }
    }
    return hits;
  },
});
