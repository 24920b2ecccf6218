import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import type { FieldPath, ManifestObject } from '../../kubernetes/model.js';
import { isObject } from '../../kubernetes/parse.js';
import { apiGroup, valueAt } from '../../kubernetes/pods.js';
import { findNamed } from '../../kubernetes/references.js';

export default kubernetesProjectRule({
  meta: {
    id: 'ingress-missing-service',
    aliases: ['dangling-ingress', 'ingress-targets-service'],
    severity: 'warning',
    category: 'reliability',
    title: 'Ingress routes to a Service (or Service port) that is not in the repository',
    docs: {
      why: 'An Ingress backend naming a Service that does not exist, or a port that Service does not have, answers 503 for its paths. Every manifest of the run is searched, not only one directory.',
      fix: 'Name an existing Service and one of its ports (by `number` or by the Service port\'s `name`), or add the Service.',
      bad: 'backend:\n  service:\n    name: web-svc\n    port: {number: 8080}',
      good: 'backend:\n  service:\n    name: web\n    port: {number: 80}',
    },
  },
  check({ objects }) {
    const hits: KubernetesProjectHit[] = [];
    for (const ingress of objects) {
      if (ingress.kind !== 'Ingress' || !['networking.k8s.io', 'extensions'].includes(apiGroup(ingress.apiVersion))) continue;
      for (const path of backendPaths(ingress)) hits.push(...checkBackend(objects, ingress, path));
    }
    return hits;
  },
});

/** Paths of every backend: the default one and each rule path's (`backend` in v1beta1, `defaultBackend` in v1). */
function backendPaths(ingress: ManifestObject): FieldPath[] {
  const paths: FieldPath[] = [];
  for (const key of ['defaultBackend', 'backend']) if (isObject(valueAt(ingress.value, ['spec', key]))) paths.push(['spec', key]);
  const rules = valueAt(ingress.value, ['spec', 'rules']);
  if (Array.isArray(rules)) {
    rules.forEach((rule, r) => {
      const httpPaths = valueAt(rule, ['http', 'paths']);
      if (Array.isArray(httpPaths)) httpPaths.forEach((p, i) => isObject(valueAt(p, ['backend'])) && paths.push(['spec', 'rules', r, 'http', 'paths', i, 'backend']));
    });
  }
  return paths;
}

function checkBackend(objects: ManifestObject[], ingress: ManifestObject, path: FieldPath): KubernetesProjectHit[] {
  const backend = valueAt(ingress.value, path) as Record<string, unknown>;
  // v1: service.{name, port.{number|name}}; v1beta1: serviceName, servicePort. A `resource` backend is no Service.
  const v1 = isObject(backend.service);
  const namePath: FieldPath = v1 ? [...path, 'service', 'name'] : [...path, 'serviceName'];
  const name = valueAt(ingress.value, namePath);
  if (typeof name !== 'string' || name === '') return [];
  const services = findNamed(objects, ['Service'], name, ingress);
  if (services.length === 0) {
    return [{ object: ingress, line: ingress.lineOf(namePath), message: `Ingress ${ingress.name ?? ''} routes to Service ${name}, which is not defined${ingress.namespace ? ` in namespace ${ingress.namespace}` : ''} in any manifest of the run, so these paths answer 503` }];
  }
  const portPath: FieldPath = v1 ? [...path, 'service', 'port'] : [...path, 'servicePort'];
  const port = valueAt(ingress.value, portPath);
  const wanted = isObject(port) ? (port.name ?? port.number) : port;
  if (wanted === undefined || wanted === null || wanted === '') return [];
  const servicePorts = services.flatMap((s) => {
    const ports = valueAt(s.value, ['spec', 'ports']);
    return Array.isArray(ports) ? ports.filter(isObject) : [];
  });
  const byNumber = typeof wanted === 'number' || /^\d+$/.test(String(wanted));
  const found = servicePorts.some((p) => (byNumber ? Number(p.port) === Number(wanted) : p.name === wanted));
  if (found) return [];
  const offered = servicePorts.map((p) => (p.name ? `${String(p.name)} (${String(p.port)})` : String(p.port))).join(', ') || 'none';
  const at = isObject(port) ? [...portPath, port.name !== undefined ? 'name' : 'number'] : portPath;
  return [{ object: ingress, line: ingress.lineOf(at), message: `Ingress ${ingress.name ?? ''} routes to port ${String(wanted)} of Service ${name}, which has no such port (it has: ${offered})` }];
}
