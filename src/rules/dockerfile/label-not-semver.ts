import { dockerfileRule } from '../define.js';
import { isSemver } from '../../dockerfile/labels.js';
import { labelFormatCheck, SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-not-semver',
    aliases: ['DL3056'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Label in the schema as semver is not a semantic version',
    docs: {
      why: 'Version labels are compared by tools; only semantic versions (`1.4.2`) compare reliably.',
      fix: 'Use `MAJOR.MINOR.PATCH` with optional pre-release and build parts. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.version=v1.4',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.version=1.4.2',
    },
    differs: 'Values built from variables are only known at build time and are not judged; the finding is on the label key line.',
  },
  check: labelFormatCheck('semver', isSemver, 'a semantic version'),
});
