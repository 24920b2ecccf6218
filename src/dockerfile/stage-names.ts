/** Stage names as `--from` uses them: the earlier stage a misspelt name most likely meant. */
import type { DockerfileModel, Stage } from './model.js';

/** Edit distance counting a swap of neighbours as one edit (`biuld` is one away from `build`). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The name of a stage before `stage` that `word` is a likely misspelling of (a quarter of its letters off), or null. */
export function misspeltStage(model: DockerfileModel, stage: Stage, word: string): string | null {
  const lower = word.toLowerCase();
  const earlier = model.stages.slice(0, stage.index).map((s) => s.name).filter((n): n is string => n !== null);
  return earlier.find((n) => n !== lower && distance(n, lower) <= Math.max(1, Math.floor(n.length / 4))) ?? null;
}
