/**
 * The life of an end-to-end suite: a fresh GitHub API stand-in for every test, and the repositories and action
 * runs it made removed at the end. `api` is read through the returned object because it changes per test.
 */
import { afterAll, afterEach, beforeEach } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import type { TestRepo } from './git-repo.js';
import { cleanupRun, type ActionRun } from './run-action.js';

export interface Harness {
  readonly api: FakeGitHub;
  /** Removes the repository when the suite ends. */
  track(repo: TestRepo): TestRepo;
  /** Removes the run's files when the suite ends. */
  record(run: ActionRun): ActionRun;
}

export function useHarness(): Harness {
  let api: FakeGitHub;
  const repos: TestRepo[] = [];
  const runs: ActionRun[] = [];
  beforeEach(async () => {
    api = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await api.stop();
  });
  afterAll(() => {
    for (const r of repos) r.cleanup();
    for (const r of runs) cleanupRun(r);
  });
  return {
    get api() {
      return api;
    },
    track: (repo) => (repos.push(repo), repo),
    record: (run) => (runs.push(run), run),
  };
}
