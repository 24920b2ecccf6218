/**
 * Reads a `docker save` archive as one pass over a stream. Both layouts: the legacy one (`manifest.json`,
 * `<id>/layer.tar`, `<config>.json`) and Docker 25+'s OCI layout (`index.json`, `blobs/sha256/<digest>`).
 * Neither says which member is what until its index arrives — Docker writes `manifest.json` last — so every
 * layer-like member is summarised as it passes (metadata only) and the JSON members are kept (they are small);
 * the layout is resolved at the end.
 */
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { peek, sniff } from './decompress.js';
import { readLayer, normalise, type LayerSummary } from './layer-reader.js';
import { resolveLayout, type ArchiveMembers, type ImageArchive } from './archive-layout.js';

/** Configs and manifests are a few KiB; anything bigger that claims to be JSON is not one of them. */
const MAX_JSON = 16 * 1024 * 1024;

export interface ReadArchiveOptions {
  /** Pick this tag when the archive holds several images. */
  tag?: string;
  /** Compute gzip estimates for uncompressed layers (on by default). */
  estimateCompression?: boolean;
}

export async function readImageArchive(input: Readable, options: ReadArchiveOptions = {}): Promise<ImageArchive> {
  const members: ArchiveMembers = { layers: new Map(), json: new Map(), aliases: new Map(), errors: new Map() };
  const extract = tar.extract();
  input.on('error', (error) => extract.destroy(error));
  input.pipe(extract);
  for await (const entry of extract) {
    const name = normalise(entry.header.name).slice(1);
    const type = entry.header.type;
    if (type === 'symlink' || type === 'link') {
      // Older engines store a repeated layer once and link the other copies to it.
      const target = type === 'symlink' ? normalise(`${dirOf(name)}/${entry.header.linkname ?? ''}`) : normalise(entry.header.linkname ?? '');
      members.aliases.set(name, target.slice(1));
    }
    if (type !== 'file' && type !== 'contiguous-file') {
      entry.resume();
      continue;
    }
    await readMember(name, entry as AsyncIterable<Buffer>, entry.header.size ?? 0, members, options);
  }
  return resolveLayout(members, options.tag);
}

async function readMember(name: string, entry: AsyncIterable<Buffer>, size: number, members: ArchiveMembers, options: ReadArchiveOptions): Promise<void> {
  const { head, all, drain } = await peek(entry, 262);
  const kind = sniff(head);
  const layerLike = name.endsWith('/layer.tar') || (name.startsWith('blobs/') && kind !== 'json');
  if (kind === 'json' && size <= MAX_JSON && !name.endsWith('/layer.tar')) {
    const parts: Buffer[] = [];
    for await (const chunk of all) parts.push(chunk);
    try {
      members.json.set(name, JSON.parse(Buffer.concat(parts).toString('utf8')));
    } catch {
      // Not JSON after all; only a member the layout names would matter, and that one reports itself as missing.
    }
    return;
  }
  if (!layerLike) return drain();
  try {
    members.layers.set(name, await readLayer(all, { estimateCompression: options.estimateCompression }));
  } catch (error) {
    members.errors.set(name, (error as Error).message);
  }
  // Whatever the layer reader left (after a parse error) must still pass, or the archive stalls.
  await drain();
}

function dirOf(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash < 0 ? '' : name.slice(0, slash);
}

export type { ImageArchive, LayerSummary };
