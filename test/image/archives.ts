/**
 * Archives for the reader tests: tar members packed with tar-stream, a real `docker save` rewritten into the
 * Docker 25+ OCI layout with gzip, zstd or plain layers, and zstd frames (the zstd CLI when present, else raw
 * blocks, which are valid zstd that any decoder must read).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

export interface Member {
  name: string;
  body?: Buffer | string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  linkname?: string;
  mode?: number;
}

export async function packTar(members: Member[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const m of members) {
    const type = m.type ?? 'file';
    const header = { name: m.name, type, mode: m.mode ?? (type === 'directory' ? 0o755 : 0o644), linkname: m.linkname };
    if (type === 'file') pack.entry(header, typeof m.body === 'string' ? Buffer.from(m.body) : (m.body ?? Buffer.alloc(0)));
    else pack.entry(header);
  }
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

export async function unpackTar(archive: Buffer): Promise<Map<string, Member>> {
  const extract = tar.extract();
  const members = new Map<string, Member>();
  const done = (async () => {
    for await (const entry of extract) {
      const parts: Buffer[] = [];
      for await (const chunk of entry as AsyncIterable<Buffer>) parts.push(chunk);
      members.set(entry.header.name, { name: entry.header.name, body: Buffer.concat(parts), type: entry.header.type as Member['type'], linkname: entry.header.linkname });
    }
  })();
  extract.end(archive);
  await done;
  return members;
}

export function streamOf(buffer: Buffer, chunk = 64 * 1024): Readable {
  return Readable.from((function* () {
    for (let i = 0; i < buffer.length; i += chunk) yield buffer.subarray(i, i + chunk);
  })());
}

export function zstdCompress(data: Buffer): Buffer {
  const cli = spawnSync('zstd', ['-q', '-c', '-3'], { input: data, maxBuffer: 1 << 30 });
  if (cli.status === 0 && cli.stdout.length > 0) return cli.stdout;
  return zstdRawFrame(data);
}

/** A zstd frame of raw (stored) blocks: magic, a descriptor with a 128 KiB window, then ≤128 KiB blocks. */
export function zstdRawFrame(data: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38])];
  const BLOCK = 128 * 1024;
  for (let i = 0; i === 0 || i < data.length; i += BLOCK) {
    const block = data.subarray(i, i + BLOCK);
    const last = i + BLOCK >= data.length ? 1 : 0;
    const header = last | (block.length << 3); // block type 0 (raw) in bits 1-2
    parts.push(Buffer.from([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff]), block);
  }
  return Buffer.concat(parts);
}

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export type LayerCompression = 'none' | 'gzip' | 'zstd';

/**
 * A legacy `docker save` archive rewritten as Docker 25+ writes it: blobs first, then index.json, oci-layout,
 * and manifest.json last; layer i compressed as compressions[i % n].
 */
export async function toOciLayout(legacy: Buffer, compressions: LayerCompression[]): Promise<{ archive: Buffer; layerBlobSizes: number[] }> {
  const members = await unpackTar(legacy);
  const manifest = JSON.parse(String(members.get('manifest.json')!.body))[0] as { Config: string; Layers: string[]; RepoTags: string[] };
  const config = members.get(manifest.Config)!.body as Buffer;
  const blobs: Member[] = [];
  const layerDescriptors = manifest.Layers.map((path, i) => {
    const raw = members.get(path)!.body as Buffer;
    const kind = compressions[i % compressions.length];
    const blob = kind === 'gzip' ? gzipSync(raw) : kind === 'zstd' ? zstdCompress(raw) : raw;
    blobs.push({ name: `blobs/sha256/${sha(blob)}`, body: blob });
    const mediaType = `application/vnd.oci.image.layer.v1.tar${kind === 'none' ? '' : `+${kind}`}`;
    return { mediaType, digest: `sha256:${sha(blob)}`, size: blob.length };
  });
  blobs.push({ name: `blobs/sha256/${sha(config)}`, body: config });
  const ociManifest = Buffer.from(JSON.stringify({
    schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${sha(config)}`, size: config.length },
    layers: layerDescriptors,
  }));
  blobs.push({ name: `blobs/sha256/${sha(ociManifest)}`, body: ociManifest });
  const index = { schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${sha(ociManifest)}`, size: ociManifest.length, annotations: { 'io.containerd.image.name': `docker.io/library/${manifest.RepoTags[0]}` } }] };
  const legacyManifest = [{ Config: `blobs/sha256/${sha(config)}`, RepoTags: manifest.RepoTags, Layers: layerDescriptors.map((d) => `blobs/sha256/${d.digest.slice(7)}`) }];
  const archive = await packTar([
    { name: 'blobs/', type: 'directory' }, { name: 'blobs/sha256/', type: 'directory' },
    ...blobs,
    { name: 'index.json', body: JSON.stringify(index) },
    { name: 'oci-layout', body: '{"imageLayoutVersion":"1.0.0"}' },
    { name: 'manifest.json', body: JSON.stringify(legacyManifest) },
  ]);
  return { archive, layerBlobSizes: layerDescriptors.map((d) => d.size) };
}
