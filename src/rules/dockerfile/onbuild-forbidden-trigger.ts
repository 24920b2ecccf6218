import { dockerfileRule } from '../define.js';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default dockerfileRule({
  meta: {
    id: 'onbuild-forbidden-trigger',
    aliases: ['DL3043'],
    severity: 'error',
    category: 'reliability',
    title: 'ONBUILD with ONBUILD, FROM or MAINTAINER',
    docs: {
      why: 'Docker does not allow ONBUILD, FROM or MAINTAINER as an ONBUILD trigger; the build of the child image fails.',
      fix: 'Remove the trigger, or put the instruction in the child Dockerfile.',
      bad: 'FROM node:20-slim\nONBUILD FROM alpine:3.20',
      good: 'FROM node:20-slim\nONBUILD COPY . /app',
    },
    differs: 'Same check, with the instruction\'s whole line range.',
  },
  check(model) {
    return model.instructions
      .filter((i) => i.keyword === 'ONBUILD' && FORBIDDEN.has((i.args.split(/\s+/)[0] ?? '').toUpperCase()))
      .map((i) => ({ line: i.line, endLine: i.endLine, message: `${i.args.split(/\s+/)[0].toUpperCase()} is not allowed as an ONBUILD trigger` }));
  },
});
