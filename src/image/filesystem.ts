/**
 * Stacks layers as the engine does (whiteouts delete, opaque markers hide what lower layers put in a directory)
 * and records, for every path, each copy a layer contributed: dive's model, where a deletion is a copy of size 0.
 * The result is the final filesystem plus the copy history the waste figures are computed from.
 */
import type { LayerEntry } from './layer-reader.js';

export interface Copy {
  layer: number;
  size: number;
  deleted: boolean;
}

export interface FinalEntry {
  entry: LayerEntry;
  /** Index of the layer that put it there. */
  layer: number;
}

export interface StackedImage {
  /** Every path of the final filesystem (implicit parent directories included, with entry null). */
  final: Map<string, FinalEntry | null>;
  /** Leaf copies per path, oldest first. */
  copies: Map<string, Copy[]>;
}

interface Node {
  children: Map<string, Node> | null;
  value: FinalEntry | null;
}

export function stackLayers(layers: { entries: LayerEntry[] }[]): StackedImage {
  const root: Node = { children: new Map(), value: null };
  const copies = new Map<string, Copy[]>();
  const addCopy = (path: string, copy: Copy) => {
    const list = copies.get(path);
    if (list) list.push(copy);
    else copies.set(path, [copy]);
  };
  layers.forEach((layer, index) => {
    const readded = new Set(layer.entries.filter((e) => e.kind !== 'whiteout' && e.kind !== 'opaque').map((e) => e.path));
    // Deletions apply to what lower layers built, so they go first, whatever their place in the tar.
    for (const entry of layer.entries) {
      if (entry.kind === 'whiteout') {
        const removed = detach(root, entry.path);
        if (!removed) continue;
        for (const path of leavesOf(removed, entry.path)) addCopy(path, { layer: index, size: 0, deleted: true });
      } else if (entry.kind === 'opaque') {
        const dir = lookup(root, entry.path);
        if (!dir?.children) continue;
        for (const [name, child] of dir.children) {
          for (const path of leavesOf(child, joinPath(entry.path, name))) {
            if (!readded.has(path)) addCopy(path, { layer: index, size: 0, deleted: true });
          }
        }
        dir.children = new Map();
      }
    }
    for (const path of leafPaths(layer.entries)) addCopy(path.path, { layer: index, size: path.size, deleted: false });
    for (const entry of layer.entries) {
      if (entry.kind === 'whiteout' || entry.kind === 'opaque') continue;
      place(root, entry, index, (hidden) => addCopy(hidden, { layer: index, size: 0, deleted: true }));
    }
  });
  const final = new Map<string, FinalEntry | null>();
  walk(root, '/', final);
  final.delete('/');
  return { final, copies };
}

/** Entries with no descendants in the same layer: the nodes dive visits. */
function leafPaths(entries: LayerEntry[]): { path: string; size: number }[] {
  const parents = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'opaque') continue;
    for (let p = parentOf(entry.path); p !== '/'; p = parentOf(p)) {
      if (parents.has(p)) break;
      parents.add(p);
    }
  }
  return entries.filter((e) => e.kind !== 'whiteout' && e.kind !== 'opaque' && !parents.has(e.path)).map((e) => ({ path: e.path, size: e.size }));
}

function place(root: Node, entry: LayerEntry, layer: number, onHidden: (path: string) => void): void {
  const names = entry.path.split('/').filter(Boolean);
  let node = root;
  let path = '';
  for (const name of names.slice(0, -1)) {
    path += `/${name}`;
    if (!node.children) node.children = new Map();
    let next = node.children.get(name);
    if (!next || !next.children) {
      // A file where a directory is needed: the engine replaces it.
      next = { children: new Map(), value: null };
      node.children.set(name, next);
    }
    node = next;
  }
  if (!node.children) node.children = new Map();
  const name = names[names.length - 1];
  const existing = node.children.get(name);
  const value = { entry, layer };
  if (entry.kind === 'dir' && existing?.children) {
    existing.value = value;
    return;
  }
  if (existing?.children && existing.children.size) {
    for (const [childName, child] of existing.children) for (const hidden of leavesOf(child, joinPath(entry.path, childName))) onHidden(hidden);
  }
  node.children.set(name, { children: entry.kind === 'dir' ? new Map() : null, value });
}

function lookup(root: Node, path: string): Node | null {
  let node: Node | undefined = root;
  for (const name of path.split('/').filter(Boolean)) {
    node = node.children?.get(name);
    if (!node) return null;
  }
  return node;
}

function detach(root: Node, path: string): Node | null {
  const parent = lookup(root, parentOf(path));
  const name = path.slice(path.lastIndexOf('/') + 1);
  const node = parent?.children?.get(name);
  if (!node || !parent?.children) return null;
  parent.children.delete(name);
  return node;
}

function* leavesOf(node: Node, path: string): Generator<string> {
  if (!node.children || node.children.size === 0) {
    yield path;
    return;
  }
  for (const [name, child] of node.children) yield* leavesOf(child, joinPath(path, name));
}

function walk(node: Node, path: string, out: Map<string, FinalEntry | null>): void {
  out.set(path, node.value);
  if (node.children) for (const [name, child] of node.children) walk(child, joinPath(path, name), out);
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}
