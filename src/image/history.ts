/**
 * The image history, paired with the layers and read back into Dockerfile terms. The two builders write it
 * differently: BuildKit `RUN /bin/sh -c make # buildkit`, `COPY src /app # buildkit`, `ENV A=1`; the classic
 * builder `/bin/sh -c make` for RUN and `/bin/sh -c #(nop) COPY file:<sha> in /app ` for the rest.
 * Entries marked empty_layer made no layer; the others take the layers in order.
 */
import type { HistoryEntry } from './archive-layout.js';

export interface HistoryStep {
  /** Index in the config's history. */
  index: number;
  createdBy: string;
  /** Index of the layer this entry made; null for an empty-layer entry. */
  layer: number | null;
  /** The Dockerfile keyword it came from (RUN, COPY …), or null when it does not say (imports, other tools). */
  keyword: string | null;
  /** What follows the keyword: the command line of a RUN, the sources and destination of a COPY. */
  text: string;
}

const KEYWORDS = new Set([
  'RUN', 'COPY', 'ADD', 'ENV', 'WORKDIR', 'USER', 'CMD', 'ENTRYPOINT', 'LABEL', 'EXPOSE', 'VOLUME', 'SHELL',
  'STOPSIGNAL', 'HEALTHCHECK', 'ONBUILD', 'ARG', 'MAINTAINER',
]);

export function historySteps(history: HistoryEntry[], layerCount: number): HistoryStep[] {
  let layer = 0;
  return history.map((entry, index) => {
    const createdBy = entry.created_by ?? '';
    const makesLayer = !entry.empty_layer && layer < layerCount;
    const parsed = parseCreatedBy(createdBy);
    return { index, createdBy, layer: makesLayer ? layer++ : null, ...parsed };
  });
}

export function parseCreatedBy(createdBy: string): { keyword: string | null; text: string } {
  const text = createdBy.replace(/\s*# buildkit\s*$/, '').trim();
  if (text === '') return { keyword: null, text: '' };
  const nop = /#\(nop\)\s+([A-Za-z]+)\s*([\s\S]*)$/.exec(text);
  if (nop) return { keyword: nop[1].toUpperCase(), text: nop[2].trim() };
  const first = /^([A-Z]+)(?:\s+([\s\S]*))?$/.exec(text);
  if (first && KEYWORDS.has(first[1])) return { keyword: first[1], text: withoutBuildArgs(first[2] ?? '') };
  // The classic builder writes a RUN as the bare command line, build args first: `|2 A=1 B=2 /bin/sh -c …`.
  return { keyword: 'RUN', text: withoutBuildArgs(text) };
}

/** `|2 A=1 B=2 /bin/sh -c make` → `/bin/sh -c make`. */
function withoutBuildArgs(text: string): string {
  const match = /^\|(\d+)\s+/.exec(text);
  if (!match) return text.trim();
  let rest = text.slice(match[0].length);
  for (let i = 0; i < Number(match[1]); i++) rest = rest.replace(/^\S+=\S*\s*/, '');
  return rest.trim();
}
