import { dockerfileRule } from '../define.js';
import { isSpdx } from '../../dockerfile/labels.js';
import { labelFormatCheck, SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-not-spdx',
    aliases: ['DL3054'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Label in the schema as spdx is not an SPDX license',
    docs: {
      why: 'License scanners read the license label; only SPDX identifiers are machine-readable.',
      fix: 'Use an SPDX id such as `Apache-2.0` or an expression such as `MIT OR Apache-2.0`. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.licenses="Apache 2"',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.licenses="Apache-2.0"',
    },
    differs: 'SPDX expressions (`MIT OR Apache-2.0`, `… WITH …`) are accepted, not only single ids; variable values are not judged.',
  },
  check: labelFormatCheck('spdx', isSpdx, 'an SPDX license identifier'),
});
