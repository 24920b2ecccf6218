/**
 * YAML/JSON text → manifest objects with exact lines. Parsed with `yaml` (eemeli): it keeps node offsets and
 * reports errors per document, so one broken document does not cost the others (see BENCHMARKS.md for why this
 * parser and not js-yaml plus a lazy path→line map).
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { FieldPath, ManifestFile, ManifestObject } from './model.js';

export interface ManifestProblem {
  /** 1-based. */
  line: number;
  message: string;
}

export interface ParsedManifests extends ManifestFile {
  /** Documents that could not be parsed (each at its line); the other documents are still in `objects`. */
  problems: ManifestProblem[];
  /** False for YAML that is no Kubernetes manifest (workflow, compose, values.yaml): the caller skips it silently. */
  isManifest: boolean;
}

/**
 * Kubernetes reads YAML through go-yaml, i.e. YAML 1.1: `yes`/`on` are booleans and `<<` merge keys work. We follow
 * that, except timestamps, which the API server treats as strings (a label value `2024-01-01` is text).
 */
const PARSE_OPTIONS = {
  version: '1.1' as const,
  merge: true,
  uniqueKeys: true,
  customTags: (tags: unknown[]) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
} as never;

/** An alias may stand for at most this many nodes per document; real manifests use a handful (billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;

/** A document that failed to parse still counts as a manifest when the text plainly is one. */
const HAS_API_VERSION = /^[ \t{,]*["']?apiVersion["']?[ \t]*:/m;
const HAS_KIND = /^[ \t{,]*["']?kind["']?[ \t]*:/m;
const looksLikeManifest = (text: string): boolean => HAS_API_VERSION.test(text) && HAS_KIND.test(text);

export function parseManifests(file: string, text: string): ParsedManifests {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number): number => lineCounter.linePos(Math.max(0, offset)).line;
  const objects: ManifestObject[] = [];
  const problems: ManifestProblem[] = [];
  let documents: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { ...(PARSE_OPTIONS as object), lineCounter });
    documents = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    // The parser recurses per nesting level; pathological depth must be a finding, not a crash.
    problems.push({ line: 1, message: `cannot parse YAML: ${firstLine((error as Error).message)}` });
    return { file, objects, problems, isManifest: looksLikeManifest(text) };
  }
  documents.forEach((doc, index) => {
    const start = lineAt(doc.contents?.range[0] ?? doc.range[0]);
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      problems.push({ line: error.linePos?.[0].line ?? start, message: `invalid YAML: ${firstLine(error.message)}` });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const bomb = error instanceof ReferenceError || /alias/i.test((error as Error).message);
      problems.push({ line: start, message: bomb ? 'YAML aliases expand too far (an alias bomb?); the document is not checked' : `cannot read YAML: ${firstLine((error as Error).message)}` });
      return;
    }
    if (!isObject(value) || !doc.contents) return;
    const root = doc.contents as Node;
    // `kind: List` (and typed lists such as DeploymentList, as kubectl prints them) only carry objects in `items`.
    if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        if (isManifestValue(item)) objects.push(makeObject(file, index, doc, root, item, ['items', i], lineAt, text));
      });
    } else if (isManifestValue(value)) {
      objects.push(makeObject(file, index, doc, root, value, [], lineAt, text));
    }
  });
  const isManifest = objects.length > 0 || (problems.length > 0 && looksLikeManifest(text));
  return { file, objects, problems, isManifest };
}

function makeObject(
  file: string, document: number, doc: Document.Parsed, root: Node, value: Record<string, unknown>, base: FieldPath,
  lineAt: (offset: number) => number, text: string,
): ManifestObject {
  const self = base.length ? nodeAt(doc, root, base).node ?? root : root;
  const range = self.range ?? [0, 0, 0];
  const metadata = isObject(value.metadata) ? value.metadata : {};
  return {
    file, document,
    apiVersion: value.apiVersion as string,
    kind: value.kind as string,
    name: typeof metadata.name === 'string' ? metadata.name : null,
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : null,
    value,
    line: lineAt(range[0]),
    endLine: lineAt(lastCharacter(text, range[0], range[1])),
    lineOf: (path) => lineAt(nodeAt(doc, root, [...base, ...path]).offset),
  };
}

/**
 * Walks `path` from the root node: the node found (null when the path leaves the document) and the offset to report —
 * the key of the last field found, or the first character of the last array item found.
 */
function nodeAt(doc: Document.Parsed, root: Node, path: FieldPath): { node: Node | null; offset: number } {
  let node: Node | null = root;
  let offset = root.range?.[0] ?? 0;
  for (const segment of path) {
    node = deref(doc, node);
    if (!node) break;
    if (isMap(node) && typeof segment === 'string') {
      const pair = findPair(doc, node.items as Pair[], segment, 0);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return { node, offset };
}

/** A key written in the map itself, else one brought in by a `<<` merge (where it is written is its line). */
function findPair(doc: Document.Parsed, pairs: Pair[], key: string, depth: number): Pair | null {
  const own = pairs.find((p) => isScalar(p.key) && String(p.key.value) === key && !isMergeKey(p));
  if (own || depth > 10) return own ?? null;
  for (const merge of pairs.filter(isMergeKey)) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const target = deref(doc, source as Node);
      if (isMap(target)) {
        const found = findPair(doc, target.items as Pair[], key, depth + 1);
        if (found) return found;
      }
    }
  }
  return null;
}

function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && (pair.key.value === '<<' || typeof pair.key.value === 'symbol' || pair.key.source === '<<');
}

function deref(doc: Document.Parsed, node: Node | null): Node | null {
  let current = node;
  for (let hops = 0; current && isAlias(current) && hops < 10; hops++) current = (current.resolve(doc) as Node | undefined) ?? null;
  return current && isAlias(current) ? null : current;
}

function isManifestValue(value: unknown): value is Record<string, unknown> {
  return isObject(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string' && value.apiVersion !== '' && value.kind !== '';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, '').trim();
}

/** Offset of the last non-blank character before `end` (a block node's range runs past its final line break). */
function lastCharacter(text: string, start: number, end: number): number {
  let at = Math.min(end, text.length) - 1;
  while (at > start && /\s/.test(text[at])) at--;
  return Math.max(start, at);
}
