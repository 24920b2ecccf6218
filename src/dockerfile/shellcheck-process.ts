/**
 * One shellcheck process over a chunk of scripts, without blocking the thread that starts it. The engine starts
 * these while it is still linting other files synchronously, so the event loop may not run for seconds: shellcheck
 * writes its JSON and its errors to files of the chunk's temporary directory, never to a pipe (a child writing to a
 * full pipe nobody reads would stall), and the output is read once the process has exited.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readShellcheckOutput, shellcheckArgs, timedOut, writeJobs, type ScriptJob, type ShellcheckComment } from './shellcheck.js';

/** Names no script file takes (theirs end in `.sh`). */
const OUTPUT = 'shellcheck.out';
const ERRORS = 'shellcheck.err';

/** Running children and their directories, so that an exit of this process or thread leaves neither behind. */
const live = new Map<string, () => void>();
let exitHooked = false;

function cleanUpAtExit(): void {
  for (const stop of live.values()) stop();
}

/**
 * Starts shellcheck over `jobs` now (the process is running when this returns) and resolves with its comments by
 * job name. Rejects with a short reason when it cannot run, times out (it is killed) or fails.
 */
export function startShellcheck(binary: string, jobs: ScriptJob[], timeoutMs: number): Promise<Map<string, ShellcheckComment[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-'));
  let output: number | undefined;
  let errors: number | undefined;
  try {
    writeJobs(dir, jobs);
    output = openSync(join(dir, OUTPUT), 'w');
    errors = openSync(join(dir, ERRORS), 'w');
    const child = spawn(binary, shellcheckArgs(jobs), { cwd: dir, stdio: ['ignore', output, errors], windowsHide: true });
    // The child holds its own copies of the descriptors.
    closeSync(output);
    closeSync(errors);
    output = errors = undefined;
    return new Promise((resolve, reject) => {
      let settled = false;
      let killedForTime = false;
      const finish = (outcome: () => Map<string, ShellcheckComment[]>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        live.delete(dir);
        try {
          resolve(outcome());
        } catch (error) {
          reject(error);
        } finally {
          rmSync(dir, { recursive: true, force: true });
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
      live.set(dir, () => {
        child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      });
      if (!exitHooked) {
        exitHooked = true;
        process.on('exit', cleanUpAtExit);
      }
    });
  } catch (error) {
    if (output !== undefined) closeSync(output);
    if (errors !== undefined) closeSync(errors);
    rmSync(dir, { recursive: true, force: true });
    return Promise.reject(new Error(`shellcheck could not run: ${(error as Error).message}`));
  }
}
