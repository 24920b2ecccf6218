import { kubernetesRule } from '../define.js';
import { appContainers } from '../../kubernetes/pods.js';
import { containerLabel, runsToCompletion, subject } from '../../kubernetes/queries.js';

export default kubernetesRule({
  meta: {
    id: 'probes-missing',
    aliases: ['no-liveness-probe', 'no-readiness-probe', 'pod-probes', 'readinessProbeMissing', 'livenessProbeMissing', 'CKV_K8S_8', 'CKV_K8S_9'],
    severity: 'warning',
    category: 'reliability',
    title: 'Long-running container lacks a readiness or liveness probe',
    docs: {
      why: 'Without a readiness probe a Service sends traffic to the pod before it can answer and during shutdown; without a liveness probe a hung process stays "Running" forever. Jobs, CronJobs, run-once Pods and init containers are not checked.',
      fix: 'Add a `readinessProbe` (can it take traffic?) and a `livenessProbe` (is it stuck?), usually HTTP checks on a health endpoint, the liveness one more lenient.',
      bad: 'containers:\n  - name: web\n    image: nginx:1.27',
      good: 'containers:\n  - name: web\n    image: nginx:1.27\n    readinessProbe:\n      httpGet: {path: /ready, port: 8080}\n    livenessProbe:\n      httpGet: {path: /healthz, port: 8080}',
    },
  },
  check({ object, pod }) {
    if (!pod || runsToCompletion(pod)) return [];
    return appContainers(pod).flatMap((container) => {
      const missing = (['readinessProbe', 'livenessProbe'] as const).filter((p) => container.value[p] == null);
      if (missing.length === 0) return [];
      return [{ line: object.lineOf(container.path), message: `${containerLabel(container)} of ${subject(object)} has no ${missing.join(' or ')}` }];
    });
  },
});
