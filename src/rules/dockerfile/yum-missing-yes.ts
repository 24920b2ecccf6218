import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, isCall, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'yum-missing-yes',
    aliases: ['DL3030'],
    severity: 'warning',
    category: 'reliability',
    title: 'yum install without -y',
    docs: {
      why: 'Without `-y` yum asks for confirmation, which a build cannot give.',
      fix: 'Add `-y` (or `--assumeyes`).',
      bad: 'FROM centos:7\nRUN yum install httpd && yum clean all',
      good: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    },
    differs: 'Reported on the exact line of the yum command.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => isCall(line, ['yum'], ['install', 'groupinstall', 'localinstall']) && !hasOption(line, 'y', 'assumeyes'))
      .map(({ line }) => commandHit(line.command, 'Use `yum install -y`: the build cannot answer the confirmation prompt'));
  },
});
