/**
 * Files linted on every core. Worker threads (dist/lint-worker.js, src/core/lint-worker.ts) take the large manifests
 * first, then the Dockerfiles, while the main thread lints the other manifests; then main and workers share what is
 * left. Jobs are handed out through one shared counter, so the split follows the real cost of each file without
 * guessing it. The main thread keeps every manifest's model: the project-wide checks need them all at once.
 *
 * For a Dockerfile a worker sends back findings, not the model (parser objects do not cross threads). The few models
 * the project checks read later (the Dockerfile a manifest deploys, a Dockerfile to build) are parsed again on the
 * main thread when first asked for. Each worker runs ShellCheck on its own files, so those are marked `shellchecked`.
 *
 * Large manifests (over 64 KB: CRDs, generated bundles) come first in the queue, largest first. Reading their YAML is
 * most of a manifest run's time (the corpus's six largest CRDs are 4.1 of its 4.7 MB), so a worker reads them too:
 * it sends back the text and the plain values (a structured clone), and the main thread builds the model and runs
 * the rules from those, as if it had read them itself; lines are looked up in the text when a rule asks.
 *
 * Workers exist only in the bundle (dist/); from the TypeScript sources (tests) the engine lints on one thread. The
 * CLI (and the action, for a large run) starts them before the engine loads (lint-threads.ts); the pool adopts those.
 * SHIPSHAPE_THREADS=n sets the number of threads (1: no worker). SHIPSHAPE_POOL_DEBUG=1 prints how the files were
 * shared to stderr; for tests, =workers also leaves every pooled file to the workers, =early makes the main thread
 * wait for the large manifests (takeReads), and =fail makes each worker fail on its second file (lint-worker.ts).
 */
import { statSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import type { DiscoveredFile } from '../discover/walk.js';
import type { Finding } from './types.js';
import { append } from './arrays.js';
import { fileModelers, type LintedFile } from './checkers.js';
import { lintOne, type Preread } from './lint-file.js';
import { holdWorkers } from '../dockerfile/shellcheck-cleanup.js';
import { KEEP_EVENTS_BELOW } from '../kubernetes/read-fast.js';
import { adoptPrestartedWorkers, POOL_MIN_FILES, spawnLintWorker, workerCount } from './lint-threads.js';

export interface LintJob {
  discovered: DiscoveredFile;
  /** Report path. */
  file: string;
  config: Config;
}

/**
 * What a worker sends back for one file: a Dockerfile's findings (everything of a LintedFile but the model), or a
 * large manifest's text and values (`read`). Null when the main thread must do the file itself (unreadable, or YAML
 * js-yaml rejects: the main thread's reader then locates each broken document).
 */
export type WorkerFileResult = { findings: Finding[]; error: string | null } | { read: Preread };

export type WorkerMessage =
  | { kind: 'file'; index: number; result: WorkerFileResult | null; /** Said while linting it (a worker that fails later keeps them). */ notices: string[] }
  | { kind: 'done'; notices: string[]; shellcheck: Finding[] };

export interface WorkerInput {
  jobs: LintJob[];
  /** Where the worker sends its WorkerMessages. */
  results: MessagePort;
  /** Int32Array[0]: the next job to take, shared by every thread. */
  counter: SharedArrayBuffer;
  /** For joinMainThread (src/dockerfile/shellcheck-cleanup.ts). */
  cleanup: SharedArrayBuffer;
}

/**
 * The jobs a pool may take, in the order it hands them out: large manifests (`reads` of them), largest first (so the
 * last job taken is a short one and the threads end together), then the reported Dockerfiles. None without workers.
 */
export function poolJobs(jobs: LintJob[], reported: (file: string) => boolean): { jobs: LintJob[]; reads: number } {
  // Not even a stat per manifest when no worker can run (from the TypeScript sources, one core, SHIPSHAPE_THREADS=1).
  if (workerCount() === 0) return { jobs: [], reads: 0 };
  const large = jobs
    .filter((job) => job.discovered.type === 'kubernetes' && !job.discovered.error)
    .map((job) => ({ job, size: sizeOf(job.discovered.path) }))
    .filter(({ size }) => size > KEEP_EVENTS_BELOW)
    .sort((a, b) => b.size - a.size)
    .map(({ job }) => job);
  return { jobs: [...large, ...jobs.filter((job) => job.discovered.type === 'dockerfile' && reported(job.file))], reads: large.length };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const DEBUG = process.env.SHIPSHAPE_POOL_DEBUG;

type DockerfileResult = Extract<WorkerFileResult, { findings: unknown }>;

export class LintPool {
  private readonly next: Int32Array;
  private readonly results = new Map<number, DockerfileResult | null>();
  /** Large manifests a worker has sent: all of them, and those the engine has not taken yet (takeReads). */
  private readonly received = new Set<number>();
  private readonly untaken: [number, Preread | undefined][] = [];
  private readonly claimedHere = new Set<number>();
  private readonly workerNotices: string[] = [];
  private readonly shellcheck: Finding[] = [];
  /** Files of a worker that stopped before its ShellCheck run: the main thread's batch takes them. */
  private readonly notShellchecked = new Set<number>();
  /** One per running worker: its messages come through a port that this thread drains when it chooses (poll). */
  private readonly ports: [MessagePort, (message: WorkerMessage) => void][] = [];
  private readonly running: Promise<void>[];
  private saidReadsIn = false;

  private constructor(private readonly jobs: LintJob[], private readonly readCount: number, workers: Worker[]) {
    const counter = new SharedArrayBuffer(4);
    this.next = new Int32Array(counter);
    // A worker cannot clean up its ShellCheck directories when the process is stopped; this thread does, meanwhile.
    const { memory, release } = holdWorkers();
    this.running = workers.map((worker) => this.run(worker, jobs, counter, memory));
    void Promise.all(this.running).then(release);
  }

  /**
   * A pool when it pays: a bundle with its worker script, more than one core, enough files (poolJobs). It takes the
   * workers the CLI started early, and ends them when it does not pay.
   */
  static start({ jobs, reads }: { jobs: LintJob[]; reads: number }): LintPool | null {
    const early = adoptPrestartedWorkers();
    const count = workerCount();
    if (count === 0 || jobs.length < POOL_MIN_FILES) {
      for (const worker of early) void worker.terminate();
      if (DEBUG) process.stderr.write(`lint pool: none for ${jobs.length} files; ${early.length} early workers ended\n`);
      return null;
    }
    if (DEBUG) process.stderr.write(`lint pool: ${early.length} of ${count} workers started early\n`);
    const more = Array.from({ length: Math.max(0, count - early.length) }, spawnLintWorker);
    return new LintPool(jobs, reads, [...early, ...more]);
  }

  /** The next job for the main thread, or null when every job is taken. */
  claim(): LintJob | null {
    if (DEBUG === 'workers') return null;
    const index = Atomics.add(this.next, 0, 1);
    if (index >= this.jobs.length) return null;
    this.claimedHere.add(index);
    return this.jobs[index];
  }

  /**
   * The large manifests workers have read since the last call, to be linted here (undefined: from the start), and
   * whether every large manifest is now in: taken here before, or in this answer. SHIPSHAPE_POOL_DEBUG=early waits
   * for them all (for tests: the engine's early project step then surely runs).
   */
  takeReads(wait = DEBUG === 'early'): { reads: [LintJob, Preread | undefined][]; allIn: boolean } {
    const allIn = () => {
      this.poll();
      let count = this.received.size;
      for (const index of this.claimedHere) if (index < this.readCount) count++;
      return count === this.readCount;
    };
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let waited = 0; wait && !allIn() && waited < 30_000; waited++) Atomics.wait(pause, 0, 0, 1);
    const all = allIn();
    if (all && DEBUG && !this.saidReadsIn) {
      this.saidReadsIn = true;
      process.stderr.write(`lint pool: every large manifest in (${this.readCount}), ${Math.max(0, this.jobs.length - Atomics.load(this.next, 0))} of ${this.jobs.length} files not taken yet\n`);
    }
    // Polled last by allIn: every read it counted is in `untaken`, and so in this answer.
    return { reads: this.untaken.splice(0).map(([index, read]) => [this.jobs[index], read]), allIn: all };
  }

  /**
   * The workers' files, each with its job; call it once claim() has returned null (every job taken). A large manifest
   * read by a worker and not taken yet is linted here from its values, a file a worker took and did not send back (the
   * worker failed) from the start. `lintHere` lints, ShellCheck included.
   */
  async finish(notices: string[], lintHere: (job: LintJob, preread?: Preread) => LintedFile | null): Promise<[LintJob, LintedFile | null][]> {
    await Promise.all(this.running);
    const linted: [LintJob, LintedFile | null][] = this.takeReads(false).reads.map(([job, read]) => [job, lintHere(job, read)]);
    if (DEBUG) process.stderr.write(`lint pool: ${this.running.length} workers linted ${this.results.size} Dockerfiles and read ${this.received.size} manifests of ${this.jobs.length} files\n`);
    for (const notice of this.workerNotices) if (!notices.includes(notice)) notices.push(notice);
    const shellcheckOf = new Map<string, Finding[]>();
    for (const f of this.shellcheck) shellcheckOf.set(f.file, [...(shellcheckOf.get(f.file) ?? []), f]);
    this.jobs.forEach((job, index) => {
      const result = this.results.get(index);
      if (result) linted.push([job, withLazyModel(job, result, shellcheckOf.get(job.file) ?? [], !this.notShellchecked.has(index))]);
      // Taken by a worker that failed before sending it.
      else if (!this.claimedHere.has(index) && !this.received.has(index)) linted.push([job, lintHere(job)]);
    });
    return linted;
  }

  /** Hands every message the workers' ports hold to their handlers, synchronously (receiveMessageOnPort). */
  private poll(): void {
    for (const [port, handle] of this.ports) {
      for (let entry = receiveMessageOnPort(port); entry; entry = receiveMessageOnPort(port)) handle(entry.message as WorkerMessage);
    }
  }

  private run(worker: Worker, jobs: LintJob[], counter: SharedArrayBuffer, cleanup: SharedArrayBuffer): Promise<void> {
    return new Promise((resolve) => {
      const sent: number[] = [];
      let done = false;
      const { port1, port2 } = new MessageChannel();
      const handle = (message: WorkerMessage) => {
        if (message.kind === 'done') {
          done = true;
          this.workerNotices.push(...message.notices);
          append(this.shellcheck, message.shellcheck);
          return;
        }
        const { index, result } = message;
        this.workerNotices.push(...message.notices);
        sent.push(index);
        if (index >= this.readCount) this.results.set(index, result && 'read' in result ? null : result);
        else {
          this.received.add(index);
          this.untaken.push([index, result && 'read' in result ? result.read : undefined]);
        }
      };
      // No listener: messages wait in the port until this thread polls it (claim loop, exit, finish).
      this.ports.push([port1, handle]);
      // A failed worker loses nothing: what it did not send is linted on the main thread by finish().
      worker.on('error', (error) => this.workerNotices.push(`a lint worker failed (${error.message}); its files were linted again on the main thread`));
      worker.on('exit', () => {
        // Everything it posted is in the port by now.
        this.poll();
        this.ports.splice(this.ports.findIndex(([port]) => port === port1), 1);
        port1.close();
        if (!done) for (const index of sent) this.notShellchecked.add(index);
        resolve();
      });
      const input: WorkerInput = { jobs, counter, cleanup, results: port2 };
      worker.postMessage(input, [port2]);
    });
  }
}

/** A worker's file as the engine keeps it; the model is parsed again only if a project check asks for it. */
function withLazyModel(job: LintJob, result: { findings: Finding[]; error: string | null }, mine: Finding[], shellchecked: boolean): LintedFile {
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
function reparse(job: LintJob): unknown {
  return lintOne(job.discovered, job.file, job.config, [], fileModelers)?.model ?? null;
}
