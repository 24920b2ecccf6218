/** The action's inputs (action.yml), read and checked once; a bad value stops the run with a clear message. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { FAIL_ON_LEVELS, type Severity } from '../core/types.js';
import { parseShard, ShardError, type Shard } from '../core/shard.js';
import { parseBytes, parseFraction } from '../image/units.js';
import { parseMinorVersion } from '../kubernetes/api-versions.js';

export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter';
export type CommentMode = 'always' | 'on-findings' | 'never';
export type AnnotationMode = 'checks' | 'commands' | 'none';

export interface ActionInputs {
  paths: string[];
  exclude: string[];
  config?: string;
  filterMode: FilterMode;
  failOn: Severity | 'none';
  newFindingsOnly: boolean;
  build: boolean;
  compareBase?: string;
  allowUntrustedBuild: boolean;
  /** `keep-images`: leave the images built for measuring in the engine (removed by default); readInputs always sets it. */
  keepImages?: boolean;
  maxImageSize?: number;
  maxLayers?: number;
  minEfficiency?: number;
  kubernetesVersion?: string;
  comment: CommentMode;
  annotations: AnnotationMode;
  sarifFile?: string;
  token: string;
  /** `shard: i/n`: lint every file, report only this shard's; publishing is left to the merge job (docs/sharding.md). */
  shard?: Shard;
  /** `merge-reports`: globs of the shards' JSON reports; this job merges, publishes and gates instead of linting. */
  mergeReports: string[];
}

export class InputError extends Error {}

export function readInputs(): ActionInputs {
  return {
    paths: splitList(core.getInput('paths')),
    exclude: splitList(core.getInput('exclude')),
    config: core.getInput('config') || undefined,
    filterMode: oneOf('filter-mode', ['added', 'diff_context', 'file', 'nofilter'], 'added'),
    failOn: oneOf('fail-on', FAIL_ON_LEVELS, 'error'),
    newFindingsOnly: bool('new-findings-only'),
    build: bool('build'),
    compareBase: core.getInput('compare-base') || undefined,
    allowUntrustedBuild: bool('allow-untrusted-build'),
    keepImages: bool('keep-images'),
    maxImageSize: optional('max-image-size', parseSize),
    maxLayers: optional('max-layers', (v) => positiveInteger(v, 'max-layers')),
    minEfficiency: optional('min-efficiency', minEfficiency),
    kubernetesVersion: optional('kubernetes-version', kubernetesVersion),
    comment: oneOf('comment', ['always', 'on-findings', 'never'], 'on-findings'),
    annotations: oneOf('annotations', ['checks', 'commands', 'none'], 'checks'),
    sarifFile: core.getInput('sarif-file') || undefined,
    token: core.getInput('github-token'),
    ...shardInputs(),
  };
}

function shardInputs(): Pick<ActionInputs, 'shard' | 'mergeReports'> {
  const mergeReports = splitList(core.getInput('merge-reports'));
  const shard = optional('shard', (value) => {
    try {
      return parseShard(value);
    } catch (error) {
      throw error instanceof ShardError ? new InputError(`input ${error.message}`) : error;
    }
  });
  if (shard && mergeReports.length) throw new InputError('inputs shard and merge-reports exclude each other: shards lint, one more job merges');
  return { ...(shard ? { shard } : {}), mergeReports };
}

/** The `config` input as an absolute path (it is given relative to the workspace), or undefined when unset. */
export function configFileOf(inputs: ActionInputs, workspace: string): string | undefined {
  return inputs.config ? resolve(workspace, inputs.config) : undefined;
}

/** Newlines or commas separate entries; a comma inside a `{a,b}` glob does not. */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '\n' || (ch === ',' && depth === 0)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter(Boolean);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value) return fallback;
  // reviewdog users write diff-context as often as diff_context.
  const normal = value.replace(/-/g, '_');
  const found = allowed.find((a) => a === value || a.replace(/-/g, '_') === normal);
  if (!found) throw new InputError(`input ${name}: '${value}' is not one of ${allowed.join(', ')}`);
  return found;
}

function bool(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(`input ${name}: '${value}' is not true or false`);
}

function optional<T>(name: string, parse: (value: string) => T): T | undefined {
  const value = core.getInput(name).trim();
  return value ? parse(value) : undefined;
}

/**
 * A Kubernetes version. A workflow's `kubernetes-version: 1.30` reaches the action as "1.3" (YAML reads a number):
 * 1.x below 1.10 is that mistake, not a version anyone targets, so it is refused with the fix.
 */
export function kubernetesVersion(value: string): string {
  const parsed = parseMinorVersion(value);
  if (!parsed) throw new InputError(`input kubernetes-version: '${value}' is not a version such as 1.34`);
  if (parsed[0] === 1 && parsed[1] < 10) throw new InputError(`input kubernetes-version: '${value}' is what YAML makes of 1.${parsed[1]}0 unquoted; write kubernetes-version: "1.${parsed[1]}0"`);
  return value;
}

/** "500MB", "1.5 GiB", "800000": bytes, read as the config's sizes are (src/image/units.ts). */
export function parseSize(value: string): number {
  const bytes = parseBytes(value);
  if (bytes === null) throw new InputError(`input max-image-size: '${value}' is not a size like 500MB`);
  return bytes;
}

function positiveInteger(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`input ${name}: '${value}' is not a positive whole number`);
  return Number(value);
}

/** "0.9", "90%" or "90": read as the config's fractions are (src/image/units.ts), then checked to be one. */
function minEfficiency(value: string): number {
  const number = parseFraction(value);
  if (number === null || number < 0 || number > 1) throw new InputError(`input min-efficiency: '${value}' is not a fraction between 0 and 1`);
  return number;
}
