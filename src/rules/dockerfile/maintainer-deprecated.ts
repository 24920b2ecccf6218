import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'maintainer-deprecated',
    aliases: ['DL4000'],
    severity: 'error',
    category: 'maintainability',
    title: 'MAINTAINER is deprecated',
    docs: {
      why: 'Docker deprecated MAINTAINER; tools read the OCI label instead.',
      fix: 'Use `LABEL org.opencontainers.image.authors="…"`.',
      bad: 'FROM nginx:1.27-alpine\nMAINTAINER ops@example.com',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.authors="ops@example.com"',
    },
    differs: 'Same check.',
  },
  check(model) {
    return model.instructions
      .filter((i) => i.keyword === 'MAINTAINER')
      .map((i) => ({ line: i.line, endLine: i.endLine, message: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors' }));
  },
});
