/**
 * Schemas cut down to the objects a run actually holds, before ajv compiles them. ajv turns every field of every
 * reachable definition into code: the first pod-bearing kind pulls in ~150 definitions (~0.4 s), and Prometheus's
 * CRD schema alone runs to 800 KB. But a subschema is only ever applied to a value at its place, so where no object of
 * the run has a value, it can be `{}`: the same verdicts and the same errors (paths, parent schemas with every property
 * name for "did you mean", oneOf branches with their types) for these objects, at a fraction of the compile time.
 */
import { isObject } from './parse.js';

type Schema = Record<string, unknown>;

/**
 * A schema without `$ref`s (a CRD's openAPIV3Schema, converted) pruned to the given instances. `materialize` turns a
 * subschema not built yet into its schema when an instance reaches it (crdValidator converts only those parts of a
 * CRD schema); what no instance reaches is `{}` either way.
 */
export function pruneToInstances(lazySchema: unknown, values: readonly unknown[], materialize: (node: unknown) => unknown = (node) => node): Schema {
  const schema = materialize(lazySchema) as Schema;
  const out = { ...schema };
  const known = isObject(schema.properties) ? schema.properties : {};
  if (isObject(schema.properties)) {
    const properties: Schema = {};
    for (const [name, sub] of Object.entries(schema.properties)) {
      const children = values.flatMap((v) => (isObject(v) && v[name] !== undefined ? [v[name]] : []));
      properties[name] = children.length && isObject(sub) ? pruneToInstances(sub, children, materialize) : {};
    }
    out.properties = properties;
  }
  if (isObject(schema.additionalProperties)) {
    const children = values.flatMap((v) => (isObject(v) ? Object.keys(v).filter((k) => !Object.hasOwn(known, k)).map((k) => v[k]) : []));
    out.additionalProperties = children.length ? pruneToInstances(schema.additionalProperties, children, materialize) : {};
  }
  if (isObject(schema.items)) {
    const children = values.flatMap((v) => (Array.isArray(v) ? v : []));
    out.items = children.length ? pruneToInstances(schema.items, children, materialize) : {};
  }
  for (const junctor of ['anyOf', 'oneOf', 'allOf']) {
    const branches = schema[junctor];
    if (Array.isArray(branches)) out[junctor] = branches.map((b) => (isObject(b) ? pruneToInstances(b, values, materialize) : b));
  }
  if (isObject(schema.not)) out.not = pruneToInstances(schema.not, values, materialize);
  return out;
}

/** Deeper than any real manifest: past it, pruning gives up and the caller compiles the whole schema. */
const MAX_DEPTH = 200;

export class TooDeep extends Error {}

/**
 * Definitions that refer to each other (`$ref: '#/definitions/<name>'`, as the Kubernetes API schemas do), pruned to
 * the values that reach each of them from `roots` (definition name → the objects validated against it). `$ref`s stay
 * `$ref`s, so a definition reached from many places is still compiled once; definitions nothing reaches are left out.
 */
export function pruneDefinitions(definitions: Record<string, Schema>, roots: ReadonlyMap<string, readonly unknown[]>): Record<string, Schema> {
  const reached = new Map<string, Set<unknown>>();
  const usedProperties = new Map<Schema, Set<string>>();
  const usedAdditional = new Set<Schema>();
  const usedItems = new Set<Schema>();
  const queue: [string, unknown, number][] = [];
  const reach = (name: string, value: unknown, depth: number) => {
    let values = reached.get(name);
    if (!values) reached.set(name, (values = new Set()));
    if (values.has(value)) return;
    values.add(value);
    queue.push([name, value, depth]);
  };
  const walk = (node: unknown, value: unknown, depth: number): void => {
    if (!isObject(node)) return;
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (typeof node.$ref === 'string') return reach(node.$ref.replace(/^.*#\/definitions\//, ''), value, depth + 1);
    if (isObject(value)) {
      const properties = isObject(node.properties) ? node.properties : null;
      for (const key of Object.keys(value)) {
        if (properties && Object.hasOwn(properties, key)) {
          let used = usedProperties.get(node);
          if (!used) usedProperties.set(node, (used = new Set()));
          used.add(key);
          walk(properties[key], value[key], depth + 1);
        } else if (isObject(node.additionalProperties)) {
          usedAdditional.add(node);
          walk(node.additionalProperties, value[key], depth + 1);
        }
      }
    }
    // An empty list applies its items schema to nothing: keeping it would keep a `$ref` to a definition never reached.
    if (Array.isArray(value) && value.length > 0 && isObject(node.items)) {
      usedItems.add(node);
      for (const item of value) walk(node.items, item, depth + 1);
    }
    for (const junctor of ['anyOf', 'oneOf', 'allOf']) {
      const branches = node[junctor];
      if (Array.isArray(branches)) for (const branch of branches) walk(branch, value, depth + 1);
    }
    if (isObject(node.not)) walk(node.not, value, depth + 1);
  };
  for (const [name, values] of roots) for (const value of values) reach(name, value, 0);
  while (queue.length) {
    const [name, value, depth] = queue.pop() as [string, unknown, number];
    walk(definitions[name], value, depth);
  }
  const prune = (node: unknown): unknown => {
    if (!isObject(node) || typeof node.$ref === 'string') return node;
    const out: Schema = { ...node };
    if (isObject(node.properties)) {
      const used = usedProperties.get(node);
      out.properties = Object.fromEntries(Object.entries(node.properties).map(([key, sub]) => [key, used?.has(key) ? prune(sub) : {}]));
    }
    if (isObject(node.additionalProperties)) out.additionalProperties = usedAdditional.has(node) ? prune(node.additionalProperties) : {};
    if (isObject(node.items)) out.items = usedItems.has(node) ? prune(node.items) : {};
    for (const junctor of ['anyOf', 'oneOf', 'allOf']) {
      if (Array.isArray(node[junctor])) out[junctor] = (node[junctor] as unknown[]).map(prune);
    }
    if (isObject(node.not)) out.not = prune(node.not);
    return out;
  };
  const pruned: Record<string, Schema> = {};
  for (const name of reached.keys()) if (definitions[name]) pruned[name] = prune(definitions[name]) as Schema;
  return pruned;
}
