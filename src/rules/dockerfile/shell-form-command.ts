import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'shell-form-command',
    aliases: ['DL3025'],
    severity: 'warning',
    category: 'reliability',
    title: 'CMD or ENTRYPOINT in shell form',
    docs: {
      why: 'In shell form PID 1 is `/bin/sh -c`, which does not forward SIGTERM: Kubernetes waits out the grace period and then kills the app mid-request.',
      fix: 'Use the JSON (exec) form so the app is PID 1 and receives signals; wrap with tini if it must reap children.',
      bad: 'CMD node server.js',
      good: 'CMD ["node", "server.js"]',
    },
  },
  check(model) {
    return model.instructions
      .filter((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && i.form === 'shell' && i.args !== '')
      .map((i) => ({ line: i.line, endLine: i.endLine, message: `${i.keyword} uses shell form, so /bin/sh is PID 1 and SIGTERM never reaches the app; use exec form: ${i.keyword} ${JSON.stringify(i.args.split(/\s+/))}` }));
  },
});
