import { dockerfileRule } from '../define.js';
import type { Instruction } from '../../dockerfile/model.js';
import { launchedCommands } from '../../dockerfile/stage-values.js';
import { extraProcesses } from '../../dockerfile/processes.js';

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
