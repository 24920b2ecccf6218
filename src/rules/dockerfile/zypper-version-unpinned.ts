import { dockerfileRule } from '../define.js';
import { commandHit, isCall, runCommandLines } from '../../dockerfile/commands.js';

const pinned = (p: string) => /[=<>$]/.test(p) || p.endsWith('.rpm');

export default dockerfileRule({
  meta: {
    id: 'zypper-version-unpinned',
    aliases: ['DL3037'],
    severity: 'info',
    category: 'reliability',
    title: 'zypper install without versions',
    docs: {
      why: 'Unpinned packages install whatever the repository has on build day, so two builds can differ.',
      fix: 'Pin `pkg=version` (or `pkg>=version`).',
      bad: 'FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper clean',
      good: 'FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58 && zypper clean',
    },
    differs: 'Default severity info (hadolint: warning); reported on the exact line of the zypper command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ['zypper'], ['install', 'in'])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned(p));
      return loose.length ? [commandHit(line.command, `Specify versions with zypper install: ${loose.join(', ')} (use <package>=<version>)`)] : [];
    });
  },
});
