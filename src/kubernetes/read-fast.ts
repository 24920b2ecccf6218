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

/**
 * Files up to this size keep their events for the position index (readFast). Larger ones are CRDs and generated
 * bundles: their values are all most runs need, so a lint worker may read them (src/core/lint-pool.ts, readValues).
 */
export const KEEP_EVENTS_BELOW = 64 * 1024;

/** Values, or null when js-yaml rejects the text (the caller then locates the errors document by document). */
export function readFast(text: string): SourceDocument[] | null {
  let values: unknown[];
  let events: Event[];
  try {
    // What loadAll does, in its two steps: a small file's events are kept for the position index, which would
    // otherwise parse the text a second time. A large file's are not: those are CRDs and generated bundles (nine
    // tenths of the corpus's bytes), almost never asked for a line, and their events would only fill the heap.
    events = parseEvents(text, {});
    values = constructFromEvents(events, { schema: SCHEMA, source: text });
  } catch {
    return null;
  }
  return withPositions(text, values, text.length > KEEP_EVENTS_BELOW ? null : events);
}

/** The values alone (a lint worker's read of a large file), or null when js-yaml rejects the text. */
export function readValues(text: string): unknown[] | null {
  try {
    return constructFromEvents(parseEvents(text, {}), { schema: SCHEMA, source: text });
  } catch {
    return null;
  }
}

/** Documents over values read from `text`; lines come from `events`, or from the text parsed again when first asked. */
export function withPositions(text: string, values: unknown[], events: Event[] | null = null): SourceDocument[] {
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

interface PositionIndex {
  span(document: number, path: FieldPath): Span;
}

/**
 * Paths → lines straight over js-yaml's flat events: each node is its event's index, a collection's children run to
 * its matching POP (`close`), and a node's offsets sit in typed arrays. No tree is built: a file asked for a line
 * gets a few lookups, not an object per node.
 */
function buildIndex(text: string, events: Event[]): PositionIndex {
  const count = events.length;
  const close = new Int32Array(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const roots: number[] = [];
  const anchors = new Map<string, number>();
  const open: number[] = [];
  const extendParent = (node: number) => {
    const parent = open[open.length - 1];
    if (parent !== undefined && events[parent].type !== EVENT_ID.DOCUMENT) end[parent] = Math.max(end[parent], end[node]);
  };
  for (let i = 0; i < count; i++) {
    const event = events[i];
    close[i] = i;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        open.push(i);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        start[i] = event.start;
        end[i] = event.start + 1;
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), i);
        open.push(i);
        break;
      case EVENT_ID.SCALAR: {
        // A quoted scalar's range excludes its closing quote.
        const quoted = event.style === 2 || event.style === 3;
        start[i] = event.valueStart;
        end[i] = event.valueEnd + (quoted ? 1 : 0);
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), i);
        extendParent(i);
        break;
      }
      case EVENT_ID.ALIAS:
        start[i] = event.anchorStart - 1;
        end[i] = event.anchorEnd;
        extendParent(i);
        break;
      case EVENT_ID.POP: {
        const done = open.pop();
        if (done === undefined) break;
        close[done] = i;
        const opened = events[done];
        if (opened.type === EVENT_ID.DOCUMENT) roots.push(done + 1 < i ? done + 1 : -1);
        else {
          // A flow collection ends at its closing bracket, which may sit on a later line (pretty-printed JSON).
          if ((opened.type === EVENT_ID.MAPPING || opened.type === EVENT_ID.SEQUENCE) && opened.style === 2) end[done] = closingBracket(text, end[done]);
          extendParent(done);
        }
        break;
      }
    }
  }
  const starts = lineStarts(text);
  const lineAt = (offset: number) => lineOfOffset(starts, offset);
  const kind = (node: number) => (node >= 0 ? events[node].type : -1);
  const keyTexts = new Map<number, string>();
  const scalarText = (node: number): string | null => {
    const event = events[node];
    if (event.type !== EVENT_ID.SCALAR) return null;
    let value = keyTexts.get(node);
    if (value === undefined) keyTexts.set(node, (value = getScalarValue(text, event)));
    return value;
  };
  /** An alias → the node its anchor names (at most ten hops; -1 when unknown). */
  const deref = (node: number): number => {
    for (let hops = 0; node >= 0 && events[node].type === EVENT_ID.ALIAS; hops++) {
      if (hops >= 10) return -1;
      const event = events[node] as Extract<Event, { type: typeof EVENT_ID.ALIAS }>;
      node = anchors.get(text.slice(event.anchorStart, event.anchorEnd)) ?? -1;
    }
    return node;
  };
  const children = (collection: number): number[] => {
    const out: number[] = [];
    for (let child = collection + 1; child < close[collection]; child = close[child] + 1) out.push(child);
    return out;
  };
  /** [key, value] pairs of a mapping (a dangling key left out). */
  const pairs = (map: number): [number, number][] => {
    const all = children(map);
    const out: [number, number][] = [];
    for (let i = 0; i + 1 < all.length; i += 2) out.push([all[i], all[i + 1]]);
    return out;
  };
  const findPair = (map: number, key: string, depth = 0): [number, number] | undefined => {
    const list = pairs(map);
    const own = key === '<<' ? undefined : list.find(([k]) => scalarText(k) === key);
    if (own || depth > 10) return own;
    for (const [, value] of list.filter(([k]) => scalarText(k) === '<<')) {
      const target = deref(value);
      for (const source of kind(target) === EVENT_ID.SEQUENCE ? children(target) : [value]) {
        const merged = deref(source);
        const found = kind(merged) === EVENT_ID.MAPPING ? findPair(merged, key, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  };
  return {
    span(document, path) {
      const root = roots[document] ?? -1;
      if (root < 0) return { line: 1, endLine: 1 };
      let node = root;
      let offset = start[root];
      let complete = true;
      for (const segment of path) {
        node = deref(node);
        const item = kind(node) === EVENT_ID.SEQUENCE && typeof segment === 'number' ? children(node)[segment] : undefined;
        if (kind(node) === EVENT_ID.MAPPING && typeof segment === 'string') {
          const pair = findPair(node, segment);
          if (!pair) { complete = false; break; }
          [offset, node] = [start[pair[0]], pair[1]];
        } else if (item !== undefined) {
          node = item;
          offset = start[node];
        } else {
          complete = false;
          break;
        }
      }
      const line = lineAt(offset);
      return { line, endLine: complete && node >= 0 ? Math.max(line, lineAt(Math.max(start[node], end[node] - 1))) : line };
    },
  };
}

function closingBracket(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpaceOrComma(text, at)) at++;
  return text[at] === ']' || text[at] === '}' ? at + 1 : from;
}

/** /[\s,]/ on one character, without the regex for the usual ones (pretty-printed JSON is mostly indentation). */
function isSpaceOrComma(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0x0a || c === 0x2c || c === 0x09 || c === 0x0d || /\s/.test(text[at]);
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
