/**
 * The one Octokit the action uses: retries 5xx and timeouts with backoff (plugin-retry), waits out rate limits
 * (plugin-throttling), and gives up on a request that hangs. Every wait scales with one unit so tests stay fast.
 *
 * @octokit/core with the plugins it needs, not @octokit/rest: the action calls six endpoints by route
 * (`github.request('GET /repos/…')`), and rest's map of every endpoint costs ≈ 20 ms at each start.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { requestLog } from '@octokit/plugin-request-log';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { Readable } from 'node:stream';
import nodeFetch, { FetchError, Headers, isRedirect, type RequestInit, type Response } from 'node-fetch';

export interface GitHubOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GitHub Enterprise Server, or a test's local stand-in. */
  baseUrl: string;
  /** How long one "second" of backoff lasts, in ms: 1000 in production. Retries wait 1, 4, 9 units. */
  backoffUnitMs?: number;
  /** A request that has not answered after this long is aborted and retried like a 5xx. */
  timeoutMs?: number;
  /** Rate limits asking for a longer wait than this (in seconds) are not waited for: the job must not hang. */
  maxRateLimitWaitSeconds?: number;
  /** Receives one line per request outcome (never the request itself: its headers hold the token). */
  log?: (line: string) => void;
}

// requestLog writes the one line per request outcome that `log` receives (`GET /repos/… - 500 in 12ms`).
const ActionOctokit = Octokit.plugin(requestLog, paginateRest, retry, throttling);
export type GitHub = InstanceType<typeof ActionOctokit>;

export function createGitHub(options: GitHubOptions): GitHub {
  const unit = options.backoffUnitMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const log = options.log ?? (() => {});
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < 2 && retryAfter <= maxWait;
    log(`${kind} on ${request.method} ${request.url}: ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}`);
    return retrying;
  };
  return new ActionOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'shipshape-action',
    request: { fetch: fetchWithTimeout(timeoutMs) },
    retry: { retries: 3, retryAfterBaseValue: unit },
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 5,
      // GitHub asks for a second between writes and three between notifying writes; scaled with the unit.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * unit }),
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
    log: {
      // request-log hands debug() the whole request, authorization header included: drop it.
      debug: () => {},
      info: (message: unknown) => log(String(message)),
      warn: (message: unknown) => log(String(message)),
      error: (message: unknown) => log(String(message)),
    },
  });
}

/**
 * Requests go through node-fetch (node:http), not Node 20's global fetch: undici compiles its WebAssembly HTTP
 * parser on the first request, ≈ 200 ms of CPU, more than the rest of a no-op action run. node-fetch decodes
 * gzip/deflate/brotli and honours the signal; redirects are followed here (`followRedirects`), not by node-fetch,
 * because node-fetch keeps the token on a redirect to another port of the same host.
 */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  const fetchOverNodeHttp = async (input: string, init: RequestInit = {}) => {
    // One timeout for the whole chain of redirects: it bounds the request as Octokit sees it.
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal as AbortSignal, timeout]) : timeout;
    // node-fetch rejects every abort as "The operation was aborted."; a timeout says so in the run's notices.
    return followRedirects(input, { ...init, signal }).catch((error: unknown) => {
      throw timeout.aborted ? timeout.reason : error;
    });
  };
  // Octokit reads status, url, headers, text() and arrayBuffer(): node-fetch's Response has them all.
  return fetchOverNodeHttp as unknown as typeof fetch;
}

/** node-fetch's limit, and the Fetch standard's. */
const MAX_REDIRECTS = 20;
/** What node-fetch drops when a redirect leaves the host; dropped here when it leaves the origin. */
const CREDENTIALS = ['authorization', 'www-authenticate', 'cookie', 'cookie2'];
/** They describe a body that a redirect turned into a GET no longer has. */
const BODY_HEADERS = ['content-length', 'content-type', 'content-encoding', 'content-language', 'content-location'];

/**
 * Follows redirects as node-fetch does (same limit, 303 and a POST's 301/302 become a GET, 307/308 resend), but keeps
 * the credentials within the origin (scheme, host and port), as the Fetch standard and browsers do: node-fetch compares
 * host names only, and another port is another server. Once dropped, they stay dropped for the rest of the chain.
 */
async function followRedirects(url: string, init: RequestInit): Promise<Response> {
  if (init.redirect === 'manual' || init.redirect === 'error') return nodeFetch(url, init);
  let current = url;
  let { method = 'GET', body } = init;
  const headers = new Headers(init.headers);
  for (let redirects = 0; ; redirects++) {
    const response = await nodeFetch(current, { ...init, method, body, headers, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!isRedirect(response.status) || location === null) return response;
    // The redirect's own body is never read: drain it so its connection is released.
    response.body?.resume();
    if (redirects === MAX_REDIRECTS) throw new FetchError(`gave up after ${MAX_REDIRECTS} redirects, the last from ${current}`, 'max-redirect');
    const next = URL.canParse(location, current) ? new URL(location, current) : undefined;
    if (next?.protocol !== 'http:' && next?.protocol !== 'https:') throw new FetchError(`invalid redirect from ${current} to ${location}`, 'invalid-redirect');
    if (next.origin !== new URL(current).origin) for (const name of CREDENTIALS) headers.delete(name);
    if ((response.status === 303 && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      for (const name of BODY_HEADERS) headers.delete(name);
    } else if (body instanceof Readable) {
      throw new FetchError(`cannot resend a streamed body on a redirect from ${current}`, 'unsupported-redirect');
    }
    current = next.href;
  }
}
