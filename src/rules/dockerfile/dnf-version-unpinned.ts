import { dockerfileRule } from '../define.js';
import { commandHit, runCommandLines } from '../../dockerfile/commands.js';
import { unpinnedRpmSpecs } from './_rpm.js';

export default dockerfileRule({
  meta: {
    id: 'dnf-version-unpinned',
    aliases: ['DL3041'],
    severity: 'info',
    category: 'reliability',
    title: 'dnf install without versions',
    docs: {
      why: 'Unpinned packages install whatever the repository has on build day, so two builds can differ.',
      fix: 'Pin `pkg-version` (and `module:stream` for modules) where reproducibility matters.',
      bad: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
      good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62-1.fc40 && dnf clean all',
    },
    differs: 'Default severity info (hadolint: warning); covers microdnf; the finding is on the exact line of the dnf command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      const loose = unpinnedRpmSpecs(line, ['dnf', 'microdnf']);
      return loose?.length ? [commandHit(line.command, `Specify versions with ${line.program} install: ${loose.join(', ')} (use <package>-<version>)`)] : [];
    });
  },
});
