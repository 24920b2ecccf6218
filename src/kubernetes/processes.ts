/**
 * Does a container's command start more than one process? The same judgement as the Dockerfile rule, from the same
 * table (src/data/process-supervisors.json), applied to `command` + `args` (an exec argv, no shell unless `sh -c`).
 */
import type { ShellCommand } from '../dockerfile/model.js';
import { shellScriptOf } from '../dockerfile/stage-values.js';
import { extraProcesses, withoutInitShim } from '../dockerfile/processes.js';
import { plainScript, splitCommands } from '../dockerfile/shell.js';

/** Why `argv` runs several processes, or null. Opens `sh -c "…"` scripts a few levels deep. */
export function multipleProcesses(argv: string[]): string | null {
  const queue: { command: ShellCommand; depth: number }[] = [{ command: { argv: withoutInitShim(argv), line: 1, next: null, redirects: [] }, depth: 0 }];
  while (queue.length > 0) {
    const { command, depth } = queue.shift()!;
    const why = extraProcesses(command);
    if (why) return why;
    const script = depth < 3 ? shellScriptOf({ ...command, argv: withoutInitShim(command.argv) }) : null;
    if (script !== null) for (const inner of splitCommands(plainScript(script, 1))) queue.push({ command: inner, depth: depth + 1 });
  }
  return null;
}
