import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'from-platform-redundant',
    aliases: ['DL3065'],
    severity: 'warning',
    category: 'maintainability',
    title: 'FROM --platform=$TARGETPLATFORM is redundant',
    docs: {
      why: 'Stages are built for the target platform by default; saying so adds noise and hides the stages that really choose a platform.',
      fix: 'Drop the flag.',
      bad: 'FROM --platform=$TARGETPLATFORM node:20-slim',
      good: 'FROM node:20-slim',
    },
    differs: 'Same check.',
  },
  check(model) {
    return model.stages
      .filter((s) => s.platform === '$TARGETPLATFORM' || s.platform === '${TARGETPLATFORM}')
      .map((s) => ({ line: s.fromInstruction.line, endLine: s.fromInstruction.endLine, message: '--platform=$TARGETPLATFORM is the default; drop it' }));
  },
});
