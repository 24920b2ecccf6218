import { kubernetesRule } from '../define.js';
import { apiVersionEntry, atLeast, replacementAdvice, targetVersion } from '../../kubernetes/api-versions.js';

export default kubernetesRule({
  meta: {
    id: 'removed-api-version',
    // kube-linter's check covers the extensions/v1beta1 family only; pluto reports the rest without ids.
    aliases: ['no-extensions-v1beta'],
    severity: 'error',
    category: 'reliability',
    title: 'API version removed from the target Kubernetes release',
    docs: {
      why: 'The API server no longer serves this apiVersion, so `kubectl apply` fails and the object is never created. Option `kubernetes-version` (or `--kubernetes-version`) sets the release to check against; the default is a current one.',
      fix: 'Move the object to the replacement apiVersion named in the message, and adapt the fields that changed with it (e.g. Ingress v1 backends, required Deployment selectors).',
      bad: 'apiVersion: extensions/v1beta1\nkind: Ingress',
      good: 'apiVersion: networking.k8s.io/v1\nkind: Ingress',
    },
  },
  check({ object }, options) {
    const entry = apiVersionEntry(object.apiVersion, object.kind);
    const target = targetVersion(options);
    if (!entry?.removedIn || !atLeast(target, entry.removedIn)) return [];
    const since = entry.deprecatedIn ? ` (deprecated since ${entry.deprecatedIn})` : '';
    return [{
      line: object.lineOf(['apiVersion']),
      message: `${object.apiVersion} ${object.kind} was removed in Kubernetes ${entry.removedIn}${since} and is not served by ${target.join('.')}: ${replacementAdvice(entry, target)}`,
    }];
  },
});
