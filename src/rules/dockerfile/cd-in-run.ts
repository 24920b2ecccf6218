import { posix } from 'node:path';
import { dockerfileRule } from '../define.js';
import type { DockerfileModel, Instruction, ShellCommand, Stage } from '../../dockerfile/model.js';
import { effectiveArgv, programOf } from '../../dockerfile/queries.js';
import { expand, launchedCommands, variableNames, variablesBefore, workdirBefore } from '../../dockerfile/stage-values.js';

/** Scratch space: building in a temp directory and leaving it is the normal reason for `cd`. */
function isTemporary(dir: string): boolean {
  return /^\/(?:var\/)?tmp(?:\/|$)/.test(dir);
}

function within(dir: string, ancestor: string): boolean {
  return ancestor !== '/' && (dir === ancestor || dir.startsWith(ancestor + '/'));
}

/** The first `cd` of a RUN that WORKDIR should replace, or null. */
function offendingCd(model: DockerfileModel, stage: Stage, instruction: Instruction): ShellCommand | null {
  // Most RUNs have no `cd` at all: spare them the walk of the stage for its variables and WORKDIR.
  const commands = launchedCommands(instruction);
  if (!commands.some((c) => !c.subshell && programOf(c) === 'cd')) return null;
  const vars = variablesBefore(model, stage, instruction);
  const start = workdirBefore(model, stage, instruction);
  let cwd = start;
  const resolve = (word: string): string | null => {
    const path = expand(word, vars);
    if (path === null || path.includes('$')) return null;
    if (path.startsWith('/')) return posix.normalize(path);
    return cwd === null ? null : posix.join(cwd, path);
  };
  // A path we cannot resolve (`"$tempDir"`) is kept as its text, so `cd "$d"` still matches `rm -rf "$d"`.
  const key = (word: string) => resolve(word) ?? `?${word}`;
  // Shell variables the RUN sets itself (`tempDir="$(mktemp -d)"`), to recognise a temp directory by name.
  const local = new Map<string, string>();
  const cds: { command: ShellCommand; dir: string; temporary: boolean }[] = [];
  const removed: string[] = [];
  for (const command of commands) {
    for (const word of command.argv) {
      const assignment = word.includes('=') ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word) : null;
      if (!assignment) break;
      local.set(assignment[1], assignment[2]);
    }
    // A `cd` in `( … )` or `$( … )` ends with its subshell: exactly what hadolint's own advice recommends.
    if (command.subshell) continue;
    const program = programOf(command);
    if (program !== 'cd' && program !== 'rm') continue;
    const operands = effectiveArgv(command).slice(1).filter((a) => !a.startsWith('-'));
    if (program === 'cd' && operands[0]) {
      const dir = key(operands[0]);
      const madeByMktemp = /mktemp/.test(operands[0]) || variableNames(operands[0]).some((v) => v === 'TMPDIR' || /mktemp/.test(local.get(v) ?? ''));
      cds.push({ command, dir, temporary: madeByMktemp || isTemporary(dir) });
      cwd = resolve(operands[0]);
    } else if (program === 'rm') {
      removed.push(...operands.map(key));
    }
  }
  // Build-and-clean (`cd /src && make install && cd / && rm -rf /src`) needs its cds and the removal in one layer:
  // entering a directory the RUN removes, and, once inside one, stepping back out (to the start, `/` or above it).
  const entered = (dir: string) => removed.some((r) => within(dir, r));
  const above = (dir: string) => dir === start || removed.some((r) => r.startsWith(dir === '/' ? '/' : dir + '/'));
  let inCleanup = false;
  for (const cd of cds) {
    if (entered(cd.dir)) inCleanup = true;
    else if (!(cd.temporary || (inCleanup && above(cd.dir)))) return cd.command;
  }
  return null;
}

export default dockerfileRule({
  meta: {
    id: 'cd-in-run',
    aliases: ['DL3003'],
    severity: 'warning',
    category: 'maintainability',
    title: 'cd in RUN instead of WORKDIR',
    differs: 'Silent for `cd` inside `( … )` or `$( … )`, for temporary directories (`/tmp`, `mktemp`), and for build-and-clean steps that `cd` back and remove the directory (hadolint issue #422).',
    docs: {
      why: 'A `cd` lasts only until the end of its RUN, so the next instruction silently runs somewhere else; WORKDIR states the directory once for every later instruction (and for the container).',
      fix: 'Use `WORKDIR /path`. Silent, unlike hadolint, for `cd` inside a subshell `( … )` and for build-and-clean steps: a `cd` into a temp directory, or into a directory the same RUN removes.',
      bad: 'RUN cd /app && npm ci',
      good: 'WORKDIR /app\nRUN npm ci',
    },
  },
  check(model) {
    return model.stages.flatMap((stage) =>
      stage.instructions
        .filter((i) => i.keyword === 'RUN')
        .flatMap((i) => {
          const cd = offendingCd(model, stage, i);
          return cd ? [{ line: cd.line, endLine: cd.line, message: 'cd in RUN only lasts until the end of this RUN; use WORKDIR to change directory' }] : [];
        }),
    );
  },
});
