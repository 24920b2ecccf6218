/**
 * The lint worker threads (dist/lint-worker.js, src/core/lint-worker.ts), and starting them early. A worker needs
 * ≈ 100 ms to load its bundle before it lints anything. The CLI, and the action when it reports many files, start
 * their workers before they load the engine (prestartLintWorkers), so that time overlaps the main thread's own start,
 * discovery and config; the pool (lint-pool.ts) then adopts them, or ends them when the run has too few to share.
 * A worker waits for its jobs in a message, so it can start before they are known.
 *
 * Kept free of the engine's imports: the CLI loads this module before the engine.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const MAX_WORKERS = 4;

/** Below this many files to lint, a worker's start (≈ 50 ms) costs more than it saves: the pool lints on one thread. */
export const POOL_MIN_FILES = 8;

/** How many workers a run gets (SHIPSHAPE_THREADS=n sets the threads, main included; 1: none). 0 outside the bundle. */
export function workerCount(): number {
  const threads = Number(process.env.SHIPSHAPE_THREADS) || Math.min(availableParallelism(), MAX_WORKERS + 1);
  return threads >= 2 && existsSync(workerScript()) ? threads - 1 : 0;
}

/** Beside the bundle's entry points and chunks; from the TypeScript sources (tests) it does not exist. */
const workerScript = () => fileURLToPath(new URL('./lint-worker.js', import.meta.url));

export function spawnLintWorker(): Worker {
  // V8 sizes a worker's young generation as for a main thread; 8 MB keeps the run's peak RSS ≈ 25 MB lower
  // (corpus: 187 → 163 MiB) for no measurable CPU: a Dockerfile's garbage is small and short-lived. Measured again
  // since workers also read large manifests' YAML: 16, 32 and 64 MB were no faster and took 13–30 MiB more.
  return new Worker(workerScript(), { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
}

let prestarted: Worker[] = [];

/**
 * Starts the run's workers now, before the engine loads, unless it will report fewer than POOL_MIN_FILES files (at
 * most `reported`). Unadopted, they do not keep the process alive.
 */
export function prestartLintWorkers(reported = Infinity): void {
  if (prestarted.length || reported < POOL_MIN_FILES) return;
  prestarted = Array.from({ length: workerCount() }, () => {
    const worker = spawnLintWorker();
    worker.unref();
    // One that fails before it is adopted is simply not adopted (the pool spawns another or lints on this thread).
    worker.on('error', () => {
      prestarted = prestarted.filter((w) => w !== worker);
    });
    return worker;
  });
}

/** The prestarted workers, handed over once: the caller keeps them alive and ends them. */
export function adoptPrestartedWorkers(): Worker[] {
  const workers = prestarted;
  prestarted = [];
  for (const worker of workers) {
    worker.removeAllListeners('error');
    worker.ref();
  }
  return workers;
}
