/** Questions many Kubernetes rules ask of an object or a container; answered once here so rules stay short. */
import clusterScoped from '../data/kubernetes-cluster-scoped.json' with { type: 'json' };
import { splitImageRef } from '../dockerfile/image-ref.js';
import type { ContainerRef, FieldPath, ManifestObject, PodSpecRef } from './model.js';
import { isObject } from './parse.js';
import { apiGroup, valueAt } from './pods.js';

const CLUSTER_SCOPED = new Set(clusterScoped.kinds);
/** Well-known cluster-scoped custom kinds, by API group. */
const CUSTOM_CLUSTER_SCOPED = new Map(Object.entries(clusterScoped.customKinds as Record<string, string[]>).map(([group, kinds]) => [group, new Set(kinds)]));

/** `Deployment web` (or just the kind for an unnamed object), for messages. */
export function subject(object: ManifestObject): string {
  return object.name ? `${object.kind} ${object.name}` : object.kind;
}

/** `container "web"`, `init container "migrate"`, for messages. */
export function containerLabel(container: ContainerRef): string {
  const kind = container.init ? 'init container' : container.ephemeral ? 'ephemeral container' : 'container';
  return `${kind} "${container.name}"`;
}

export function isClusterScoped(kind: string, apiVersion = ''): boolean {
  if (CLUSTER_SCOPED.has(kind) || /^Cluster[A-Z]/.test(kind)) return true;
  const custom = CUSTOM_CLUSTER_SCOPED.get(apiGroup(apiVersion));
  return !!custom && (custom.has(kind) || custom.has('*'));
}

/**
 * Containers that run as part of the pod's life: app and init containers. Ephemeral debug containers are added by
 * `kubectl debug`, never written in a manifest worth linting.
 */
export function runningContainers(pod: PodSpecRef): ContainerRef[] {
  return pod.containers.filter((c) => !c.ephemeral);
}

/** An init container with `restartPolicy: Always` is a sidecar: it runs beside the app containers for the pod's life. */
export function isSidecar(container: ContainerRef): boolean {
  return container.init && container.value.restartPolicy === 'Always';
}

/** Jobs, CronJobs and Pods with restartPolicy Never/OnFailure run to completion: readiness and liveness mean little. */
export function runsToCompletion(pod: PodSpecRef): boolean {
  if (pod.object.kind === 'Job' || pod.object.kind === 'CronJob') return true;
  return pod.object.kind === 'Pod' && (pod.spec.restartPolicy === 'Never' || pod.spec.restartPolicy === 'OnFailure');
}

/** Windows pods have no Linux user ids, capabilities or seccomp; the Linux security rules say nothing about them. */
export function isWindowsPod(pod: PodSpecRef): boolean {
  const os = valueAt(pod.spec, ['os', 'name']);
  const selector = valueAt(pod.spec, ['nodeSelector', 'kubernetes.io/os']);
  return os === 'windows' || selector === 'windows';
}

/** The setting at `field` under securityContext: the container's own wins over the pod's, as the kubelet applies them. */
export function securitySetting(container: ContainerRef, pod: PodSpecRef, field: string): { value: unknown; path: FieldPath; level: 'container' | 'pod' } | null {
  const own = valueAt(container.value, ['securityContext', field]);
  if (own !== undefined && own !== null) return { value: own, path: [...container.path, 'securityContext', field], level: 'container' };
  const podLevel = valueAt(pod.spec, ['securityContext', field]);
  if (podLevel !== undefined && podLevel !== null) return { value: podLevel, path: [...pod.path, 'securityContext', field], level: 'pod' };
  return null;
}

/** The line to blame for a missing container setting: its securityContext when it has one, else its `- name:` line. */
export function securityContextLine(container: ContainerRef, field?: string): number {
  return container.object.lineOf([...container.path, 'securityContext', ...(field ? [field] : [])]);
}

/** Text a templating step fills in (Helm, envsubst, Kustomize vars): nothing to judge yet. */
export function isTemplated(text: string): boolean {
  return /\{\{|\$\{|\$\(|<%|^\$[A-Za-z_]/.test(text);
}

/** The container's image split into parts, or null when absent or templated. */
export function containerImage(container: ContainerRef): { image: string; tag: string | null; digest: string | null } | null {
  const image = container.value.image;
  if (typeof image !== 'string' || image.trim() === '' || isTemplated(image)) return null;
  const { tag, digest } = splitImageRef(image.trim());
  return { image: image.trim(), tag, digest };
}

/** A list field as an array of objects with their indexes (non-objects skipped). */
export function entries(value: unknown): { item: Record<string, unknown>; index: number }[] {
  return Array.isArray(value) ? value.flatMap((item, index) => (isObject(item) ? [{ item, index }] : [])) : [];
}

export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}
