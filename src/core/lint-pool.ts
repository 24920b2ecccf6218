/**
 * Dockerfiles linted on every core. The engine's main thread must keep the manifests (the project-wide checks need
 * all their models at once), but a Dockerfile's rules read that Dockerfile alone, so worker threads
 * (dist/lint-worker.js, src/core/lint-worker.ts) take Dockerfiles while the main thread lints the manifests, and then
 * main and workers share what is left. Jobs are handed out through one shared counter, so the split follows the
 * real cost of each file without guessing it.
 *
 * A worker sends back findings, not models (parser objects do not cross threads). The few models the project checks
 * read later (the Dockerfile a manifest deploys, a Dockerfile to build) are parsed again on the main thread when
 * first asked for. Each worker runs ShellCheck on its own files, so those are marked `shellchecked`.
 *
 * Workers exist only in the bundle (dist/); from the TypeScript sources (tests) the engine lints on one thread. The
 * CLI (and the action, for a large run) starts them before the engine loads (lint-threads.ts); the pool adopts those.
 * SHIPSHAPE_THREADS=n sets the number of threads (1: no worker). SHIPSHAPE_POOL_DEBUG=1 prints how the Dockerfiles
 * were shared to stderr; =workers also leaves every Dockerfile to the workers, so tests exercise them for sure.
 */
import type { Worker } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import type { DiscoveredFile } from '../discover/walk.js';
import type { Finding } from './types.js';
import { append } from './arrays.js';
import { fileModelers, type LintedFile } from './checkers.js';
import { lintOne } from './lint-file.js';
import { holdWorkers } from '../dockerfile/shellcheck-cleanup.js';
import { adoptPrestartedWorkers, POOL_MIN_FILES, spawnLintWorker, workerCount } from './lint-threads.js';

export interface DockerfileJob {
  discovered: DiscoveredFile;
  /** Report path. */
  file: string;
  config: Config;
}

/** What a worker sends back for one file: everything of a LintedFile but the model. */
export interface WorkerFileResult {
  findings: Finding[];
  error: string | null;
}

export type WorkerMessage =
  | { kind: 'file'; index: number; result: WorkerFileResult | null }
  | { kind: 'done'; notices: string[]; shellcheck: Finding[] };

export interface WorkerInput {
  jobs: DockerfileJob[];
  /** Int32Array[0]: the next job to take, shared by every thread. */
  counter: SharedArrayBuffer;
  /** For joinMainThread (src/dockerfile/shellcheck-cleanup.ts). */
  cleanup: SharedArrayBuffer;
}

const DEBUG = process.env.SHIPSHAPE_POOL_DEBUG;

export class DockerfilePool {
  private readonly next: Int32Array;
  private readonly results = new Map<number, WorkerFileResult | null>();
  private readonly claimedHere = new Set<number>();
  private readonly workerNotices: string[] = [];
  private readonly shellcheck: Finding[] = [];
  /** Files of a worker that stopped before its ShellCheck run: the main thread's batch takes them. */
  private readonly notShellchecked = new Set<number>();
  private readonly running: Promise<void>[];

  private constructor(private readonly jobs: DockerfileJob[], workers: Worker[]) {
    const counter = new SharedArrayBuffer(4);
    this.next = new Int32Array(counter);
    // A worker cannot clean up its ShellCheck directories when the process is stopped; this thread does, meanwhile.
    const { memory, release } = holdWorkers();
    const input: WorkerInput = { jobs, counter, cleanup: memory };
    this.running = workers.map((worker) => this.run(worker, input));
    void Promise.all(this.running).then(release);
  }

  /**
   * A pool when it pays: a bundle with its worker script, more than one core, enough Dockerfiles. It takes the
   * workers the CLI started early, and ends them when it does not pay.
   */
  static start(jobs: DockerfileJob[]): DockerfilePool | null {
    const early = adoptPrestartedWorkers();
    const count = workerCount();
    if (count === 0 || jobs.length < POOL_MIN_FILES) {
      for (const worker of early) void worker.terminate();
      if (DEBUG) process.stderr.write(`lint pool: none for ${jobs.length} Dockerfiles; ${early.length} early workers ended\n`);
      return null;
    }
    if (DEBUG) process.stderr.write(`lint pool: ${early.length} of ${count} workers started early\n`);
    const more = Array.from({ length: Math.max(0, count - early.length) }, spawnLintWorker);
    return new DockerfilePool(jobs, [...early, ...more]);
  }

  /** The next job for the main thread, or null when every job is taken. */
  claim(): DockerfileJob | null {
    if (DEBUG === 'workers') return null;
    const index = Atomics.add(this.next, 0, 1);
    if (index >= this.jobs.length) return null;
    this.claimedHere.add(index);
    return this.jobs[index];
  }

  /**
   * The workers' files, each with its job; call it once claim() has returned null (every job taken). A file a worker
   * took and did not send back (the worker failed) is linted here with `lintHere`, ShellCheck included.
   */
  async finish(notices: string[], lintHere: (job: DockerfileJob) => LintedFile | null): Promise<[DockerfileJob, LintedFile | null][]> {
    await Promise.all(this.running);
    if (DEBUG) process.stderr.write(`lint pool: ${this.running.length} workers linted ${this.results.size} of ${this.jobs.length} Dockerfiles\n`);
    for (const notice of this.workerNotices) if (!notices.includes(notice)) notices.push(notice);
    const shellcheckOf = new Map<string, Finding[]>();
    for (const f of this.shellcheck) shellcheckOf.set(f.file, [...(shellcheckOf.get(f.file) ?? []), f]);
    const linted: [DockerfileJob, LintedFile | null][] = [];
    this.jobs.forEach((job, index) => {
      const result = this.results.get(index);
      if (result !== undefined) linted.push([job, result && withLazyModel(job, result, shellcheckOf.get(job.file) ?? [], !this.notShellchecked.has(index))]);
      // Taken by a worker that failed before sending it.
      else if (!this.claimedHere.has(index)) linted.push([job, lintHere(job)]);
    });
    return linted;
  }

  private run(worker: Worker, input: WorkerInput): Promise<void> {
    return new Promise((resolve) => {
      const sent: number[] = [];
      let done = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'file') {
          this.results.set(message.index, message.result);
          sent.push(message.index);
        } else {
          done = true;
          this.workerNotices.push(...message.notices);
          append(this.shellcheck, message.shellcheck);
        }
      });
      // A failed worker loses nothing: what it did not send is linted on the main thread by finish().
      worker.on('error', (error) => this.workerNotices.push(`a lint worker failed (${error.message}); its files were linted again on the main thread`));
      worker.on('exit', () => {
        if (!done) for (const index of sent) this.notShellchecked.add(index);
        resolve();
      });
      worker.postMessage(input);
    });
  }
}

/** A worker's file as the engine keeps it; the model is parsed again only if a project check asks for it. */
function withLazyModel(job: DockerfileJob, result: WorkerFileResult, mine: Finding[], shellchecked: boolean): LintedFile {
  const linted = { file: job.file, path: job.discovered.path, type: job.discovered.type, config: job.config, findings: mine.length ? [...result.findings, ...mine] : result.findings, error: result.error, shellchecked } as LintedFile;
  let model: unknown;
  let parsed = false;
  return Object.defineProperty(linted, 'model', {
    enumerable: true,
    get() {
      if (!parsed) {
        parsed = true;
        model = result.error === null ? reparse(job) : null;
      }
      return model;
    },
  });
}

/** The file parsed again as a file outside the report would be (fileModelers): read, parsed, null when it cannot be. */
function reparse(job: DockerfileJob): unknown {
  return lintOne(job.discovered, job.file, job.config, [], fileModelers)?.model ?? null;
}
