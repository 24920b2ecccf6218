/** Stage names as `--from` uses them: the earlier stage a misspelt name most likely meant. */
import type { DockerfileModel, Stage } from './model.js';
import { editDistance } from '../core/edit-distance.js';

/** The name of a stage before `stage` that `word` is a likely misspelling of (a quarter of its letters off), or null. */
export function misspeltStage(model: DockerfileModel, stage: Stage, word: string): string | null {
  const lower = word.toLowerCase();
  const earlier = model.stages.slice(0, stage.index).map((s) => s.name).filter((n): n is string => n !== null);
  return earlier.find((n) => n !== lower && editDistance(n, lower) <= Math.max(1, Math.floor(n.length / 4))) ?? null;
}
