/**
 * What the action relies on from the HTTP layer under Octokit (node-fetch, not the global fetch), through the client
 * against local servers: redirects keep the token on the API's host only, compressed bodies arrive decoded, and a
 * network failure or a timeout surfaces as the client's error, with a message a notice can show.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHub } from '../../src/github/client.js';
import { describeApiError, statusOf } from '../../src/github/errors.js';

const TOKEN = 'ghs_transport_test_token';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server on `host` (all interfaces when omitted), recording every request it answers. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void, host?: string): Promise<{ port: number; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers });
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { port: (server.address() as AddressInfo).port, seen, server };
}

const github = (port: number, timeoutMs = 2000) => createGitHub({ token: TOKEN, baseUrl: `http://127.0.0.1:${port}`, backoffUnitMs: 1, timeoutMs });
const json = (res: ServerResponse, body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));

describe('the client over node-fetch', () => {
  it('follows a redirect on the API host with the token, and drops the token when one leaves the host', async () => {
    // Another host: the same machine by another name, so the token must not follow.
    const elsewhere = await serve((_req, res) => json(res, { where: 'elsewhere' }));
    const api = await serve((req, res) => {
      if (req.url === '/repos/o/old-name') res.writeHead(301, { location: '/repos/o/new-name' }).end();
      else if (req.url === '/repos/o/away') res.writeHead(302, { location: `http://localhost:${elsewhere.port}/there` }).end();
      else json(res, { where: req.url });
    }, '127.0.0.1');
    const renamed = await github(api.port).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'old-name' });
    expect(renamed.data).toEqual({ where: '/repos/o/new-name' });
    expect(api.seen.map((s) => [s.url, s.headers.authorization])).toEqual([
      ['/repos/o/old-name', `token ${TOKEN}`],
      ['/repos/o/new-name', `token ${TOKEN}`],
    ]);

    const away = await github(api.port).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'away' });
    expect(away.data).toEqual({ where: 'elsewhere' });
    expect(elsewhere.seen).toHaveLength(1);
    expect(elsewhere.seen[0].headers.authorization).toBeUndefined();
  });

  it('asks for compressed answers and decodes gzip and brotli bodies', async () => {
    const comments = Array.from({ length: 50 }, (_, i) => ({ id: i, body: `comment ${i}` }));
    const api = await serve((req, res) => {
      const body = JSON.stringify(comments);
      if (req.url!.includes('/issues/1/')) res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(body));
      else res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' }).end(brotliCompressSync(body));
    }, '127.0.0.1');
    const client = github(api.port);
    expect((await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 1 })).data).toEqual(comments);
    expect((await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 2 })).data).toEqual(comments);
    expect(api.seen[0].headers['accept-encoding']).toMatch(/gzip/);
  });

  it('turns a refused connection into the client error, retried and then given up with the cause', async () => {
    const closed = await serve(() => undefined, '127.0.0.1');
    servers.pop();
    await new Promise((resolve) => closed.server.close(resolve));
    const error = await github(closed.port).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(500);
    expect(describeApiError(error)).toMatch(/^HTTP 500: .*ECONNREFUSED/);
  });

  it('says a request that never answers timed out', async () => {
    const hangs = await serve(() => undefined, '127.0.0.1');
    const error = await github(hangs.port, 50).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    expect(describeApiError(error)).toBe('HTTP 500: The operation was aborted due to timeout');
    // Retried like a 5xx: the first try and three retries.
    expect(hangs.seen).toHaveLength(4);
  });
});
