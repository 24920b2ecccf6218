import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'no-inline-ignore-pragma',
    aliases: ['DL1001'],
    severity: 'info',
    category: 'maintainability',
    title: 'Inline ignore pragma',
    enabledByDefault: false,
    docs: {
      why: 'Teams that want every exception recorded in one reviewed place (the config file) can forbid per-instruction ignore comments.',
      fix: 'Remove the `# hadolint ignore=` / `# shipshape ignore=` comment and fix the finding, or turn the rule off in config with a reason.',
      bad: 'FROM debian:12-slim\n# hadolint ignore=DL3008\nRUN apt-get install -y curl',
      good: 'FROM debian:12-slim\nRUN apt-get install -y curl=7.88.1-10',
    },
    differs: 'Also flags `# shipshape ignore=`; global and stage ignores are not flagged, as in hadolint.',
  },
  check(model) {
    return model.comments
      .filter((c) => /^(?:hadolint|shipshape)\s+ignore\s*=/i.test(c.text))
      .map((c) => ({ line: c.line, endLine: c.line, message: 'Inline ignore pragma: record exceptions in the config file instead' }));
  },
});
