import { dockerfileRule } from '../define.js';
import { expand, variablesBefore } from '../../dockerfile/stage-values.js';

const SSH = 22;

/** `22`, `22/tcp`, `20-25/tcp` → whether the port or range holds 22. */
function exposesSsh(spec: string): boolean {
  const [ports] = spec.split('/');
  const range = /^(\d+)(?:-(\d+))?$/.exec(ports);
  if (!range) return false;
  const low = Number(range[1]);
  const high = range[2] === undefined ? low : Number(range[2]);
  return low <= SSH && SSH <= high;
}

export default dockerfileRule({
  meta: {
    id: 'expose-ssh-port',
    aliases: ['DS-0004'],
    severity: 'warning',
    category: 'security',
    title: 'SSH port exposed',
    docs: {
      why: 'Port 22 means an SSH server in the container: another way in, another credential to leak, and a second long-running process. Kubernetes has `kubectl exec` and ephemeral debug containers for shell access.',
      fix: 'Remove the SSH server and `EXPOSE 22`; use `kubectl exec` or `kubectl debug` to get a shell.',
      bad: 'EXPOSE 22 8080',
      good: 'EXPOSE 8080',
    },
  },
  check(model) {
    return model.stages.flatMap((stage) =>
      stage.instructions
        .filter((i) => i.keyword === 'EXPOSE')
        .filter((i) => {
          const vars = variablesBefore(model, stage, i);
          return i.words.some((word) => {
            const spec = expand(word, vars);
            return spec !== null && spec.split(/\s+/).some(exposesSsh);
          });
        })
        .map((i) => ({ line: i.line, endLine: i.endLine, message: 'EXPOSE includes port 22 (SSH); drop the SSH server and use `kubectl exec` or `kubectl debug` for shell access' })),
    );
  },
});
