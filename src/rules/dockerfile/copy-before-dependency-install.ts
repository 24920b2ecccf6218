import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import type { Instruction } from '../../dockerfile/model.js';
import { copyPaths } from '../../dockerfile/stage-values.js';
import { fromReferences } from '../../dockerfile/queries.js';
import { runsOf } from '../../dockerfile/runs.js';
import { findSpec, specLabel, type CommandSpec } from '../../dockerfile/command-spec.js';
import DATA from '../../data/dependency-installs.json' with { type: 'json' };

const INSTALLS = DATA.installs as CommandSpec[];

/** `COPY . .`, `COPY ./ /app`, `ADD * ./`: the whole build context, so any source change invalidates it. */
function copiesWholeContext(instruction: Instruction): boolean {
  if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || fromReferences(instruction).length) return false;
  const paths = copyPaths(instruction);
  return !!paths && paths.sources.some((s) => /^(?:\.\/?|\.\/\*|\*)$/.test(s));
}

// Instruction-level: the finding spans the COPY/ADD of the whole context; the message names the install's line.
export default dockerfileRule({
  meta: {
    id: 'copy-before-dependency-install',
    aliases: [],
    severity: 'warning',
    category: 'efficiency',
    title: 'Whole source tree copied before installing dependencies',
    docs: {
      why: 'Docker reuses a layer only while everything before it is unchanged. With `COPY . .` before `npm ci` (or pip, go, bundle, composer …), every edit to any source file reinstalls all dependencies, turning seconds-long rebuilds into minutes.',
      fix: 'Copy only the dependency manifests first, install, then copy the rest: `COPY package.json package-lock.json ./`, `RUN npm ci`, `COPY . .`.',
      bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
      good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
    },
  },
  check(model) {
    const hits: RuleHit[] = [];
    const runs = runsOf(model);
    for (const stage of model.stages) {
      // Each whole-context copy is reported once, against the first install that follows it in the stage.
      let pending: Instruction[] = [];
      for (const instruction of stage.instructions) {
        if (copiesWholeContext(instruction)) pending.push(instruction);
        if (instruction.keyword !== 'RUN' || pending.length === 0) continue;
        const run = runs.find((r) => r.instruction === instruction);
        for (const command of run?.commands ?? []) {
          const spec = findSpec(command, INSTALLS);
          if (!spec) continue;
          const label = specLabel(command, spec);
          for (const copy of pending) {
            hits.push({ line: copy.line, endLine: copy.endLine, message: `${copy.keyword} of the whole build context comes before \`${label}\` on line ${command.line}, so every source change reinstalls dependencies; copy the manifests first, install, then copy the rest` });
          }
          pending = [];
          break;
        }
      }
    }
    return hits;
  },
});
