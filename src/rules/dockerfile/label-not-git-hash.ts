import { dockerfileRule } from '../define.js';
import { isGitHash } from '../../dockerfile/labels.js';
import { labelFormatCheck, SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-not-git-hash',
    aliases: ['DL3055'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Label in the schema as hash is not a git hash',
    docs: {
      why: 'A revision label lets anyone map an image back to its commit; only a real hash does that.',
      fix: 'Use the 7- or 40-character lower-case commit hash, usually from a build ARG. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.revision=main',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.revision=4f07059',
    },
    differs: 'Values built from variables are only known at build time and are not judged; the finding is on the label key line.',
  },
  check: labelFormatCheck('hash', isGitHash, 'a git hash'),
});
