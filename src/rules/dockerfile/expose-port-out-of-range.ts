import { dockerfileRule } from '../define.js';
import { substitute } from '../../dockerfile/image-ref.js';
import { variablesBefore } from '../../dockerfile/stage-values.js';

export default dockerfileRule({
  meta: {
    id: 'expose-port-out-of-range',
    aliases: ['DL3011'],
    severity: 'error',
    category: 'reliability',
    title: 'EXPOSE port outside 0–65535',
    docs: {
      why: 'TCP and UDP ports are 16-bit: a larger number is a typo that Kubernetes Services and probes cannot use.',
      fix: 'Use a port between 0 and 65535.',
      bad: 'FROM nginx:1.27-alpine\nEXPOSE 80800',
      good: 'FROM nginx:1.27-alpine\nEXPOSE 8080',
    },
    differs: 'Ports given by an ARG/ENV with a default are resolved and checked; unknown variables are left alone.',
  },
  check(model) {
    return model.stages.flatMap((stage) =>
      stage.instructions.filter((i) => i.keyword === 'EXPOSE').flatMap((instruction) => {
        const vars = variablesBefore(model, stage, instruction);
        const bad = instruction.words.filter((word) => {
          const { text, unresolved } = substitute(word, vars);
          if (unresolved) return false;
          // `80`, `80/tcp`, `8000-8010/udp`; a resolved value may hold several ports.
          return text.split(/\s+/).some((spec) => spec.split('/')[0].split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535));
        });
        return bad.length ? [{ line: instruction.line, endLine: instruction.endLine, message: `Port ${bad.join(', ')} is outside 0–65535` }] : [];
      }),
    );
  },
});
