import { dockerfileRule } from '../define.js';
import { isWindowsImage } from '../../dockerfile/image-ref.js';
import { finalBaseImage, isRootUser, lastUser } from '../../dockerfile/queries.js';
import { baseImageUser } from '../../dockerfile/base-user.js';

export default dockerfileRule({
  meta: {
    id: 'root-user',
    aliases: ['DL3002', 'DS-0002', 'CKV_DOCKER_3', 'CKV_DOCKER_8'],
    severity: 'error',
    category: 'security',
    title: 'Final stage runs as root',
    differs: 'Fires also when the final stage sets no USER at all (hadolint only judges an explicit `USER root`), follows USER through `FROM <stage>` chains, and is an error; a base image that sets a non-root user itself (distroless `:nonroot`, Chainguard, nginx-unprivileged, Bitnami, .NET chiseled: src/data/non-root-base-images.json) without USER is a warning.',
    docs: {
      why: 'A process running as root inside the container is root on the node if it escapes; Kubernetes `runAsNonRoot` refuses such images.',
      fix: 'Create an unprivileged user and switch to it by number at the end of the final stage: `USER 10001`.',
      bad: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
      good: 'FROM node:20-slim\nCOPY . /app\nUSER 10001\nCMD ["node", "/app/server.js"]',
    },
  },
  check(model) {
    const stage = model.finalStage;
    const base = finalBaseImage(model);
    // Windows images have no uids and no root: ContainerUser and ContainerAdministrator are names by design.
    if (!stage || !base || isWindowsImage(base)) return [];
    const user = lastUser(model, stage);
    if (!user) {
      const at = stage.fromInstruction;
      // distroless `:nonroot`, Chainguard, nginx-unprivileged … set a non-root user themselves: say so rather than claim root.
      const inherited = baseImageUser(base);
      if (inherited !== undefined) {
        const uid = inherited ?? '65532';
        return [{ line: at.line, endLine: at.endLine, severity: 'warning', message: `The final stage sets no USER and relies on ${base.resolved} to run as non-root${inherited ? ` (user ${inherited})` : ''}; declare it here by number (\`USER ${uid}\`) so the Dockerfile says so and survives a change of base` }];
      }
      return [{ line: at.line, endLine: at.endLine, message: 'The final stage sets no USER, so the container runs as root; add `USER <uid>` with a non-zero numeric id' }];
    }
    if (isRootUser(user.user)) {
      const at = user.instruction;
      return [{ line: at.line, endLine: at.endLine, message: `The last USER of the final stage is ${user.user}; switch to a non-root numeric user before CMD` }];
    }
    return [];
  },
});
