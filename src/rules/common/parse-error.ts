import { engineRule } from '../define.js';

export default engineRule({
  id: 'parse-error',
  aliases: ['DL1000'],
  severity: 'error',
  category: 'reliability',
  title: 'File cannot be parsed',
  docs: {
    why: 'A file that Docker or Kubernetes cannot parse fails the build or the apply; no other check can run on it.',
    fix: 'Fix the syntax at the reported line. Binary, oversized and non-UTF-8 files are reported here too.',
    bad: 'RUN <<EOF\necho "never closed"',
    good: 'RUN <<EOF\necho "closed"\nEOF',
  },
});
