import { kubernetesRule } from '../define.js';
import { multipleProcesses } from '../../kubernetes/processes.js';
import { containerLabel, runningContainers, subject } from '../../kubernetes/queries.js';

const strings = (value: unknown): string[] | null => (Array.isArray(value) ? value.map((v) => String(v)) : null);

// Same id as the Dockerfile rule: a container's command in the manifest replaces the image's ENTRYPOINT/CMD.
export default kubernetesRule({
  meta: {
    id: 'multiple-processes',
    aliases: [],
    severity: 'warning',
    category: 'reliability',
    title: 'Container command starts several processes',
    docs: {
      why: 'Kubernetes watches one process per container: it restarts the container when PID 1 exits, and probes and logs it as one thing. A supervisor or a process backgrounded with `&` can die unnoticed, miss SIGTERM, and mixes its logs with the app\'s.',
      fix: 'Run one process per container and put helpers in their own containers of the same pod (sidecars). tini and dumb-init as PID 1 are fine.',
      bad: 'command: ["sh", "-c", "nginx & php-fpm -F"]',
      good: 'containers:\n  - name: nginx\n    command: ["nginx", "-g", "daemon off;"]\n  - name: php\n    command: ["php-fpm", "-F"]',
    },
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const command = strings(container.value.command);
      const args = strings(container.value.args);
      // Without `command` the image's ENTRYPOINT runs, which the Dockerfile rule judges; args alone only feed it.
      if (!command) return [];
      const why = multipleProcesses([...command, ...(args ?? [])]);
      if (!why) return [];
      // Blame the field that holds the script: args when `command` is only the shell (`[sh, -c]`).
      const field = args && multipleProcesses(command) === null && command.length <= 2 ? 'args' : 'command';
      return [{ line: object.lineOf([...container.path, field]), message: `${containerLabel(container)} of ${subject(object)} ${why}: run one process per container (tini or dumb-init are fine as PID 1)` }];
    });
  },
});
