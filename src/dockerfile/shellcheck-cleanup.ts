/**
 * What a run stopped by a signal must not leave behind: the temporary directories of the ShellCheck batch's
 * background processes (shellcheck-process.ts) and those processes. A directory is held here from its creation
 * until its process has been read. While any is held (or workers are), this module holds one cleanup in the
 * process's exit registry (src/core/exit-cleanup.ts: 'exit' runs it, SIGINT/SIGTERM end the process through exit
 * with 130/143), which kills the children and removes the directories synchronously; with nothing held, it lets
 * go, so the process exits and takes signals as it would without shipshape.
 *
 * Worker threads (src/core/lint-pool.ts) run batches too, but a worker gets no signal, and when its process exits
 * it is stopped without running its own 'exit' listeners. So each directory is named after the process id and a
 * worker writes its child's pid into it; while the main thread holds the workers (holdWorkers), its 'exit' also
 * removes this process's directories it finds in the temporary directory and kills the children they name. The
 * workers keep running meanwhile, and a worker whose child was just killed starts the next one at once: through
 * memory shared with them (joinMainThread), no worker starts a child once the main thread is exiting, and the
 * main thread waits for one that is starting a child to have written its pid.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { holdOnExit } from '../core/exit-cleanup.js';

/** Not a name shellcheck-process.ts gives a script or an output file. */
const PID_FILE = 'shellcheck.pid';
/** Slots of the shared memory: set once the main thread exits; threads between mkdtemp and writing the pid. */
const EXITING = 0;
const STARTING = 1;
/** How long the main thread waits for workers that are starting a child: they need milliseconds. */
const STARTING_WAIT_MS = 2000;

/** This thread's directories, each with the child writing into it once it has been spawned. */
const held = new Map<string, ChildProcess | null>();
let shared: Int32Array | null = null;
let workers = 0;
/** This module's one hold in the exit registry, while it has directories or workers. */
let releaseHold: (() => void) | null = null;

const prefix = () => `shipshape-sc-${process.pid}-`;

/**
 * Makes a directory and runs `start` in it; both are held until releaseTempDir. Throws (the directory removed)
 * when `start` throws or the process is exiting.
 */
export function startInTempDir(start: (dir: string) => ChildProcess): { dir: string; child: ChildProcess } {
  if (shared) Atomics.add(shared, STARTING, 1);
  try {
    if (shared && Atomics.load(shared, EXITING)) throw new Error('the process is exiting');
    const dir = mkdtempSync(join(tmpdir(), prefix()));
    held.set(dir, null);
    hook();
    try {
      const child = start(dir);
      held.set(dir, child);
      // The main thread cannot reach a worker's ChildProcess; the pid lets it kill the child.
      if (!isMainThread && child.pid !== undefined) writeFileSync(join(dir, PID_FILE), String(child.pid));
      return { dir, child };
    } catch (error) {
      held.get(dir)?.kill('SIGKILL');
      releaseTempDir(dir);
      throw error;
    }
  } finally {
    if (shared) {
      Atomics.sub(shared, STARTING, 1);
      Atomics.notify(shared, STARTING);
    }
  }
}

/** Removes `dir` (its child has ended or never started) and lets go of it. */
export function releaseTempDir(dir: string): void {
  held.delete(dir);
  remove(dir);
  unhookWhenIdle();
}

/**
 * Called by the main thread before it starts worker threads that may run batches: until `release`, the exit path
 * also cleans up after them. Each worker must get `memory` and pass it to joinMainThread.
 */
export function holdWorkers(): { memory: SharedArrayBuffer; release: () => void } {
  shared ??= new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  workers++;
  hook();
  let released = false;
  return {
    memory: shared.buffer as SharedArrayBuffer,
    release: () => {
      if (released) return;
      released = true;
      workers--;
      unhookWhenIdle();
    },
  };
}

/** In a worker thread: the memory holdWorkers gave, so that this thread starts no child once the process exits. */
export function joinMainThread(memory: SharedArrayBuffer): void {
  shared = new Int32Array(memory);
}

function hook(): void {
  releaseHold ??= holdOnExit(cleanUp);
}

/** The registry keeps its listeners one more turn of the event loop (see exit-cleanup.ts). */
function unhookWhenIdle(): void {
  if (!releaseHold || held.size || workers) return;
  releaseHold();
  releaseHold = null;
}

/** Synchronous, as 'exit' requires; nothing here may throw. */
function cleanUp(): void {
  releaseHold = null;
  for (const [dir, child] of held) {
    child?.kill('SIGKILL');
    remove(dir);
  }
  held.clear();
  if (isMainThread && workers > 0) cleanUpAfterWorkers();
}

function cleanUpAfterWorkers(): void {
  if (shared) {
    Atomics.store(shared, EXITING, 1);
    const deadline = Date.now() + STARTING_WAIT_MS;
    for (let n = Atomics.load(shared, STARTING); n > 0 && Date.now() < deadline; n = Atomics.load(shared, STARTING)) {
      Atomics.wait(shared, STARTING, n, 50);
    }
  }
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  const started = Date.now() - process.uptime() * 1000;
  for (const name of names) {
    if (!name.startsWith(prefix())) continue;
    const dir = join(tmpdir(), name);
    try {
      // Left by an earlier process that had this pid (one killed outright): its pid file may name anything by now.
      if (statSync(dir).ctimeMs < started - 1000) continue;
      const pid = Number(readFileSync(join(dir, PID_FILE), 'utf8'));
      if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGKILL');
    } catch {
      // No pid: the child could not start (spawn failed), or the directory is gone already.
    }
    remove(dir);
  }
}

function remove(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // A directory that cannot be removed is left, never a crash (this may run inside 'exit').
  }
}
