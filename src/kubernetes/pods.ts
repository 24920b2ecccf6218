/** Pod specs and containers inside pod-bearing objects, with their paths (so findings land on the right line). */
import table from '../data/pod-spec-paths.json' with { type: 'json' };
import type { ContainerRef, FieldPath, ManifestObject, PodSpecRef } from './model.js';
import { isObject } from './parse.js';

interface KindPaths {
  groups: string[];
  spec: FieldPath;
  metadata: FieldPath;
}

const KINDS = table.kinds as Record<string, KindPaths>;

export function podBearingKinds(): string[] {
  return Object.keys(KINDS);
}

/** The value at `path`, or undefined. */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof segment === 'number' ? !Array.isArray(current) : !isObject(current)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The API group of an apiVersion: '' for the core group (`v1`), `apps` for `apps/v1`. */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

// Every per-object rule and several project checks ask for the same object's pod spec; an object never changes.
const podSpecs = new WeakMap<ManifestObject, PodSpecRef | null>();

/** The pod spec of a Pod, workload controller, Job, CronJob or PodTemplate; null for any other object. */
export function podSpecOf(object: ManifestObject): PodSpecRef | null {
  let pod = podSpecs.get(object);
  if (pod === undefined) podSpecs.set(object, (pod = readPodSpec(object)));
  return pod;
}

function readPodSpec(object: ManifestObject): PodSpecRef | null {
  const paths = KINDS[object.kind];
  // A custom resource may reuse a built-in kind name (`kind: Deployment` in some operator's group): not ours.
  if (!paths || !paths.groups.includes(apiGroup(object.apiVersion))) return null;
  const spec = valueAt(object.value, paths.spec);
  if (!isObject(spec)) return null;
  const pod: PodSpecRef = { object, path: paths.spec, metadataPath: paths.metadata, spec, containers: [] };
  const lists: [string, boolean, boolean][] = [['initContainers', true, false], ['containers', false, false], ['ephemeralContainers', false, true]];
  for (const [field, init, ephemeral] of lists) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((value, index) => {
      if (!isObject(value)) return;
      const name = typeof value.name === 'string' ? value.name : `#${index + 1}`;
      pod.containers.push({ object, path: [...paths.spec, field, index], value, name, init, ephemeral });
    });
  }
  return pod;
}

/** App containers only (no init, no ephemeral). */
export function appContainers(pod: PodSpecRef): ContainerRef[] {
  return pod.containers.filter((c) => !c.init && !c.ephemeral);
}

/** The pod template's metadata (the object's own metadata for a Pod). */
export function podMetadata(pod: PodSpecRef): Record<string, unknown> {
  const metadata = valueAt(pod.object.value, pod.metadataPath);
  return isObject(metadata) ? metadata : {};
}

/** Annotations as strings (non-string values ignored, as the API server would reject them anyway). */
export function annotationsOf(metadata: unknown): Record<string, string> {
  const annotations = isObject(metadata) ? metadata.annotations : undefined;
  if (!isObject(annotations)) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(annotations)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'boolean' || typeof value === 'number') out[key] = String(value);
  }
  return out;
}

export function labelsOf(metadata: unknown): Record<string, string> {
  const labels = isObject(metadata) ? metadata.labels : undefined;
  if (!isObject(labels)) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) if (value !== null && value !== undefined) out[key] = String(value);
  return out;
}

