/**
 * Does a container's command start more than one process? The same judgement as the Dockerfile rule, from the same
 * table (src/data/process-supervisors.json), applied to `command` + `args` (an exec argv, no shell unless `sh -c`).
 */
import table from '../data/process-supervisors.json' with { type: 'json' };
import type { ShellCommand } from '../dockerfile/model.js';
import { basename, effectiveArgv, shellScriptOf } from '../dockerfile/queries.js';
import { plainScript, splitCommands } from '../dockerfile/shell.js';

const supervisors = new Map(Object.entries(table.supervisors));
const initShims = new Set(table.initShims);
const serviceControl = new Set(table.serviceControl);

/** argv without a tini/dumb-init prefix (and its options, and `--`): the shim is fine, its child is what runs. */
function withoutInitShim(argv: string[]): string[] {
  let rest = argv;
  while (rest.length && initShims.has(basename(rest[0]))) {
    let i = 1;
    while (i < rest.length && rest[i].startsWith('-') && rest[i] !== '--') i++;
    if (rest[i] === '--') i++;
    rest = rest.slice(i);
  }
  return rest;
}

function extraProcesses(command: ShellCommand): string | null {
  if (command.next === '&') return `backgrounds \`${command.argv.join(' ')}\` with &`;
  const argv = withoutInitShim(effectiveArgv(command));
  const program = basename(argv[0] ?? '');
  const supervisor = supervisors.get(program);
  if (supervisor) return `starts ${supervisor}`;
  if ((serviceControl.has(program) || /^\/etc\/(?:rc\.d\/)?init\.d\//.test(argv[0] ?? '')) && argv.some((w) => w === 'start' || w === 'restart')) {
    return `starts a background service with \`${argv.join(' ')}\``;
  }
  return null;
}

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
