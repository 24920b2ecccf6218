/** Image references: split `registry/name:tag@digest`, and substitute ARG values the way BuildKit does. */
import type { ImageRef } from './model.js';
import windows from '../data/windows-images.json' with { type: 'json' };

/** Splits a resolved reference. A first path part with a dot or colon, or `localhost`, is a registry. */
export function splitImageRef(ref: string): Pick<ImageRef, 'registry' | 'name' | 'tag' | 'digest'> {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1) || null;
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest };
}

const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/** VARIABLE anchored where it is asked to match (lastIndex), for a reader walking a word character by character. */
const VARIABLE_HERE = new RegExp(VARIABLE.source, 'y');

/** Only `has` and `get` are used, so a scope that answers lookups lazily can stand in for a Map. */
export type VariableLookup = Pick<Map<string, string | undefined>, 'has' | 'get'>;

/**
 * Substitutes `$X`, `${X}`, `${X:-default}`, `${X-default}`, `${X:+alt}` and `${X+alt}` from `values`.
 * `unresolved` is true when a variable had no value and no default supplied one.
 */
export function substitute(text: string, values: VariableLookup): { text: string; unresolved: boolean } {
  // Most words hold no variable at all.
  if (!text.includes('$')) return { text, unresolved: false };
  const state = { unresolved: false };
  const out = text.replace(VARIABLE, (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) =>
    valueOf((braced ?? bare) as string, op, word, values, state));
  return { text: out, unresolved: state.unresolved };
}

/** The variable reference starting at `at` (a `$`), substituted as `substitute` would; null when none starts there. */
export function variableAt(text: string, at: number, values: VariableLookup): { text: string; end: number; unresolved: boolean } | null {
  VARIABLE_HERE.lastIndex = at;
  const m = VARIABLE_HERE.exec(text);
  if (!m) return null;
  const state = { unresolved: false };
  return { text: valueOf(m[1] ?? m[4], m[2], m[3], values, state), end: at + m[0].length, unresolved: state.unresolved };
}

function valueOf(name: string, op: string | undefined, word: string | undefined, values: VariableLookup, state: { unresolved: boolean }): string {
  const known = values.has(name);
  const value = values.get(name);
  if (op === ':-' || op === '-') {
    const useDefault = op === ':-' ? !value : !known || value === undefined;
    return useDefault ? (word ?? '') : (value as string);
  }
  if (op === ':+' || op === '+') {
    const set = op === ':+' ? !!value : known && value !== undefined;
    return set ? (word ?? '') : '';
  }
  if (value === undefined) {
    state.unresolved = true;
    return '${' + name + '}';
  }
  return value;
}

export function parseImageRef(raw: string, values: VariableLookup): ImageRef {
  const { text, unresolved } = substitute(raw, values);
  return { raw, resolved: text, unresolved, ...splitImageRef(text) };
}

/** Whether a reference names an image to pull: not `scratch` (no image), not empty, no variable left unknown. */
export function isPullable(ref: Pick<ImageRef, 'resolved' | 'unresolved'>): boolean {
  return !ref.unresolved && ref.resolved !== '' && ref.resolved.toLowerCase() !== 'scratch';
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * The repository an image reference names, as one spelling: Docker Hub names without `docker.io/` or `library/`
 * (`docker.io/library/nginx` is `nginx`), other registries in full; lower-case, tag and digest left out.
 */
export function repositoryPath(ref: Pick<ImageRef, 'registry' | 'name'>): string {
  const hub = ref.registry === null || DOCKER_HUB.has(ref.registry.toLowerCase());
  const name = ref.name.toLowerCase().replace(/^library\//, '');
  return hub ? name : `${ref.registry!.toLowerCase()}/${name}`;
}

/** The last path segment of an image name without tag: `ghcr.io/acme/web:1` → `web`. */
export function imageBaseName(ref: Pick<ImageRef, 'name'>): string {
  const parts = ref.name.split('/');
  return parts[parts.length - 1];
}

/**
 * Whether a `--from` value is plainly an image: a tag, digest or registry path (`nginx:1.25`, `ghcr.io/astral-sh/uv`).
 * A bare word (`busybox`, `biuld`) may be a misspelt stage as well as an image: copy-from-unknown-stage reports it.
 */
export function plainlyAnImage(fromValue: string): boolean {
  return /[:@/]/.test(fromValue);
}

const WINDOWS_REPOSITORIES = windows.repositories.map((p) => new RegExp(p, 'i'));
const WINDOWS_TAGS = windows.tags.map((p) => new RegExp(p, 'i'));

/** A Windows base image (servercore, nanoserver …: src/data/windows-images.json): cmd is its shell, it has no uids. */
export function isWindowsImage(ref: Pick<ImageRef, 'resolved' | 'registry' | 'name' | 'tag'>): boolean {
  let known = windowsRefs.get(ref);
  if (known === undefined) {
    const repository = ref.registry ? `${ref.registry}/${ref.name}` : ref.name;
    known = WINDOWS_REPOSITORIES.some((p) => p.test(repository) || p.test(ref.resolved)) || (ref.tag !== null && WINDOWS_TAGS.some((p) => p.test(ref.tag as string)));
    windowsRefs.set(ref, known);
  }
  return known;
}

// Asked for every RUN by the shell-aware rules: answered once per FROM.
const windowsRefs = new WeakMap<object, boolean>();
