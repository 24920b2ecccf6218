/**
 * Offline schema validation: built-in kinds against the Kubernetes API's own schemas (src/data/kubernetes-schemas.json,
 * compiled when the project is built, loaded on first use), custom resources against the openAPIV3Schema of a CRD
 * found in the run (compiled by ajv once and cached). Problems come back as field paths so findings land on the
 * offending line.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { ajvLibrary } from '../core/deferred-deps.js';
import { isObject } from './parse.js';
import { pruneToInstances } from './schema-prune.js';
import { AJV_OPTIONS } from './ajv-options.js';
import { explain, type SchemaProblem } from './schema-errors.js';

export type { SchemaProblem } from './schema-errors.js';

/** The compiled validators of the built-in kinds (builtin-validators.generated.cjs), one export per definition. */
interface BuiltinValidators {
  kubernetesVersion: string;
  /** apiVersion/kind → the definition its validator is exported as. */
  kinds: Record<string, string>;
  [definition: string]: unknown;
}

/** Enough to fix a file without burying the rest of the report. */
const MAX_PROBLEMS_PER_OBJECT = 20;

let builtins: BuiltinValidators | null = null;

/**
 * The built-in kinds' validators, loaded on first use: start-up never pays for them. Compiled when the project is
 * built (scripts/gen-kubernetes-validators.ts), so a run only loads code. The bundle keeps them in a file of their own
 * (dist/kubernetes-validators.cjs, scripts/bundle.mjs); unbundled ESM (tsx, vitest) has no require, so one is made.
 */
function builtinValidators(): BuiltinValidators {
  return (builtins ??= (typeof require === 'function'
    ? require('./builtin-validators.generated.cjs')
    : createRequire(import.meta.url)('./builtin-validators.generated.cjs')) as BuiltinValidators);
}

/** Whether the built-in validators have been loaded (they must not be, until a manifest is validated: start-up time). */
export function schemasLoaded(): boolean {
  return builtins !== null;
}

export function schemasVersion(): string {
  return builtinValidators().kubernetesVersion;
}

/** The validator for a built-in apiVersion/kind, or null when the schemas do not know it (e.g. a removed API). */
export function builtinValidator(apiVersion: string, kind: string): ValidateFunction | null {
  const loaded = builtinValidators();
  const definition = loaded.kinds[`${apiVersion}/${kind}`];
  return definition ? (loaded[definition] as ValidateFunction) : null;
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
  const { Ajv } = ajvLibrary();
  return new Ajv(AJV_OPTIONS);
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
 * The validator is asked for only once the value is found worth validating: a CRD whose resources in the run are all
 * patches is never compiled.
 */
export function validateUnless(validator: () => ValidateFunction | null, value: unknown, skip: (key: string) => boolean): SchemaProblem[] | null {
  const data = withoutNulls(value, skip);
  if (data === SKIPPED) return null;
  const validate = validator();
  return validate ? problemsOf(validate, data) : null;
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
