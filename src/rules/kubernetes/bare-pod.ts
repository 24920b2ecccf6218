import { kubernetesRule } from '../define.js';
import { subject } from '../../kubernetes/queries.js';

export default kubernetesRule({
  meta: {
    id: 'bare-pod',
    aliases: [],
    severity: 'warning',
    category: 'reliability',
    title: 'Pod not managed by a controller',
    docs: {
      why: 'A bare Pod is not rescheduled when its node fails or is drained, and cannot be rolled out, scaled or rolled back: one eviction and the workload is gone.',
      fix: 'Wrap the pod spec in a Deployment (or a StatefulSet, DaemonSet, or a Job for run-to-completion work).',
      bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27',
      good: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27',
    },
  },
  check({ object, pod }) {
    if (object.kind !== 'Pod' || !pod) return [];
    // A Pod that names its owner was written out by a controller (e.g. `kubectl get -o yaml`): it is managed.
    const owners = (object.value.metadata as { ownerReferences?: unknown } | undefined)?.ownerReferences;
    if (Array.isArray(owners) && owners.length > 0) return [];
    return [{ line: object.lineOf(['kind']), message: `${subject(object)} is a bare Pod: nothing recreates it when its node goes away; use a Deployment (or a Job for one-off work)` }];
  },
});
