/**
 * Does a file path name a credential file (an SSH key, `.env`, `.npmrc`, a kubeconfig …)? Path knowledge only;
 * the table is src/data/secret-files.json. Templates (`.env.example`), public keys and certificates are not secrets.
 */
import picomatch from 'picomatch';
import table from '../data/secret-files.json' with { type: 'json' };
import { memoize } from './memo.js';

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

/**
 * What kind of credential file a path is ("an SSH private key"), or null. COPY sources repeat across a project
 * (`.`, `package.json`, `requirements.txt`): each path is tested against the globs once.
 */
export const secretFileKind: (path: string) => string | null = memoize(findKind);

function findKind(path: string): string | null {
  const p = normalise(path);
  if (!p || p === '.' || notSecret.some((test) => test(p))) return null;
  return secretFiles.find((f) => f.test(p))?.what ?? null;
}

/** A template, public key or certificate (`.env.example`, `id_rsa.pub`, `ca.pem`): copying it leaks nothing. */
export const isHarmlessFile: (path: string) => boolean = memoize((path) => {
  const p = normalise(path);
  return notSecret.some((test) => test(p));
});
