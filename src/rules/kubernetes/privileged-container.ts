import { kubernetesRule } from '../define.js';
import { valueAt } from '../../kubernetes/pods.js';
import { containerLabel, isTrue, runningContainers, subject } from '../../kubernetes/queries.js';

export default kubernetesRule({
  meta: {
    id: 'privileged-container',
    aliases: ['container-security-context-privileged', 'runAsPrivileged', 'CKV_K8S_16', 'KSV017'],
    severity: 'error',
    category: 'security',
    title: 'Container runs privileged',
    docs: {
      why: 'A privileged container has every capability and all host devices; it is root on the node in all but name, and escaping it is trivial.',
      fix: 'Remove `privileged: true`; grant the one capability the workload needs (`capabilities.add`) instead, or move the work to a node-level agent maintained by the platform team.',
      bad: 'securityContext:\n  privileged: true',
      good: 'securityContext:\n  privileged: false\n  capabilities:\n    drop: [ALL]',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod)
      .filter((c) => isTrue(valueAt(c.value, ['securityContext', 'privileged'])))
      .map((c) => ({ line: object.lineOf([...c.path, 'securityContext', 'privileged']), message: `${containerLabel(c)} of ${subject(object)} runs privileged: full access to the node's devices and kernel` }));
  },
});
