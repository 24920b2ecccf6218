/** The custom resource kinds CRDs in the run define, with each version's openAPIV3Schema. */
import type { ManifestObject } from './model.js';
import { isObject } from './parse.js';

/** `group/version/Kind` → that version's schema (undefined when the CRD gives none: nothing to check against). */
export type CrdSchemaIndex = Map<string, unknown>;

/** The CustomResourceDefinitions among `objects` that name a group and a kind, with their spec. */
export function crdsOf(objects: ManifestObject[]): { group: string; kind: string; spec: Record<string, unknown> }[] {
  const crds: { group: string; kind: string; spec: Record<string, unknown> }[] = [];
  for (const object of objects) {
    if (object.kind !== 'CustomResourceDefinition' || !object.apiVersion.startsWith('apiextensions.k8s.io/')) continue;
    const spec = object.value.spec;
    if (!isObject(spec) || typeof spec.group !== 'string' || !isObject(spec.names) || typeof spec.names.kind !== 'string') continue;
    crds.push({ group: spec.group, kind: spec.names.kind, spec });
  }
  return crds;
}

export function crdSchemas(objects: ManifestObject[]): CrdSchemaIndex {
  const index: CrdSchemaIndex = new Map();
  for (const { group, kind, spec } of crdsOf(objects)) {
    // v1beta1 allowed one schema for every version (spec.validation); v1 has one per version.
    const shared = isObject(spec.validation) ? spec.validation.openAPIV3Schema : undefined;
    const versions = Array.isArray(spec.versions) ? spec.versions.filter(isObject) : [];
    if (versions.length === 0 && typeof spec.version === 'string') versions.push({ name: spec.version });
    for (const version of versions) {
      if (typeof version.name !== 'string') continue;
      const own = isObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
      index.set(`${group}/${version.name}/${kind}`, own ?? shared);
    }
  }
  return index;
}
