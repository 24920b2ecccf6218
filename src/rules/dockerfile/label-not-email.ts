import { dockerfileRule } from '../define.js';
import { isEmail } from '../../dockerfile/labels.js';
import { labelFormatCheck, SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-not-email',
    aliases: ['DL3058'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Label in the schema as email is not an e-mail address',
    docs: {
      why: 'Contact labels are read by people and tools; a value that is not an address reaches no one.',
      fix: 'Use a plain address such as `ops@example.com`. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL maintainer-email="ops at example.com"',
      good: 'FROM nginx:1.27-alpine\nLABEL maintainer-email="ops@example.com"',
    },
    differs: 'Values built from variables are only known at build time and are not judged; the finding is on the label key line.',
  },
  check: labelFormatCheck('email', isEmail, 'an e-mail address'),
});
