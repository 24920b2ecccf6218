/**
 * What an image rule reads: the built image's figures and files, and the Dockerfile it came from, with the
 * question every image rule asks — which line does this layer (or the image as a whole) belong to?
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import type { ArchiveLayer, ImageConfig } from './archive-layout.js';
import type { FinalEntry } from './filesystem.js';
import type { ImageReport } from './types.js';

export interface ImageFacts {
  model: DockerfileModel;
  /** The stage that was built (the last one, or --target). */
  stage: Stage;
  report: ImageReport;
  config: ImageConfig;
  /** Every layer with its entries, oldest first, base image layers included. */
  layers: ArchiveLayer[];
  /** The final filesystem. */
  final: Map<string, FinalEntry | null>;
  /** The instruction that made each layer, by layer index (null for base layers and unmatched history). */
  layerInstructions: (Instruction | null)[];
}

export interface Span {
  line: number;
  endLine: number;
}

/** The built stage's FROM: where findings about the image as a whole, or about its base, belong. */
export function imageAnchor(facts: ImageFacts): Span {
  const from = facts.stage.fromInstruction;
  return { line: from.line, endLine: from.endLine };
}

/** The line that made a layer, or the image's FROM when a base layer (or unknown history) made it. */
export function layerSpan(facts: ImageFacts, layer: number): Span {
  const instruction = facts.layerInstructions[layer];
  return instruction ? { line: instruction.line, endLine: instruction.endLine } : imageAnchor(facts);
}

/** Who put a layer there, for messages: `line 7` or `the base image`. */
export function layerOrigin(facts: ImageFacts, layer: number): string {
  const instruction = facts.layerInstructions[layer];
  if (instruction) return `line ${instruction.line}`;
  return facts.report.layers[layer]?.fromBase ? 'the base image' : `layer ${layer}`;
}
