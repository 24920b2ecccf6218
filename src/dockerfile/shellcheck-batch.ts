/**
 * ShellCheck for a whole run at once. ShellCheck's own CPU time dominates a run, so the engine lints Dockerfiles
 * with the `shellcheck` rule deferred and hands each linted Dockerfile to a ShellcheckBatch, which starts shellcheck
 * processes in the background as soon as enough scripts are queued: they run on the other cores while the thread
 * keeps linting. When the batch is asked for its findings, what is still queued is split into chunks balanced by
 * size, up to one process per core at a time, largest first, so that the processes end together. Findings map back
 * to their files with config and pragmas applied as in lintDockerfile. Direct callers of lintDockerfile keep the
 * per-file path (one process per Dockerfile).
 *
 * The batch holds no state of the engine: a worker thread linting a share of the Dockerfiles can run its own.
 */
import { availableParallelism } from 'node:os';
import type { FileLint, LintedFile } from '../core/checkers.js';
import type { Config } from '../config/schema.js';
import type { Finding } from '../core/types.js';
import { pragmaFilter } from '../config/pragmas.js';
import { ruleEnabled, toFinding } from '../core/rule-settings.js';
import shellcheckRule from '../rules/dockerfile/shellcheck.js';
import { lintDockerfile } from './lint.js';
import type { DockerfileModel } from './model.js';
import { DEFAULT_TIMEOUT_MS, DEFERRED, scriptJobs, toHits, type ScriptJob, type ShellcheckComment, type SkippedScript } from './shellcheck.js';
import { startShellcheck } from './shellcheck-process.js';
import { append } from '../core/arrays.js';

/** Scripts per shellcheck process: file names stay far below the argument-list limit. */
const MAX_SCRIPTS = 400;
/**
 * A chunk's size is estimated in bytes of script, plus this much per script. ShellCheck's time grows with the text
 * (≈ 25 µs a byte); starting a process costs a few milliseconds.
 */
const COST_PER_SCRIPT = 100;
/** While files are still being linted, a process starts once this much is queued (≈ 1 s of shellcheck). */
const EARLY_COST = 40_000;
/** At the end, chunks are small enough for each process slot to take about this many: the last ones end together. */
const CHUNKS_PER_SLOT = 3;
const MIN_CHUNK_COST = 8_000;

/** The engine's Dockerfile checker: everything lintDockerfile does, with ShellCheck left for the batch. */
export function lintDockerfileDeferred(file: string, text: string, config: Config, notices: string[]): FileLint {
  return lintDockerfile(file, text, { ...config, options: { ...config.options, [DEFERRED]: true } }, notices);
}

interface Entry {
  file: string;
  config: Config;
  /** The file's inline ignores, read when it is added: the model is not kept (a large run holds many files). */
  pragmas: ReturnType<typeof pragmaFilter>;
  jobs: ScriptJob[];
  skipped: SkippedScript[];
  cost: number;
  results?: Map<string, ShellcheckComment[]>;
}

interface Chunk {
  entries: Entry[];
  /** Why shellcheck gave nothing for this chunk. */
  failure?: string;
}

export class ShellcheckBatch {
  private readonly entries: Entry[] = [];
  private readonly added = new WeakSet<LintedFile>();
  private queue: Entry[] = [];
  private queuedCost = 0;
  /** In the order they started. */
  private readonly started: Chunk[] = [];
  /** Balanced chunks waiting for a free process slot. */
  private planned: Chunk[] = [];
  private flushScheduled = false;
  private running = 0;
  private whenIdle: (() => void) | null = null;
  private result: Promise<Finding[]> | null = null;

  /**
   * `binary` null: nothing is checked (lintDockerfile reports the missing binary). `notices` receives skipped
   * scripts and failed processes when findings() completes.
   */
  constructor(private readonly binary: string | null, private readonly notices: string[], private readonly parallelism = availableParallelism()) {}

  /** Queues the RUN scripts of a Dockerfile; a process may start right away. */
  add(file: string, config: Config, model: DockerfileModel): void {
    if (!this.binary || this.result || !ruleEnabled(shellcheckRule.meta, config)) return;
    const skipped: SkippedScript[] = [];
    const jobs = scriptJobs(model, `f${this.entries.length}-`, skipped);
    const cost = jobs.reduce((sum, job) => sum + job.text.length + COST_PER_SCRIPT, 0);
    const pragmas = pragmaFilter(model, config);
    const entry: Entry = { file, config, pragmas, jobs, skipped, cost };
    this.entries.push(entry);
    if (!jobs.length) return;
    this.queue.push(entry);
    this.queuedCost += cost;
    this.startWhatIsDue();
    if (!this.flushScheduled) {
      // The thread yields to the event loop once it has nothing left to lint (it awaits a worker or the findings):
      // then whatever is queued starts, balanced over the free slots.
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  /**
   * A file as the engine or a worker linted it: added when ShellCheck is due on it (a reported Dockerfile with a
   * model, not already checked by a worker), once however often it is passed.
   */
  addLinted(file: LintedFile): void {
    if (this.added.has(file)) return;
    this.added.add(file);
    // contextOnly: read for the project checks only (another shard's file), not to be checked or reported.
    if (file.type !== 'dockerfile' || file.shellchecked || file.contextOnly || !file.model) return;
    this.add(file.file, file.config, file.model as DockerfileModel);
  }

  /** Runs what is still queued and resolves with every finding once all processes have ended. Nothing may be added after. */
  findings(): Promise<Finding[]> {
    this.result ??= this.finish();
    return this.result;
  }

  private async finish(): Promise<Finding[]> {
    this.flush();
    if (this.running > 0) await new Promise<void>((resolve) => (this.whenIdle = resolve));
    for (const entry of this.entries) {
      for (const s of entry.skipped) this.notices.push(`${entry.file}:${s.line}: ShellCheck skipped this RUN (${s.reason})`);
    }
    for (const chunk of this.started) {
      if (chunk.failure) this.notices.push(`${chunk.failure}: ShellCheck findings are missing for ${chunk.entries.map((e) => e.file).join(', ')}`);
    }
    const findings: Finding[] = [];
    for (const entry of this.entries) {
      if (!entry.results) continue;
      const { pragmas } = entry;
      for (const job of entry.jobs) {
        for (const hit of toHits(job, entry.results.get(job.name) ?? [])) {
          const finding = toFinding(shellcheckRule.meta, hit, entry.file, entry.config);
          if (finding && pragmas(finding)) findings.push(finding);
        }
      }
    }
    return findings;
  }

  /** Everything queued into balanced chunks, started as slots free up. */
  private flush(): void {
    append(this.planned, balancedChunks(this.queue, this.parallelism));
    this.queue = [];
    this.queuedCost = 0;
    this.startWhatIsDue();
  }

  /** Starts chunks while a process slot is free: balanced ones first, else an early one once enough is queued. */
  private startWhatIsDue(): void {
    while (this.running < this.parallelism) {
      const chunk = this.planned.shift() ?? this.earlyChunk();
      if (!chunk) break;
      this.start(chunk);
    }
    if (this.result && !this.planned.length && this.running === 0) this.whenIdle?.();
  }

  /** The oldest queued files, once they weigh enough for a process. */
  private earlyChunk(): Chunk | undefined {
    if (this.queuedCost < EARLY_COST) return undefined;
    const entries: Entry[] = [];
    let cost = 0;
    let scripts = 0;
    while (this.queue.length && cost < EARLY_COST && (scripts === 0 || scripts + this.queue[0].jobs.length <= MAX_SCRIPTS)) {
      const entry = this.queue.shift()!;
      entries.push(entry);
      cost += entry.cost;
      scripts += entry.jobs.length;
    }
    this.queuedCost -= cost;
    return { entries };
  }

  private start(chunk: Chunk): void {
    this.started.push(chunk);
    this.running++;
    const jobs = chunk.entries.flatMap((e) => e.jobs);
    const configured = Number(chunk.entries[0].config.options['shellcheck-timeout']);
    const timeout = Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TIMEOUT_MS + 1000 * jobs.length;
    startShellcheck(this.binary!, jobs, timeout)
      .then((results) => {
        for (const entry of chunk.entries) entry.results = results;
      }, (error: Error) => {
        chunk.failure = error.message;
      })
      .finally(() => {
        this.running--;
        this.startWhatIsDue();
      });
  }
}

/**
 * Whole files into chunks of about equal size, largest files first (each chunk below MAX_SCRIPTS scripts), enough
 * of them that every process slot takes several and the last ones to finish are small. File order is kept inside a
 * chunk, for the notice of a failed process.
 */
function balancedChunks(entries: Entry[], parallelism: number): Chunk[] {
  const total = entries.reduce((sum, e) => sum + e.cost, 0);
  const target = Math.max(MIN_CHUNK_COST, total / (Math.max(1, parallelism) * CHUNKS_PER_SLOT));
  const bySize = entries.map((entry, order) => ({ entry, order })).sort((a, b) => b.entry.cost - a.entry.cost || a.order - b.order);
  const chunks: { order: number; entry: Entry }[][] = [];
  let current: { order: number; entry: Entry }[] = [];
  let cost = 0;
  let scripts = 0;
  for (const item of bySize) {
    if (current.length && (cost >= target || scripts + item.entry.jobs.length > MAX_SCRIPTS)) {
      chunks.push(current);
      current = [];
      cost = scripts = 0;
    }
    current.push(item);
    cost += item.entry.cost;
    scripts += item.entry.jobs.length;
  }
  if (current.length) chunks.push(current);
  return chunks.map((items) => ({ entries: items.sort((a, b) => a.order - b.order).map((i) => i.entry) }));
}
