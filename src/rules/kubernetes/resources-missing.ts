import { kubernetesRule } from '../define.js';
import { valueAt } from '../../kubernetes/pods.js';
import { containerLabel, runningContainers, subject } from '../../kubernetes/queries.js';

const REQUIRED: [string[], string][] = [
  [['requests', 'cpu'], 'CPU request'],
  [['requests', 'memory'], 'memory request'],
  [['limits', 'memory'], 'memory limit'],
];

export default kubernetesRule({
  meta: {
    id: 'resources-missing',
    aliases: [
      'unset-cpu-requirements', 'unset-memory-requirements', 'container-resources', 'cpuRequestsMissing', 'memoryRequestsMissing',
      'memoryLimitsMissing', 'CKV_K8S_10', 'CKV_K8S_12', 'CKV_K8S_13', 'KSV015', 'KSV016', 'KSV018',
    ],
    severity: 'warning',
    category: 'reliability',
    title: 'Container lacks CPU/memory requests or a memory limit',
    docs: {
      why: 'The scheduler places pods by their requests: without them a node is overcommitted and the pod is the first evicted (BestEffort). Without a memory limit one leaking container can push the node into out-of-memory and take its neighbours down. A CPU limit is deliberately not required: it throttles even when the node is idle. A request left out defaults to the limit set for that resource, so `limits: {cpu, memory}` alone is complete.',
      fix: 'Set `resources.requests.cpu`, `resources.requests.memory` and `resources.limits.memory` from observed usage.',
      bad: 'containers:\n  - name: web\n    image: nginx:1.27',
      good: 'containers:\n  - name: web\n    image: nginx:1.27\n    resources:\n      requests: {cpu: 100m, memory: 128Mi}\n      limits: {memory: 256Mi}',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const resources = valueAt(container.value, ['resources']);
      const set = (path: string[]) => {
        const value = valueAt(resources, path);
        return value !== undefined && value !== null && value !== '';
      };
      // A request left out defaults to the limit of that resource (Guaranteed QoS when every limit is set).
      const missing = REQUIRED.filter(([path]) => !set(path) && !(path[0] === 'requests' && set(['limits', path[1]]))).map(([, what]) => what);
      if (missing.length === 0) return [];
      return [{ line: object.lineOf([...container.path, 'resources']), message: `${containerLabel(container)} of ${subject(object)} has no ${missing.join(', ')}` }];
    });
  },
});
