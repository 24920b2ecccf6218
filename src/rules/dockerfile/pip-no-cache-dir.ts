import { dockerfileRule } from '../define.js';
import type { RuleHit } from '../../core/types.js';
import type { ShellCommand, Stage } from '../../dockerfile/model.js';
import { hasCacheOrTmpfsMount, shippedStages, stageChain } from '../../dockerfile/queries.js';
import { variablesBefore } from '../../dockerfile/stage-values.js';
import { runsOf } from '../../dockerfile/runs.js';
import { commandLine } from '../../dockerfile/commands.js';

const TRUTHY = /^(?:1|true|on|yes)$/i;
const VARIABLE = 'PIP_NO_CACHE_DIR';

/** A `PIP_NO_CACHE_DIR=1` word: a prefix assignment, `env PIP_NO_CACHE_DIR=1 pip …`, or `export PIP_NO_CACHE_DIR=1`. */
function setsNoCache(command: ShellCommand): boolean {
  return command.argv.some((w) => w.startsWith(VARIABLE + '=') && TRUTHY.test(w.slice(VARIABLE.length + 1).replace(/^["']|["']$/g, '')));
}

/** `pip config set global.no-cache-dir …` writes the setting into pip's config for every later pip call. */
function configuresNoCache(command: ShellCommand): boolean {
  const { program, operands } = commandLine(command);
  return program === 'pip' && operands[0] === 'config' && operands[1] === 'set' && /^(?:global|install)\.no-cache-dir$/.test(operands[2] ?? '') && TRUTHY.test(operands[3] ?? '');
}

// Command-level: the finding is on the line of the `pip install` inside its (possibly multi-line) RUN.
// Only stages whose files ship are checked (see shippedStages).
export default dockerfileRule({
  meta: {
    id: 'pip-no-cache-dir',
    aliases: ['DL3042'],
    severity: 'warning',
    category: 'efficiency',
    title: 'pip install without --no-cache-dir',
    differs: 'Only stages whose files ship are checked; silent when PIP_NO_CACHE_DIR is set (ARG, ENV, inline, export, pip config) or a cache mount covers ~/.cache/pip or a parent.',
    docs: {
      why: 'pip keeps every wheel it downloads in ~/.cache/pip; in an image that cache is dead weight, often as large as the packages themselves.',
      fix: 'Use `pip install --no-cache-dir …`, set `ENV PIP_NO_CACHE_DIR=1` before installing, or keep the cache out of the layer with `RUN --mount=type=cache,target=/root/.cache/pip`.',
      bad: 'RUN pip install -r requirements.txt',
      good: 'RUN pip install --no-cache-dir -r requirements.txt',
    },
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits: RuleHit[] = [];
    // Where `pip config set global.no-cache-dir` ran: later pip calls of that stage and the stages built on it obey.
    const configured: { stage: Stage; line: number }[] = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (hasCacheOrTmpfsMount(run.instruction, '.cache/pip')) continue;
      // ENV or ARG PIP_NO_CACHE_DIR (ARG values are in the environment of RUN), inherited through FROM stages.
      if (TRUTHY.test(variablesBefore(model, run.stage, run.instruction).get(VARIABLE) ?? '')) continue;
      const chain = new Set(stageChain(model, run.stage));
      let exported = false;
      for (const command of run.commands) {
        if (command.argv[0] === 'export' && setsNoCache(command)) exported = true;
        if (configuresNoCache(command)) configured.push({ stage: run.stage, line: command.line });
        const line = commandLine(command);
        if (line.program !== 'pip' || line.operands[0] !== 'install') continue;
        if (line.options.has('no-cache-dir') || exported || setsNoCache(command)) continue;
        if (configured.some((c) => chain.has(c.stage) && c.line <= command.line)) continue;
        hits.push({ line: command.line, endLine: command.line, message: '`pip install` without --no-cache-dir keeps downloaded wheels in ~/.cache/pip; add --no-cache-dir or set PIP_NO_CACHE_DIR=1' });
      }
    }
    return hits;
  },
});
