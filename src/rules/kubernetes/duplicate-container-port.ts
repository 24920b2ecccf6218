import { kubernetesRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import { containerLabel, entries, isSidecar, subject } from '../../kubernetes/queries.js';

export default kubernetesRule({
  meta: {
    id: 'duplicate-container-port',
    aliases: [],
    severity: 'error',
    category: 'reliability',
    title: 'Two containers of a pod declare the same port',
    docs: {
      why: 'Containers of a pod share one network namespace: only one of them can bind a given port, and the other fails to start or crash-loops. The same port declared twice in one container is a copy-paste slip that hides which one is meant.',
      fix: 'Give each container its own containerPort (and fix the app\'s listen address to match).',
      bad: 'containers:\n  - name: web\n    ports: [{containerPort: 8080}]\n  - name: metrics\n    ports: [{containerPort: 8080}]',
      good: 'containers:\n  - name: web\n    ports: [{containerPort: 8080}]\n  - name: metrics\n    ports: [{containerPort: 9090}]',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    // Plain init containers run one at a time before the app starts; only sidecars share the port space with it.
    const live = pod.containers.filter((c) => !c.ephemeral && (!c.init || isSidecar(c)));
    const seen = new Map<string, { label: string; line: number }>();
    const hits: RuleHit[] = [];
    for (const container of live) {
      for (const { item, index } of entries(container.value.ports)) {
        const port = Number(item.containerPort);
        if (!Number.isInteger(port) || port <= 0) continue;
        const protocol = typeof item.protocol === 'string' ? item.protocol.toUpperCase() : 'TCP';
        const key = `${port}/${protocol}`;
        const line = object.lineOf([...container.path, 'ports', index, 'containerPort']);
        const first = seen.get(key);
        if (first) hits.push({ line, message: `${containerLabel(container)} of ${subject(object)} declares containerPort ${key}, already declared by ${first.label} at line ${first.line}` });
        else seen.set(key, { label: containerLabel(container), line });
      }
    }
    return hits;
  },
});
