import { dockerfileRule } from '../define.js';
import { isRootUser, lastUser } from '../../dockerfile/queries.js';

export default dockerfileRule({
  meta: {
    id: 'root-user',
    aliases: ['DL3002', 'DS-0002', 'CKV_DOCKER_3', 'CKV_DOCKER_8'],
    severity: 'error',
    category: 'security',
    title: 'Final stage runs as root',
    docs: {
      why: 'A process running as root inside the container is root on the node if it escapes; Kubernetes `runAsNonRoot` refuses such images.',
      fix: 'Create an unprivileged user and switch to it by number at the end of the final stage: `USER 10001`.',
      bad: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
      good: 'FROM node:20-slim\nCOPY . /app\nUSER 10001\nCMD ["node", "/app/server.js"]',
    },
  },
  check(model) {
    const stage = model.finalStage;
    if (!stage) return [];
    const user = lastUser(model, stage);
    if (!user) {
      const at = stage.fromInstruction;
      return [{ line: at.line, endLine: at.endLine, message: 'The final stage sets no USER, so the container runs as root; add `USER <uid>` with a non-zero numeric id' }];
    }
    if (isRootUser(user.user)) {
      const at = user.instruction;
      return [{ line: at.line, endLine: at.endLine, message: `The last USER of the final stage is ${user.user}; switch to a non-root numeric user before CMD` }];
    }
    return [];
  },
});
