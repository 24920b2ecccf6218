import { kubernetesRule } from '../define.js';
import type { FieldPath } from '../../kubernetes/model.js';
import { labelsOf, valueAt } from '../../kubernetes/pods.js';
import { subject } from '../../kubernetes/queries.js';

const NAME_LABELS = ['app.kubernetes.io/name', 'app'];
const VERSION_LABELS = ['app.kubernetes.io/version', 'version'];

export default kubernetesRule({
  meta: {
    id: 'recommended-labels-missing',
    aliases: [],
    severity: 'info',
    category: 'maintainability',
    title: 'Workload lacks a name or version label',
    docs: {
      why: 'Dashboards, `kubectl get -l`, cost reports and incident tooling group pods by their name and version labels; without them a pod is hard to attribute, and a rollout cannot be told apart from the one before.',
      fix: 'Label the workload and its pod template with `app.kubernetes.io/name` and `app.kubernetes.io/version` (`app` and `version` also count).',
      bad: 'metadata:\n  name: web\n  labels:\n    tier: frontend',
      good: 'metadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web\n    app.kubernetes.io/version: "1.4.2"',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    // The workload's own metadata, and for controllers the pod template's, which is what the pods carry.
    const places: { path: FieldPath; what: string }[] = [{ path: ['metadata'], what: subject(object) }];
    if (pod.metadataPath.length > 1) places.push({ path: pod.metadataPath, what: `the pod template of ${subject(object)}` });
    return places.flatMap(({ path, what }) => {
      const labels = labelsOf(valueAt(object.value, path));
      const missing = [
        NAME_LABELS.some((l) => labels[l]) ? null : 'a name label (app.kubernetes.io/name or app)',
        VERSION_LABELS.some((l) => labels[l]) ? null : 'a version label (app.kubernetes.io/version or version)',
      ].filter((m): m is string => m !== null);
      if (missing.length === 0) return [];
      return [{ line: object.lineOf([...path, 'labels']), message: `${what} lacks ${missing.join(' and ')}` }];
    });
  },
});
