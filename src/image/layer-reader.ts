/**
 * Reads one layer blob as it streams past: decompresses it, walks its tar headers and keeps only metadata
 * (path, kind, size, mode), never file contents beyond the first bytes needed to recognise a private key.
 */
import tar from 'tar-stream';
import { decompressed, peek, sniff, type Compression } from './decompress.js';
import { GzipSizeEstimator } from './gzip-size.js';

export type EntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other' | 'whiteout' | 'opaque';

export interface LayerEntry {
  /** Absolute, normalised: `/etc/passwd`. For whiteouts, the path they delete; for opaque markers, the directory. */
  path: string;
  kind: EntryKind;
  /** Bytes in the tar header (0 for links and directories). */
  size: number;
  mode: number;
  /** Target of a symlink or hard link. */
  linkname?: string;
  /** The file starts like a PEM private key. */
  privateKey?: true;
}

export interface LayerSummary {
  entries: LayerEntry[];
  compression: Compression;
  /** Bytes of the blob as stored in the archive. */
  blobBytes: number;
  /** Bytes of the uncompressed tar stream. */
  tarBytes: number;
  /** Σ regular file sizes: what the engine counts when it applies a tar (and what dive counts). */
  contentBytes: number;
  /** Σ symlink target lengths: the engine adds these when it measures a committed container directory. */
  symlinkBytes: number;
  fileCount: number;
  /** gzip -6 estimate for an uncompressed blob; the blob size for a compressed one. */
  compressedBytes: number;
}

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const KEY_HEAD = 64;
const PRIVATE_KEY = /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

export interface LayerReadOptions {
  /** Skip the gzip estimate (a compressed blob never needs it). */
  estimateCompression?: boolean;
}

export async function readLayer(blob: AsyncIterable<Buffer>, options: LayerReadOptions = {}): Promise<LayerSummary> {
  const { head, all } = await peek(blob, 4);
  const kind = sniff(head);
  const compression: Compression = kind === 'gzip' || kind === 'zstd' ? kind : 'none';
  let blobBytes = 0;
  async function* counted(): AsyncIterable<Buffer> {
    for await (const chunk of all) {
      blobBytes += chunk.length;
      yield chunk;
    }
  }
  const estimator = compression === 'none' && options.estimateCompression !== false ? new GzipSizeEstimator() : null;
  const summary: LayerSummary = {
    entries: [], compression, blobBytes: 0, tarBytes: 0, contentBytes: 0, symlinkBytes: 0, fileCount: 0, compressedBytes: 0,
  };
  const extract = tar.extract();
  const walking = walkEntries(extract, summary);
  // A parse error ends the walk early; keep feeding nothing more and report that error, not a stalled write.
  let walkError: unknown = null;
  walking.catch((error) => (walkError = error));
  for await (const chunk of decompressed(counted(), compression)) {
    if (walkError) break;
    summary.tarBytes += chunk.length;
    if (estimator) await estimator.write(chunk);
    if (!extract.write(chunk)) await drained(extract, walking);
  }
  extract.end(null);
  await walking;
  summary.blobBytes = blobBytes;
  summary.compressedBytes = estimator ? await estimator.end() : compression === 'none' ? summary.tarBytes : blobBytes;
  return summary;
}

function drained(extract: tar.Extract, walking: Promise<void>): Promise<void> {
  return Promise.race([new Promise<void>((resolve) => extract.once('drain', () => resolve())), walking]);
}

async function walkEntries(extract: tar.Extract, summary: LayerSummary): Promise<void> {
  for await (const entry of extract) {
    const header = entry.header;
    const recorded = record(header);
    if (recorded) summary.entries.push(recorded);
    const sniffKey = recorded?.kind === 'file' && recorded.size >= 27;
    let first: Buffer | null = null;
    for await (const chunk of entry as AsyncIterable<Buffer>) {
      if (sniffKey && (first === null || first.length < KEY_HEAD)) first = first ? Buffer.concat([first, chunk]) : chunk.subarray(0, KEY_HEAD);
    }
    if (!recorded) continue;
    if (first && PRIVATE_KEY.test(first.subarray(0, KEY_HEAD).toString('latin1'))) recorded.privateKey = true;
    if (recorded.kind === 'file') summary.contentBytes += recorded.size;
    if (recorded.kind === 'symlink') summary.symlinkBytes += Buffer.byteLength(recorded.linkname ?? '');
    if (recorded.kind !== 'dir' && recorded.kind !== 'whiteout' && recorded.kind !== 'opaque') summary.fileCount++;
  }
}

function record(header: tar.Header): LayerEntry | null {
  const path = normalise(header.name);
  if (path === '/') return null;
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash) || '/';
  const base = path.slice(slash + 1);
  const mode = header.mode ?? 0;
  if (base === OPAQUE) return { path: dir, kind: 'opaque', size: 0, mode };
  if (base.startsWith(WHITEOUT)) return { path: join(dir, base.slice(WHITEOUT.length)), kind: 'whiteout', size: 0, mode };
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return { path, kind: 'file', size: header.size ?? 0, mode };
    case 'directory':
      return { path, kind: 'dir', size: 0, mode };
    case 'symlink':
      return { path, kind: 'symlink', size: 0, mode, linkname: header.linkname ?? '' };
    case 'link':
      return { path, kind: 'hardlink', size: 0, mode, linkname: normalise(header.linkname ?? '') };
    default:
      return { path, kind: 'other', size: 0, mode };
  }
}

/** `./usr/bin/` → `/usr/bin`; `usr//bin/../lib` → `/usr/lib`. */
export function normalise(name: string): string {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}
