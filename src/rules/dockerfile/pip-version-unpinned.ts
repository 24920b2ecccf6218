import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, isCall, runCommandLines } from '../../dockerfile/commands.js';

const VCS = /^(?:git|hg|svn|bzr)(?:\+[a-z-]+)?:/;
const SYMBOLS = ['==', '>=', '<=', '~=', '!=', '<', '>', '==='];

function pinned(p: string): boolean {
  if (p.includes('$')) return true; // a variable may hold a pinned spec
  if (SYMBOLS.some((s) => p.includes(s))) return true;
  if (VCS.test(p)) return p.includes('@');
  // A local wheel, sdist or directory is whatever version it is.
  return /\.(?:whl|tar\.gz|zip)$/.test(p) || p.includes('/') || p.startsWith('.');
}

export default dockerfileRule({
  meta: {
    id: 'pip-version-unpinned',
    aliases: ['DL3013'],
    severity: 'info',
    category: 'reliability',
    title: 'pip install without versions',
    docs: {
      why: 'An unpinned `pip install` takes the newest release on build day, so rebuilding the same Dockerfile can break.',
      fix: 'Pin `pkg==version`, or install from a requirements or constraints file.',
      bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask',
      good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
    },
    differs: 'Default severity info (hadolint: warning). Recognises `python -m pip`, pip3.x and `-c`/`-r` files; the finding is on the exact line of the pip command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ['pip'], ['install'])) return [];
      if (hasOption(line, 'r', 'requirement', 'c', 'constraint')) return [];
      const packages = line.operands.slice(1);
      if (packages.includes('.')) return [];
      const loose = packages.filter((p) => !pinned(p));
      return loose.length ? [commandHit(line.command, `Pin versions in pip install: ${loose.join(', ')} (use <package>==<version>)`)] : [];
    });
  },
});
