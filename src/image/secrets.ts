/**
 * Is a file in an image layer a credential? The names come from src/data/secret-files.json (shared with the
 * Dockerfile rule secret-file-copied); src/data/image-secrets.json says which names an image needs more
 * evidence for (a PEM private-key header, sniffed while the layer streamed past).
 */
import picomatch from 'picomatch';
import { secretFileKind } from '../core/secret-files.js';
import table from '../data/image-secrets.json' with { type: 'json' };
import type { LayerEntry } from './layer-reader.js';

const matcher = (glob: string) => picomatch(glob, { dot: true, basename: !glob.includes('/') });
const needsContent = table.needsContent.map(matcher);
const fixture = table.fixtureDirs.map(matcher);

/** What kind of secret the entry is ("an SSH private key"), or null. */
export function secretKind(entry: LayerEntry): string | null {
  if (entry.kind !== 'file') return null;
  const path = entry.path.slice(1);
  if (fixture.some((test) => test(path))) return null;
  const byName = secretFileKind(path);
  if (byName && !needsContent.some((test) => test(path))) return byName;
  return entry.privateKey ? 'a private key' : null;
}
