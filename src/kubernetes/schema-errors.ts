/**
 * ajv's errors in words a user acts on: which field, what is wrong with it, and for an unknown field the allowed one
 * it most likely meant; a failed oneOf/anyOf says so once instead of listing every branch's errors.
 */
import type { ErrorObject } from 'ajv';
import type { FieldPath } from './model.js';
import { isObject } from './parse.js';
import { editDistance } from '../core/edit-distance.js';

export interface SchemaProblem {
  /** Where to report: the offending field (an unknown key itself), or the object lacking a required field. */
  path: FieldPath;
  message: string;
}

export function explain(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  // A failed oneOf/anyOf reports each branch's errors too; the junctor's own error says it better.
  const junctions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
  const kept = errors.filter((e) => !junctions.some((prefix) => e.schemaPath.startsWith(prefix)));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  // `containerport` both is unknown and leaves `containerPort` missing: one finding, the one that names the typo.
  const misspelt = new Set(kept.filter((e) => e.keyword === 'additionalProperties').map((e) => `${e.instancePath}\0${suggestion(e) ?? ''}`));
  for (const error of kept) {
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}\0${String((error.params as { missingProperty?: string }).missingProperty)}`)) continue;
    const path = toFieldPath(error.instancePath, data);
    const problem = describe(error, path);
    if (!problem) continue;
    const key = JSON.stringify(problem.path) + problem.message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: ErrorObject, path: FieldPath): SchemaProblem | null {
  const where = pathText(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const guess = suggestion(error);
      return {
        path: [...path, field],
        message: `unknown field \`${field}\` in ${where}${guess ? ` (did you mean \`${guess}\`?)` : ''}; the API server rejects or drops it`,
      };
    }
    case 'required':
      return { path, message: `${where} lacks the required field \`${String(params.missingProperty)}\`` };
    case 'type':
      return { path, message: `${where} must be ${article(String(params.type))}, not ${typeName(error.data)}` };
    case 'enum':
      return { path, message: `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'oneOf':
    case 'anyOf': {
      const types = ((error.schema as { type?: string }[] | undefined) ?? []).map((s) => s.type).filter(Boolean) as string[];
      const expected = types.length ? types.map(article).join(' or ') : 'a value of another shape';
      return { path, message: `${where} must be ${expected}, not ${typeName(error.data)}` };
    }
    case 'minItems':
      return { path, message: `${where} must have at least ${String(params.limit)} item(s)` };
    case 'maxItems':
      return { path, message: `${where} must have at most ${String(params.limit)} item(s)` };
    case 'minimum':
    case 'maximum':
      return { path, message: `${where} must be ${String(params.comparison)} ${String(params.limit)}` };
    default:
      return null;
  }
}

/** For an unknown field, the allowed field it most likely meant. */
function suggestion(error: ErrorObject): string | null {
  const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  return closest(String((error.params as { additionalProperty?: string }).additionalProperty), known);
}

/** `/spec/containers/0/ports` → ['spec','containers',0,'ports'], numbers where the value is an array. */
function toFieldPath(pointer: string, data: unknown): FieldPath {
  const path: FieldPath = [];
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = isObject(current) ? current[segment] : undefined;
    }
  }
  return path;
}

/** ['spec','containers',0,'ports'] → spec.containers[0].ports */
export function pathText(path: FieldPath): string {
  if (path.length === 0) return 'the object';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function article(type: string): string {
  return { integer: 'an integer', object: 'a mapping', array: 'a list', string: 'a string', boolean: 'a boolean (true or false)', number: 'a number' }[type] ?? type;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

/** The allowed name a misspelling most likely meant: same letters in another case, or at most two edits away. */
function closest(field: string, known: string[]): string | null {
  const lower = field.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of known) {
    // Past two letters of length apart no name is two edits away: skip the work (schemas list many names).
    if (Math.abs(name.length - lower.length) > 2) continue;
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}
