/** Repositories the end-to-end tests share: small, real, and each with a known finding or none. */
import { makeRepo, pullFilesOf, type Change, type TestRepo } from './git-repo.js';
import type { FakeGitHub } from './fake-github.js';

/** A Dockerfile whose final stage sets no USER: root-user (an error) on line 1. */
export const ROOT_DOCKERFILE = 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
export const NON_ROOT_DOCKERFILE = 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "server.js"]\n';

/** The pull request adds `path` with `content`; the base has only a README. */
export function addsFile(path: string, content: string, more: Record<string, string> = {}): TestRepo {
  return makeRepo({ 'README.md': '# demo\n' }, { files: { [path]: content, ...more } });
}

export function repoWith(base: Record<string, string>, change: Change): TestRepo {
  return makeRepo(base, change);
}

/** Points the API stand-in's pull request files at this repository's change. */
export function serve(api: FakeGitHub, repo: TestRepo): void {
  api.pullFiles = pullFilesOf(repo);
}
