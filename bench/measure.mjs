// Runs a command N times and returns the medians of wall time, CPU time (user + system, children included) and peak
// RSS, the last two from GNU time when present. On a shared machine wall time swings with the load; CPU time much less,
// so the table gives both.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One run: `{ms, cpuMs, rssMiB, status, stdout}`; throws when the command cannot start. */
export function runOnce(command, args, { cwd, env, input } = {}) {
  const argv = GNU_TIME ? ['-f', '__BENCH %U %S %M', command, ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME ?? command, argv, { cwd, env: { ...process.env, ...env }, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const m = /__BENCH (\S+) (\S+) (\d+)/.exec(result.stderr ?? '');
  return {
    ms,
    cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : null,
    rssMiB: m ? Number(m[3]) / 1024 : null,
    status: result.status,
    stdout: result.stdout,
  };
}

export function measure(command, args, { runs = 5, cwd, env, input } = {}) {
  const results = Array.from({ length: runs }, () => runOnce(command, args, { cwd, env, input }));
  return summarise(results);
}

/**
 * Several commands measured in turns (a, b, c, a, b, c …), so a change in the machine's load falls on all of them
 * alike: the fair way to compare on a shared machine. Returns one summary per command, in order.
 */
export function interleaved(commands, { runs = 5 } = {}) {
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => results[k].push(runOnce(c.command, c.args, c)));
  return results.map(summarise);
}

function summarise(results) {
  const of = (key) => results.map((r) => r[key]).filter((v) => v !== null);
  const cpu = of('cpuMs');
  const rss = of('rssMiB');
  return { ms: median(of('ms')), cpuMs: cpu.length ? median(cpu) : null, rssMiB: rss.length ? median(rss) : null, runs: results.length, statuses: [...new Set(of('status'))] };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
