/**
 * Offline schema validation: built-in kinds against the Kubernetes API's own schemas (src/data/kubernetes-schemas.json,
 * read on first use only), custom resources against the openAPIV3Schema of a CRD found in the run. Each validator is
 * compiled once by ajv and cached; problems come back as field paths so findings land on the offending line.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { ajvLibrary } from '../core/deferred-deps.js';
import { isObject } from './parse.js';
import { pruneDefinitions, pruneToInstances, TooDeep } from './schema-prune.js';
import { explain, type SchemaProblem } from './schema-errors.js';

export type { SchemaProblem } from './schema-errors.js';

interface SchemaTable {
  kubernetesVersion: string;
  kinds: Record<string, string>;
  definitions: Record<string, object>;
}


/** Enough to fix a file without burying the rest of the report. */
const MAX_PROBLEMS_PER_OBJECT = 20;

let table: SchemaTable | null = null;

/**
 * The schema table, parsed on first use: start-up never pays for it. The literal require() lets esbuild inline the
 * JSON lazily into the bundle; unbundled ESM (tsx, vitest) has no require, so one is made.
 */
function schemaTable(): SchemaTable {
  if (!table) {
    table = (typeof require === 'function'
      ? require('../data/kubernetes-schemas.json')
      : createRequire(import.meta.url)('../data/kubernetes-schemas.json')) as SchemaTable;
  }
  return table;
}

/** Whether the schema table has been read (it must not be, until a manifest is validated: start-up time). */
export function schemasLoaded(): boolean {
  return table !== null;
}

export function schemasVersion(): string {
  return schemaTable().kubernetesVersion;
}

let builtinAjv: Ajv | null = null;
const builtinValidators = new Map<string, ValidateFunction | null>();

/** The validator for a built-in apiVersion/kind, or null when the schemas do not know it (e.g. a removed API). */
export function builtinValidator(apiVersion: string, kind: string): ValidateFunction | null {
  const key = `${apiVersion}/${kind}`;
  const cached = builtinValidators.get(key);
  if (cached !== undefined) return cached;
  const definition = schemaTable().kinds[key];
  let validate: ValidateFunction | null = null;
  if (definition) {
    if (!builtinAjv) {
      builtinAjv = newAjv();
      builtinAjv.addSchema({ $id: 'k8s', definitions: schemaTable().definitions });
    }
    validate = builtinAjv.compile({ $ref: `k8s#/definitions/${definition}` });
  }
  builtinValidators.set(key, validate);
  return validate;
}

/**
 * Validators for the built-in kinds of one run's objects, compiled from the schemas pruned to the fields those objects
 * hold (schema-prune.ts) — the same verdicts as builtinValidator for these objects, a fraction of its compile time.
 * A kind none of `objects` has gets builtinValidator's.
 */
export function builtinValidatorsFor(objects: readonly { apiVersion: string; kind: string; value: unknown }[]): (apiVersion: string, kind: string) => ValidateFunction | null {
  const { kinds, definitions } = schemaTable();
  const roots = new Map<string, unknown[]>();
  for (const object of objects) {
    const definition = kinds[`${object.apiVersion}/${object.kind}`];
    if (!definition) continue;
    const values = roots.get(definition) ?? [];
    values.push(object.value);
    roots.set(definition, values);
  }
  let ajv: Ajv | null = null;
  try {
    if (roots.size) {
      ajv = newAjv();
      ajv.addSchema({ $id: 'k8s', definitions: pruneDefinitions(definitions as Record<string, Record<string, unknown>>, roots) });
    }
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    ajv = null; // nested past any real manifest: the whole schemas, as builtinValidator has them
  }
  const compiled = new Map<string, ValidateFunction | null>();
  return (apiVersion, kind) => {
    const definition = kinds[`${apiVersion}/${kind}`];
    if (!ajv || !definition || !roots.has(definition)) return builtinValidator(apiVersion, kind);
    let validate = compiled.get(definition);
    if (validate === undefined) {
      try {
        validate = ajv.compile({ $ref: `k8s#/definitions/${definition}` });
      } catch {
        validate = builtinValidator(apiVersion, kind); // a pruning slip must cost time, never findings
      }
      compiled.set(definition, validate);
    }
    return validate;
  };
}

let crdAjv: Ajv | null = null;
const crdValidators = new Map<string, ValidateFunction | null>();

/**
 * The validator for a CRD version's openAPIV3Schema (cached by content, so the same CRD in two runs compiles once).
 * Null when ajv cannot compile it: an odd schema must not turn into findings about every resource of that kind.
 */
export function crdValidator(openAPIV3Schema: unknown, instances?: readonly unknown[]): ValidateFunction | null {
  // Every custom resource of a kind hands in the same schema object (and instance list): convert and compile once.
  const cacheable = typeof openAPIV3Schema === 'object' && openAPIV3Schema !== null;
  const known = cacheable ? bySchemaObject.get(openAPIV3Schema) : undefined;
  if (known && known.instances === instances) return known.validate;
  // A subschema is applied only where an instance has that field. Converting and compiling all of an 800 KB CRD schema
  // (Prometheus's) for the few dozen fields its resources use cost most of a run; with `instances` the rest is left
  // out, and only what they reach is converted (a level at a time, as pruneToInstances walks in).
  const schema = instances
    ? pruneToInstances(convertCrdLevel(openAPIV3Schema, true, true, unconverted), instances, convertPlaceholder)
    : crdToJsonSchema(openAPIV3Schema, true, true);
  const validate = compileCrd(schema);
  if (cacheable) bySchemaObject.set(openAPIV3Schema, { instances, validate });
  return validate;
}

const bySchemaObject = new WeakMap<object, { instances: readonly unknown[] | undefined; validate: ValidateFunction | null }>();

function compileCrd(schema: Record<string, unknown>): ValidateFunction | null {
  const key = createHash('sha1').update(JSON.stringify(schema)).digest('hex');
  const cached = crdValidators.get(key);
  if (cached !== undefined) return cached;
  if (!crdAjv) crdAjv = newAjv();
  let validate: ValidateFunction | null;
  try {
    validate = crdAjv.compile(schema);
  } catch {
    validate = null;
  }
  if (crdValidators.size > 500) {
    // ajv keeps every schema it compiled: start afresh rather than grow without bound in a long-lived process.
    crdValidators.clear();
    crdAjv = null;
  }
  crdValidators.set(key, validate);
  return validate;
}

function newAjv(): Ajv {
  // strict: false because CRD schemas carry Kubernetes' own keywords (x-kubernetes-*, nullable); verbose gives each
  // error its schema, which names the allowed fields for "did you mean". Compile time is what a run pays (the first
  // pod-bearing kind pulls in ~150 definitions), so: each definition compiled once as its own function
  // (inlineRefs: false), no meta-schema check of our own generated schemas, no message strings (we write our own),
  // no code optimisation pass. Together they halve the first compile (~0.4 s → ~0.2 s).
  const { Ajv } = ajvLibrary();
  return new Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true, inlineRefs: false, validateSchema: false, messages: false, code: { optimize: false } });
}

const KEPT = ['type', 'enum', 'required', 'minItems', 'maxItems', 'minimum', 'maximum'];

/**
 * A CRD structural schema → plain JSON Schema with Kubernetes' semantics: x-kubernetes-int-or-string, objects closed
 * unless x-kubernetes-preserve-unknown-fields, apiVersion/kind/metadata implicit at the root and in embedded
 * resources. Inside anyOf/oneOf/allOf/not (value validations) nothing is closed: a branch names only some fields.
 * Patterns and formats are dropped: Go's regexp dialect is not JavaScript's, and a false alarm is worse than none.
 */
export function crdToJsonSchema(node: unknown, close: boolean, root = false): Record<string, unknown> {
  return convertCrdLevel(node, close, root, (child, childClose) => crdToJsonSchema(child, childClose));
}

type ConvertChild = (node: unknown, close: boolean) => unknown;

/**
 * One level of crdToJsonSchema: its subschemas are what `child` makes of them — converted whole (crdToJsonSchema), or
 * left as placeholders that crdValidator converts only where pruning finds an instance reaching them.
 */
function convertCrdLevel(node: unknown, close: boolean, root: boolean, child: ConvertChild): Record<string, unknown> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return {};
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEPT) if (source[key] !== undefined) out[key] = source[key];
  if (source['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  const properties = isObject(source.properties) ? { ...source.properties } : null;
  const embedded = root || source['x-kubernetes-embedded-resource'] === true;
  if (properties || embedded) {
    const props: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(properties ?? {})) props[name] = child(schema, close);
    if (embedded) {
      props.apiVersion ??= { type: 'string' };
      props.kind ??= { type: 'string' };
      props.metadata = { type: 'object' };
    }
    out.properties = props;
  }
  if (isObject(source.additionalProperties)) out.additionalProperties = child(source.additionalProperties, close);
  else if (typeof source.additionalProperties === 'boolean') out.additionalProperties = source.additionalProperties;
  else if (close && out.properties && source['x-kubernetes-preserve-unknown-fields'] !== true) out.additionalProperties = false;
  if (source.items !== undefined) out.items = child(source.items, close);
  for (const junctor of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(source[junctor])) out[junctor] = (source[junctor] as unknown[]).map((s) => child(s, false));
  }
  if (isObject(source.not)) out.not = child(source.not, false);
  return out;
}

/** A CRD subschema not converted yet. pruneToInstances replaces it with `{}` or, reached, with convertPlaceholder's. */
class UnconvertedCrdSchema {
  constructor(readonly source: unknown, readonly close: boolean) {}
}

const unconverted: ConvertChild = (node, close) => new UnconvertedCrdSchema(node, close);
const convertPlaceholder = (node: unknown): unknown =>
  node instanceof UnconvertedCrdSchema ? convertCrdLevel(node.source, node.close, false, unconverted) : node;

/** Runs a validator over an object (nulls read as absent, as the API server reads them) and explains the errors. */
export function validateValue(validate: ValidateFunction, value: unknown): SchemaProblem[] {
  return problemsOf(validate, withoutNulls(value));
}

/**
 * validateValue, or null (no verdict) for a value with a key `skip` holds against, within 64 levels of nesting: found
 * in the walk that drops the nulls rather than in a walk of its own (schema-invalid skips strategic-merge patches).
 */
export function validateUnless(validate: ValidateFunction, value: unknown, skip: (key: string) => boolean): SchemaProblem[] | null {
  const data = withoutNulls(value, skip);
  return data === SKIPPED ? null : problemsOf(validate, data);
}

function problemsOf(validate: ValidateFunction, data: unknown): SchemaProblem[] {
  if (validate(data)) return [];
  return explain(validate.errors ?? [], data).slice(0, MAX_PROBLEMS_PER_OBJECT);
}

/**
 * The value without null-valued keys: `creationTimestamp: null` and `resources: ~` mean "unset" to Kubernetes. Only
 * the parts that hold a null are copied; the rest is shared (most objects have none, and CRDs run to 800 KB).
 */
function withoutNulls(value: unknown, skip?: (key: string) => boolean, depth = 0): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = withoutNulls(value[i], skip, depth + 1);
      if (item === SKIPPED) return SKIPPED;
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return copy ?? value;
  }
  if (!isObject(value)) return value;
  const lookAtKeys = skip !== undefined && depth <= MAX_SKIP_DEPTH;
  let copy: Record<string, unknown> | null = null;
  for (const key in value) {
    if (lookAtKeys && skip(key)) return SKIPPED;
    const item = value[key];
    if (item === null || item === undefined) {
      copy ??= { ...value };
      delete copy[key];
      continue;
    }
    const cleaned = withoutNulls(item, skip, depth + 1);
    if (cleaned === SKIPPED) return SKIPPED;
    if (cleaned !== item) (copy ??= { ...value })[key] = cleaned;
  }
  return copy ?? value;
}

/** withoutNulls' answer for a value with a key `skip` holds against. */
const SKIPPED = Symbol('skipped');
const MAX_SKIP_DEPTH = 64;
