import { dockerfileRule } from '../define.js';
import table from '../../data/process-supervisors.json' with { type: 'json' };
import type { Instruction, ShellCommand } from '../../dockerfile/model.js';
import { basename, effectiveArgv, launchedCommands } from '../../dockerfile/queries.js';

const supervisors = new Map(Object.entries(table.supervisors));
const initShims = new Set(table.initShims);
const serviceControl = new Set(table.serviceControl);

/** argv with a tini/dumb-init prefix (and its options, and `--`) removed: the shim itself is fine, its child is not checked by it. */
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

/** What in this command makes the container run more than one process, or null. */
function extraProcesses(command: ShellCommand): string | null {
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

export default dockerfileRule({
  meta: {
    id: 'multiple-processes',
    aliases: [],
    severity: 'warning',
    category: 'reliability',
    title: 'Container starts several processes',
    docs: {
      why: 'Kubernetes watches one process per container: it restarts the container when PID 1 exits and probes, scales and logs it as one thing. A supervisor, an init system or a backgrounded `&` process can die unnoticed, miss SIGTERM, and mixes its logs with the app’s.',
      fix: 'Run one process per container and put helpers in their own containers (sidecars) of the same pod. For zombie reaping and signal forwarding use tini or dumb-init (`ENTRYPOINT ["tini", "--"]`), which this rule accepts.',
      bad: 'CMD nginx && php-fpm &\nCMD ["/usr/bin/supervisord", "-c", "/etc/supervisord.conf"]',
      good: 'ENTRYPOINT ["tini", "--"]\nCMD ["php-fpm", "-F"]',
    },
  },
  check(model) {
    return model.instructions
      .filter((i): i is Instruction => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')
      .flatMap((i) => {
        const why = launchedCommands(i).map(extraProcesses).find((w) => w !== null);
        return why ? [{ line: i.line, endLine: i.endLine, message: `${i.keyword} ${why}: run one process per container (tini or dumb-init are fine as PID 1)` }] : [];
      });
  },
});
