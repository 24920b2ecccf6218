import { dockerfileRule } from '../define.js';
import { commandHit, runCommandLines } from '../../dockerfile/commands.js';
import { unpinnedRpmSpecs } from './_rpm.js';

export default dockerfileRule({
  meta: {
    id: 'yum-version-unpinned',
    aliases: ['DL3033'],
    severity: 'info',
    category: 'reliability',
    title: 'yum install without versions',
    docs: {
      why: 'Unpinned packages install whatever the repository has on build day, so two builds can differ.',
      fix: 'Pin `pkg-version` (and `module:stream` for modules) where reproducibility matters.',
      bad: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
      good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6-99.el7 && yum clean all',
    },
    differs: 'Default severity info (hadolint: warning); any variable in a package spec counts as pinned; the finding is on the exact line of the yum command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      const loose = unpinnedRpmSpecs(line, ['yum']);
      return loose?.length ? [commandHit(line.command, `Specify versions with yum install: ${loose.join(', ')} (use <package>-<version>)`)] : [];
    });
  },
});
