// Runs a command N times and returns the median wall time and median peak RSS (GNU time when present).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export function measure(command, args, { runs = 5, cwd, env, input } = {}) {
  const walls = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const argv = GNU_TIME ? ['-f', '__RSS_KB=%M', command, ...args] : args;
    const started = process.hrtime.bigint();
    const result = spawnSync(GNU_TIME ?? command, argv, { cwd, env: { ...process.env, ...env }, input, encoding: 'utf8', maxBuffer: 1 << 30 });
    walls.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.error) throw result.error;
    const kb = /__RSS_KB=(\d+)/.exec(result.stderr ?? '')?.[1];
    if (kb) rss.push(Number(kb) / 1024);
  }
  return { ms: median(walls), rssMiB: rss.length ? median(rss) : null, runs };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
