import { dockerfileRule } from '../define.js';
import { commandHit, isCall, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'zypper-dist-upgrade',
    aliases: ['DL3035'],
    severity: 'warning',
    category: 'reliability',
    title: 'zypper dist-upgrade in a build',
    docs: {
      why: 'A distribution upgrade inside an image turns the base into a different release than its tag says; take a newer base image instead.',
      fix: 'Use a newer base image tag, or `zypper patch`/`zypper update` for fixes.',
      bad: 'FROM opensuse/leap:15.5\nRUN zypper -n dist-upgrade',
      good: 'FROM opensuse/leap:15.6',
    },
    differs: 'Reported on the exact line of the zypper command.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => isCall(line, ['zypper'], ['dist-upgrade', 'dup']))
      .map(({ line }) => commandHit(line.command, 'Do not use `zypper dist-upgrade` in a Dockerfile; use a newer base image'));
  },
});
