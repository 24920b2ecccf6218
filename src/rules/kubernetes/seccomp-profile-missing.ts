import { kubernetesRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { annotationsOf, podMetadata, valueAt } from '../../kubernetes/pods.js';
import { containerLabel, isWindowsPod, runningContainers, subject } from '../../kubernetes/queries.js';

const GOOD = new Set(['RuntimeDefault', 'Localhost']);
const GOOD_ANNOTATION = /^(?:runtime\/default|docker\/default|localhost\/.+)$/;

export default kubernetesRule({
  meta: {
    id: 'seccomp-profile-missing',
    aliases: ['container-seccomp-profile', 'CKV_K8S_31', 'KSV030', 'KSV104'],
    severity: 'warning',
    category: 'security',
    title: 'No seccomp profile',
    docs: {
      why: 'Without a seccomp profile a container may call every one of the kernel\'s 300-odd system calls, including the rarely used ones most kernel exploits go through; Kubernetes runs pods Unconfined unless told otherwise.',
      fix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a profile of your own).',
      bad: 'spec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2',
      good: 'spec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2',
    },
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    const annotations = annotationsOf(podMetadata(pod));
    const podType = valueAt(pod.spec, ['securityContext', 'seccompProfile', 'type']);
    // The pre-1.19 annotations still work on older clusters and are what many charts carry.
    const podAnnotation = annotations['seccomp.security.alpha.kubernetes.io/pod'];
    const hits: RuleHit[] = [];
    if (podType === 'Unconfined') hits.push({ line: object.lineOf([...pod.path, 'securityContext', 'seccompProfile', 'type']), message: `${subject(object)} sets seccompProfile Unconfined for the whole pod` });
    const podCovers = GOOD.has(String(podType)) || (podType === undefined && GOOD_ANNOTATION.test(podAnnotation ?? ''));
    const uncovered = [];
    for (const container of runningContainers(pod)) {
      const type = valueAt(container.value, ['securityContext', 'seccompProfile', 'type']);
      const annotation = annotations[`container.seccomp.security.alpha.kubernetes.io/${container.name}`];
      if (type === 'Unconfined') hits.push({ line: object.lineOf([...container.path, 'securityContext', 'seccompProfile', 'type']), message: `${containerLabel(container)} of ${subject(object)} sets seccompProfile Unconfined` });
      else if (!GOOD.has(String(type)) && !GOOD_ANNOTATION.test(annotation ?? '') && !podCovers && podType !== 'Unconfined') uncovered.push(container);
    }
    const running = runningContainers(pod);
    if (uncovered.length > 0 && uncovered.length === running.length) {
      // Nobody sets one: one finding at the pod spec, where the fix goes.
      hits.push({ line: object.lineOf([...pod.path, 'securityContext']), message: `${subject(object)} sets no seccompProfile, so its containers run Unconfined; set securityContext.seccompProfile.type: RuntimeDefault on the pod` });
    } else {
      for (const c of uncovered) hits.push({ line: object.lineOf([...c.path, 'securityContext']), message: `${containerLabel(c)} of ${subject(object)} sets no seccompProfile while others do` });
    }
    return hits;
  },
});
