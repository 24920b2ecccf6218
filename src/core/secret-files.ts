/**
 * Does a file path name a credential file (an SSH key, `.env`, `.npmrc`, a kubeconfig …)? Path knowledge only;
 * the table is src/data/secret-files.json. Templates (`.env.example`), public keys and certificates are not secrets.
 */
import picomatch from 'picomatch';
import table from '../data/secret-files.json' with { type: 'json' };

function matcher(glob: string): (path: string) => boolean {
  // Globs without a slash match the base name; `**/.aws/credentials` matches the whole path.
  return picomatch(glob, { dot: true, basename: !glob.includes('/') });
}

const secretFiles = table.secretFiles.map((f) => ({ what: f.what, test: matcher(f.glob) }));
const notSecret = table.notSecret.map(matcher);

/** `./a/b/` → `a/b`; `~/.ssh` → `.ssh` (relative to any home). */
function normalise(path: string): string {
  return path.replace(/^~\/?/, '').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
}

// COPY sources repeat across a project (`.`, `package.json`, `requirements.txt`): test each path against the globs once.
// Bounded, since an image's layers can list hundreds of thousands of distinct paths.
const kinds = new Map<string, string | null>();
const KIND_CACHE_LIMIT = 10000;

/** What kind of credential file a path is ("an SSH private key"), or null. */
export function secretFileKind(path: string): string | null {
  let kind = kinds.get(path);
  if (kind === undefined) {
    kind = findKind(path);
    if (kinds.size >= KIND_CACHE_LIMIT) kinds.clear();
    kinds.set(path, kind);
  }
  return kind;
}

function findKind(path: string): string | null {
  const p = normalise(path);
  if (!p || p === '.' || notSecret.some((test) => test(p))) return null;
  return secretFiles.find((f) => f.test(p))?.what ?? null;
}

const harmless = new Map<string, boolean>();

/** A template, public key or certificate (`.env.example`, `id_rsa.pub`, `ca.pem`): copying it leaks nothing. */
export function isHarmlessFile(path: string): boolean {
  let answer = harmless.get(path);
  if (answer === undefined) {
    const p = normalise(path);
    answer = notSecret.some((test) => test(p));
    if (harmless.size >= KIND_CACHE_LIMIT) harmless.clear();
    harmless.set(path, answer);
  }
  return answer;
}
