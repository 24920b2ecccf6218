import { dockerfileRule } from '../define.js';
import { allLabels, labelSchema, strictLabels } from '../../dockerfile/labels.js';

export default dockerfileRule({
  meta: {
    id: 'label-superfluous',
    aliases: ['DL3050'],
    severity: 'info',
    category: 'maintainability',
    title: 'Label not in the schema (strict labels)',
    docs: {
      why: 'With `strict-labels` a team allows only the labels its schema lists, so typos and stray metadata show up.',
      fix: 'Remove the label or add it to `label-schema`. Active only with `strict-labels: true` (.shipshape.yml `options:` or .hadolint.yaml).',
      bad: 'FROM nginx:1.27-alpine\nLABEL maintainr="ops@example.com"',
      good: 'FROM nginx:1.27-alpine\nLABEL maintainer="ops@example.com"',
    },
    differs: 'One finding per stray label, on its own line (hadolint: one per LABEL instruction).',
  },
  check(model, options) {
    if (!strictLabels(options)) return [];
    const schema = labelSchema(options);
    return allLabels(model)
      .filter((p) => !schema.has(p.key))
      .map((p) => ({ line: p.line, endLine: p.line, message: `Label ${p.key} is not in the label schema` }));
  },
});
