import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import type { ManifestObject } from '../../kubernetes/model.js';
import { isObject } from '../../kubernetes/parse.js';
import {
  containerPortNames, matchesMap, operatorMayProvide, podTemplates, sameNamespace, selectorText, stringMap, type PodTemplate,
} from '../../kubernetes/references.js';

export default kubernetesProjectRule({
  meta: {
    id: 'service-selects-nothing',
    aliases: ['dangling-service', 'service-targets-pod'],
    severity: 'warning',
    category: 'reliability',
    title: 'Service selects no pods, or targets a port name no selected container declares',
    docs: {
      why: 'A Service whose selector matches no pod template has no endpoints: clients get connection refused or time out, and nothing in `kubectl apply` says so. The same happens to one port when its `targetPort` names a port no selected container declares. Every manifest of the run is searched, in every directory.',
      fix: 'Make the selector equal to labels of the pod template (not of the Deployment itself), and name the container port the Service targets.',
      bad: 'kind: Service\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: webapp}}',
      good: 'kind: Service\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          ports: [{name: http, containerPort: 8080}]',
    },
  },
  check({ objects }) {
    const templates = podTemplates(objects);
    const hits: KubernetesProjectHit[] = [];
    for (const service of objects) {
      if (service.kind !== 'Service' || service.apiVersion !== 'v1' || !isObject(service.value.spec)) continue;
      const spec = service.value.spec;
      // ExternalName Services and Services without a selector (Endpoints kept by hand) select nothing on purpose.
      const selector = stringMap(spec.selector);
      if (spec.type === 'ExternalName' || Object.keys(selector).length === 0) continue;
      const candidates = templates.filter((t) => sameNamespace(t.object, service));
      const selected = candidates.filter((t) => matchesMap(selector, t.labels));
      if (selected.length === 0) {
        if (operatorMayProvide(objects, service, (labels) => matchesMap(selector, labels))) continue;
        hits.push({
          object: service,
          line: service.lineOf(['spec', 'selector']),
          message: `Service ${service.name ?? ''} selects ${selectorText(selector)}, but no pod template${where(service)} has these labels, so the Service has no endpoints${nearMiss(selector, candidates)}`,
        });
        continue;
      }
      hits.push(...unknownTargetPorts(service, selected));
    }
    return hits;
  },
});

function where(object: ManifestObject): string {
  return object.namespace ? ` in namespace ${object.namespace}` : '';
}

/** The pod template sharing most of the selector, to show which label differs. */
function nearMiss(selector: Record<string, string>, candidates: PodTemplate[]): string {
  let best: PodTemplate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = Object.entries(selector).filter(([k, v]) => candidate.labels[k] === v).length + Object.keys(selector).filter((k) => k in candidate.labels).length / 10;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  if (!best) return '';
  const differing = Object.keys(selector).filter((k) => best.labels[k] !== selector[k]).map((k) => (k in best.labels ? `${k}=${best.labels[k]}` : `no ${k}`));
  return ` (closest: ${best.object.kind} ${best.object.name ?? ''} has ${differing.join(', ')})`;
}

function unknownTargetPorts(service: ManifestObject, selected: PodTemplate[]): KubernetesProjectHit[] {
  const spec = service.value.spec as Record<string, unknown>;
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  const declared = new Set(selected.flatMap((t) => [...containerPortNames(t.pod)]));
  const hits: KubernetesProjectHit[] = [];
  ports.forEach((port, index) => {
    if (!isObject(port) || typeof port.targetPort !== 'string' || /^\d+$/.test(port.targetPort) || declared.has(port.targetPort)) return;
    const owners = selected.map((t) => `${t.object.kind} ${t.object.name ?? ''}`.trim()).join(', ');
    hits.push({
      object: service,
      line: service.lineOf(['spec', 'ports', index, 'targetPort']),
      message: `Service ${service.name ?? ''} port ${String(port.name ?? port.port)} targets the port named "${port.targetPort}", but no container of the selected pods (${owners}) declares a port of that name, so its traffic is refused`,
    });
  });
  return hits;
}
