import { dockerfileRule } from '../define.js';
import { imageStages } from '../../dockerfile/labels.js';
import { stageChain } from '../../dockerfile/queries.js';

export default dockerfileRule({
  meta: {
    id: 'healthcheck-missing',
    aliases: ['DL3057'],
    severity: 'info',
    category: 'reliability',
    title: 'Image without HEALTHCHECK',
    enabledByDefault: false,
    docs: {
      why: 'Docker and Compose use HEALTHCHECK to tell a hung container from a healthy one. Kubernetes ignores it (it uses liveness and readiness probes), which is why this rule is off by default.',
      fix: 'Add `HEALTHCHECK CMD …` (or `HEALTHCHECK NONE` to say there is none on purpose), or define probes in the Pod spec.',
      bad: 'FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html',
      good: 'FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1',
    },
    differs: 'Off by default as in hadolint. Only stages that make an image are checked, and a HEALTHCHECK in a stage they are built FROM counts.',
  },
  check(model) {
    return imageStages(model)
      .filter((stage) => !stageChain(model, stage).some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK')))
      .map((stage) => ({ line: stage.fromInstruction.line, endLine: stage.fromInstruction.endLine, message: 'This image has no HEALTHCHECK' }));
  },
});
