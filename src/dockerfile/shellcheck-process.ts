/**
 * One shellcheck process over a chunk of scripts, without blocking the thread that starts it. The engine starts
 * these while it is still linting other files synchronously, so the event loop may not run for seconds: shellcheck
 * writes its JSON and its errors to files of the chunk's temporary directory, never to a pipe (a child writing to a
 * full pipe nobody reads would stall), and the output is read once the process has exited.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readShellcheckOutput, shellcheckArgs, timedOut, writeJobs, type ScriptJob, type ShellcheckComment } from './shellcheck.js';
import { releaseTempDir, startInTempDir } from './shellcheck-cleanup.js';

/** Names no script file takes (theirs end in `.sh`). */
const OUTPUT = 'shellcheck.out';
const ERRORS = 'shellcheck.err';

/**
 * Starts shellcheck over `jobs` now (the process is running when this returns) and resolves with its comments by
 * job name. Rejects with a short reason when it cannot run, times out (it is killed) or fails.
 */
export function startShellcheck(binary: string, jobs: ScriptJob[], timeoutMs: number): Promise<Map<string, ShellcheckComment[]>> {
  let dir: string;
  let child: ChildProcess;
  try {
    // Held until the output is read: a run stopped by a signal removes it and kills the child (shellcheck-cleanup.ts).
    ({ dir, child } = startInTempDir((into) => spawnInto(into, binary, jobs)));
  } catch (error) {
    return Promise.reject(new Error(`shellcheck could not run: ${(error as Error).message}`));
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    let killedForTime = false;
    const finish = (outcome: () => Map<string, ShellcheckComment[]>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        resolve(outcome());
      } catch (error) {
        reject(error);
      } finally {
        releaseTempDir(dir);
      }
    };
    const timer = setTimeout(() => {
      killedForTime = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => finish(() => {
      throw new Error(`shellcheck could not run: ${error.message}`);
    }));
    child.on('close', (status, signal) => finish(() => {
      // A process that ended on its own before a late timer fired (the event loop was busy) still counts.
      if (signal && killedForTime) throw new Error(timedOut(timeoutMs));
      if (signal) throw new Error(`shellcheck was stopped by ${signal}`);
      return readShellcheckOutput(jobs, status, readFileSync(join(dir, OUTPUT), 'utf8'), readFileSync(join(dir, ERRORS), 'utf8'));
    }));
  });
}

/** Writes the scripts into `dir` and starts shellcheck on them, its output and errors going to files there. */
function spawnInto(dir: string, binary: string, jobs: ScriptJob[]): ChildProcess {
  writeJobs(dir, jobs);
  const output = openSync(join(dir, OUTPUT), 'w');
  try {
    const errors = openSync(join(dir, ERRORS), 'w');
    try {
      return spawn(binary, shellcheckArgs(jobs), { cwd: dir, stdio: ['ignore', output, errors], windowsHide: true });
    } finally {
      // The child holds its own copies of the descriptors.
      closeSync(errors);
    }
  } finally {
    closeSync(output);
  }
}
