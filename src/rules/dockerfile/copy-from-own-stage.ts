import { dockerfileRule } from '../define.js';
import { fromReferences, resolveFrom } from '../../dockerfile/queries.js';

export default dockerfileRule({
  meta: {
    id: 'copy-from-own-stage',
    aliases: ['DL3023'],
    severity: 'error',
    category: 'reliability',
    title: 'COPY --from names its own stage',
    docs: {
      why: 'A stage cannot copy from itself: the build fails with a circular dependency (or, with a numeric index, copies from a stage that does not exist yet).',
      fix: 'Copy from the earlier stage that produced the file, or use a plain `COPY`/`RUN cp` inside the stage.',
      bad: 'FROM node:20 AS build\nCOPY --from=build /app/dist /dist',
      good: 'FROM node:20 AS deps\nRUN npm ci\nFROM node:20 AS build\nCOPY --from=deps /app/node_modules ./node_modules',
    },
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          const target = resolveFrom(model, ref);
          if (target.kind === 'stage' && target.index === stage.index) {
            hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${ref.via}=${ref.value} names the stage it is in; copy from an earlier stage instead` });
          }
        }
      }
    }
    return hits;
  },
});
