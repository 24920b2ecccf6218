import { dockerfileRule } from '../define.js';
import { commandHit, isCall, runCommandLines } from '../../dockerfile/commands.js';

const pinned = (p: string) => /[=~<>$]/.test(p) || p.endsWith('.apk');

export default dockerfileRule({
  meta: {
    id: 'apk-version-unpinned',
    aliases: ['DL3018'],
    severity: 'info',
    category: 'reliability',
    title: 'apk add without versions',
    docs: {
      why: 'Unpinned packages install whatever the Alpine mirror has on build day, so two builds can differ.',
      fix: 'Pin `pkg=version` (or `pkg~version` for a release line) where reproducibility matters.',
      bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
      good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1',
    },
    differs: 'Default severity info (hadolint: warning). The value of `--virtual`/`-t` is not mistaken for a package; the finding is on the exact line of the apk command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ['apk'], ['add'])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned(p));
      return loose.length ? [commandHit(line.command, `Pin versions in apk add: ${loose.join(', ')} (use <package>=<version>)`)] : [];
    });
  },
});
