import { kubernetesRule } from '../define.js';
import { valueAt } from '../../kubernetes/pods.js';
import { containerLabel, isTrue, isWindowsPod, runningContainers, securityContextLine, subject } from '../../kubernetes/queries.js';

export default kubernetesRule({
  meta: {
    id: 'writable-root-filesystem',
    aliases: ['no-read-only-root-fs', 'container-security-context-readonlyrootfilesystem', 'notReadOnlyRootFilesystem', 'CKV_K8S_22', 'KSV014'],
    severity: 'warning',
    category: 'security',
    title: 'Container root filesystem is writable',
    docs: {
      why: 'A writable root filesystem lets an attacker drop tools and persist changes inside the container, and lets the app write state that silently disappears on restart.',
      fix: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where the app really writes (`/tmp`, a cache directory).',
      bad: 'securityContext:\n  runAsNonRoot: true',
      good: 'securityContext:\n  readOnlyRootFilesystem: true\nvolumeMounts:\n  - name: tmp\n    mountPath: /tmp',
    },
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    return runningContainers(pod)
      .filter((c) => !isTrue(valueAt(c.value, ['securityContext', 'readOnlyRootFilesystem'])))
      .map((c) => ({ line: securityContextLine(c, 'readOnlyRootFilesystem'), message: `${containerLabel(c)} of ${subject(object)} does not set readOnlyRootFilesystem: true` }));
  },
});
