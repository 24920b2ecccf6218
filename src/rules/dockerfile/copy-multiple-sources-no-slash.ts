import { dockerfileRule } from '../define.js';
import { stripQuotes } from '../../dockerfile/words.js';

export default dockerfileRule({
  meta: {
    id: 'copy-multiple-sources-no-slash',
    aliases: ['DL3021'],
    severity: 'error',
    category: 'reliability',
    title: 'COPY of several sources to a destination without a trailing /',
    docs: {
      why: 'With more than one source Docker requires the destination to be a directory ending in `/`; the build fails otherwise.',
      fix: 'End the destination with `/`.',
      bad: 'FROM node:20-slim\nCOPY package.json package-lock.json /app',
      good: 'FROM node:20-slim\nCOPY package.json package-lock.json /app/',
    },
    differs: 'Also checks ADD, which has the same requirement; reported with the instruction\'s whole line range.',
  },
  check(model) {
    return model.instructions
      .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.words.length > 2)
      .filter((i) => {
        const dest = stripQuotes(i.words[i.words.length - 1]);
        return !dest.endsWith('/') && !dest.endsWith('\\') && !dest.includes('$');
      })
      .map((i) => ({ line: i.line, endLine: i.endLine, message: `${i.keyword} with ${i.words.length - 1} sources needs a destination ending in /` }));
  },
});
