import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/lint-threads.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MAX_WORKERS = 4;
var POOL_MIN_FILES = 8;
function workerCount() {
  const threads = Number(process.env.SHIPSHAPE_THREADS) || Math.min(availableParallelism(), MAX_WORKERS + 1);
  return threads >= 2 && existsSync(workerScript()) ? threads - 1 : 0;
}
var workerScript = () => fileURLToPath(new URL("./lint-worker.js", import.meta.url));
function spawnLintWorker() {
  return new Worker(workerScript(), { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
}
var prestarted = [];
function prestartLintWorkers(reported = Infinity) {
  if (prestarted.length || reported < POOL_MIN_FILES) return;
  prestarted = Array.from({ length: workerCount() }, () => {
    const worker = spawnLintWorker();
    worker.unref();
    worker.on("error", () => {
      prestarted = prestarted.filter((w) => w !== worker);
    });
    return worker;
  });
}
function adoptPrestartedWorkers() {
  const workers = prestarted;
  prestarted = [];
  for (const worker of workers) {
    worker.removeAllListeners("error");
    worker.ref();
  }
  return workers;
}

export {
  POOL_MIN_FILES,
  workerCount,
  spawnLintWorker,
  prestartLintWorkers,
  adoptPrestartedWorkers
};
