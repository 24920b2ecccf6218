import { dockerfileRule } from '../define.js';
import { stageReference } from '../../dockerfile/parse.js';
import { fromReferences } from '../../dockerfile/queries.js';
import { expand, variablesBefore } from '../../dockerfile/stage-values.js';
import type { Stage } from '../../dockerfile/model.js';

/** A tag, digest or registry path makes it an image (`nginx:1.25`, `ghcr.io/astral-sh/uv`): not a stage typo. */
function looksLikeImage(ref: string): boolean {
  return /[:@/]/.test(ref);
}

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

/** Why `name` is no earlier stage of `stage`, in words; null when it is fine or is the stage itself. */
function problem(stages: Stage[], stage: Stage, name: string): string | null {
  const lower = name.toLowerCase();
  if (/^\d+$/.test(name)) {
    return Number(name) > stage.index ? `there is no stage ${name} before this one (stages count from 0)` : null;
  }
  const index = stages.findIndex((s) => s.name === lower);
  if (index === stage.index) return null;
  if (index > stage.index) return `stage '${lower}' is defined later in the file; stages can only copy from earlier ones`;
  const earlier = stages.slice(0, stage.index).map((s) => s.name).filter((n): n is string => n !== null);
  const close = earlier.find((n) => distance(n, lower) <= Math.max(1, Math.floor(n.length / 4)));
  if (close) return `no earlier stage is called '${lower}'; did you mean '${close}'?`;
  return `no earlier stage is called '${lower}'; if it is an image, give it a tag (${name}:<version>)`;
}

export default dockerfileRule({
  meta: {
    id: 'copy-from-unknown-stage',
    aliases: ['DL3022'],
    severity: 'warning',
    category: 'reliability',
    title: 'COPY --from names no earlier stage',
    differs: '`--from` is resolved through ARG defaults and matched against earlier stages; an image reference (`nginx:1.25`, `ghcr.io/x/y`) is silent; also checks `RUN --mount=from=` and suggests the nearest stage name.',
    docs: {
      why: 'A bare name in `--from` that is no earlier stage is pulled from Docker Hub as an image: a typo in a stage name silently copies from an unrelated (or attacker-controlled) image, or fails the build.',
      fix: 'Name an earlier `FROM … AS <name>` stage, or write the image with its tag (`--from=nginx:1.25`), which this rule accepts. ARG values are substituted first; an ARG without a default is not guessed at.',
      bad: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=biuld /app /app',
      good: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app',
    },
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          if (stageReference(model.stages, ref.value, stage.index) !== null) continue;
          const resolved = expand(ref.value, variablesBefore(model, stage, instruction)) ?? expand(ref.value, model.globalArgs);
          if (resolved === null || resolved === '' || looksLikeImage(resolved)) continue;
          if (stageReference(model.stages, resolved, stage.index) !== null) continue;
          const why = problem(model.stages, stage, resolved);
          if (why) hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${ref.via}=${resolved}: ${why}` });
        }
      }
    }
    return hits;
  },
});
