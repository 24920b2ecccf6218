import { dockerfileRule } from '../define.js';
import { fromReferences, resolveFrom, type FromReference } from '../../dockerfile/queries.js';
import type { DockerfileModel, Stage } from '../../dockerfile/model.js';
import { plainlyAnImage } from '../../dockerfile/image-ref.js';
import { misspeltStage } from '../../dockerfile/stage-names.js';

/** Why `ref` names no stage or image docker build can read from `stage`, in words; null when it is fine or is the stage itself. */
function problem(model: DockerfileModel, stage: Stage, ref: FromReference): string | null {
  const { value } = ref;
  const target = resolveFrom(model, ref);
  if (target.kind === 'unresolved') {
    return `docker build does not expand variables in --from and fails; copy from a stage instead: \`FROM ${value} AS <name>\` (the ARG declared before the first FROM), then --from=<name>`;
  }
  if (target.kind === 'stage') {
    // Its own stage is copy-from-own-stage's to report.
    if (target.index <= stage.index) return null;
    if (/^\d+$/.test(value)) return `there is no stage ${value} before this one (stages count from 0)`;
    return `stage '${value.toLowerCase()}' is defined later in the file; stages can only copy from earlier ones`;
  }
  if (plainlyAnImage(value)) return null;
  // Only COPY takes an index (resolveFrom): a mount's `from=0` pulls an image called 0.
  if (/^\d+$/.test(value)) return `a mount takes a stage name, not an index; docker build pulls an image called '${value}'`;
  const lower = value.toLowerCase();
  const close = misspeltStage(model, stage, value);
  if (close) return `no earlier stage is called '${lower}'; did you mean '${close}'?`;
  // Whether the image needs a tag is image-tag-missing's to say.
  return `no earlier stage is called '${lower}', so docker build pulls the image ${value} from a registry`;
}

export default dockerfileRule({
  meta: {
    id: 'copy-from-unknown-stage',
    aliases: ['DL3022'],
    severity: 'warning',
    category: 'reliability',
    title: 'COPY --from names no earlier stage',
    differs: '`--from` is matched against the stages as BuildKit does (an index only in `COPY`); a variable in it is reported, as docker build refuses it; an image reference (`nginx:1.25`, `ghcr.io/x/y`) is silent; also checks `RUN --mount=from=` and suggests the nearest stage name.',
    docs: {
      why: 'A bare name in `--from` that is no earlier stage is pulled from Docker Hub as an image: a typo in a stage name silently copies from an unrelated (or attacker-controlled) image, or fails the build. A variable there (`--from=$IMAGE`) fails `docker build`: BuildKit expands none in `--from` (Podman does).',
      fix: 'Name an earlier `FROM … AS <name>` stage, or write the image with its tag (`--from=nginx:1.25`), which this rule accepts. For an image chosen by a build arg, declare the ARG before the first FROM, add `FROM ${IMAGE} AS src` and copy `--from=src`.',
      bad: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=biuld /app /app',
      good: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app',
    },
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          const why = problem(model, stage, ref);
          if (why) hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${ref.via}=${ref.value}: ${why}` });
        }
      }
    }
    return hits;
  },
});
