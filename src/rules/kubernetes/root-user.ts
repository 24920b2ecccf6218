import { kubernetesRule } from '../define.js';
import { containerLabel, isWindowsPod, runningContainers, securityContextLine, securitySetting, subject } from '../../kubernetes/queries.js';

/** A user id as the kubelet reads it: an integer (YAML may hand it as a string only in broken manifests). */
function uid(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return null;
}

// Same id as the Dockerfile rule: whether the process runs as root is decided by USER and by the pod's securityContext.
export default kubernetesRule({
  meta: {
    id: 'root-user',
    aliases: ['run-as-non-root', 'container-security-context-user-group-id', 'runAsRootAllowed', 'CKV_K8S_23', 'KSV012', 'KSV105'],
    severity: 'error',
    category: 'security',
    title: 'Container may run as root',
    docs: {
      why: 'Unless the pod says otherwise, a container runs as the image\'s USER, which is root for most images; root in a container is root on the node after any escape, and can write to every mounted volume.',
      fix: 'Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod\'s (or container\'s) securityContext, and build the image with a numeric non-root USER.',
      bad: 'spec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2',
      good: 'spec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2',
    },
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    const hits: { line: number; message: string }[] = [];
    const reported = new Set<number>();
    for (const container of runningContainers(pod)) {
      const user = securitySetting(container, pod, 'runAsUser');
      const nonRoot = securitySetting(container, pod, 'runAsNonRoot');
      if (user && uid(user.value) === 0) {
        // A pod-level runAsUser: 0 is one mistake, reported once at its line.
        const line = object.lineOf(user.path);
        if (!reported.has(line)) hits.push({ line, message: `${user.level === 'pod' ? `The pod of ${subject(object)}` : `${containerLabel(container)} of ${subject(object)}`} sets runAsUser: 0, i.e. root` });
        reported.add(line);
        continue;
      }
      if (nonRoot?.value === true || (user && (uid(user.value) ?? 0) > 0)) continue;
      hits.push({ line: securityContextLine(container), message: `${containerLabel(container)} of ${subject(object)} sets neither runAsNonRoot: true nor a non-zero runAsUser, so it runs as the image's user (root for most images)` });
    }
    return hits;
  },
});
