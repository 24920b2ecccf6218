import { kubernetesRule } from '../define.js';
import { isClusterScoped, subject } from '../../kubernetes/queries.js';

export default kubernetesRule({
  meta: {
    id: 'namespace-missing',
    aliases: ['use-namespace', 'CKV_K8S_21', 'KSV110'],
    severity: 'warning',
    category: 'maintainability',
    title: 'Object has no namespace or uses default',
    docs: {
      why: 'Without `metadata.namespace` the object lands in whatever namespace the applying context points at — often `default`, where quotas, network policies and RBAC for the app do not apply and names collide. Turn the rule off (`namespace-missing: {enabled: false}`) when kustomize or Helm set the namespace.',
      fix: 'Set `metadata.namespace` to the application\'s own namespace.',
      bad: 'metadata:\n  name: web',
      good: 'metadata:\n  name: web\n  namespace: shop',
    },
  },
  check({ object }) {
    if (isClusterScoped(object.kind, object.apiVersion)) return [];
    if (object.namespace === 'default') {
      return [{ line: object.lineOf(['metadata', 'namespace']), message: `${subject(object)} is in the default namespace; give the application a namespace of its own` }];
    }
    if (object.namespace !== null && object.namespace.trim() !== '') return [];
    return [{ line: object.lineOf(['metadata', 'namespace']), message: `${subject(object)} sets no metadata.namespace, so it lands wherever kubectl's context points (often default)` }];
  },
});
