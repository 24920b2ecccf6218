import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/exit-cleanup.ts
import { constants } from "node:os";
import { isMainThread } from "node:worker_threads";
var SIGNALS = ["SIGINT", "SIGTERM"];
var held = /* @__PURE__ */ new Set();
var hooked = false;
var unhookPending = false;
function holdOnExit(cleanup) {
  const entry = { cleanup };
  held.add(entry);
  hook();
  return () => {
    if (held.delete(entry)) unhookWhenIdle();
  };
}
function hook() {
  if (hooked) return;
  hooked = true;
  process.on("exit", cleanUp);
  if (isMainThread) for (const signal of SIGNALS) process.on(signal, exitOnSignal);
}
function unhookWhenIdle() {
  if (!hooked || unhookPending || held.size) return;
  unhookPending = true;
  setImmediate(() => {
    unhookPending = false;
    if (!hooked || held.size) return;
    hooked = false;
    process.off("exit", cleanUp);
    for (const signal of SIGNALS) process.off(signal, exitOnSignal);
  }).unref();
}
function exitOnSignal(signal) {
  if (process.listenerCount(signal) > 1) return;
  process.exit(128 + constants.signals[signal]);
}
function cleanUp() {
  const entries = [...held].reverse();
  held.clear();
  for (const { cleanup } of entries) {
    try {
      cleanup();
    } catch {
    }
  }
}

export {
  holdOnExit
};
