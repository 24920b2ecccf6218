/**
 * From a built image to its figures: stream `docker save` through the reader, pair history with layers and
 * layers with Dockerfile lines, stack the layers, compute the waste. Sizes are the engine's own (`docker
 * history`, `docker image inspect`) when it knows the image — its measure depends on how a layer entered the
 * store (a committed container counts symlink targets, an applied tar does not) — and the stream's otherwise.
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import { readImageArchive } from './archive-reader.js';
import { baseImageRef } from './base-ref.js';
import type { ImageArchive } from './archive-layout.js';
import { engineHistory, inspectImage, saveImage, type Docker, type EngineHistoryEntry } from './docker.js';
import type { ImageFacts } from './facts.js';
import { instructionText } from './deltas.js';
import { stackLayers } from './filesystem.js';
import { historySteps } from './history.js';
import { mapHistory, type MappedStep } from './line-map.js';
import type { ImageReport, LayerReport } from './types.js';
import { computeWaste } from './waste.js';

const TOP_WASTE = 10;

export interface Analysis {
  report: Omit<ImageReport, 'dockerfile' | 'tag' | 'builder' | 'target' | 'platform' | 'buildSeconds' | 'base' | 'kept'>;
  facts: Omit<ImageFacts, 'report'>;
}

export interface AnalyzeOptions {
  /** Build args, to resolve a FROM written with variables. */
  buildArgs?: Record<string, string>;
  /** Estimate gzip sizes of uncompressed layers (default true); without, compressedBytes is the tar size. */
  estimateCompression?: boolean;
}

export async function analyzeImage(d: Docker, ref: string, model: DockerfileModel, stage: Stage, options: AnalyzeOptions = {}): Promise<Analysis> {
  const started = performance.now();
  // What the engine says about the image does not depend on the archive: ask while the archive streams.
  const engineSays = Promise.all([engineHistory(d, ref), inspectImage(d, ref)]);
  engineSays.catch(() => undefined); // awaited below unless the archive fails first
  const save = saveImage(d, ref);
  let archive: ImageArchive;
  try {
    archive = await readImageArchive(save.stdout, { tag: ref, estimateCompression: options.estimateCompression });
  } catch (error) {
    const ended = await save.done;
    throw new Error(ended.exitCode !== 0 ? `docker save failed: ${ended.stderr.trim()}` : (error as Error).message);
  }
  const saved = await save.done;
  if (saved.exitCode !== 0) throw new Error(`docker save failed: ${saved.stderr.trim()}`);
  const [[history, inspected], base] = await Promise.all([engineSays, baseOf(d, model, stage, archive, options.buildArgs ?? {})]);
  const analysis = analyzeArchive(archive, model, stage, { history, inspectedSize: inspected?.Size ?? null, baseSteps: base?.steps ?? null, baseLayers: base?.layers ?? null });
  analysis.report.analysisSeconds = (performance.now() - started) / 1000;
  return analysis;
}

export interface EngineFacts {
  /** `docker history`, oldest first; used when it lines up with the config's history. */
  history: EngineHistoryEntry[] | null;
  inspectedSize: number | null;
  /** History entries and layers of the base image, when known. */
  baseSteps: number | null;
  baseLayers: number | null;
}

/** The pure part: an archive already read, plus what the engine said. */
export function analyzeArchive(archive: ImageArchive, model: DockerfileModel, stage: Stage, engine: EngineFacts): Analysis {
  const steps = historySteps(archive.config.history ?? [], archive.layers.length);
  const mapped = mapHistory(model, stage, steps, engine.baseSteps);
  const stepOfLayer = new Map<number, MappedStep>();
  for (const step of mapped) if (step.layer !== null) stepOfLayer.set(step.layer, step);
  const engineSizes = engine.history && engine.history.length === steps.length ? engine.history : null;
  const layerInstructions: (Instruction | null)[] = archive.layers.map((_, i) => stepOfLayer.get(i)?.instruction ?? null);
  const layers: LayerReport[] = archive.layers.map((layer, index) => {
    const step = stepOfLayer.get(index);
    const instruction = layerInstructions[index];
    const fromBase = (engine.baseLayers !== null && index < engine.baseLayers) || (step?.fromBase ?? false);
    return {
      index,
      sizeBytes: step && engineSizes ? engineSizes[step.index].size : layer.contentBytes + layer.symlinkBytes,
      compressedBytes: layer.compressedBytes,
      createdBy: step?.createdBy ?? '',
      line: instruction?.line ?? null,
      endLine: instruction?.endLine ?? null,
      instruction: instruction ? instructionText(instruction) : null,
      fileCount: layer.fileCount,
      fromBase,
    };
  });
  const stacked = stackLayers(archive.layers);
  const waste = computeWaste(stacked, archive.layers.map((l) => l.contentBytes), (i) => layerInstructions[i]?.line ?? null);
  const report: Analysis['report'] = {
    imageId: archive.imageId,
    sizeBytes: engine.inspectedSize ?? layers.reduce((sum, l) => sum + l.sizeBytes, 0),
    compressedBytes: layers.reduce((sum, l) => sum + l.compressedBytes, 0),
    layers,
    efficiency: waste.efficiency,
    wastedBytes: waste.wastedBytes,
    reclaimableBytes: waste.reclaimableBytes,
    userWastedPercent: waste.userWastedPercent,
    topWaste: waste.waste.slice(0, TOP_WASTE),
    analysisSeconds: 0,
  };
  return { report, facts: { model, stage, config: archive.config, layers: archive.layers, final: stacked.final, layerInstructions } };
}

/**
 * The base image's share of the history: nothing for `FROM scratch`; the base image's own history and layer
 * count when the engine has it and the built image really starts with it; unknown (null) otherwise.
 */
async function baseOf(d: Docker, model: DockerfileModel, stage: Stage, archive: ImageArchive, buildArgs: Record<string, string>): Promise<{ steps: number; layers: number } | null> {
  const ref = baseImageRef(model, stage, buildArgs);
  if (ref === null) return null;
  if (ref.toLowerCase() === 'scratch') return { steps: 0, layers: 0 };
  const [inspected, history] = await Promise.all([inspectImage(d, ref), engineHistory(d, ref)]);
  const baseLayers = inspected?.RootFS?.Layers ?? null;
  if (!baseLayers || !history) return null;
  const diffIds = archive.config.rootfs?.diff_ids ?? [];
  const ownHistory = archive.config.history ?? [];
  const layersMatch = baseLayers.every((id, i) => diffIds[i] === id);
  const historyMatches = history.length <= ownHistory.length && history.every((h, i) => (ownHistory[i]?.created_by ?? '') === h.createdBy);
  return layersMatch && historyMatches ? { steps: history.length, layers: baseLayers.length } : null;
}
