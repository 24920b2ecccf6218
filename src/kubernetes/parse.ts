/**
 * YAML/JSON text → manifest objects with exact lines. Values come from js-yaml; lines are looked up lazily, only for
 * files where a rule asks (read-fast.ts). Text js-yaml rejects is re-read with `yaml`, which locates each broken
 * document, so one bad document costs only itself (read-recover.ts). BENCHMARKS.md has the measurements.
 */
import type { FieldPath, ManifestFile, ManifestObject } from './model.js';
import { readFast, withPositions } from './read-fast.js';
import { readRecovering } from './read-recover.js';
import type { SourceDocument } from './source.js';

export interface ManifestProblem {
  /** 1-based. */
  line: number;
  message: string;
}

export interface ParsedManifests extends ManifestFile {
  /** Documents that could not be read (each at its line); the other documents are still in `objects`. */
  problems: ManifestProblem[];
  /** False for YAML that is no Kubernetes manifest (workflow, compose, values.yaml): the caller skips it silently. */
  isManifest: boolean;
}

/** A document that failed to parse still counts as a manifest when the text plainly is one. */
const HAS_API_VERSION = /^[ \t{,]*["']?apiVersion["']?[ \t]*:/m;
const HAS_KIND = /^[ \t{,]*["']?kind["']?[ \t]*:/m;
const looksLikeManifest = (text: string): boolean => HAS_API_VERSION.test(text) && HAS_KIND.test(text);

/** `values`: the documents already read from `text` (by a lint worker, src/core/lint-pool.ts). */
export function parseManifests(file: string, text: string, values?: unknown[]): ParsedManifests {
  return manifestsFrom(file, text, values ? withPositions(text, values) : readFast(text) ?? readRecovering(text));
}

/** Manifest objects out of documents read by either reader (exported for the parser benchmark). */
export function manifestsFrom(file: string, text: string, documents: SourceDocument[]): ParsedManifests {
  const objects: ManifestObject[] = [];
  const problems: ManifestProblem[] = [];
  // Without an alias (`*name`) every node is built from text of its own, so none can count past the budget below,
  // and nothing can refer to itself: the walk is needed only for text with a `*` somewhere.
  const mayHaveAliases = text.includes('*');
  documents.forEach((doc, index) => {
    if (doc.problem) problems.push(doc.problem);
    if (doc.value === undefined) return;
    // js-yaml shares aliased nodes instead of copying them: a billion-laughs document is small in memory but
    // explodes for any rule that walks it, and a self-referencing alias never ends. Refuse both up front.
    if (mayHaveAliases && !withinExpansionBudget(doc.value, Math.max(100_000, text.length))) {
      problems.push({ line: doc.span([]).line, message: 'YAML aliases expand too far (an alias bomb?) or refer to themselves; the document is not checked' });
      return;
    }
    const value = doc.value;
    if (!isObject(value)) return;
    // `kind: List` (and typed lists such as DeploymentList, as kubectl prints them) only carry objects in `items`.
    if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        if (isManifestValue(item)) objects.push(makeObject(file, index, doc, item, ['items', i]));
      });
    } else if (isManifestValue(value)) {
      objects.push(makeObject(file, index, doc, value, []));
    }
  });
  const isManifest = objects.length > 0 || (problems.length > 0 && looksLikeManifest(text));
  // A reader that runs out of text (an unclosed `[` or quote) reports the line after the last one: the file's last
  // line is where a reader of the file, and a pull request's diff, can see it.
  if (problems.length) {
    const last = lastLine(text);
    for (const problem of problems) if (problem.line > last) problem.line = last;
  }
  return { file, objects, problems, isManifest };
}

/** The number of the file's last line (a final line break ends that line; it starts no new one). */
function lastLine(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < text.length - 1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

function makeObject(file: string, document: number, doc: SourceDocument, value: Record<string, unknown>, base: FieldPath): ManifestObject {
  const metadata = isObject(value.metadata) ? value.metadata : {};
  // Lines are looked up on demand: most objects of most files are never asked for one.
  let span: { line: number; endLine: number } | null = null;
  const own = () => (span ??= doc.span(base));
  return {
    file, document,
    apiVersion: value.apiVersion as string,
    kind: value.kind as string,
    name: typeof metadata.name === 'string' ? metadata.name : null,
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : null,
    value,
    get line() { return own().line; },
    get endLine() { return own().endLine; },
    lineOf: (path) => doc.span([...base, ...path]).line,
  };
}

/**
 * A rendered object reported in another file: the same data, with that file's lines. `line`/`endLine` stay getters
 * (a spread of `object` would read its lazy lines, indexing the whole render output for every object).
 */
export function relocated(object: ManifestObject, file: string, renderedFrom: 'helm' | 'kustomize', line: () => number, endLine: () => number, lineOf: (path: FieldPath) => number): ManifestObject {
  return {
    file, document: object.document,
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.name,
    namespace: object.namespace,
    value: object.value,
    get line() { return line(); },
    get endLine() { return endLine(); },
    lineOf,
    renderedFrom,
  };
}

/** Counts nodes as a walker would see them (aliases expanded), iteratively, giving up past `budget`. */
function withinExpansionBudget(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (++seen > budget) return false;
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (isObject(node)) for (const key in node) stack.push(node[key]);
  }
  return true;
}

/**
 * Files that look like objects but are configuration of a tool or a cluster component, never applied to a cluster:
 * kustomization.yaml, skaffold, kind, k3d, eksctl, kubeadm; the API server's audit policy and encryption config;
 * every `*.config.k8s.io` component config (kubelet, kube-proxy, scheduler …).
 */
const TOOL_CONFIG_GROUPS = /^(?:kustomize\.config\.k8s\.io|skaffold|kpt\.dev|fn\.kpt\.dev|kind\.x-k8s\.io|ctlptl\.dev|k3d\.io|eksctl\.io|kubeadm\.k8s\.io|audit\.k8s\.io|[a-z0-9.-]+\.config\.k8s\.io)\//;

function isManifestValue(value: unknown): value is Record<string, unknown> {
  return isObject(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string' && value.apiVersion !== '' &&
    value.kind !== '' && !TOOL_CONFIG_GROUPS.test(value.apiVersion) && !isKubeconfig(value);
}

/** A kubeconfig file (`apiVersion: v1`, `kind: Config`): client configuration, not an object. */
function isKubeconfig(value: Record<string, unknown>): boolean {
  return value.kind === 'Config' && value.apiVersion === 'v1';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
