import { dockerfileRule } from '../define.js';
import table from '../../data/log-sinks.json' with { type: 'json' };
import type { ShellCommand } from '../../dockerfile/model.js';
import { effectiveArgv, programOf } from '../../dockerfile/queries.js';
import { launchedCommands } from '../../dockerfile/stage-values.js';

const sinks = new Set(table.sinks);

/** `>`, `>>`, `2>`, `&>`, `>|` … send output somewhere; `<` and fd duplications (`2>&1`, `>&2`) do not. */
function writesTo(redirect: { op: string; target: string }): string | null {
  if (!/>/.test(redirect.op) || redirect.op.startsWith('<')) return null;
  if (/>&$/.test(redirect.op) && /^(?:\d+|-)$/.test(redirect.target)) return null;
  if (redirect.op.startsWith('0')) return null;
  return redirect.target;
}

/** The files a command writes its output to: redirect targets and `tee` arguments other than stdout/stderr. */
function logFiles(command: ShellCommand): string[] {
  const files = command.redirects.map(writesTo).filter((t): t is string => t !== null && t !== '');
  if (programOf(command) === 'tee') files.push(...effectiveArgv(command).slice(1).filter((w) => !w.startsWith('-')));
  return files.filter((f) => !sinks.has(f));
}

export default dockerfileRule({
  meta: {
    id: 'log-to-file',
    aliases: [],
    severity: 'warning',
    category: 'reliability',
    title: 'CMD or ENTRYPOINT logs to a file',
    docs: {
      why: 'Kubernetes collects a container’s stdout and stderr (`kubectl logs`, node log agents). Output redirected to a file inside the container is invisible to them, fills the writable layer until the node evicts the pod, and is lost when the container restarts.',
      fix: 'Let the process write to stdout/stderr; drop the redirect or point it at /dev/stdout or /dev/stderr.',
      bad: 'CMD ["sh", "-c", "exec node server.js >> /var/log/app.log 2>&1"]',
      good: 'CMD ["node", "server.js"]',
    },
  },
  check(model) {
    return model.instructions
      .filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')
      .flatMap((i) => {
        const file = launchedCommands(i).flatMap(logFiles)[0];
        return file ? [{ line: i.line, endLine: i.endLine, message: `${i.keyword} sends output to ${file}, which kubectl logs never sees; log to stdout/stderr instead` }] : [];
      });
  },
});
