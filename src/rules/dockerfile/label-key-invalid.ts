import { dockerfileRule } from '../define.js';
import { allLabels } from '../../dockerfile/labels.js';

// Docker's guidance: lower-case alphanumerics, `.` and `-` (hadolint also allows `_` and `/`), starting with a letter,
// ending with a letter or digit, no doubled separators, and no Docker-reserved namespaces.
function invalid(key: string): string | null {
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or digit';
  if (/[^a-z0-9._/-]/.test(key)) return 'may hold only lower-case letters, digits, `.`, `-`, `_` and `/`';
  if (/\.\.|--/.test(key)) return 'must not repeat `.` or `-`';
  if (/^(?:com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key)) return 'uses a namespace reserved by Docker';
  return null;
}

export default dockerfileRule({
  meta: {
    id: 'label-key-invalid',
    aliases: ['DL3048'],
    severity: 'info',
    category: 'maintainability',
    title: 'Invalid LABEL key',
    docs: {
      why: 'Label keys are matched by tools (registries, scanners, `org.opencontainers.image.*` readers); keys outside Docker\'s conventions are easily missed or collide with reserved namespaces.',
      fix: 'Use lower-case reverse-DNS keys such as `org.opencontainers.image.source`.',
      bad: 'FROM nginx:1.27-alpine\nLABEL Maintainer="ops@example.com"',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.authors="ops@example.com"',
    },
    differs: 'Active without a label schema, as in hadolint (style → info). Keys built from variables are left alone; the finding is on the key\'s own line.',
  },
  check(model) {
    return allLabels(model).flatMap((pair) => {
      if (pair.key.includes('$')) return [];
      const why = invalid(pair.key);
      return why ? [{ line: pair.line, endLine: pair.line, message: `Label key "${pair.key}" ${why}` }] : [];
    });
  },
});
