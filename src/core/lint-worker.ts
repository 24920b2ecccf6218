/**
 * A worker thread of the lint pool (src/core/lint-pool.ts): waits for the run's jobs (it may be started before they
 * are known, src/core/lint-threads.ts), takes them from the shared counter, lints each Dockerfile as the engine's
 * main thread would and reads each large manifest's YAML, sends the result file by file, and runs ShellCheck over the
 * scripts of the Dockerfiles it took (its processes start while it lints on), then says it is done. Bundled on its
 * own as dist/lint-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { lintOne } from './lint-file.js';
import type { LintJob, WorkerFileResult, WorkerInput, WorkerMessage } from './lint-pool.js';
import { readSource } from '../discover/read.js';
import { readValues } from '../kubernetes/read-fast.js';
import { lintDockerfileDeferred, ShellcheckBatch } from '../dockerfile/shellcheck-batch.js';
import { findShellcheck } from '../dockerfile/shellcheck.js';
import { joinMainThread } from '../dockerfile/shellcheck-cleanup.js';

const { jobs, counter, cleanup, results } = await new Promise<WorkerInput>((resolve) => parentPort!.once('message', resolve));
joinMainThread(cleanup);
const next = new Int32Array(counter);
const notices: string[] = [];
// The Dockerfile checker only: importing the engine's table would load the manifest code into every worker.
const checkers = { dockerfile: lintDockerfileDeferred };
const shellcheck = new ShellcheckBatch(findShellcheck(), notices);
const post = (message: WorkerMessage) => results.postMessage(message);

function lint({ discovered, file, config }: LintJob): WorkerFileResult | null {
  const linted = lintOne(discovered, file, config, notices, checkers);
  if (linted) shellcheck.addLinted(linted);
  return linted && { findings: linted.findings, error: linted.error };
}

/** A large manifest: its values for the main thread, which lints them; null leaves the whole file to it. */
function read({ discovered }: LintJob): WorkerFileResult | null {
  const source = readSource(discovered.path, discovered.type);
  const values = source.text === undefined ? null : readValues(source.text);
  return values && { read: { text: source.text!, values } };
}

// SHIPSHAPE_POOL_DEBUG=fail: the worker fails on the second file it takes, which it then never sends (for tests: the
// main thread must lint that file itself and say the worker failed).
const failOnPurpose = process.env.SHIPSHAPE_POOL_DEBUG === 'fail';
let taken = 0;
for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
  if (++taken === 2 && failOnPurpose) throw new Error('failing on purpose (SHIPSHAPE_POOL_DEBUG=fail)');
  const job = jobs[index];
  const result = job.discovered.type === 'kubernetes' ? read(job) : lint(job);
  // What linting the file said goes with it: a worker that fails later loses none of it.
  const said = notices.splice(0);
  try {
    post({ kind: 'file', index, result, notices: said });
  } catch {
    // Values that cannot be cloned (none that js-yaml builds today): the main thread reads the file itself.
    post({ kind: 'file', index, result: null, notices: said });
  }
}
post({ kind: 'done', notices, shellcheck: await shellcheck.findings() });
