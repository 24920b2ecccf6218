import { dockerfileRule } from '../define.js';
import { commandHit, commandLine, runBodies } from '../../dockerfile/commands.js';
import { shellAt } from '../../dockerfile/stage-context.js';
import type { ShellCommand } from '../../dockerfile/model.js';

/** `set -o pipefail`, `set -eo pipefail`, `set -euxo pipefail`, `set -o errexit -o pipefail`. */
function setsPipefail(command: ShellCommand): boolean {
  const line = commandLine(command);
  if (line.program !== 'set') return false;
  return line.words.some((w, i) => /^-[A-Za-z]*o$/.test(w) && line.words[i + 1] === 'pipefail');
}

export default dockerfileRule({
  meta: {
    id: 'pipefail-missing',
    aliases: ['DL4006'],
    severity: 'warning',
    category: 'reliability',
    title: 'Pipe in RUN without pipefail',
    docs: {
      why: 'A pipeline\'s status is that of its last command: in `curl … | tar x` a failed download still lets the build pass with an empty or broken result.',
      fix: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine) before the RUN, or start the script with `set -o pipefail`.',
      bad: 'FROM debian:12-slim\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt',
      good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt',
    },
    differs: 'A SHELL with pipefail in a stage this one is built FROM counts, and so does `set -o pipefail` earlier in the same RUN (both false positives in hadolint); `|` inside quotes is no pipe. Reported on the exact line of the pipe.',
  },
  check(model) {
    return runBodies(model).flatMap((body) => {
      if (body.form !== 'shell') return [];
      // Most RUNs hold no pipe: spare them the search for the shell in force.
      if (!body.commands.some((c) => c.next === '|' || c.next === '|&')) return [];
      const shell = shellAt(model, body.stage, body.instruction.line);
      if (!shell.posix || shell.pipefail) return [];
      for (const command of body.commands) {
        if (setsPipefail(command)) return [];
        if (command.next === '|' || command.next === '|&') return [commandHit(command, 'Pipe without `-o pipefail`: a failure before the last command goes unnoticed')];
      }
      return [];
    });
  },
});
