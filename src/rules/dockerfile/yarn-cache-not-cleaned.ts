import { dockerfileRule } from '../define.js';
import { commandHit, commandLine, runBodies } from '../../dockerfile/commands.js';
import { hasCacheOrTmpfsMount, shippedStages } from '../../dockerfile/queries.js';
import type { CommandLine } from '../../dockerfile/commands.js';

const isInstall = (l: CommandLine) => l.program === 'yarn' && (l.operands[0] === 'install' || l.operands.length === 0);
const isClean = (l: CommandLine) => l.program === 'yarn' && l.operands[0] === 'cache' && l.operands[1] === 'clean';

export default dockerfileRule({
  meta: {
    id: 'yarn-cache-not-cleaned',
    aliases: ['DL3060'],
    severity: 'info',
    category: 'efficiency',
    title: 'yarn install without yarn cache clean',
    docs: {
      why: 'yarn keeps a copy of every package in its cache; unless the same RUN cleans it, the layer carries the dependencies twice.',
      fix: 'Add `&& yarn cache clean` to the RUN, or mount the cache: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install`.',
      bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile',
      good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean',
    },
    differs: 'Silent in build stages whose files never ship (only copied from); bare `yarn` counts as an install; reported on the install command\'s line.',
  },
  check(model) {
    const shipped = shippedStages(model);
    return runBodies(model).flatMap((body) => {
      if (body.stage && !shipped.has(body.stage.index)) return [];
      if (hasCacheOrTmpfsMount(body.instruction, '.cache/yarn')) return [];
      const lines = body.commands.map(commandLine);
      const install = lines.findIndex(isInstall);
      if (install < 0 || lines.slice(install + 1).some(isClean)) return [];
      return [commandHit(lines[install].command, '`yarn cache clean` is missing after yarn install: the cache stays in the layer')];
    });
  },
});
