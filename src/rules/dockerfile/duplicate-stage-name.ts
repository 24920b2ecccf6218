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
    const firstByName = new Map<string, number>();
    return model.stages.flatMap((stage) => {
      if (stage.name === null) return [];
      const first = firstByName.get(stage.name);
      if (first === undefined) {
        firstByName.set(stage.name, stage.fromInstruction.line);
        return [];
      }
      const at = stage.fromInstruction;
      return [{ line: at.line, endLine: at.endLine, message: `Stage name '${stage.name}' is already used by the stage on line ${first}; stage names must be unique` }];
    });
  },
});
