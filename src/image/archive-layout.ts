/** Turns the members of a `docker save` archive into one image: its config and its layers in order. */
import type { LayerSummary } from './layer-reader.js';

export interface ArchiveMembers {
  /** Layer summaries by member path (`<id>/layer.tar`, `blobs/sha256/<hex>`). */
  layers: Map<string, LayerSummary>;
  json: Map<string, unknown>;
  /** Member path → the member it links to. */
  aliases: Map<string, string>;
  /** Member path → why its layer could not be read. */
  errors: Map<string, string>;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** The parts of the image config the analysis reads (OCI image config / Docker's variant). */
export interface ImageConfig {
  config?: { User?: string; Env?: string[]; Entrypoint?: string[] | null; Cmd?: string[] | null; WorkingDir?: string };
  history?: HistoryEntry[];
  rootfs?: { type?: string; diff_ids?: string[] };
  architecture?: string;
  os?: string;
}

export interface ArchiveLayer extends LayerSummary {
  /** Member path in the archive. */
  member: string;
  diffId: string | null;
}

export interface ImageArchive {
  layout: 'docker' | 'oci';
  /** `sha256:<hex>` of the config. */
  imageId: string;
  repoTags: string[];
  config: ImageConfig;
  layers: ArchiveLayer[];
}

export class ArchiveError extends Error {}

interface Descriptor {
  mediaType?: string;
  digest?: string;
  size?: number;
}

interface OciManifest {
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
}

export function resolveLayout(members: ArchiveMembers, tag?: string): ImageArchive {
  if (members.json.has('index.json')) {
    const found = fromIndex(members, members.json.get('index.json') as OciManifest, tag);
    if (found) return found;
  }
  if (members.json.has('manifest.json')) return fromManifest(members, tag);
  throw new ArchiveError('neither index.json nor manifest.json in the archive: not a `docker save` stream');
}

function fromManifest(members: ArchiveMembers, tag?: string): ImageArchive {
  const list = members.json.get('manifest.json') as { Config?: string; RepoTags?: string[] | null; Layers?: string[] }[];
  if (!Array.isArray(list) || list.length === 0) throw new ArchiveError('manifest.json lists no image');
  const item = list.find((m) => tag && m.RepoTags?.includes(tag)) ?? list[0];
  const config = members.json.get(item.Config ?? '') as ImageConfig | undefined;
  if (!config) throw new ArchiveError(`the image config ${item.Config} is missing from the archive`);
  const diffIds = config.rootfs?.diff_ids ?? [];
  const layers = (item.Layers ?? []).map((member, i) => ({ ...layerAt(members, member), diffId: diffIds[i] ?? null }));
  const hex = /([0-9a-f]{64})/.exec(item.Config ?? '')?.[1];
  return { layout: 'docker', imageId: hex ? `sha256:${hex}` : '', repoTags: item.RepoTags ?? [], config, layers };
}

/** Follows index → (index →) manifest; the first manifest whose blobs are all present is the image saved. */
function fromIndex(members: ArchiveMembers, index: OciManifest, tag?: string): ImageArchive | null {
  const candidates: Descriptor[] = [...(index.manifests ?? [])];
  const tagged = candidates.filter((d) => tag && (d as { annotations?: Record<string, string> }).annotations?.['io.containerd.image.name']?.endsWith(`:${tag.split(':').pop()}`));
  const queue = [...tagged, ...candidates.filter((d) => !tagged.includes(d))];
  const seen = new Set<string>();
  while (queue.length) {
    const descriptor = queue.shift() as Descriptor;
    if (!descriptor.digest || seen.has(descriptor.digest)) continue;
    seen.add(descriptor.digest);
    const doc = members.json.get(blobPath(descriptor.digest)) as OciManifest | undefined;
    if (!doc) continue;
    if (doc.manifests) queue.unshift(...doc.manifests);
    if (!doc.config?.digest || !doc.layers) continue;
    const config = members.json.get(blobPath(doc.config.digest)) as ImageConfig | undefined;
    if (!config || !doc.layers.every((l) => l.digest && hasLayer(members, blobPath(l.digest)))) continue;
    const diffIds = config.rootfs?.diff_ids ?? [];
    const layers = doc.layers.map((l, i) => {
      const layer = layerAt(members, blobPath(l.digest as string));
      // A compressed blob's descriptor size is its pull size; an uncompressed one keeps the gzip estimate.
      const compressedBytes = layer.compression !== 'none' && l.size ? l.size : layer.compressedBytes;
      return { ...layer, compressedBytes, diffId: diffIds[i] ?? null };
    });
    const name = (descriptor as { annotations?: Record<string, string> }).annotations?.['io.containerd.image.name'];
    return { layout: 'oci', imageId: doc.config.digest, repoTags: name ? [name] : [], config, layers };
  }
  return null;
}

function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return `blobs/${algorithm}/${hex}`;
}

function resolveAlias(members: ArchiveMembers, member: string): string {
  let current = member;
  for (let hops = 0; hops < 8 && members.aliases.has(current); hops++) current = members.aliases.get(current) as string;
  return current;
}

function hasLayer(members: ArchiveMembers, member: string): boolean {
  return members.layers.has(resolveAlias(members, member));
}

function layerAt(members: ArchiveMembers, member: string): Omit<ArchiveLayer, 'diffId'> {
  const resolved = resolveAlias(members, member);
  const layer = members.layers.get(resolved);
  if (!layer) {
    const why = members.errors.get(resolved);
    throw new ArchiveError(why ? `layer ${member} could not be read: ${why}` : `layer ${member} is missing from the archive`);
  }
  return { ...layer, member };
}
