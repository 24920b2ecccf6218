import { dockerfileRule } from '../define.js';
import { commandHit, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'apt-in-script',
    aliases: ['DL3027'],
    severity: 'warning',
    category: 'reliability',
    title: 'apt used in a script',
    docs: {
      why: '`apt` is the interactive front end: its output and behaviour may change between releases and it warns that it has no stable CLI. Scripts should use `apt-get` and `apt-cache`.',
      fix: 'Replace `apt` with `apt-get` (or `apt-cache` for searches).',
      bad: 'FROM debian:12-slim\nRUN apt update && apt install -y curl',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    },
    differs: 'Reported on the exact line of each `apt` command.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => line.program === 'apt')
      .map(({ line }) => commandHit(line.command, '`apt` is meant for people; use `apt-get` or `apt-cache` in a Dockerfile'));
  },
});
