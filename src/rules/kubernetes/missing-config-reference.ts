import { kubernetesProjectRule, type KubernetesProjectHit } from '../define.js';
import type { FieldPath, ManifestObject } from '../../kubernetes/model.js';
import { isObject } from '../../kubernetes/parse.js';
import { podSpecOf, valueAt } from '../../kubernetes/pods.js';
import { sameNamespace } from '../../kubernetes/references.js';

type Kind = 'ConfigMap' | 'Secret';

interface Reference {
  kind: Kind;
  name: string;
  /** Path of the name field, for the line. */
  path: FieldPath;
}

export default kubernetesProjectRule({
  meta: {
    id: 'missing-config-reference',
    aliases: [],
    severity: 'info',
    category: 'reliability',
    title: 'Pod references a ConfigMap or Secret that is not in the repository',
    docs: {
      why: 'A pod whose env, envFrom or volume needs a ConfigMap or Secret that does not exist never starts (CreateContainerConfigError, or stuck ContainerCreating). Many Secrets are created outside git (sealed, external, by hand), so this is information: check the name is right and that something creates it. References marked `optional: true` are skipped.',
      fix: 'Fix the name, add the ConfigMap/Secret (or its SealedSecret/ExternalSecret) to the repository, or mark the reference `optional: true` when the pod can run without it.',
      bad: 'envFrom:\n  - configMapRef: {name: web-confg}',
      good: 'envFrom:\n  - configMapRef: {name: web-config}',
    },
  },
  check({ objects }) {
    const provided = providers(objects);
    const hits: KubernetesProjectHit[] = [];
    for (const object of objects) {
      const pod = podSpecOf(object);
      if (!pod) continue;
      for (const ref of references(pod.spec, pod.path)) {
        if ((provided.get(`${ref.kind}/${ref.name}`) ?? []).some((p) => sameNamespace(p, object))) continue;
        hits.push({
          object,
          line: object.lineOf(ref.path),
          message: `${object.kind} ${object.name ?? ''} needs ${ref.kind} ${ref.name}, which no manifest of the run defines${object.namespace ? ` in namespace ${object.namespace}` : ''}; the pod will not start unless it is created elsewhere`,
        });
      }
    }
    return hits;
  },
});

/** `Kind/name` → the objects that make it: ConfigMaps and Secrets, and the controllers' CRs that create Secrets. */
function providers(objects: ManifestObject[]): Map<string, ManifestObject[]> {
  const map = new Map<string, ManifestObject[]>();
  const add = (kind: Kind, name: unknown, object: ManifestObject) => {
    if (typeof name !== 'string') return;
    map.set(`${kind}/${name}`, [...(map.get(`${kind}/${name}`) ?? []), object]);
  };
  for (const object of objects) {
    if ((object.kind === 'ConfigMap' || object.kind === 'Secret') && object.apiVersion === 'v1') add(object.kind, object.name, object);
    // Bitnami SealedSecret and External Secrets Operator make a Secret of their (target) name.
    else if (object.kind === 'SealedSecret') add('Secret', valueAt(object.value, ['spec', 'template', 'metadata', 'name']) ?? object.name, object);
    else if (object.kind === 'ExternalSecret') add('Secret', valueAt(object.value, ['spec', 'target', 'name']) ?? object.name, object);
  }
  return map;
}

/** Every required ConfigMap/Secret reference of a pod spec, with the path of its name. */
function references(spec: Record<string, unknown>, base: FieldPath): Reference[] {
  const refs: Reference[] = [];
  const add = (kind: Kind, holder: unknown, key: string, path: FieldPath) => {
    if (!isObject(holder) || holder.optional === true || typeof holder[key] !== 'string') return;
    refs.push({ kind, name: holder[key] as string, path: [...base, ...path, key] });
  };
  for (const list of ['initContainers', 'containers']) {
    const containers = Array.isArray(spec[list]) ? spec[list] : [];
    containers.forEach((container, c) => {
      if (!isObject(container)) return;
      const env = Array.isArray(container.env) ? container.env : [];
      env.forEach((item, e) => {
        const from = valueAt(item, ['valueFrom']);
        if (!isObject(from)) return;
        add('ConfigMap', from.configMapKeyRef, 'name', [list, c, 'env', e, 'valueFrom', 'configMapKeyRef']);
        add('Secret', from.secretKeyRef, 'name', [list, c, 'env', e, 'valueFrom', 'secretKeyRef']);
      });
      const envFrom = Array.isArray(container.envFrom) ? container.envFrom : [];
      envFrom.forEach((item, e) => {
        if (!isObject(item)) return;
        add('ConfigMap', item.configMapRef, 'name', [list, c, 'envFrom', e, 'configMapRef']);
        add('Secret', item.secretRef, 'name', [list, c, 'envFrom', e, 'secretRef']);
      });
    });
  }
  const volumes = Array.isArray(spec.volumes) ? spec.volumes : [];
  volumes.forEach((volume, v) => {
    if (!isObject(volume)) return;
    add('ConfigMap', volume.configMap, 'name', ['volumes', v, 'configMap']);
    add('Secret', volume.secret, 'secretName', ['volumes', v, 'secret']);
    const sources = valueAt(volume, ['projected', 'sources']);
    if (Array.isArray(sources)) {
      sources.forEach((source, s) => {
        if (!isObject(source)) return;
        add('ConfigMap', source.configMap, 'name', ['volumes', v, 'projected', 'sources', s, 'configMap']);
        add('Secret', source.secret, 'name', ['volumes', v, 'projected', 'sources', s, 'secret']);
      });
    }
  });
  return refs;
}
