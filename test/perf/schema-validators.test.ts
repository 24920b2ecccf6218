/**
 * The validators a run uses must say exactly what ajv says compiling the whole schemas at run time: the same problems,
 * paths and messages, in the same order, for every corpus manifest and for seeded mutations of them (misspelt,
 * retyped, removed, nulled and added fields). Built-in kinds use validators compiled at build time
 * (builtin-validators.generated.cjs); custom resources, their CRD schema pruned to the run's objects (schema-prune.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crdSchemas } from '../../src/kubernetes/crds.js';
import { parseManifests } from '../../src/kubernetes/parse.js';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { AJV_OPTIONS } from '../../src/kubernetes/ajv-options.js';
import { builtinValidator, crdValidator, validateValue } from '../../src/kubernetes/schema.js';
import { pick, seededRandom } from '../helpers/random.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'manifests');
const files: string[] = [];
const walk = (dir: string) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : files.push(join(dir, n))));
walk(CORPUS);
const objects = files.flatMap((f) => parseManifests(f, readFileSync(f, 'utf8')).objects);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object or list inside a value, with a way to change it. */
function containers(value: unknown, out: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (isRecord(value) || Array.isArray(value)) {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

/** One random edit of the kinds people make: a typo, a wrong type, a field removed, nulled or added. */
function mutate(value: Record<string, unknown>, random: () => number): void {
  const target = pick(random, containers(value));
  if (Array.isArray(target)) {
    if (target.length && random() < 0.5) target.push(structuredClone(pick(random, target)));
    else target.push(pick(random, ['x', 1, true, {}, []]));
    return;
  }
  const keys = Object.keys(target);
  const key = keys.length ? pick(random, keys) : 'extra';
  switch (Math.floor(random() * 5)) {
    case 0: // misspelt: a letter's case flipped or two letters swapped
      if (target[key] === undefined) break;
      target[random() < 0.5 ? key.toLowerCase() : key.slice(1, 2) + key.slice(0, 1) + key.slice(2)] = target[key];
      delete target[key];
      break;
    case 1:
      target[key] = pick(random, ['80', 80, 8.5, true, ['a'], [], { a: 1 }, {}]);
      break;
    case 2:
      delete target[key];
      break;
    case 3:
      target[key] = null;
      break;
    default:
      target[`${key}X`] = 'added';
  }
}

/** The reference: the schema table (src/data/kubernetes-schemas.json) compiled by ajv now, as it stands. */
const require = createRequire(import.meta.url);
const table = require('../../src/data/kubernetes-schemas.json') as { kinds: Record<string, string>; definitions: object };
const { Ajv } = require('ajv') as typeof import('ajv');
const referenceAjv = new Ajv(AJV_OPTIONS);
referenceAjv.addSchema({ $id: 'k8s', definitions: table.definitions });
const compiled = new Map<string, ValidateFunction>();
function referenceValidator(apiVersion: string, kind: string): ValidateFunction | null {
  const definition = table.kinds[`${apiVersion}/${kind}`];
  if (!definition) return null;
  if (!compiled.has(definition)) compiled.set(definition, referenceAjv.compile({ $ref: `k8s#/definitions/${definition}` }));
  return compiled.get(definition)!;
}

/** What each object is found to be: by the run's validators (`asRun`), or by the whole schemas compiled now. */
function outcomes(list: typeof objects, asRun: boolean): string[] {
  const crds = crdSchemas(objects);
  const builtins = asRun ? builtinValidator : referenceValidator;
  return list.map((object) => {
    const key = `${object.apiVersion}/${object.kind}`;
    let validate = builtins(object.apiVersion, object.kind);
    if (!validate && crds.get(key) !== undefined) {
      validate = crdValidator(crds.get(key), asRun ? list.filter((o) => `${o.apiVersion}/${o.kind}` === key).map((o) => o.value) : undefined);
    }
    return JSON.stringify(validate ? validateValue(validate, object.value) : 'no schema');
  });
}

describe('prebuilt built-in validators and pruned CRD schemas', () => {
  it('judge every corpus manifest as the whole schemas do', () => {
    expect(objects.length).toBeGreaterThan(500);
    expect(outcomes(objects, true)).toEqual(outcomes(objects, false));
  });

  it('judge each corpus manifest alone, and with every list in it emptied, as the whole schemas do', () => {
    const emptied = (value: unknown): unknown =>
      Array.isArray(value) ? [] : isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, emptied(v)])) : value;
    const variants = objects.flatMap((object) => [object, { ...object, value: emptied(object.value) as Record<string, unknown> }]);
    // Pruned for one object alone, nothing else of its kind reaches what that object leaves out.
    expect(variants.map((object) => outcomes([object], true)[0])).toEqual(outcomes(variants, false));
  });

  it('judge seeded mutations of them as the whole schemas do', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 11);
    const random = seededRandom(seed);
    const mutated = Array.from({ length: 300 }, () => {
      const object = pick(random, objects);
      const value = structuredClone(object.value);
      for (let i = 0; i < 1 + random() * 4; i++) mutate(value, random);
      return { ...object, value, apiVersion: object.apiVersion, kind: object.kind };
    });
    const asRun = outcomes(mutated, true);
    expect(asRun, `seed ${seed}`).toEqual(outcomes(mutated, false));
    // Not vacuous: the mutations are found, by schemas of both sorts.
    expect(asRun.filter((p) => p !== '[]' && p !== '"no schema"').length).toBeGreaterThan(100);
    expect(mutated.some((o, i) => o.apiVersion.startsWith('monitoring.coreos.com/') && asRun[i] !== '[]')).toBe(true);
    const alone = mutated.slice(0, 100).map((object) => outcomes([object], true)[0]);
    expect(alone, `seed ${seed}`).toEqual(outcomes(mutated.slice(0, 100), false));
  });
});
