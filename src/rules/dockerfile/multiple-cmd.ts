import { dockerfileRule } from '../define.js';
import { overriddenInstructions } from '../../dockerfile/queries.js';

export default dockerfileRule({
  meta: {
    id: 'multiple-cmd',
    aliases: ['DL4003'],
    severity: 'warning',
    category: 'maintainability',
    title: 'More than one CMD in a stage',
    docs: {
      why: 'Only the last CMD of a stage takes effect; the earlier ones are dead code that readers take for the real start-up command.',
      fix: 'Keep one CMD per stage and delete the others.',
      bad: 'FROM python:3.12-slim\nCMD ["python", "manage.py", "migrate"]\nCMD ["gunicorn", "app:app"]',
      good: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]',
    },
  },
  check(model) {
    // Like hadolint: each CMD after the first is reported, naming the one it overrides.
    return overriddenInstructions(model, 'CMD').map(({ instruction: i, overrides }) => ({
      line: i.line,
      endLine: i.endLine,
      message: `CMD overrides the CMD on line ${overrides.line}; only the last CMD of a stage takes effect`,
    }));
  },
});
