/**
 * tar-stream's extractor driven by pushes, for the archive and for each layer in it: write() hands over a chunk and
 * says whether the writer may go on ('drain' says when it may again), members arrive through the 'entry' event.
 * The event API costs no promise per chunk, unlike iterating the extractor and its entries with `for await`.
 */
import tar from 'tar-stream';

/** What is used of an entry's body as tar-stream gives it (a streamx Readable of Buffers). */
export interface EntryStream {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}
export type OnEntry = (header: tar.Header, stream: EntryStream, next: () => void) => void;

/**
 * Bytes the extractor queues before write() asks the writer to wait. Its default (16 KiB) is a quarter of one
 * pipe read, which would pause and resume the writer on every chunk; a layer that waits (deflate jobs busy) still
 * stops the archive after this much.
 */
const QUEUED = 1024 * 1024;

export class TarWalk {
  readonly extract: tar.Extract;
  /** Resolves once every member was read and the archive ended where it should; rejects with the parse error. */
  readonly finished: Promise<void>;
  private failure: Error | null = null;
  private drainedPromise: Promise<void> | null = null;
  private release: (() => void) | null = null;

  constructor(onEntry: OnEntry, onFailure?: (error: Error) => void) {
    this.extract = tar.extract({ highWaterMark: QUEUED });
    this.extract.on('entry', (header, stream, next) => onEntry(header, stream as unknown as EntryStream, next));
    this.extract.on('drain', () => this.drainedNow());
    this.finished = new Promise((resolve, reject) => {
      this.extract.on('finish', () => resolve());
      this.extract.on('error', (error: Error) => {
        this.failure ??= error;
        this.drainedNow(); // nothing will drain any more: let a waiting writer go on (its bytes are ignored)
        onFailure?.(error);
        reject(this.failure);
      });
    });
    this.finished.catch(() => undefined); // reported by end()
  }

  /** false: wait for 'drain' (or drained()) before writing more. Bytes written after a failure are ignored. */
  write(chunk: Buffer): boolean {
    if (this.failure) return true;
    return this.extract.write(chunk);
  }

  /** Resolves at the next 'drain', or at once after a failure. */
  drained(): Promise<void> {
    if (this.failure) return Promise.resolve();
    this.drainedPromise ??= new Promise((resolve) => (this.release = resolve));
    return this.drainedPromise;
  }

  /** No more bytes: resolves as `finished` does. */
  end(): Promise<void> {
    if (!this.failure) this.extract.end(null);
    return this.finished;
  }

  private drainedNow(): void {
    const release = this.release;
    this.drainedPromise = null;
    this.release = null;
    release?.();
  }
}

/**
 * Reads an entry's body to its end, then calls `ended` (which must call tar-stream's next()). Data listeners added
 * before see every chunk. An extractor that fails destroys the entry with its error: reported by the extractor.
 */
export function readEntry(stream: EntryStream, ended: () => void): void {
  stream.on('error', () => undefined);
  stream.on('end', ended);
  stream.resume();
}
