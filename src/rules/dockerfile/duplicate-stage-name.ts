import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'duplicate-stage-name',
    aliases: ['DL3024'],
    severity: 'error',
    category: 'reliability',
    title: 'Two stages share a name',
    docs: {
      why: 'Stage names are case-insensitive and must be unique: BuildKit refuses the file, and older builders silently pick one of the stages for `--from` and `--target`.',
      fix: 'Give every `FROM … AS <name>` its own name.',
      bad: 'FROM node:20 AS build\nFROM golang:1.22 AS build',
      good: 'FROM node:20 AS web-build\nFROM golang:1.22 AS api-build',
    },
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      const first = model.stages.find((s) => s.index < stage.index && s.name !== null && s.name === stage.name);
      if (!first) return [];
      const at = stage.fromInstruction;
      return [{ line: at.line, endLine: at.endLine, message: `Stage name '${stage.name}' is already used by the stage on line ${first.fromInstruction.line}; stage names must be unique` }];
    });
  },
});
