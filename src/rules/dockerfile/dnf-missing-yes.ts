import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, isCall, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'dnf-missing-yes',
    aliases: ['DL3038'],
    severity: 'warning',
    category: 'reliability',
    title: 'dnf install without -y',
    docs: {
      why: 'Without `-y` dnf asks for confirmation, which a build cannot give.',
      fix: 'Add `-y` (or `--assumeyes`).',
      bad: 'FROM fedora:40\nRUN dnf install httpd && dnf clean all',
      good: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    },
    differs: 'Covers microdnf as hadolint does; reported on the exact line of the dnf command.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => isCall(line, ['dnf', 'microdnf'], ['install', 'groupinstall', 'localinstall']) && !hasOption(line, 'y', 'assumeyes'))
      .map(({ line }) => commandHit(line.command, `Use \`${line.program} install -y\`: the build cannot answer the confirmation prompt`));
  },
});
