import { dockerfileRule } from '../define.js';
import { isWindowsImage } from '../../dockerfile/image-ref.js';
import { finalBaseImage, lastUser } from '../../dockerfile/queries.js';
import { expand, variablesBefore } from '../../dockerfile/stage-values.js';

// Instruction-level: the finding spans the USER instruction in force at the end of the final stage.
export default dockerfileRule({
  meta: {
    id: 'non-numeric-user',
    aliases: ['DL3066'],
    severity: 'warning',
    category: 'security',
    title: 'Final USER is a name, not a numeric id',
    differs: 'Follows USER through `FROM <stage>` chains; warning, not info, because Kubernetes `runAsNonRoot` rejects a named user.',
    docs: {
      why: 'Kubernetes `runAsNonRoot` checks the image user without reading its /etc/passwd: with a name it cannot tell whether the user is root and refuses to start the container ("image has non-numeric user"). A numeric id also means the same thing on every node and in every scanner.',
      fix: 'Create the user with a fixed id and switch to it by number: `USER 10001` or `USER 10001:10001`. A group name after a numeric id is fine.',
      bad: 'FROM node:20-slim\nRUN useradd -r app\nUSER app',
      good: 'FROM node:20-slim\nRUN useradd -r -u 10001 app\nUSER 10001',
    },
  },
  check(model) {
    const stage = model.finalStage;
    const base = finalBaseImage(model);
    // Windows images have no uids and no root: ContainerUser and ContainerAdministrator are names by design.
    if (!stage || !base || isWindowsImage(base)) return [];
    const found = lastUser(model, stage);
    if (!found) return [];
    const { user, instruction } = found;
    // `USER ${UID}`: judge the value the build gives it; a build arg we cannot see is the caller's business.
    const stageOfUser = model.stages[instruction.stage] ?? stage;
    const value = user.includes('$') ? expand(user, variablesBefore(model, stageOfUser, instruction)) : user;
    if (value === null) return [];
    const name = value.split(':')[0];
    // root-user reports root; only the user part matters to runAsNonRoot.
    if (/^\d+$/.test(name) || name === 'root' || name === '') return [];
    const shown = value === user ? user : `${user} (${value})`;
    return [{
      line: instruction.line,
      endLine: instruction.endLine,
      message: `The final USER ${shown} is a name; Kubernetes runAsNonRoot cannot verify it, use the numeric id (e.g. USER 10001)`,
    }];
  },
});
