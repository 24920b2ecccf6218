import { dockerfileRule } from '../define.js';
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { stageReference } from '../../dockerfile/parse.js';
import { fromReferences } from '../../dockerfile/queries.js';
import { variablesBefore } from '../../dockerfile/stage-values.js';
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
    differs: 'ARG-resolved, and also flags `COPY --from=<image>:latest`.',
    docs: {
      why: '`latest` is whatever was pushed last: the same Dockerfile builds a different image tomorrow, and a rollback rebuild can pull a newer, broken base.',
      fix: 'Name a version tag (and for full reproducibility a digest). This covers `FROM` and `COPY --from=<image>`, after ARG substitution.',
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
      // `COPY --from=nginx:latest` pulls an image just like FROM does.
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY') continue;
        for (const from of fromReferences(instruction)) {
          if (stageReference(model.stages, from.value, stage.index) !== null) continue;
          const ref = parseImageRef(from.value, variablesBefore(model, stage, instruction));
          if (stageReference(model.stages, ref.resolved, stage.index) !== null || !floats(ref)) continue;
          hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${from.via}=${ref.resolved} uses the floating :latest tag; pin a version tag (and digest)` });
        }
      }
    }
    return hits;
  },
});
