/**
 * Is this variable a credential? One answer for every target: a Dockerfile ARG/ENV, a Kubernetes `env:` entry.
 * Knows names and values only (the tables are src/data/secret-patterns.json); callers say what the variable is.
 * Nothing here returns or formats the value itself, so callers cannot leak it by accident.
 */
import table from '../data/secret-patterns.json' with { type: 'json' };
import { memoize } from './memo.js';

export interface CredentialVerdict {
  /** Whether the name or the literal value gave it away. */
  by: 'name' | 'value';
  /** What kind of credential, for a message: "a GitHub token", or the name's telling word ("TOKEN"). */
  what: string;
}

const credentialWords: string[][] = table.names.credentialWords;
const describingSuffixes = new Set(table.names.describingSuffixes);
const neutralWords = new Set(table.names.neutralWords);
const ignoredNames = new Set(table.names.ignoredNames);
const valuePatterns = table.values.map((v) => ({ what: v.what, pattern: new RegExp(v.pattern), group: 'group' in v ? (v.group as number) : 0 }));
const placeholderWords = new Set(table.placeholders.words);
const placeholderPatterns = table.placeholders.patterns.map((p) => new RegExp(p));

/** `dbPassword`, `DB_PASSWORD`, `db-password` → ['DB', 'PASSWORD']. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
}

/**
 * The credential word(s) a name contains (`TOKEN`, `API_KEY`), or null when the name says nothing secret. Names
 * repeat (PATH, HOME, NODE_VERSION …) and secret-in-build-config asks several times per name.
 */
export const credentialName: (name: string) => string | null = memoize(findCredentialWord);

function findCredentialWord(name: string): string | null {
  if (ignoredNames.has(name.toUpperCase())) return null;
  const words = nameWords(name);
  if (!words.length) return null;
  // `TOKEN_FILE`, `PASSWORD_PATH`, `SECRET_NAME` tell where a secret is kept, not what it is.
  if (describingSuffixes.has(words[words.length - 1])) return null;
  if (words.some((w) => neutralWords.has(w))) return null;
  for (const sequence of credentialWords) {
    for (let i = 0; i + sequence.length <= words.length; i++) {
      if (sequence.every((w, j) => words[i + j] === w)) return sequence.join('_');
    }
  }
  return null;
}

/** What kind of credential a literal value is (`a GitHub token`), or null. */
export function credentialValue(value: string): string | null {
  for (const { what, pattern, group } of valuePatterns) {
    const match = pattern.exec(value);
    if (!match) continue;
    // Only the literal part counts: `https://user:${TOKEN}@host` names a variable, not a password.
    if (group && isPlaceholder(match[group])) continue;
    return what;
  }
  return null;
}

/**
 * A value that holds no credential: empty, a flag, a path to a mounted secret, a bare variable reference,
 * or a stand-in such as `<token>`, `{{ token }}`, `xxxx`, `dummy`, `your-api-key`.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (v === '') return true;
  if (/^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?\s*)+$/.test(v) || /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-?][^}]*\}$/.test(v)) return true;
  if (placeholderWords.has(v.toLowerCase())) return true;
  return placeholderPatterns.some((p) => p.test(v));
}

/**
 * Whether a variable is a credential. `value` undefined means "set elsewhere, later" (a build arg without a
 * default, an env var filled at deploy time): the name alone decides. A literal value that is a known token
 * format counts whatever the name; a credential name with an empty or placeholder value does not.
 */
export function assessCredential(name: string, value: string | undefined): CredentialVerdict | null {
  if (value !== undefined) {
    const kind = credentialValue(value);
    if (kind) return { by: 'value', what: kind };
  }
  const word = credentialName(name);
  if (!word) return null;
  if (value !== undefined && isPlaceholder(value)) return null;
  return { by: 'name', what: word };
}
