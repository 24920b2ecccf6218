import { kubernetesRule } from '../define.js';
import { apiVersionEntry, atLeast, replacementAdvice, targetVersion } from '../../kubernetes/api-versions.js';

export default kubernetesRule({
  meta: {
    id: 'deprecated-api-version',
    aliases: [],
    severity: 'warning',
    category: 'maintainability',
    title: 'API version deprecated in the target Kubernetes release',
    docs: {
      why: 'A deprecated apiVersion still works but is scheduled for removal; upgrading the cluster past that release breaks the deployment. Option `kubernetes-version` (or `--kubernetes-version`) sets the release to check against; once it reaches the removal release, `removed-api-version` reports the object instead.',
      fix: 'Move the object to the replacement apiVersion named in the message before the cluster is upgraded.',
      bad: 'apiVersion: autoscaling/v2beta2   # with kubernetes-version: 1.24\nkind: HorizontalPodAutoscaler',
      good: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler',
    },
  },
  check({ object }, options) {
    const entry = apiVersionEntry(object.apiVersion, object.kind);
    const target = targetVersion(options);
    if (!entry?.deprecatedIn || !atLeast(target, entry.deprecatedIn)) return [];
    // Removed APIs are the other rule's: one finding per object, the more severe one.
    if (entry.removedIn && atLeast(target, entry.removedIn)) return [];
    const removal = entry.removedIn ? `, and removed in ${entry.removedIn}` : '';
    return [{
      line: object.lineOf(['apiVersion']),
      message: `${object.apiVersion} ${object.kind} is deprecated since Kubernetes ${entry.deprecatedIn}${removal}: ${replacementAdvice(entry, target)}`,
    }];
  },
});
