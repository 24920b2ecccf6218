/**
 * CRD schemas cut down to the objects a run actually holds, before ajv compiles them. ajv turns every field of a
 * schema into code, and Prometheus's CRD schema alone runs to 800 KB. But a subschema is only ever applied to a value
 * at its place, so where no object of the run has a value, it can be `{}`: the same verdicts and the same errors
 * (paths, parent schemas with every property name for "did you mean", oneOf branches with their types) for these
 * objects, at a fraction of the compile time. (The built-in kinds' validators are compiled at build time instead.)
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
