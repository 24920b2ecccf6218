import { dockerfileRule } from '../define.js';
import type { Instruction } from '../../dockerfile/model.js';

const flagsOf = (i: Instruction) => JSON.stringify(i.flags);
const size = (i: Instruction) => (i.form === 'exec' ? 1 : i.commands.length);

export default dockerfileRule({
  meta: {
    id: 'consecutive-run',
    aliases: ['DL3059'],
    severity: 'info',
    category: 'efficiency',
    title: 'Consecutive small RUN instructions',
    docs: {
      why: 'Each RUN makes a layer; short RUNs in a row add layers (and cache steps) that one RUN would not.',
      fix: 'Join them with `&&` in one RUN. Longer RUNs (more than two commands) are left apart on purpose: splitting them can help the build cache.',
      bad: 'FROM debian:12-slim\nRUN mkdir -p /app\nRUN chown 10001 /app',
      good: 'FROM debian:12-slim\nRUN mkdir -p /app && chown 10001 /app',
    },
    differs: 'Same thresholds as hadolint (both RUNs of at most two commands, same flags, only comments between); reported on the second RUN with its whole line range.',
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      const hits = [];
      let previous: Instruction | null = null;
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN') {
          previous = null;
          continue;
        }
        if (previous && flagsOf(previous) === flagsOf(instruction) && size(previous) <= 2 && size(instruction) <= 2) {
          hits.push({ line: instruction.line, endLine: instruction.endLine, message: `RUN right after the RUN on line ${previous.line}: consider one RUN` });
        }
        previous = instruction;
      }
      return hits;
    });
  },
});
