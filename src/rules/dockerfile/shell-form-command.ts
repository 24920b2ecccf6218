import { dockerfileRule } from '../define.js';
import type { Instruction } from '../../dockerfile/model.js';

/**
 * The exec form to write instead. Only the program is quoted back: the arguments may hold a credential
 * (`--api-key=…`), and a script with operators, redirects or variables needs a shell, so it gets `exec` advice.
 */
function suggestion(i: Instruction): string {
  const [first] = i.commands;
  const simple = i.commands.length === 1 && first.redirects.length === 0 && !first.argv.some((w) => w.includes('$'));
  if (!first || !simple) return `use exec form, or start the script with \`exec\` so the app replaces the shell (${i.keyword} ["sh", "-c", "… && exec app"])`;
  const more = first.argv.length > 1 ? ', …' : '';
  return `use exec form: ${i.keyword} [${JSON.stringify(first.argv[0])}${more}]`;
}

export default dockerfileRule({
  meta: {
    id: 'shell-form-command',
    aliases: ['DL3025'],
    severity: 'warning',
    category: 'reliability',
    title: 'CMD or ENTRYPOINT in shell form',
    differs: 'Same intent; the message suggests the exec form without quoting arguments back (they may hold credentials).',
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
      .map((i) => ({ line: i.line, endLine: i.endLine, message: `${i.keyword} uses shell form, so /bin/sh is PID 1 and SIGTERM never reaches the app; ${suggestion(i)}` }));
  },
});
