/**
 * The slow path, for text js-yaml rejects: `yaml` (eemeli) reports errors per document and keeps node ranges, so a
 * broken document becomes one finding at its line and the documents around it are still checked.
 */
import type { Document, Node, Pair } from 'yaml';
import { yamlLibrary } from '../core/deferred-deps.js';
import type { FieldPath } from './model.js';
import type { SourceDocument, Span } from './source.js';

/** YAML 1.1 like go-yaml (booleans, merge keys), timestamps kept as text — the same reading as the fast path. */
const OPTIONS = {
  version: '1.1' as const,
  merge: true,
  uniqueKeys: true,
  customTags: (tags: unknown[]) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
};

/** An alias may stand for at most this many nodes' worth per document (billion-laughs guard; real manifests use few). */
const MAX_ALIAS_COUNT = 100;

export function readRecovering(text: string): SourceDocument[] {
  const { LineCounter, parseAllDocuments } = yamlLibrary();
  const lineCounter = new LineCounter();
  const lineAt = (offset: number): number => lineCounter.linePos(Math.max(0, offset)).line;
  let documents: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { ...OPTIONS, lineCounter } as never) as unknown;
    documents = Array.isArray(parsed) ? (parsed as Document.Parsed[]) : [];
  } catch (error) {
    // The parser recurses per nesting level; pathological depth must be a finding, not a crash.
    return [{ value: undefined, span: () => ({ line: 1, endLine: 1 }), problem: { line: 1, message: `cannot parse YAML: ${firstLine(error)}` } }];
  }
  return documents.map((doc) => {
    const root = doc.contents as Node | null;
    const span = (path: FieldPath): Span => spanOf(doc, root, path, text, lineAt);
    const start = lineAt(root?.range?.[0] ?? doc.range[0]);
    const error = doc.errors[0];
    const problem = error && { line: error.linePos?.[0].line ?? start, message: `invalid YAML: ${firstLine(error)}` };
    // A duplicate key is an error kubectl refuses too, but the document is otherwise whole: report it and still check
    // the document (the last value wins, as it did before kubectl turned strict). Any other error leaves no document.
    if (error && doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return { value: undefined, span, problem };
    try {
      return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), span, ...(problem ? { problem } : {}) };
    } catch (error) {
      const message = error instanceof ReferenceError ? 'YAML aliases expand too far (an alias bomb?)' : `cannot read YAML: ${firstLine(error)}`;
      return { value: undefined, span, problem: { line: start, message } };
    }
  });
}

function spanOf(doc: Document.Parsed, root: Node | null, path: FieldPath, text: string, lineAt: (offset: number) => number): Span {
  if (!root) return { line: 1, endLine: 1 };
  const { isMap, isSeq } = yamlLibrary();
  let node: Node | null = root;
  let offset = root.range?.[0] ?? 0;
  let complete = true;
  for (const segment of path) {
    node = deref(doc, node);
    if (isMap(node) && typeof segment === 'string') {
      const pair = findPair(doc, node.items as Pair[], segment, 0);
      if (!pair) { complete = false; break; }
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment] as Node;
      offset = node.range?.[0] ?? offset;
    } else {
      complete = false;
      break;
    }
  }
  const line = lineAt(offset);
  const range = complete && node?.range;
  return { line, endLine: range ? Math.max(line, lineAt(lastCharacter(text, range[0], range[1]))) : line };
}

/** A key written in the map itself, else one brought in by a `<<` merge (where it is written is its line). */
function findPair(doc: Document.Parsed, pairs: Pair[], key: string, depth: number): Pair | null {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  // The last of duplicated keys is the one whose value was kept.
  const own = [...pairs].reverse().find((p) => isScalar(p.key) && String(p.key.value) === key && !isMergeKey(p));
  if (own || depth > 10) return own ?? null;
  for (const merge of pairs.filter(isMergeKey)) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const target = deref(doc, source as Node);
      const found = isMap(target) ? findPair(doc, target.items as Pair[], key, depth + 1) : null;
      if (found) return found;
    }
  }
  return null;
}

function isMergeKey(pair: Pair): boolean {
  const { isScalar } = yamlLibrary();
  return isScalar(pair.key) && (pair.key.source === '<<' || pair.key.value === '<<' || typeof pair.key.value === 'symbol');
}

function deref(doc: Document.Parsed, node: Node | null): Node | null {
  const { isAlias } = yamlLibrary();
  let current = node;
  for (let hops = 0; current && isAlias(current) && hops < 10; hops++) current = (current.resolve(doc) as Node | undefined) ?? null;
  return current && isAlias(current) ? null : current;
}

/** Offset of the last non-blank character before `end` (a block node's range runs past its final line break). */
function lastCharacter(text: string, start: number, end: number): number {
  let at = Math.min(end, text.length) - 1;
  while (at > start && /\s/.test(text[at])) at--;
  return Math.max(start, at);
}

function firstLine(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  // The parser recurses per nesting level; running out of stack says nothing to a user, the nesting does.
  if (/Maximum call stack size exceeded/.test(message)) return 'nested too deeply to read';
  return (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, '').trim();
}
