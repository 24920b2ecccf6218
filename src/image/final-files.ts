/** Questions about the final filesystem that image rules share: which network tools, which setuid files. */
import table from '../data/image-network-tools.json' with { type: 'json' };
import type { FinalEntry } from './filesystem.js';

export interface FoundFile {
  path: string;
  /** The layer that put it there. */
  layer: number;
  /** How to name it in a message: `curl (/usr/bin/curl)`. */
  label: string;
}

const toolOf = new Map(table.tools.flatMap((t) => t.binaries.map((b) => [b, t.tool] as const)));
const appletsOf = new Map(table.multiCall.map((m) => [m.binary, m.applets]));
const binDirs = new Set(table.binDirs);

/** Programs on the PATH (files or links) that are network tools or package managers, in path order. */
export function networkTools(final: Map<string, FinalEntry | null>): FoundFile[] {
  const found: FoundFile[] = [];
  for (const [path, value] of final) {
    if (!value || value.entry.kind === 'dir') continue;
    const slash = path.lastIndexOf('/');
    if (!binDirs.has(path.slice(0, slash))) continue;
    const name = path.slice(slash + 1);
    const tool = toolOf.get(name);
    const applets = appletsOf.get(name);
    if (tool) found.push({ path, layer: value.layer, label: tool === name ? `${name} (${path})` : `${tool} \`${name}\` (${path})` });
    else if (applets) found.push({ path, layer: value.layer, label: `${name} (${path}, with ${applets} applets)` });
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Regular files with the setuid or setgid bit. */
export function setuidFiles(final: Map<string, FinalEntry | null>): FoundFile[] {
  const found: FoundFile[] = [];
  for (const [path, value] of final) {
    if (!value || value.entry.kind !== 'file' || (value.entry.mode & 0o6000) === 0) continue;
    const bits = [(value.entry.mode & 0o4000) !== 0 ? 'setuid' : '', (value.entry.mode & 0o2000) !== 0 ? 'setgid' : ''].filter(Boolean).join('+');
    found.push({ path, layer: value.layer, label: `${path} (${bits})` });
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}
