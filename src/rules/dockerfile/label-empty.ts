import { dockerfileRule } from '../define.js';
import { allLabels, labelSchema } from '../../dockerfile/labels.js';
import { SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-empty',
    aliases: ['DL3051'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Label required by the schema is empty',
    docs: {
      why: 'An empty label satisfies a presence check while carrying nothing.',
      fix: 'Give the label a value, usually from a build ARG. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.version=""',
      good: 'FROM nginx:1.27-alpine\nARG VERSION=1.4.2\nLABEL org.opencontainers.image.version=$VERSION',
    },
    differs: 'Reported on the label key\'s own line.',
  },
  check(model, options) {
    const schema = labelSchema(options);
    if (!schema.size) return [];
    return allLabels(model)
      .filter((p) => schema.has(p.key) && p.value.trim() === '')
      .map((p) => ({ line: p.line, endLine: p.line, message: `Label ${p.key} is empty` }));
  },
});
