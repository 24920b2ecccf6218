/**
 * Sniffs a blob's first bytes, and decodes a compressed layer as a push stream: bytes go in with write(), the
 * uncompressed bytes come out through a callback, so a layer is read as it passes and never held.
 */
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

export interface Decoder {
  /** Feeds compressed bytes; a promise means "wait for it before writing more". Throws once decoding failed. */
  write(chunk: Buffer): Promise<void> | undefined;
  /** Resolves once every decoded byte went to the callback; rejects with the decoding error. */
  end(): Promise<void>;
}

/** `onData` may throw: that error ends the decoding and is the one end() reports. */
export function createDecoder(compression: Compression, onData: (chunk: Buffer) => void): Decoder {
  if (compression === 'gzip') return gunzipDecoder(onData);
  if (compression === 'zstd') return zstdDecoder(onData);
  return {
    write(chunk) {
      onData(chunk);
      return undefined;
    },
    end: () => Promise.resolve(),
  };
}

/** fzstd is push-based and synchronous: each pushed chunk is decoded before write() returns. */
function zstdDecoder(onData: (chunk: Buffer) => void): Decoder {
  const decoder = new Decompress((data) => onData(Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
  return {
    write(chunk) {
      decoder.push(chunk);
      return undefined;
    },
    async end() {
      decoder.push(new Uint8Array(0), true);
    },
  };
}

/** zlib inflates on the thread pool; its output arrives as events, and write() waits when its buffer is full. */
function gunzipDecoder(onData: (chunk: Buffer) => void): Decoder {
  const gunzip = createGunzip();
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    gunzip.destroy();
  };
  gunzip.on('data', (chunk: Buffer) => {
    if (failure) return;
    try {
      onData(chunk);
    } catch (error) {
      fail(error as Error);
    }
  });
  const ended = new Promise<void>((resolve, reject) => {
    gunzip.on('end', () => (failure ? reject(failure) : resolve()));
    gunzip.on('error', (error) => {
      failure ??= error;
      reject(failure);
    });
    gunzip.on('close', () => failure && reject(failure));
  });
  ended.catch(() => undefined); // reported by end()
  return {
    write(chunk) {
      if (failure) throw failure;
      if (gunzip.write(chunk)) return undefined;
      return Promise.race([new Promise<void>((resolve) => gunzip.once('drain', () => resolve())), ended]);
    },
    end() {
      if (!failure) gunzip.end();
      return ended;
    },
  };
}
