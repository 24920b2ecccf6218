import { dockerfileRule } from '../define.js';
import { stageChain } from '../../dockerfile/queries.js';
import { stripQuotes } from '../../dockerfile/words.js';

export default dockerfileRule({
  meta: {
    id: 'copy-relative-without-workdir',
    aliases: ['DL3045'],
    severity: 'warning',
    category: 'reliability',
    title: 'COPY to a relative path without WORKDIR',
    docs: {
      why: 'A relative COPY destination lands in the base image\'s working directory, which you did not choose and which can change with the base image.',
      fix: 'Set `WORKDIR /app` first, or copy to an absolute path.',
      bad: 'FROM node:20-slim\nCOPY package.json .',
      good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json .',
    },
    differs: 'A WORKDIR in a stage this one is built FROM counts, as in hadolint; reported with the COPY\'s whole line range.',
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      let workdir = stageChain(model, stage).slice(0, -1).some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR'));
      const hits = [];
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR') workdir = true;
        if (instruction.keyword !== 'COPY' || workdir || instruction.words.length < 2) continue;
        const dest = stripQuotes(instruction.words[instruction.words.length - 1]);
        if (dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:/.test(dest)) continue;
        hits.push({ line: instruction.line, endLine: instruction.endLine, message: `COPY to the relative path ${dest} without a WORKDIR: it lands wherever the base image's working directory is` });
      }
      return hits;
    });
  },
});
