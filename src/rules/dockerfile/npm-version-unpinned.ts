import { dockerfileRule } from '../define.js';
import { commandHit, isCall, runCommandLines } from '../../dockerfile/commands.js';

function pinned(p: string): boolean {
  if (p.includes('$')) return true;
  if (/^git(?:\+(?:ssh|https?))?:\/\//.test(p)) return p.includes('#');
  if (/\.(?:tar|tar\.gz|tgz)$/.test(p) || /^(?:\/|\.\/|\.\.\/|~\/)/.test(p)) return true;
  // `@scope/name@1.2` or `name@1.2`: a version (or tag) after the name.
  const name = p.startsWith('@') ? p.slice(p.indexOf('/') + 1) : p;
  return name.includes('@');
}

export default dockerfileRule({
  meta: {
    id: 'npm-version-unpinned',
    aliases: ['DL3016'],
    severity: 'info',
    category: 'reliability',
    title: 'npm install of packages without versions',
    docs: {
      why: 'Naming packages without a version installs the newest release on build day, outside any lockfile.',
      fix: 'Pin `pkg@version`, or declare the package in package.json and run `npm ci`.',
      bad: 'FROM node:20-slim\nRUN npm install -g typescript',
      good: 'FROM node:20-slim\nRUN npm install -g typescript@5.4.5',
    },
    differs: 'Default severity info (hadolint: warning). `npm i` and `npm add` count too; the finding is on the exact line of the npm command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ['npm'], ['install', 'i', 'add'])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned(p));
      return loose.length ? [commandHit(line.command, `Pin versions in npm install: ${loose.join(', ')} (use <package>@<version>)`)] : [];
    });
  },
});
