import { dockerfileRule } from '../define.js';
import type { Instruction } from '../../dockerfile/model.js';
import { shellAt } from '../../dockerfile/stage-context.js';

/**
 * The exec form to write instead. Only the program is quoted back: the arguments may hold a credential
 * (`--api-key=…`), and a script with operators, redirects or variables needs a shell, so it gets `exec` advice.
 */
function suggestion(i: Instruction): string {
  const [first] = i.commands;
  // `exec` is a shell builtin: `["exec", …]` would not start. What follows it is the program.
  const argv = first?.argv[0] === 'exec' ? first.argv.slice(1) : first?.argv ?? [];
  const simple = i.commands.length === 1 && first.redirects.length === 0 && argv.length > 0 && !argv.some((w) => w.includes('$'));
  if (!first || !simple) return `use exec form, or start the script with \`exec\` so the app replaces the shell (${i.keyword} ["sh", "-c", "… && exec app"])`;
  const more = argv.length > 1 ? ', …' : '';
  return `use exec form: ${i.keyword} [${JSON.stringify(argv[0])}${more}]`;
}

/** Why the instruction runs through a shell, and what that costs; `shell`: the stage's (cmd on Windows). */
function problem(i: Instruction, shell: string): string {
  // `CMD ['node', 'a.js']`: single quotes are no JSON, so Docker falls back to shell form and runs `[node,` …
  // (`CMD [ -f /x ] && app` is the shell's test command: a blank after `[`, or `[[`.)
  if (/^\[(?![\s[])/.test(i.args) && i.args.trimEnd().endsWith(']')) return `${i.keyword} is meant as exec form but is not valid JSON (strings need double quotes), so Docker runs it through ${shell}: write ${i.keyword} ["…", "…"] with double quotes`;
  // `exec app` replaces the shell, so signals do reach the app; the exec form still says so more simply, and an
  // ENTRYPOINT in shell form ignores CMD and the arguments of `docker run`.
  if (i.commands.length === 1 && i.commands[0].argv[0] === 'exec') return `${i.keyword} uses shell form; \`exec\` hands PID 1 to the app, but the exec form needs no shell at all${i.keyword === 'ENTRYPOINT' ? ' and keeps the CMD arguments, which a shell-form ENTRYPOINT ignores' : ''}: ${suggestion(i)}`;
  return `${i.keyword} uses shell form, so ${shell} is PID 1 and SIGTERM never reaches the app; ${suggestion(i)}`;
}

export default dockerfileRule({
  meta: {
    id: 'shell-form-command',
    aliases: ['DL3025'],
    severity: 'warning',
    category: 'reliability',
    title: 'CMD or ENTRYPOINT in shell form',
    differs: 'Same intent; the message suggests the exec form without quoting arguments back (they may hold credentials), says when an intended exec form is invalid JSON (single quotes), and does not claim lost signals for `exec app`.',
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
      .map((i) => ({ line: i.line, endLine: i.endLine, message: problem(i, shellAt(model, model.stages[i.stage] ?? null, i.line).argv[0] ?? '/bin/sh') }));
  },
});
