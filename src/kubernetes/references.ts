/**
 * What the cross-resource rules share: label selectors, namespaces, and the pod templates of a run. Objects without
 * a namespace are deployed wherever `kubectl -n`, kustomize or helm put them, so a missing namespace matches any.
 */
import type { ContainerRef, ManifestObject, PodSpecRef } from './model.js';
import { isObject } from './parse.js';
import { apiGroup, labelsOf, podMetadata, podSpecOf } from './pods.js';

export interface PodTemplate {
  object: ManifestObject;
  pod: PodSpecRef;
  labels: Record<string, string>;
}

export function sameNamespace(a: ManifestObject, b: ManifestObject): boolean {
  return a.namespace === null || b.namespace === null || a.namespace === b.namespace;
}

/** Every pod template of the run (Pods, workload controllers, Jobs, CronJobs), with the labels its pods get. */
export function podTemplates(objects: ManifestObject[]): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (pod) out.push({ object, pod, labels: labelsOf(podMetadata(pod)) });
  }
  return out;
}

/** A Service-style selector: every key present with an equal value. */
export function matchesMap(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** A metav1.LabelSelector (matchLabels and matchExpressions); an empty selector matches everything. */
export function matchesLabelSelector(selector: unknown, labels: Record<string, string>): boolean {
  if (!isObject(selector)) return false;
  if (isObject(selector.matchLabels) && !matchesMap(stringMap(selector.matchLabels), labels)) return false;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.filter(isObject) : [];
  return expressions.every((expression) => {
    const key = String(expression.key ?? '');
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    switch (expression.operator) {
      case 'In': return key in labels && values.includes(labels[key]);
      case 'NotIn': return !(key in labels) || !values.includes(labels[key]);
      case 'Exists': return key in labels;
      case 'DoesNotExist': return !(key in labels);
      default: return false;
    }
  });
}

/** A map with string values (numbers and booleans written unquoted in YAML read as their text). */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined && typeof v !== 'object') out[k] = String(v);
  return out;
}

export function selectorText(selector: Record<string, string>): string {
  return Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(', ');
}

/**
 * Groups that are Kubernetes' own: objects in any other group are custom resources, whose operators (Prometheus,
 * Alertmanager, database operators …) create pods that are in no manifest, usually labelled like the resource.
 */
export function isCustomResource(object: ManifestObject): boolean {
  const group = apiGroup(object.apiVersion);
  return group !== '' && !group.endsWith('.k8s.io') && !BUILTIN_GROUPS.has(group);
}

const BUILTIN_GROUPS = new Set(['apps', 'batch', 'autoscaling', 'policy', 'extensions']);

/** Custom resources whose own labels satisfy a selector: an operator may well give its pods those labels. */
export function operatorMayProvide(objects: ManifestObject[], near: ManifestObject, matches: (labels: Record<string, string>) => boolean): ManifestObject | undefined {
  return objects.find((o) => isCustomResource(o) && sameNamespace(o, near) && matches(labelsOf(o.value.metadata)));
}

/** Port names the running containers of a pod declare. */
export function containerPortNames(pod: PodSpecRef): Set<string> {
  const names = new Set<string>();
  for (const container of pod.containers.filter((c) => !c.ephemeral)) for (const port of portsOf(container)) if (typeof port.name === 'string') names.add(port.name);
  return names;
}

export function portsOf(container: ContainerRef): Record<string, unknown>[] {
  return Array.isArray(container.value.ports) ? container.value.ports.filter(isObject) : [];
}

/** Objects of one of `kinds` named `name` in the namespace of `near`. */
export function findNamed(objects: ManifestObject[], kinds: string[], name: string, near: ManifestObject): ManifestObject[] {
  return objects.filter((o) => kinds.includes(o.kind) && o.name === name && sameNamespace(o, near));
}
