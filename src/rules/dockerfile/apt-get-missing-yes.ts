import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, isCall, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'apt-get-missing-yes',
    aliases: ['DL3014'],
    severity: 'warning',
    category: 'reliability',
    title: 'apt-get install without -y',
    docs: {
      why: 'Without `-y` apt-get asks for confirmation; a build has no one to answer, so it aborts when the answer is needed.',
      fix: 'Add `-y` (or `--yes`, `--assume-yes`, `-qq`).',
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    },
    differs: 'Also covers `apt install`; the finding is on the exact line of the install command.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ['apt-get', 'apt', 'aptitude'], ['install'])) return [];
      const quiet2 = (line.options.get('q') ?? 0) >= 2 || (line.options.get('quiet') ?? 0) >= 2
        || line.words.some((w) => w === '-q=2' || w === '--quiet=2');
      if (hasOption(line, 'y', 'yes', 'assume-yes', 'force-yes') || quiet2) return [];
      return [commandHit(line.command, `Use \`${line.program} install -y\`: the build cannot answer the confirmation prompt`)];
    });
  },
});
