import { dockerfileRule } from '../define.js';
import { commandHit, runCommandLines } from '../../dockerfile/commands.js';

// Interactive or host-level tools that do nothing useful while an image builds (hadolint's list).
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

export default dockerfileRule({
  meta: {
    id: 'pointless-command-in-run',
    aliases: ['DL3001'],
    severity: 'info',
    category: 'maintainability',
    title: 'Command that makes no sense in a build',
    docs: {
      why: 'ssh, vim, top, service, shutdown, mount, ps, free and kill act on an interactive session or a running system; during `docker build` there is neither.',
      fix: 'Remove the command; start services from the container\'s command, and copy files in instead of fetching them over ssh.',
      bad: 'FROM debian:12-slim\nRUN service nginx start',
      good: 'FROM nginx:1.27-alpine\nCMD ["nginx", "-g", "daemon off;"]',
    },
    differs: 'Reported on the exact line of the command inside a multi-line RUN; wrappers (sudo, env …) are looked through.',
  },
  check(model) {
    return runCommandLines(model)
      .filter(({ line }) => POINTLESS.has(line.program))
      .map(({ line }) => commandHit(line.command, `\`${line.program}\` makes no sense while an image builds`));
  },
});
