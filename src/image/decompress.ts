/** Sniffs a blob's first bytes and yields its uncompressed bytes, chunk by chunk, pulling only as fast as it is read. */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';

export type Compression = 'none' | 'gzip' | 'zstd';
export type BlobKind = Compression | 'json';

/** gzip starts 1f 8b, zstd frames 28 b5 2f fd; configs, manifests and indexes are JSON objects. */
export function sniff(head: Buffer): BlobKind {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  const first = head.subarray(0, 64).toString('latin1').trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'none';
}

export interface Peeked {
  head: Buffer;
  /** The whole blob, the peeked bytes first. */
  all: AsyncIterable<Buffer>;
  /** Reads whatever `all` left unread (a reader that stopped early); a tar member must be read to its end. */
  drain(): Promise<void>;
}

/** Reads until at least `want` bytes are known (or the blob ends). */
export async function peek(source: AsyncIterable<Buffer>, want: number): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < want) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncIterable<Buffer> {
    yield* seen;
    seen.length = 0;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    done = true;
  }
  async function drain(): Promise<void> {
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) void next;
    done = true;
  }
  return { head: Buffer.concat(seen), all: all(), drain };
}

export function decompressed(source: AsyncIterable<Buffer>, compression: Compression): AsyncIterable<Buffer> {
  if (compression === 'gzip') return Readable.from(source, { objectMode: false }).pipe(createGunzip());
  if (compression === 'zstd') return unzstd(source);
  return source;
}

/** fzstd is push-based and synchronous: each pushed chunk yields what it decoded before the next is read. */
async function* unzstd(source: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let out: Buffer[] = [];
  const decoder = new Decompress((data) => {
    out.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
  for await (const chunk of source) {
    decoder.push(chunk);
    yield* out;
    out = [];
  }
  decoder.push(new Uint8Array(0), true);
  yield* out;
}
