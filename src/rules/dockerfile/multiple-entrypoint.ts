import { dockerfileRule } from '../define.js';
import { overriddenInstructions } from '../../dockerfile/queries.js';

export default dockerfileRule({
  meta: {
    id: 'multiple-entrypoint',
    aliases: ['DL4004'],
    severity: 'warning',
    category: 'maintainability',
    title: 'More than one ENTRYPOINT in a stage',
    differs: 'Warning, not error: Docker uses the last ENTRYPOINT, so the build works but earlier ones are dead code.',
    docs: {
      why: 'Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that readers take for the real start-up command.',
      fix: 'Keep one ENTRYPOINT per stage and delete the others.',
      bad: 'FROM alpine:3.20\nENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app"]',
      good: 'FROM alpine:3.20\nENTRYPOINT ["/app"]',
    },
  },
  check(model) {
    // Like hadolint: each ENTRYPOINT after the first is reported, naming the one it overrides.
    return overriddenInstructions(model, 'ENTRYPOINT').map(({ instruction: i, overrides }) => ({
      line: i.line,
      endLine: i.endLine,
      message: `ENTRYPOINT overrides the ENTRYPOINT on line ${overrides.line}; only the last ENTRYPOINT of a stage takes effect`,
    }));
  },
});
