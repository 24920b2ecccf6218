/** What GitHub tells a step about the run: the event and its payload, the repository, where things live. */
import { readFileSync } from 'node:fs';

export interface PullContext {
  number: number;
  headSha: string;
  baseSha: string;
  /** The token of a `pull_request` run from a fork is read-only: no comments, no check runs. */
  fromFork: boolean;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepository: string | null;
  baseRepository: string | null;
  /** How many files GitHub says the pull request changes (past 3000 the files API cannot list them all). */
  changedFiles?: number;
}

export interface ActionContext {
  eventName: string;
  workspace: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  /** The job's id in the workflow: it names the sticky comment so two jobs keep two comments. */
  job: string;
  /** The commit findings are reported against (links, check runs): the PR head, the pushed commit, GITHUB_SHA. */
  sha: string;
  pull?: PullContext;
  push?: { before: string; after: string };
  runUrl?: string;
}

const ZERO_SHA = /^0+$/;

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const context: ActionContext = {
    eventName,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    owner: payload?.repository?.owner?.login ?? owner,
    repo: payload?.repository?.name ?? repo,
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    job: env.GITHUB_JOB ?? 'shipshape',
    sha: env.GITHUB_SHA ?? '',
  };
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) context.runUrl = `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  const pr = payload?.pull_request;
  if (pr && typeof pr.number === 'number' && pr.head?.sha && pr.base?.sha) {
    const headRepo = pr.head.repo?.full_name;
    const baseRepo = pr.base.repo?.full_name;
    context.pull = {
      number: pr.number,
      headSha: pr.head.sha,
      baseSha: pr.base.sha,
      // pull_request_target runs with the base's token, which may write even for a fork. A deleted fork has no repo.
      fromFork: eventName === 'pull_request' && Boolean(baseRepo) && headRepo !== baseRepo,
      headRepository: headRepo ?? null,
      baseRepository: baseRepo ?? null,
      ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
    };
    context.sha = pr.head.sha;
  } else if (eventName === 'push' && payload?.after) {
    context.sha = payload.after;
    if (payload.before && !ZERO_SHA.test(payload.before)) context.push = { before: payload.before, after: payload.after };
  }
  return context;
}

interface Payload {
  repository?: { name?: string; owner?: { login?: string } };
  pull_request?: {
    number?: number;
    changed_files?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { sha?: string; repo?: { full_name?: string } };
  };
  before?: string;
  after?: string;
}

function readPayload(path: string | undefined): Payload | null {
  if (!path) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Payload;
  } catch {
    return null;
  }
}
