import { dockerfileRule } from '../define.js';
import { commandHit, isCall, runCommandLines } from '../../dockerfile/commands.js';

// `pkg=1.2`, `pkg/bookworm-backports` (a pinned release), a local .deb; a variable may hold anything.
const pinned = (p: string) => p.includes('=') || p.includes('/') || p.endsWith('.deb') || p.includes('$');

export default dockerfileRule({
  meta: {
    id: 'apt-version-unpinned',
    aliases: ['DL3008'],
    severity: 'info',
    category: 'reliability',
    title: 'apt-get install without versions',
    docs: {
      why: 'Unpinned packages install whatever the mirror has on build day, so two builds of one Dockerfile can differ.',
      fix: 'Pin `pkg=version` where reproducibility matters more than picking up security updates, or rely on a pinned base image digest.',
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8',
    },
    differs: 'Default severity info (hadolint: warning): pinning trades security updates for reproducibility. Also covers `apt install`; words with variables are not judged.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ['apt-get', 'apt', 'aptitude'], ['install'])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned(p));
      return loose.length ? [commandHit(line.command, `Pin versions in apt-get install: ${loose.join(', ')} (use <package>=<version>)`)] : [];
    });
  },
});
