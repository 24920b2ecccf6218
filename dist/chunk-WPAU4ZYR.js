import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  getExecOutput
} from "./chunk-QWTCEQYU.js";

// src/image/worktree.ts
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

// src/image/worktree.ts
async function git(args, cwd) {
  try {
    const result = await getExecOutput("git", args, { cwd, silent: true, ignoreReturnCode: true });
    return { ok: result.exitCode === 0, out: result.stdout.trim(), err: result.stderr.trim() };
  } catch (error) {
    return { ok: false, out: "", err: error.message };
  }
}
async function repositoryRoot(dir) {
  const result = await git(["rev-parse", "--show-toplevel"], dir);
  return result.ok && result.out ? result.out : null;
}
async function withWorktree(repoRoot, ref, work) {
  const commit = await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], repoRoot);
  if (!commit.ok) throw new Error(`the ref \`${ref}\` is not a commit in this repository (fetch it first: actions/checkout needs fetch-depth: 0 or the base fetched)`);
  const scratch = mkdtempSync(join(tmpdir(), "shipshape-base-"));
  const dir = join(scratch, "tree");
  const removeTree = () => {
    spawnSync("git", ["worktree", "remove", "--force", dir], { cwd: repoRoot, stdio: "ignore", timeout: 5e3 });
    rmSync(scratch, { recursive: true, force: true });
    spawnSync("git", ["worktree", "prune"], { cwd: repoRoot, stdio: "ignore", timeout: 5e3 });
  };
  const release = holdOnExit(removeTree);
  try {
    const added = await git(["worktree", "add", "--detach", dir, commit.out], repoRoot);
    if (!added.ok) throw new Error(`git worktree add failed: ${added.err.split("\n").pop()}`);
    return await work(dir);
  } finally {
    release();
    removeTree();
  }
}

export {
  holdOnExit,
  repositoryRoot,
  withWorktree
};
