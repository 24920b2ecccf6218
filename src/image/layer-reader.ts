/**
 * Reads one layer blob as it streams past: decompresses it, walks its tar headers and keeps only metadata
 * (path, kind, size, mode), never file contents beyond the first bytes needed to recognise a private key.
 */
import { createDecoder, sniff, type Compression, type Decoder } from './decompress.js';
import { GzipSizeEstimator } from './gzip-size.js';
import tar from 'tar-stream';
import { readEntry, TarWalk, type EntryStream } from './tar-walk.js';

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

/** Reads a whole blob given as chunks; the archive reader pushes into a LayerScanner instead. */
export async function readLayer(blob: AsyncIterable<Buffer>, options: LayerReadOptions = {}): Promise<LayerSummary> {
  const scanner = new LayerScanner(options);
  for await (const chunk of blob) {
    const wait = scanner.write(chunk);
    if (wait) await wait;
  }
  return scanner.end();
}

/** The bytes needed to tell a plain tar from gzip or zstd. */
const SNIFF = 4;

/**
 * One layer blob, pushed chunk by chunk: sniffed, decompressed, and its tar walked by tar-stream's event API as the
 * bytes pass, with no promise per chunk unless something asks the writer to wait. An error (corrupt tar, bad gzip)
 * stops the reading; the bytes that follow are ignored and end() reports it.
 */
export class LayerScanner {
  private readonly summary: LayerSummary = {
    entries: [], compression: 'none', blobBytes: 0, tarBytes: 0, contentBytes: 0, symlinkBytes: 0, fileCount: 0, compressedBytes: 0,
  };
  private head: Buffer[] = [];
  private decoder: Decoder | null = null;
  private estimator: GzipSizeEstimator | null = null;
  private failure: Error | null = null;
  private readonly walk = new TarWalk((header, stream, next) => this.entry(header, stream, next), (error) => void (this.failure ??= error));
  /** The estimator or the tar walk asked the writer to wait. */
  private wait: Promise<void> | undefined = undefined;

  constructor(private readonly options: LayerReadOptions = {}) {}

  /** A promise means "wait for it before writing more". */
  write(chunk: Buffer): Promise<void> | undefined {
    this.summary.blobBytes += chunk.length;
    if (this.failure) return undefined;
    if (this.decoder === null) {
      this.head.push(chunk);
      if (this.summary.blobBytes < SNIFF) return undefined;
      this.start();
      const head = this.head;
      this.head = [];
      const waits = head.map((part) => this.feed(part)).filter((wait) => wait !== undefined);
      return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
    }
    return this.feed(chunk);
  }

  async end(): Promise<LayerSummary> {
    if (this.decoder === null) {
      this.start();
      for (const part of this.head) this.feed(part);
      this.head = [];
    }
    if (!this.failure) {
      try {
        await (this.decoder as Decoder).end();
        await this.walk.end();
      } catch (error) {
        this.failure ??= error as Error;
      }
    }
    if (this.failure) throw this.failure;
    const { summary } = this;
    summary.compressedBytes = this.estimator ? await this.estimator.end() : summary.compression === 'none' ? summary.tarBytes : summary.blobBytes;
    return summary;
  }

  private start(): void {
    const kind = sniff(Buffer.concat(this.head).subarray(0, SNIFF));
    const compression: Compression = kind === 'gzip' || kind === 'zstd' ? kind : 'none';
    this.summary.compression = compression;
    this.estimator = compression === 'none' && this.options.estimateCompression !== false ? new GzipSizeEstimator() : null;
    this.decoder = createDecoder(compression, (tar) => this.decoded(tar));
  }

  private feed(chunk: Buffer): Promise<void> | undefined {
    try {
      const decoding = (this.decoder as Decoder).write(chunk);
      const wait = this.wait;
      this.wait = undefined;
      return decoding ?? wait;
    } catch (error) {
      this.failure ??= error as Error;
      return undefined;
    }
  }

  /** Uncompressed tar bytes: counted, estimated, walked. */
  private decoded(tar: Buffer): void {
    if (this.failure) throw this.failure;
    this.summary.tarBytes += tar.length;
    const estimating = this.estimator?.write(tar);
    const walking = this.walk.write(tar) ? undefined : this.walk.drained();
    if (estimating || walking) this.wait = estimating && walking ? Promise.all([estimating, walking]).then(() => undefined) : estimating ?? walking;
  }

  /** One member of the layer: recorded from its header; a file's first bytes are read to spot a private key. */
  private entry(header: tar.Header, stream: EntryStream, next: () => void): void {
    const recorded = record(header);
    const { summary } = this;
    if (recorded) summary.entries.push(recorded);
    let first: Buffer | null = null;
    if (recorded?.kind === 'file' && recorded.size >= 27) {
      stream.on('data', (chunk: Buffer) => {
        if (first && first.length >= KEY_HEAD) return;
        // Copied: the chunk's memory belongs to the stream.
        const more = chunk.subarray(0, KEY_HEAD - (first?.length ?? 0));
        first = first ? Buffer.concat([first, more]) : Buffer.from(more);
      });
    }
    readEntry(stream, () => {
      if (recorded) {
        if (first && PRIVATE_KEY.test((first as Buffer).toString('latin1'))) recorded.privateKey = true;
        if (recorded.kind === 'file') summary.contentBytes += recorded.size;
        if (recorded.kind === 'symlink') summary.symlinkBytes += Buffer.byteLength(recorded.linkname ?? '');
        if (recorded.kind !== 'dir' && recorded.kind !== 'whiteout' && recorded.kind !== 'opaque') summary.fileCount++;
      }
      next();
    });
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
