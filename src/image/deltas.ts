/**
 * Per-instruction size deltas between two builds of a Dockerfile (the head and the base ref). The layer-making
 * instructions of both are aligned by edit distance: the same instruction text pairs for free, an edited one of the
 * same keyword (one more package on an apt-get line) pairs at a cost, anything else is an addition or a removal.
 */
import type { Instruction } from '../dockerfile/model.js';
import type { LayerReport, InstructionDelta } from './types.js';

export interface LayerMaker {
  instruction: Instruction;
  sizeBytes: number;
}

/** The instructions that made the image's own layers (not the base's), in order, sizes summed per instruction. */
export function layerMakers(layers: LayerReport[], instructions: (Instruction | null)[]): LayerMaker[] {
  const makers: LayerMaker[] = [];
  layers.forEach((layer, i) => {
    const instruction = instructions[i];
    if (!instruction || layer.fromBase) return;
    const last = makers[makers.length - 1];
    if (last && last.instruction === instruction) last.sizeBytes += layer.sizeBytes;
    else makers.push({ instruction, sizeBytes: layer.sizeBytes });
  });
  return makers;
}

export function instructionDeltas(head: LayerMaker[], base: LayerMaker[]): InstructionDelta[] {
  const n = head.length;
  const m = base.length;
  const cost = (i: number, j: number) => (instructionText(head[i].instruction) === instructionText(base[j].instruction) ? 0 : head[i].instruction.keyword === base[j].instruction.keyword ? 1 : 3);
  // best[i][j]: cheapest alignment of head[i..] with base[j..].
  const best: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (n - i) + (m - j)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) best[i][j] = Math.min(best[i + 1][j] + 1, best[i][j + 1] + 1, best[i + 1][j + 1] + cost(i, j));
  }
  const deltas: InstructionDelta[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && cost(i, j) < 2 && best[i][j] === best[i + 1][j + 1] + cost(i, j)) {
      deltas.push(delta(head[i], base[j]));
      i++;
      j++;
    } else if (i < n && (j >= m || best[i][j] === best[i + 1][j] + 1)) {
      deltas.push(delta(head[i], null));
      i++;
    } else {
      deltas.push(delta(null, base[j]));
      j++;
    }
  }
  return deltas;
}

function delta(head: LayerMaker | null, base: LayerMaker | null): InstructionDelta {
  const size = head?.sizeBytes ?? 0;
  const baseSize = base?.sizeBytes ?? 0;
  const shown = (head ?? base) as LayerMaker;
  return {
    line: head?.instruction.line ?? null,
    endLine: head?.instruction.endLine ?? null,
    instruction: instructionText(shown.instruction),
    sizeBytes: size,
    baseSizeBytes: baseSize,
    deltaBytes: size - baseSize,
  };
}

/** `COPY --from=build /app /app`: keyword, flags and arguments on one line. */
export function instructionText(instruction: Instruction): string {
  const flags = instruction.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
  return [instruction.keyword, ...flags, instruction.args].join(' ').replace(/\s+/g, ' ').trim();
}
