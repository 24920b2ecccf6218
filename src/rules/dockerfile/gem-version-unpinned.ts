import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, isCall, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'gem-version-unpinned',
    aliases: ['DL3028'],
    severity: 'info',
    category: 'reliability',
    title: 'gem install without versions',
    docs: {
      why: 'An unpinned gem installs the newest release on build day, so rebuilds can differ or break.',
      fix: 'Pin `gem install <gem>:<version>` or `gem install <gem> -v <version>`, or use a Gemfile.lock with bundler.',
      bad: 'FROM ruby:3.3-slim\nRUN gem install bundler',
      good: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.11',
    },
    differs: 'Default severity info (hadolint: warning); the finding is on the exact line of the gem command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ['gem'], ['install', 'i']) || hasOption(line, 'v', 'version')) return [];
      // After `--` come build flags for the gem's native extension.
      const dashdash = line.words.indexOf('--');
      const gems = line.operands.slice(1).filter((g) => !g.startsWith('-') && (dashdash < 0 || line.words.indexOf(g) < dashdash));
      const loose = gems.filter((g) => !g.includes(':') && !g.includes('$') && !g.endsWith('.gem'));
      return loose.length ? [commandHit(line.command, `Pin versions in gem install: ${loose.join(', ')} (use <gem>:<version>)`)] : [];
    });
  },
});
