import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import { isObject } from '../../kubernetes/parse.js';
import { apiGroup } from '../../kubernetes/pods.js';
import { findNamed } from '../../kubernetes/references.js';

const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

export default kubernetesProjectRule({
  meta: {
    id: 'hpa-missing-target',
    aliases: ['dangling-horizontalpodautoscaler', 'horizontalpodautoscaler-has-target'],
    severity: 'warning',
    category: 'reliability',
    title: 'HorizontalPodAutoscaler scales a workload that is not in the repository',
    docs: {
      why: 'An HPA whose scaleTargetRef names no existing workload scales nothing: the workload it was meant for runs at a fixed replica count under load. Often a rename of the Deployment that missed the HPA.',
      fix: 'Make `scaleTargetRef` name the kind and name of the Deployment or StatefulSet it should scale.',
      bad: 'scaleTargetRef:\n  apiVersion: apps/v1\n  kind: Deployment\n  name: web-v1',
      good: 'scaleTargetRef:\n  apiVersion: apps/v1\n  kind: Deployment\n  name: web',
    },
  },
  check({ objects }) {
    const hits: KubernetesProjectHit[] = [];
    for (const hpa of objects) {
      if (hpa.kind !== 'HorizontalPodAutoscaler' || apiGroup(hpa.apiVersion) !== 'autoscaling') continue;
      const ref = isObject(hpa.value.spec) ? hpa.value.spec.scaleTargetRef : undefined;
      if (!isObject(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string') continue;
      if (findNamed(objects, [ref.kind], ref.name, hpa).length > 0) continue;
      // What an HPA can scale has spec.replicas: a Deployment or StatefulSet of that name, not its Service or Ingress.
      const sameName = objects.filter((o) => o.name === ref.name && o !== hpa && (SCALABLE.has(o.kind) || (isObject(o.value.spec) && 'replicas' in o.value.spec)));
      const scalable = sameName.find((o) => SCALABLE.has(o.kind)) ?? sameName[0];
      const hint = scalable ? ` (there is ${/^[AEIOU]/.test(scalable.kind) ? 'an' : 'a'} ${scalable.kind} of that name: is the kind wrong?)` : '';
      hits.push({
        object: hpa,
        line: hpa.lineOf(['spec', 'scaleTargetRef', 'name']),
        message: `HorizontalPodAutoscaler ${hpa.name ?? ''} scales ${ref.kind} ${ref.name}, which is not defined${hpa.namespace ? ` in namespace ${hpa.namespace}` : ''} in any manifest of the run${hint}`,
      });
    }
    return hits;
  },
});
