import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'ln-bin-sh',
    aliases: ['DL4005'],
    severity: 'warning',
    category: 'reliability',
    title: 'Default shell changed by linking /bin/sh',
    docs: {
      why: 'Replacing /bin/sh changes the shell for every program in the image that calls `system()`, not just for RUN; SHELL changes only what RUN uses.',
      fix: 'Use `SHELL ["/bin/bash", "-c"]`.',
      bad: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh',
      good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    },
    differs: 'Fires only when /bin/sh is the link being made (the last operand), not when it is the link target; reported on the exact line.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => line.program === 'ln' && !hasOption(line, 't', 'target-directory') && line.operands.length >= 2
        && line.operands[line.operands.length - 1] === '/bin/sh')
      .map(({ line }) => commandHit(line.command, 'Use SHELL to change the shell RUN uses instead of replacing /bin/sh'));
  },
});
