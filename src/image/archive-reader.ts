/**
 * Reads a `docker save` archive as one pass over a stream. Both layouts: the legacy one (`manifest.json`,
 * `<id>/layer.tar`, `<config>.json`) and Docker 25+'s OCI layout (`index.json`, `blobs/sha256/<digest>`).
 * Neither says which member is what until its index arrives — Docker writes `manifest.json` last — so every
 * layer-like member is summarised as it passes (metadata only) and the JSON members are kept (they are small);
 * the layout is resolved at the end.
 *
 * The archive is a gigabyte in 64 KiB chunks: tar-stream's extractor takes them as they come (the input pauses when
 * write() says so and resumes at 'drain'), and each member's body flows through its 'data' events into the member's
 * reader; a layer pauses its member (and through it the input) only while its reader asks to wait (deflate jobs or
 * gunzip busy).
 */
import type { Readable } from 'node:stream';
import type tar from 'tar-stream';
import { sniff } from './decompress.js';
import { LayerScanner, normalise, type LayerSummary } from './layer-reader.js';
import { resolveLayout, type ArchiveMembers, type ImageArchive } from './archive-layout.js';
import { readEntry, TarWalk, type EntryStream } from './tar-walk.js';

/** Configs and manifests are a few KiB; anything bigger that claims to be JSON is not one of them. */
const MAX_JSON = 16 * 1024 * 1024;
/** Bytes read before deciding what a member is. */
const HEAD = 262;

export interface ReadArchiveOptions {
  /** Pick this tag when the archive holds several images. */
  tag?: string;
  /** Compute gzip estimates for uncompressed layers (on by default). */
  estimateCompression?: boolean;
}

export async function readImageArchive(input: Readable, options: ReadArchiveOptions = {}): Promise<ImageArchive> {
  const members: ArchiveMembers = { layers: new Map(), json: new Map(), aliases: new Map(), errors: new Map() };
  const walk = new TarWalk((header, stream, next) => readMember(header, stream, next, members, options));
  // Chunks that arrive after pause() are written all the same: the extractor queues them in order (node resumes a
  // child's stdout when the child exits, pause or not).
  const onData = (chunk: Buffer) => {
    if (!walk.write(chunk)) input.pause();
  };
  walk.extract.on('drain', () => input.resume());
  input.on('data', onData);
  input.once('end', () => void walk.end().catch(() => undefined));
  input.once('error', (error) => walk.extract.destroy(error));
  try {
    await walk.finished;
  } catch (error) {
    // Let the producer run to its end (a killed `docker save` would report a broken pipe, not this error).
    input.off('data', onData);
    input.resume();
    throw error;
  }
  return resolveLayout(members, options.tag);
}

/** Sorts the members as they pass: links noted, JSON kept, layers scanned, the rest skipped. */
function readMember(header: tar.Header, stream: EntryStream, next: () => void, members: ArchiveMembers, options: ReadArchiveOptions): void {
  const name = normalise(header.name).slice(1);
  const { type } = header;
  if (type === 'symlink' || type === 'link') {
    // Older engines store a repeated layer once and link the other copies to it.
    const target = type === 'symlink' ? normalise(`${dirOf(name)}/${header.linkname ?? ''}`) : normalise(header.linkname ?? '');
    members.aliases.set(name, target.slice(1));
  }
  if (type !== 'file' && type !== 'contiguous-file') {
    readEntry(stream, next);
    return;
  }
  const size = header.size ?? 0;
  let parts: Buffer[] = [];
  let bytes = 0;
  let use: 'head' | 'json' | 'skip' = 'head';
  let scanner: LayerScanner | null = null;
  const scan = (chunk: Buffer) => {
    const wait = (scanner as LayerScanner).write(chunk);
    if (!wait) return;
    stream.pause();
    wait.then(() => stream.resume(), () => stream.resume());
  };
  /** Enough of the member is known (or all of it): keep it as JSON, scan it as a layer, or skip it. */
  const decide = () => {
    const kind = sniff(Buffer.concat(parts).subarray(0, HEAD));
    const layerLike = name.endsWith('/layer.tar') || (name.startsWith('blobs/') && kind !== 'json');
    if (kind === 'json' && size <= MAX_JSON && !name.endsWith('/layer.tar')) use = 'json';
    else if (layerLike) {
      scanner = new LayerScanner({ estimateCompression: options.estimateCompression });
      stream.off('data', onHead);
      stream.on('data', scan);
      for (const part of parts) scan(part);
      parts = [];
    } else {
      use = 'skip';
      parts = [];
    }
  };
  const onHead = (chunk: Buffer) => {
    if (use === 'skip') return;
    parts.push(chunk);
    bytes += chunk.length;
    if (use === 'head' && bytes >= HEAD) decide();
  };
  stream.on('data', onHead);
  readEntry(stream, () => {
    if (use === 'head' && scanner === null) decide();
    if (scanner) {
      // The next member waits for this layer's last deflate jobs: memory stays bounded by one layer's.
      scanner.end().then(
        (summary) => void members.layers.set(name, summary),
        (error: Error) => void members.errors.set(name, error.message),
      ).then(next);
      return;
    }
    if (use === 'json') {
      try {
        members.json.set(name, JSON.parse(Buffer.concat(parts).toString('utf8')));
      } catch {
        // Not JSON after all; only a member the layout names would matter, and that one reports itself as missing.
      }
    }
    next();
  });
}

function dirOf(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash < 0 ? '' : name.slice(0, slash);
}

export type { ImageArchive, LayerSummary };
