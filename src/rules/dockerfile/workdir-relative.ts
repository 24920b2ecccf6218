import { dockerfileRule } from '../define.js';
import type { VariableLookup } from '../../dockerfile/image-ref.js';
import type { Instruction } from '../../dockerfile/model.js';
import { variablesBefore } from '../../dockerfile/stage-values.js';
import { stageChain } from '../../dockerfile/queries.js';
import { processWord } from '../../dockerfile/words.js';

// `/app`, `C:\app`, `C:/app`, `\\server\share`.
const isAbsolute = (p: string) => p.startsWith('/') || /^[A-Za-z]:[\\/]?/.test(p) || p.startsWith('\\\\');

export default dockerfileRule({
  meta: {
    id: 'workdir-relative',
    aliases: ['DL3000'],
    severity: 'error',
    category: 'reliability',
    title: 'WORKDIR is a relative path',
    docs: {
      why: 'A relative WORKDIR resolves against whatever directory the base image left, which changes when the base image does.',
      fix: 'Use an absolute path: `WORKDIR /app`.',
      bad: 'FROM node:20-slim\nWORKDIR app',
      good: 'FROM node:20-slim\nWORKDIR /app',
    },
    differs: 'Variables are resolved from ARG/ENV values first (`ENV DIR=app` + `WORKDIR $DIR` fires; hadolint accepts any `$…`); silent on a relative WORKDIR after an absolute one in the same stage chain, which Docker resolves deterministically.',
  },
  check(model) {
    // The path as BuildKit reads it (stage-values.ts does the same): quotes and escapes applied, variables substituted
    // outside single quotes. `WORKDIR '$DIR'` is a directory named `$DIR`.
    const pathOf = (instruction: Instruction, vars?: VariableLookup) => processWord(instruction.args, vars, model.escapeChar);
    return model.stages.flatMap((stage) => {
      let absoluteSeen = stageChain(model, stage).slice(0, -1).some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR' && isAbsolute(pathOf(i).text)));
      const hits = [];
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'WORKDIR' || !instruction.args) continue;
        const { text: path, unresolved } = pathOf(instruction, variablesBefore(model, stage, instruction));
        // An unknown variable could hold anything: say nothing.
        if (unresolved) continue;
        if (isAbsolute(path)) absoluteSeen = true;
        else if (!absoluteSeen) hits.push({ line: instruction.line, endLine: instruction.endLine, message: `WORKDIR ${path} is relative to the base image's working directory; use an absolute path` });
      }
      return hits;
    });
  },
});
