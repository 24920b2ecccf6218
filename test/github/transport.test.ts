/**
 * What the action relies on from the HTTP layer under Octokit (node-fetch, not the global fetch), through the client
 * against local servers: redirects keep the token within the API's origin only, compressed bodies arrive decoded, and a
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
  it('follows a redirect within the API origin with the token (a renamed repository answers 301)', async () => {
    const api = await serve((req, res) => {
      if (req.url === '/repos/o/old-name') res.writeHead(301, { location: '/repos/o/new-name' }).end();
      else json(res, { where: req.url });
    }, '127.0.0.1');
    const renamed = await github(api.port).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'old-name' });
    expect(renamed.data).toEqual({ where: '/repos/o/new-name' });
    expect(renamed.url).toBe(`http://127.0.0.1:${api.port}/repos/o/new-name`);
    expect(api.seen.map((s) => [s.url, s.headers.authorization])).toEqual([
      ['/repos/o/old-name', `token ${TOKEN}`],
      ['/repos/o/new-name', `token ${TOKEN}`],
    ]);
  });

  it('drops the token and cookies on a redirect to another port of the same host: another origin, another server', async () => {
    const otherPort = await serve((_req, res) => json(res, { where: 'other port' }), '127.0.0.1');
    const api = await serve((_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${otherPort.port}/there` }).end(), '127.0.0.1');
    const away = await github(api.port).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'away', headers: { cookie: 'session=secret' } });
    expect(away.data).toEqual({ where: 'other port' });
    expect(api.seen[0].headers.authorization).toBe(`token ${TOKEN}`);
    expect(otherPort.seen).toHaveLength(1);
    expect(otherPort.seen[0].headers.authorization).toBeUndefined();
    expect(otherPort.seen[0].headers.cookie).toBeUndefined();
    // Only the credentials go: the rest of the request follows as it was.
    expect(otherPort.seen[0].headers['user-agent']).toMatch(/^shipshape-action/);
  });

  it('drops the token on a redirect to another host', async () => {
    // The same machine by another name (localhost, not 127.0.0.1), on all interfaces whichever address it resolves to.
    const elsewhere = await serve((_req, res) => json(res, { where: 'elsewhere' }));
    const api = await serve((_req, res) => res.writeHead(302, { location: `http://localhost:${elsewhere.port}/there` }).end(), '127.0.0.1');
    const away = await github(api.port).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'away' });
    expect(away.data).toEqual({ where: 'elsewhere' });
    expect(elsewhere.seen).toHaveLength(1);
    expect(elsewhere.seen[0].headers.authorization).toBeUndefined();
  });

  it('turns a POST into a GET without the body after a 303, and keeps method and body through a 307', async () => {
    const bodies: string[] = [];
    const api = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        bodies.push(body);
        if (req.url === '/repos/o/r/see-other') res.writeHead(303, { location: '/created' }).end();
        else if (req.url === '/repos/o/r/temporary') res.writeHead(307, { location: '/moved' }).end();
        else json(res, { method: req.method, url: req.url });
      });
    }, '127.0.0.1');
    const client = github(api.port);
    const seeOther = await client.request('POST /repos/{owner}/{repo}/see-other', { owner: 'o', repo: 'r', name: 'x' });
    expect(seeOther.data).toEqual({ method: 'GET', url: '/created' });
    const temporary = await client.request('POST /repos/{owner}/{repo}/temporary', { owner: 'o', repo: 'r', name: 'y' });
    expect(temporary.data).toEqual({ method: 'POST', url: '/moved' });
    expect(bodies).toEqual(['{"name":"x"}', '', '{"name":"y"}', '{"name":"y"}']);
    expect(api.seen[1].headers['content-type']).toBeUndefined();
    expect(api.seen[1].headers['content-length']).toBeUndefined();
    expect(api.seen[3].headers['content-type']).toMatch(/^application\/json/);
    expect(api.seen.map((s) => s.headers.authorization)).toEqual(Array(4).fill(`token ${TOKEN}`));
  });

  it('gives up on a redirect loop with an error that says so', async () => {
    const loop = await serve((req, res) => res.writeHead(302, { location: req.url! }).end(), '127.0.0.1');
    const error = await github(loop.port).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    expect(describeApiError(error)).toMatch(/^HTTP 500: .*redirect.*\/repos\/o\/r/);
    // Each try is the request and 20 redirects; the error is retried like a 5xx, so four tries.
    expect(loop.seen).toHaveLength(4 * 21);
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
