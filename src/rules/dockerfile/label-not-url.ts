import { dockerfileRule } from '../define.js';
import { isUrl } from '../../dockerfile/labels.js';
import { labelFormatCheck, SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-not-url',
    aliases: ['DL3052'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Label in the schema as url is not a URL',
    docs: {
      why: 'Tools follow `url` labels (source, documentation links); a value that is not an absolute URL breaks them.',
      fix: 'Give an absolute URL such as `https://github.com/acme/web`. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.source=github.com/acme/web',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.source=https://github.com/acme/web',
    },
    differs: 'Values built from variables are only known at build time and are not judged; the finding is on the label key line.',
  },
  check: labelFormatCheck('url', isUrl, 'a valid URL'),
});
