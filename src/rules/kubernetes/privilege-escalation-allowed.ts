import { kubernetesRule } from '../define.js';
import { valueAt } from '../../kubernetes/pods.js';
import { containerLabel, isWindowsPod, runningContainers, securityContextLine, subject } from '../../kubernetes/queries.js';

export default kubernetesRule({
  meta: {
    id: 'privilege-escalation-allowed',
    aliases: ['privilege-escalation-container', 'privilegeEscalationAllowed', 'CKV_K8S_20', 'KSV001'],
    severity: 'warning',
    category: 'security',
    title: 'Container allows privilege escalation',
    docs: {
      why: 'Unless `allowPrivilegeEscalation` is false, a process can gain more privileges than its parent through setuid binaries (`sudo`, `su`, a planted setuid shell); the default is to allow it.',
      fix: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
      bad: 'securityContext:\n  runAsNonRoot: true',
      good: 'securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false',
    },
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    return runningContainers(pod).flatMap((c) => {
      const value = valueAt(c.value, ['securityContext', 'allowPrivilegeEscalation']);
      if (value === false || value === 'false') return [];
      const explicit = value !== undefined && value !== null;
      return [{
        line: securityContextLine(c, 'allowPrivilegeEscalation'),
        message: explicit
          ? `${containerLabel(c)} of ${subject(object)} sets allowPrivilegeEscalation: true; set it to false`
          : `${containerLabel(c)} of ${subject(object)} does not set allowPrivilegeEscalation: false, so setuid binaries can gain privileges`,
      }];
    });
  },
});
