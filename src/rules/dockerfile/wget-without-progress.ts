import { dockerfileRule } from '../define.js';
import { commandHit, hasOption, runCommandLines } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'wget-without-progress',
    aliases: ['DL3047'],
    severity: 'info',
    category: 'maintainability',
    title: 'wget without a progress setting',
    docs: {
      why: 'wget\'s default progress bar prints thousands of lines into build logs when downloading large files.',
      fix: 'Add `--progress=dot:giga`, or `-q`/`-nv`.',
      bad: 'FROM debian:12-slim\nRUN wget https://example.com/big.tar.gz',
      good: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/big.tar.gz',
    },
    differs: 'Reported on the exact line of the wget command.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => line.program === 'wget')
      .filter(({ line }) => !hasOption(line, 'progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') && !line.words.includes('-nv'))
      .map(({ line }) => commandHit(line.command, 'wget without `--progress=dot:giga` (or -q/-nv) floods the build log'));
  },
});
