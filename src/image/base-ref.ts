/**
 * The base image a build really starts from: the root FROM of the built stage, resolved with the global ARGs as
 * that build sees them. `model.globalArgs` holds the defaults, each already expanded with the defaults before it;
 * a build arg changes not only its own global but every later default written with it (`ARG BASE=alpine`, `ARG
 * IMAGE=$BASE:3.19`, `--build-arg BASE=debian` gives IMAGE=debian:3.19), so the values are computed again here.
 */
import type { DockerfileModel, Stage } from '../dockerfile/model.js';
import { substitute } from '../dockerfile/image-ref.js';
import { stageChain } from '../dockerfile/queries.js';
import { applyGlobalArg } from '../dockerfile/words.js';

/** The global ARGs as a build with these build args sees them (words.ts applyGlobalArg); only declared ones reach FROM. */
export function globalArgValues(model: DockerfileModel, buildArgs: Record<string, string>): Map<string, string | undefined> {
  const overrides = new Map(Object.entries(buildArgs));
  const values = new Map<string, string | undefined>();
  for (const instruction of model.instructions) {
    // The global ARGs are the ones before the first FROM (the parse refuses anything else there).
    if (instruction.keyword === 'FROM') break;
    if (instruction.keyword === 'ARG') applyGlobalArg(values, instruction, model.escapeChar, overrides);
  }
  return values;
}

/**
 * The image reference the built stage's chain starts FROM with these build args (`scratch` included), or null
 * when a variable in it has no value.
 */
export function baseImageRef(model: DockerfileModel, stage: Stage, buildArgs: Record<string, string>): string | null {
  const root = stageChain(model, stage)[0];
  const { text, unresolved } = substitute(root.from.raw, globalArgValues(model, buildArgs));
  return unresolved || text.includes('$') ? null : text;
}
