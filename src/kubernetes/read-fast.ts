/**
 * The fast path: js-yaml builds the values; positions are found only when a rule asks for a line, from js-yaml's
 * event stream (offsets) turned into a small tree. Most files are read once and only a few lines are ever looked up,
 * so the position pass is paid per file with findings, not per file (figures in BENCHMARKS.md).
 */
import { EVENT_ID, Schema, YAML11_SCHEMA, constructFromEvents, getScalarValue, parseEvents, type Event } from 'js-yaml';
import type { FieldPath } from './model.js';
import type { SourceDocument, Span } from './source.js';

/**
 * Kubernetes reads YAML through go-yaml, i.e. YAML 1.1: `yes`/`on` are booleans and `<<` merge keys work. We follow
 * that (js-yaml's YAML 1.1 schema has the merge key), except timestamps, which the API server treats as strings (a label value `2024-01-01` is text).
 */
const SCHEMA = new Schema(YAML11_SCHEMA.tags.filter((t) => t.tagName !== 'tag:yaml.org,2002:timestamp'));

/** Values, or null when js-yaml rejects the text (the caller then locates the errors document by document). */
export function readFast(text: string): SourceDocument[] | null {
  let values: unknown[];
  let events: Event[] | null;
  try {
    // What loadAll does, in its two steps: the events are kept for the position index, which would otherwise parse
    // the text a second time (that second parse was a sixth of a corpus run).
    events = parseEvents(text, {});
    values = constructFromEvents(events, { schema: SCHEMA, source: text });
  } catch {
    return null;
  }
  let index: PositionIndex | null = null;
  const positions = () => {
    if (!index) {
      index = buildIndex(text, events ?? parseEvents(text, {}));
      events = null;
    }
    return index;
  };
  return values.map((value, document) => ({ value, span: (path: FieldPath) => positions().span(document, path) }));
}

type PNode =
  | { k: 'map'; start: number; end: number; flow: boolean; pairs: [PNode, PNode][] }
  | { k: 'seq'; start: number; end: number; flow: boolean; items: PNode[] }
  | { k: 'scalar'; start: number; end: number; text: string }
  | { k: 'alias'; start: number; end: number; name: string };

interface PositionIndex {
  span(document: number, path: FieldPath): Span;
}

function buildIndex(text: string, events: Event[]): PositionIndex {
  const { roots, anchors } = eventTree(text, events);
  const starts = lineStarts(text);
  const lineAt = (offset: number) => lineOfOffset(starts, offset);
  const deref = (node: PNode | undefined, hops = 0): PNode | undefined =>
    node?.k === 'alias' && hops < 10 ? deref(anchors.get(node.name), hops + 1) : node?.k === 'alias' ? undefined : node;
  const isMerge = (key: PNode) => key.k === 'scalar' && key.text === '<<';
  const findPair = (map: PNode & { k: 'map' }, key: string, depth = 0): [PNode, PNode] | undefined => {
    const own = map.pairs.find(([k]) => k.k === 'scalar' && k.text === key && !isMerge(k));
    if (own || depth > 10) return own;
    for (const [, value] of map.pairs.filter(([k]) => isMerge(k))) {
      const target = deref(value);
      for (const source of target?.k === 'seq' ? target.items : [value]) {
        const merged = deref(source);
        const found = merged?.k === 'map' ? findPair(merged, key, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  };
  return {
    span(document, path) {
      const root = roots[document];
      if (!root) return { line: 1, endLine: 1 };
      let node: PNode | undefined = root;
      let offset = root.start;
      let complete = true;
      for (const segment of path) {
        node = deref(node);
        if (node?.k === 'map' && typeof segment === 'string') {
          const pair = findPair(node, segment);
          if (!pair) { complete = false; break; }
          [offset, node] = [pair[0].start, pair[1]];
        } else if (node?.k === 'seq' && typeof segment === 'number' && node.items[segment]) {
          node = node.items[segment];
          offset = node.start;
        } else {
          complete = false;
          break;
        }
      }
      const line = lineAt(offset);
      return { line, endLine: complete && node ? Math.max(line, lineAt(Math.max(node.start, node.end - 1))) : line };
    },
  };
}

/** js-yaml's flat events → nested nodes with start and end offsets; iterative, so depth cannot blow the stack. */
function eventTree(text: string, events: Event[]): { roots: (PNode | null)[]; anchors: Map<string, PNode> } {
  const roots: (PNode | null)[] = [];
  const anchors = new Map<string, PNode>();
  type Open = { node: PNode & { k: 'map' | 'seq' }; key: PNode | null } | { node: null; content: PNode | null };
  const stack: Open[] = [];
  const attach = (node: PNode) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.node === null) top.content = node;
    else if (top.node.k === 'seq') top.node.items.push(node);
    else if (top.key === null) top.key = node;
    else {
      top.node.pairs.push([top.key, node]);
      top.key = null;
    }
    if (top.node) top.node.end = Math.max(top.node.end, node.end);
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ node: null, content: null });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const flow = event.style === 2;
        const node: PNode = event.type === EVENT_ID.MAPPING
          ? { k: 'map', start: event.start, end: event.start + 1, flow, pairs: [] }
          : { k: 'seq', start: event.start, end: event.start + 1, flow, items: [] };
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
        stack.push({ node, key: null });
        break;
      }
      case EVENT_ID.SCALAR: {
        // A quoted scalar's range excludes its closing quote.
        const quoted = event.style === 2 || event.style === 3;
        const node: PNode = { k: 'scalar', start: event.valueStart, end: event.valueEnd + (quoted ? 1 : 0), text: getScalarValue(text, event) };
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
        attach(node);
        break;
      }
      case EVENT_ID.ALIAS:
        attach({ k: 'alias', start: event.anchorStart - 1, end: event.anchorEnd, name: text.slice(event.anchorStart, event.anchorEnd) });
        break;
      case EVENT_ID.POP: {
        const done = stack.pop();
        if (!done) break;
        if (done.node === null) roots.push(done.content);
        else {
          // A flow collection ends at its closing bracket, which may sit on a later line (pretty-printed JSON).
          if (done.node.flow) done.node.end = closingBracket(text, done.node.end);
          attach(done.node);
        }
        break;
      }
    }
  }
  return { roots, anchors };
}

function closingBracket(text: string, from: number): number {
  let at = from;
  while (at < text.length && /[\s,]/.test(text[at])) at++;
  return text[at] === ']' || text[at] === '}' ? at + 1 : from;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOfOffset(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
