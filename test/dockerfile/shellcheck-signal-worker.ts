/**
 * Driver for shellcheck-signal.test.ts, run as `node --import tsx`: the Dockerfiles of the directory in argv[2]
 * go to a ShellcheckBatch on a worker thread, while the main thread holds the workers as LintPool does
 * (the pool itself runs only from the bundle). Prints `done` if the batch ends before the test stops the process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { emptyConfig } from '../../src/config/schema.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { findShellcheck } from '../../src/dockerfile/shellcheck.js';
import { ShellcheckBatch } from '../../src/dockerfile/shellcheck-batch.js';
import { holdWorkers, joinMainThread } from '../../src/dockerfile/shellcheck-cleanup.js';

if (isMainThread) {
  const { memory, release } = holdWorkers();
  // tsx's --import hooks this thread only: the worker loads this file through tsx's API.
  const load = `import { tsImport } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nawait tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(load)}`), { workerData: { dir: process.argv[2], memory } });
  worker.on('exit', release);
  worker.on('message', (message: string) => process.stdout.write(`${message}\n`));
} else {
  const { dir, memory } = workerData as { dir: string; memory: SharedArrayBuffer };
  joinMainThread(memory);
  const batch = new ShellcheckBatch(findShellcheck(), [], 2);
  for (const name of readdirSync(dir).sort()) {
    const file = `${name}/Dockerfile`;
    batch.add(file, emptyConfig(), parseDockerfile(file, readFileSync(join(dir, file), 'utf8')).model);
  }
  await batch.findings();
  parentPort!.postMessage('done');
}
