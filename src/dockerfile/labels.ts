/**
 * LABEL pairs and hadolint's label schema (`label-schema: {version: semver, …}` in config): the label rules
 * DL3049–DL3058 only speak when a schema is configured, and DL3050 only with `strict-labels`.
 */
import type { DockerfileModel, Instruction, Stage } from './model.js';
import { stageChain, stagesUsedByOthers } from './queries.js';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import spdxDeprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };

export interface LabelPair {
  key: string;
  value: string;
  /** The line the key is on (exact inside a multi-line LABEL). */
  line: number;
  instruction: Instruction;
}

interface AstProperty {
  getName(): string;
  getValue(): string | null;
  getNameRange(): { start: { line: number } };
}

// dockerfile-ast re-reads the document for every getProperties() call, and a dozen label rules ask: read each LABEL once.
const pairsOf = new WeakMap<Instruction, LabelPair[]>();

/** The key=value pairs of a LABEL (quotes removed as Docker does), legacy `LABEL key value` included. Read-only. */
export function labelPairs(instruction: Instruction): LabelPair[] {
  let pairs = pairsOf.get(instruction);
  if (!pairs) {
    const node = instruction.node as unknown as { getProperties?: () => AstProperty[] };
    pairs = typeof node.getProperties !== 'function' ? [] : node.getProperties().map((p) => ({
      key: p.getName(),
      value: p.getValue() ?? '',
      line: p.getNameRange().start.line + 1,
      instruction,
    }));
    pairsOf.set(instruction, pairs);
  }
  return pairs;
}

const labelsOf = new WeakMap<DockerfileModel, (LabelPair & { stage: Stage })[]>();

/** Every LABEL pair of the file, with its stage; computed once per model (the label rules all ask), read-only. */
export function allLabels(model: DockerfileModel): (LabelPair & { stage: Stage })[] {
  let labels = labelsOf.get(model);
  if (!labels) {
    labels = model.stages.flatMap((stage) =>
      stage.instructions.filter((i) => i.keyword === 'LABEL').flatMap((i) => labelPairs(i).map((p) => ({ ...p, stage }))),
    );
    labelsOf.set(model, labels);
  }
  return labels;
}

export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';
const TYPES = new Set<LabelType>(['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email']);

/** The configured schema (`label-schema` option, as in .hadolint.yaml); empty when none. Unknown types count as text. */
export function labelSchema(options: Record<string, unknown>): Map<string, LabelType> {
  const raw = options['label-schema'] ?? options.labelSchema;
  const schema = new Map<string, LabelType>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return schema;
  for (const [key, type] of Object.entries(raw)) {
    const t = String(type).toLowerCase() as LabelType;
    schema.set(key, TYPES.has(t) ? t : 'text');
  }
  return schema;
}

export function strictLabels(options: Record<string, unknown>): boolean {
  return options['strict-labels'] === true || options.strictLabels === true;
}

/** A value built from a variable is only known at build time: format checks leave it alone. */
export function isDynamic(value: string): boolean {
  return value.includes('$');
}

/** An absolute URI (RFC 3986): a scheme, then anything WHATWG's parser accepts. */
export function isUrl(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

export function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [, , month, day, hour, minute, second, offH, offM] = m.map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60
    && (Number.isNaN(offH) || (offH <= 23 && offM <= 59));
}

// semver.org's own grammar.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

/** A short (7) or full (40) lower-case git hash, as hadolint accepts. */
export function isGitHash(value: string): boolean {
  return /^[0-9a-f]{7}$|^[0-9a-f]{40}$/.test(value);
}

// Deprecated ids (GPL-2.0, …) are still valid SPDX ids.
const SPDX = new Set([...(spdxIds as string[]), ...(spdxDeprecated as string[])].map((id) => id.toLowerCase()));

/** An SPDX license id, or an expression of ids (`MIT OR Apache-2.0`, `GPL-2.0-only WITH Classpath-exception-2.0`). */
export function isSpdx(value: string): boolean {
  const tokens = value.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  if (!tokens.length) return false;
  let expectId = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (expectId) {
      const id = token.replace(/\+$/, '').toLowerCase();
      if (!SPDX.has(id) && !/^licenseref-[a-z0-9.-]+$/.test(id)) return false;
      expectId = false;
    } else if (/^(AND|OR)$/i.test(token)) expectId = true;
    else if (/^WITH$/i.test(token)) {
      // The exception name follows; SPDX exceptions are a list of their own, so any id-shaped word will do.
      if (!/^[A-Za-z0-9.-]+$/.test(tokens[i + 1] ?? '')) return false;
      i++;
    } else return false;
  }
  return !expectId;
}

/** An RFC 5322 addr-spec in its common form: `local@domain.tld`. */
export function isEmail(value: string): boolean {
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(value);
}

/** Whether a label with this key is set in the stage or a stage it is built FROM. */
export function stageHasLabel(model: DockerfileModel, stage: Stage, key: string): boolean {
  return stageChain(model, stage).some((s) => s.instructions.some((i) => i.keyword === 'LABEL' && labelPairs(i).some((p) => p.key === key)));
}

/**
 * Stages that make an image someone runs: the final stage, and any stage no other stage builds on or copies from
 * (it can only be meant for `--target`). Build stages that only feed others carry no labels or health checks.
 */
export function imageStages(model: DockerfileModel): Stage[] {
  const used = stagesUsedByOthers(model);
  return model.stages.filter((s) => s === model.finalStage || !used.has(s.index));
}
