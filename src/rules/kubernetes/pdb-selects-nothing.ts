import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import { isObject } from '../../kubernetes/parse.js';
import { apiGroup } from '../../kubernetes/pods.js';
import { matchesLabelSelector, operatorMayProvide, podTemplates, sameNamespace } from '../../kubernetes/references.js';

export default kubernetesProjectRule({
  meta: {
    id: 'pdb-selects-nothing',
    aliases: [],
    severity: 'warning',
    category: 'reliability',
    title: 'PodDisruptionBudget selects no pods',
    docs: {
      why: 'A PodDisruptionBudget whose selector matches no pod template protects nothing: a node drain evicts every replica at once, which is what the budget was written to prevent.',
      fix: 'Make `spec.selector` match the labels of the pod template of the workload it protects.',
      bad: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web-server}',
      good: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}',
    },
  },
  check({ objects }) {
    const templates = podTemplates(objects);
    const hits: KubernetesProjectHit[] = [];
    for (const pdb of objects) {
      if (pdb.kind !== 'PodDisruptionBudget' || apiGroup(pdb.apiVersion) !== 'policy' || !isObject(pdb.value.spec)) continue;
      const selector = pdb.value.spec.selector;
      if (!isObject(selector)) {
        // policy/v1: a null selector selects no pods (an empty one, `{}`, selects all).
        hits.push({ object: pdb, line: pdb.lineOf(['spec']), message: `PodDisruptionBudget ${pdb.name ?? ''} has no selector, so it protects no pods` });
        continue;
      }
      const matches = (labels: Record<string, string>) => matchesLabelSelector(selector, labels);
      if (templates.some((t) => sameNamespace(t.object, pdb) && matches(t.labels))) continue;
      if (operatorMayProvide(objects, pdb, matches)) continue;
      hits.push({
        object: pdb,
        line: pdb.lineOf(['spec', 'selector']),
        message: `PodDisruptionBudget ${pdb.name ?? ''} selects no pod template${pdb.namespace ? ` in namespace ${pdb.namespace}` : ''} of the run, so it protects nothing during node drains`,
      });
    }
    return hits;
  },
});
