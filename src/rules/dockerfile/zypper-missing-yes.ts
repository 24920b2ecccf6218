import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, isCall, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'zypper-missing-yes',
    aliases: ['DL3034'],
    severity: 'warning',
    category: 'reliability',
    title: 'zypper without a non-interactive switch',
    docs: {
      why: 'zypper asks for confirmation on install, remove and patch; a build cannot answer.',
      fix: 'Add `-n`/`--non-interactive` before the command, or `-y` after it.',
      bad: 'FROM opensuse/leap:15.6\nRUN zypper install httpd && zypper clean',
      good: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd && zypper clean',
    },
    differs: 'Reported on the exact line of the zypper command.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => isCall(line, ['zypper'], ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'])
        && !hasOption(line, 'non-interactive', 'n', 'no-confirm', 'y'))
      .map(({ line }) => commandHit(line.command, `Use \`zypper --non-interactive ${line.operands[0]}\` (or -y): the build cannot answer prompts`));
  },
});
