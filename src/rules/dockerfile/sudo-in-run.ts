import { dockerfileRule } from '../define.js';
import { basename, effectiveArgv } from '../../dockerfile/queries.js';
import { launchedCommands } from '../../dockerfile/stage-values.js';
import { runInstructions } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'sudo-in-run',
    aliases: ['DL3004'],
    severity: 'error',
    category: 'security',
    title: 'sudo in RUN',
    docs: {
      why: 'Build steps already run as the current USER; `sudo` means the image ships sudo and a user allowed to use it, and it behaves unpredictably without a TTY.',
      fix: 'Do the privileged step before switching USER (or `USER root` … `USER 10001` around it) and drop sudo.',
      bad: 'USER app\nRUN sudo apt-get update && sudo apt-get install -y curl',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER app',
    },
  },
  check(model) {
    return runInstructions(model)
      .flatMap(({ run }) => launchedCommands(run))
      .filter((command) => {
        // sudo is one of the wrappers effectiveArgv strips (with env, nohup …): look at what it stripped.
        const stripped = command.argv.length - effectiveArgv(command).length;
        for (let i = 0; i < stripped; i++) if (basename(command.argv[i]) === 'sudo') return true;
        return false;
      })
      .map((command) => ({ line: command.line, endLine: command.line, message: 'sudo in RUN: build steps already run as the current USER; do this step as root before switching USER, and do not install sudo' }));
  },
});
