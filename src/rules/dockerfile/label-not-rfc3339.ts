import { dockerfileRule } from '../define.js';
import { isRfc3339 } from '../../dockerfile/labels.js';
import { labelFormatCheck, SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-not-rfc3339',
    aliases: ['DL3053'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Label in the schema as rfc3339 is not an RFC 3339 time',
    docs: {
      why: 'Build dates are compared and sorted by tools; only RFC 3339 times (`2024-05-01T12:00:00Z`) compare reliably.',
      fix: 'Write the time as RFC 3339, e.g. `2024-05-01T12:00:00Z`, usually from a build ARG. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.created="May 1 2024"',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"',
    },
    differs: 'Values built from variables are only known at build time and are not judged; the finding is on the label key line.',
  },
  check: labelFormatCheck('rfc3339', isRfc3339, 'an RFC 3339 time'),
});
