/** Reads a file as text, or says in one line why it cannot be linted (too large, binary, not UTF-8). */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { FileType } from '../core/types.js';

/** Real Dockerfiles stay under 20 KB and the largest real CRDs under 1 MB; past these it is not a source file. */
export const MAX_BYTES: Record<FileType, number> = { dockerfile: 1024 * 1024, kubernetes: 8 * 1024 * 1024 };

/** Text, or why there is none. */
export type DecodeResult = { text: string; error?: undefined; skip?: undefined } | { text?: undefined; error: string; skip?: undefined };
/** `skip`: no file of its kind after all, and too large to read to be sure (a lockfile, an OpenAPI document). */
export type ReadResult = DecodeResult | { text?: undefined; error?: undefined; skip: true };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readSource(path: string, type: FileType): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { error: cannotRead(error) };
  }
  if (size > MAX_BYTES[type]) {
    // Any .json or .yaml may be a manifest, and YAML that is none is skipped without a word; a large one is that
    // too (package-lock.json, an OpenAPI document) when its start names no apiVersion and kind.
    if (type === 'kubernetes' && !headNamesApiVersionAndKind(path)) return { skip: true };
    return { error: `file too large to lint (${formatMiB(size)}; the limit for this kind of file is ${formatMiB(MAX_BYTES[type])})` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: cannotRead(error) };
  }
  return decodeSource(bytes);
}

const HEAD_BYTES = 64 * 1024;

/** Whether the file's first 64 KB hold an `apiVersion` and a `kind` key, as YAML or JSON writes them. */
function headNamesApiVersionAndKind(path: string): boolean {
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      head = buffer.toString('latin1', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return true; // unreadable: the error says so
  }
  return API_VERSION_VALUE.test(head) && KIND_VALUE.test(head);
}

// A key with a plain value (`apiVersion: apps/v1`, `"kind":"Deployment"`): an OpenAPI document names the same keys,
// but as schema properties whose value is an object.
const API_VERSION_VALUE = /["']?apiVersion["']?\s*:\s*["']?[A-Za-z0-9.-]+(?:\/[A-Za-z0-9.-]+)?["']?\s*(?:[,}\r\n]|$)/m;
const KIND_VALUE = /["']?kind["']?\s*:\s*["']?[A-Za-z][A-Za-z0-9]*["']?\s*(?:[,}\r\n]|$)/m;

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

/** The errno codes a user meets, in words; the code stays for searching. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'operation not permitted', ENOENT: 'no such file', EISDIR: 'is a directory',
  ELOOP: 'symbolic link loop', EIO: 'input/output error', ENAMETOOLONG: 'name too long',
};

function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && REASONS[code] ? `cannot read: ${REASONS[code]} (${code})` : `cannot read: ${code ?? (error as Error).message}`;
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
