/**
 * Waste as dive 0.13 computes it, from the per-path copies of stackLayers:
 *   efficiency = Σ smallest copy of each path ÷ Σ all copies of each path (leaf entries; a deletion is a copy of 0)
 *   wasted     = Σ all copies of every path held more than once (dive counts the kept copy too)
 *   user waste = wasted ÷ bytes of the layers after the first
 * and `reclaimable`: all copies minus the one in the final filesystem, the bytes that merging or cleaning the
 * layers would really save. Where dive goes wrong we do not follow it: a deleted directory counts each file it
 * held (dive counts the directory as one efficient path), and opaque directories delete what they hide.
 */
import type { StackedImage } from './filesystem.js';
import type { LayerRef, WasteReport } from './types.js';

export interface WasteFigures {
  efficiency: number;
  wastedBytes: number;
  reclaimableBytes: number;
  userWastedPercent: number;
  /** Every path with reclaimable bytes, largest first. */
  waste: WasteReport[];
}

export function computeWaste(stacked: StackedImage, layerBytes: number[], lineOf: (layer: number) => number | null): WasteFigures {
  let smallest = 0;
  let total = 0;
  let wasted = 0;
  let reclaimable = 0;
  const waste: WasteReport[] = [];
  for (const [path, copies] of stacked.copies) {
    let sum = 0;
    let min = Infinity;
    for (const copy of copies) {
      sum += copy.size;
      if (copy.size < min) min = copy.size;
    }
    smallest += min;
    total += sum;
    if (copies.length < 2) continue;
    wasted += sum;
    const kept = stacked.final.get(path)?.entry.size ?? 0;
    const lost = sum - kept;
    if (lost <= 0) continue;
    reclaimable += lost;
    // The first copy that did not survive, and the copy that replaced or deleted it.
    const lostAt = Math.max(0, copies.findIndex((c) => !c.deleted && c.size > 0));
    const removed = copies[Math.min(lostAt + 1, copies.length - 1)];
    const ref = (layer: number): LayerRef => ({ layer, line: lineOf(layer) });
    waste.push({
      path, wastedBytes: lost, copies: copies.length, addedBy: ref(copies[lostAt].layer),
      removedBy: { ...ref(removed.layer), how: removed.deleted ? 'deleted' : 'overwritten' },
    });
  }
  const userBytes = layerBytes.slice(1).reduce((a, b) => a + b, 0);
  waste.sort((a, b) => b.wastedBytes - a.wastedBytes || (a.path < b.path ? -1 : 1));
  return {
    efficiency: total === 0 ? 1 : smallest / total,
    wastedBytes: wasted,
    reclaimableBytes: reclaimable,
    userWastedPercent: userBytes === 0 ? 0 : (wasted / userBytes) * 100,
    waste,
  };
}
