/**
 * A worker thread of the Dockerfile pool (src/core/lint-pool.ts): waits for the run's jobs (it may be started before
 * they are known, src/core/lint-threads.ts), takes them from the shared counter, lints each as the engine's main
 * thread would, sends the result file by file, and runs ShellCheck over the scripts of the files it took (its
 * processes start while it lints on), then says it is done. Bundled on its own as dist/lint-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { lintOne } from './lint-file.js';
import type { WorkerInput, WorkerMessage } from './lint-pool.js';
import { lintDockerfileDeferred, ShellcheckBatch } from '../dockerfile/shellcheck-batch.js';
import { findShellcheck } from '../dockerfile/shellcheck.js';
import { joinMainThread } from '../dockerfile/shellcheck-cleanup.js';

const { jobs, counter, cleanup } = await new Promise<WorkerInput>((resolve) => parentPort!.once('message', resolve));
joinMainThread(cleanup);
const next = new Int32Array(counter);
const notices: string[] = [];
// The Dockerfile checker only: importing the engine's table would load the manifest code into every worker.
const checkers = { dockerfile: lintDockerfileDeferred };
const shellcheck = new ShellcheckBatch(findShellcheck(), notices);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
  const { discovered, file, config } = jobs[index];
  const linted = lintOne(discovered, file, config, notices, checkers);
  if (linted) shellcheck.addLinted(linted);
  post({ kind: 'file', index, result: linted ? { findings: linted.findings, error: linted.error } : null });
}
post({ kind: 'done', notices, shellcheck: await shellcheck.findings() });
