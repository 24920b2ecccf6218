import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';

export default kubernetesProjectRule({
  meta: {
    id: 'namespace-without-quota',
    aliases: [],
    severity: 'info',
    category: 'reliability',
    title: 'Namespace has no ResourceQuota or LimitRange',
    docs: {
      why: 'Without a ResourceQuota (or at least a LimitRange) one runaway workload in the namespace can claim the cluster\'s CPU, memory or object count and starve everything else. Checked over every manifest of the repository, wherever the quota lives.',
      fix: 'Add a ResourceQuota for the namespace (and a LimitRange to give containers default requests and limits).',
      bad: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop',
      good: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: shop\n  namespace: shop\nspec:\n  hard: {requests.cpu: "8", requests.memory: 16Gi}',
    },
  },
  check({ objects }) {
    const covered = new Set(objects.filter((o) => o.kind === 'ResourceQuota' || o.kind === 'LimitRange').map((o) => o.namespace ?? ''));
    const hits: KubernetesProjectHit[] = [];
    for (const object of objects) {
      if (object.kind !== 'Namespace' || object.apiVersion !== 'v1' || !object.name || covered.has(object.name)) continue;
      hits.push({ object, line: object.lineOf(['metadata', 'name']), message: `Namespace ${object.name} has no ResourceQuota or LimitRange in the repository; one workload can starve the others` });
    }
    return hits;
  },
});
