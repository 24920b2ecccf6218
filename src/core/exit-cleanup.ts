/**
 * What a run stopped by a signal must not leave behind, whoever made it: ShellCheck's temporary directories and
 * processes (src/dockerfile/shellcheck-cleanup.ts), the images built for measuring and the `docker build` running
 * (src/image/held-images.ts). Each part holds a cleanup from the moment it has something to undo until it has
 * undone it itself. While any is held, process 'exit' runs them synchronously, newest first (a later hold may
 * depend on an earlier one: kill the build before removing the images), and SIGINT/SIGTERM end the process through
 * exit (code 130/143, as shells report such a death): the default action of a signal would kill the process
 * without running 'exit'. With nothing held, no listener is left, so the process exits and takes signals as it
 * would without shipshape.
 *
 * Each thread has its own registry. Signals reach the main thread only, and a worker stopped with its process
 * runs no 'exit' listener: the main thread must clean up after its workers (shellcheck-cleanup.ts does).
 */
import { constants } from 'node:os';
import { isMainThread } from 'node:worker_threads';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Objects, not the functions: one function may be held twice and released once. */
const held = new Set<{ cleanup: () => void }>();
let hooked = false;
let unhookPending = false;

/**
 * Holds `cleanup` (synchronous, as 'exit' requires) until the returned release is called; releasing twice is
 * harmless. Release once the thing is undone or handed on, never by running `cleanup` through it.
 */
export function holdOnExit(cleanup: () => void): () => void {
  const entry = { cleanup };
  held.add(entry);
  hook();
  return () => {
    if (held.delete(entry)) unhookWhenIdle();
  };
}

function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', cleanUp);
  if (isMainThread) for (const signal of SIGNALS) process.on(signal, exitOnSignal);
}

/**
 * Not at once: a signal caught while a child's exit is being handled in the same turn of the event loop would be
 * dropped with its listener. One turn later, whatever arrived has been delivered.
 */
function unhookWhenIdle(): void {
  if (!hooked || unhookPending || held.size) return;
  unhookPending = true;
  setImmediate(() => {
    unhookPending = false;
    if (!hooked || held.size) return;
    hooked = false;
    process.off('exit', cleanUp);
    for (const signal of SIGNALS) process.off(signal, exitOnSignal);
  }).unref();
}

function exitOnSignal(signal: NodeJS.Signals): void {
  // Another listener means the program handles the signal its own way; 'exit' still cleans up when it ends.
  if (process.listenerCount(signal) > 1) return;
  process.exit(128 + constants.signals[signal]);
}

function cleanUp(): void {
  const entries = [...held].reverse();
  held.clear();
  for (const { cleanup } of entries) {
    try {
      cleanup();
    } catch {
      // One cleanup that throws must not keep the others from running; 'exit' cannot report it anyway.
    }
  }
}
