import { dockerfileRule } from '../define.js';

// `scratch` is the empty image and `context` names the build context in `--from`/`--mount`: a stage may not shadow them.
const RESERVED = new Set(['scratch', 'context']);

export default dockerfileRule({
  meta: {
    id: 'stage-name-reserved',
    aliases: ['DL3063'],
    severity: 'warning',
    category: 'reliability',
    title: 'Stage named with a reserved word',
    docs: {
      why: '`scratch` and `context` already mean something to BuildKit; a stage with that name is ambiguous in `FROM` and `COPY --from`.',
      fix: 'Rename the stage.',
      bad: 'FROM golang:1.22 AS context\nRUN go build -o /app .',
      good: 'FROM golang:1.22 AS build\nRUN go build -o /app .',
    },
    differs: 'Case-insensitive, as Docker treats stage names.',
  },
  check(model) {
    return model.stages
      .filter((s) => s.name !== null && RESERVED.has(s.name))
      .map((s) => ({ line: s.fromInstruction.line, endLine: s.fromInstruction.endLine, message: `Stage name "${s.name}" is a reserved word` }));
  },
});
