import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'useradd-high-uid-without-l',
    aliases: ['DL3046'],
    severity: 'warning',
    category: 'efficiency',
    title: 'useradd with a high UID and without -l',
    docs: {
      why: 'useradd writes a lastlog/faillog entry at an offset proportional to the UID; with a large UID that sparse file becomes gigabytes in the layer.',
      fix: 'Add `-l` (`--no-log-init`).',
      bad: 'FROM debian:12-slim\nRUN useradd -u 123456 app',
      good: 'FROM debian:12-slim\nRUN useradd -l -u 123456 app',
    },
    differs: 'Reported on the exact line of the useradd command.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => line.program === 'useradd' && !hasOption(line, 'l', 'no-log-init'))
      .filter(({ line }) => [...(line.values.get('u') ?? []), ...(line.values.get('uid') ?? [])].some((uid) => uid.length > 5 && !uid.includes('$')))
      .map(({ line }) => commandHit(line.command, 'useradd with a UID above 99999 and without -l writes a huge sparse lastlog into the layer'));
  },
});
