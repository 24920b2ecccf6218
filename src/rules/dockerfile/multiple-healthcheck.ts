import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'multiple-healthcheck',
    aliases: ['DL3012'],
    severity: 'error',
    category: 'reliability',
    title: 'More than one HEALTHCHECK in a stage',
    docs: {
      why: 'Only the last HEALTHCHECK of a stage takes effect; the earlier ones mislead readers.',
      fix: 'Keep one HEALTHCHECK per stage.',
      bad: 'FROM nginx:1.27-alpine\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1\nHEALTHCHECK CMD wget -qO- http://localhost/health || exit 1',
      good: 'FROM nginx:1.27-alpine\nHEALTHCHECK CMD wget -qO- http://localhost/health || exit 1',
    },
    differs: 'Same check; each extra HEALTHCHECK is reported with its whole line range.',
  },
  check(model) {
    return model.stages.flatMap((stage) =>
      stage.instructions.filter((i) => i.keyword === 'HEALTHCHECK').slice(1)
        .map((i) => ({ line: i.line, endLine: i.endLine, message: 'A second HEALTHCHECK in this stage: only the last one counts' })),
    );
  },
});
