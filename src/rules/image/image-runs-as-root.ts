import { imageRule } from '../define.js';
import { imageAnchor } from '../../image/facts.js';
import { lastUser } from '../../dockerfile/queries.js';

export default imageRule({
  meta: {
    id: 'image-runs-as-root',
    aliases: ['CIS-DI-0001'],
    severity: 'error',
    category: 'security',
    title: 'Built image runs as root',
    docs: {
      why: 'The user in the built image\'s config is what the container runs as. Checking the image catches what the Dockerfile cannot show: a base image that switches back to root, or none that ever leaves it. Kubernetes `runAsNonRoot` refuses such images.',
      fix: 'End the final stage with `USER <uid>`, a non-zero numeric id (a name cannot be verified by `runAsNonRoot`).',
      bad: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
      good: 'FROM node:20-slim\nCOPY . /app\nUSER 10001\nCMD ["node", "/app/server.js"]',
    },
  },
  check(facts) {
    const user = (facts.config.config?.User ?? '').trim();
    const name = user.split(':')[0];
    if (name !== '' && name !== '0' && name !== 'root') return [];
    const set = lastUser(facts.model, facts.stage);
    const at = set ? { line: set.instruction.line, endLine: set.instruction.endLine } : imageAnchor(facts);
    const message = user === ''
      ? 'The built image sets no user, so its containers run as root; neither the Dockerfile nor its base image sets one. Add `USER <uid>` with a non-zero numeric id'
      : `The built image runs as \`${user}\`; switch to a non-root numeric user with \`USER <uid>\` at the end of the final stage`;
    return [{ ...at, message }];
  },
});
