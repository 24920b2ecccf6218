import { dockerfileRule } from '../define.js';
import { instructionsOf } from '../../dockerfile/queries.js';

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
    // Per stage, like hadolint: each CMD after the first is reported, naming the one it overrides.
    return model.stages.flatMap((stage) => {
      const all = instructionsOf(stage, 'CMD');
      return all.slice(1).map((i, n) => ({
        line: i.line,
        endLine: i.endLine,
        message: `CMD overrides the CMD on line ${all[n].line}; only the last CMD of a stage takes effect`,
      }));
    });
  },
});
