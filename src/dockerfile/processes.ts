/**
 * Does a command start more than one process? One judgement for Dockerfile CMD/ENTRYPOINT and Kubernetes
 * command/args, from one table (src/data/process-supervisors.json): a supervisor or init system, a service started
 * into the background, or `&`. tini and dumb-init are fine as PID 1; what they launch is what gets judged.
 */
import table from '../data/process-supervisors.json' with { type: 'json' };
import type { ShellCommand } from './model.js';
import { basename, effectiveArgv } from './queries.js';

const supervisors = new Map(Object.entries(table.supervisors));
const initShims = new Set(table.initShims);
const serviceControl = new Set(table.serviceControl);

/** argv without a tini/dumb-init prefix (and its options, and `--`): the shim is fine, its child is what runs. */
export function withoutInitShim(argv: string[]): string[] {
  let rest = argv;
  while (rest.length && initShims.has(basename(rest[0]))) {
    let i = 1;
    while (i < rest.length && rest[i].startsWith('-') && rest[i] !== '--') i++;
    if (rest[i] === '--') i++;
    rest = rest.slice(i);
  }
  return rest;
}

export function extraProcesses(command: ShellCommand): string | null {
  if (command.next === '&') return `backgrounds \`${command.argv.join(' ')}\` with &`;
  const argv = withoutInitShim(effectiveArgv(command));
  const program = basename(argv[0] ?? '');
  const supervisor = supervisors.get(program);
  if (supervisor) return `starts ${supervisor}`;
  // `service nginx start`, `/etc/init.d/nginx start`, `systemctl start nginx`: a daemon forks into the background.
  if ((serviceControl.has(program) || /^\/etc\/(?:rc\.d\/)?init\.d\//.test(argv[0] ?? '')) && argv.some((w) => w === 'start' || w === 'restart')) {
    return `starts a background service with \`${argv.join(' ')}\``;
  }
  return null;
}
