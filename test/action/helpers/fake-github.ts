/**
 * A small stand-in for the GitHub REST API on 127.0.0.1: the endpoints the action uses, real HTTP, every request
 * recorded, and faults injectable per endpoint (a status, headers, a delay) to see the action cope.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Endpoint = 'listFiles' | 'listComments' | 'createComment' | 'updateComment' | 'createCheck' | 'updateCheck';

export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (with the fault, or with the real answer when no status is given). */
  delayMs?: number;
  /** Changes the stand-in's state when the fault fires (a comment deleted by someone else, say). */
  effect?: (api: FakeGitHub) => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  endpoint: Endpoint | null;
  authorization: string | undefined;
  body: any;
  status: number;
}

export interface PullFileEntry {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
  /** additions + deletions, as GitHub reports them. */
  changes?: number;
}

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly checkRuns: { id: number; created: any; updates: any[] }[] = [];
  pullFiles: PullFileEntry[] = [];
  /** Faults consumed one per request, in order, per endpoint; `always` faults never run out. */
  private readonly faults = new Map<Endpoint, Fault[]>();
  private readonly always = new Map<Endpoint, Fault>();
  private server: Server | null = null;
  private nextId = 1000;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  fail(endpoint: Endpoint, ...faults: Fault[]): void {
    this.faults.set(endpoint, [...(this.faults.get(endpoint) ?? []), ...faults]);
  }

  failAlways(endpoint: Endpoint, fault: Fault): void {
    this.always.set(endpoint, fault);
  }

  clearFaults(): void {
    this.faults.clear();
    this.always.clear();
  }

  /** Requests to an endpoint, in order. */
  calls(endpoint: Endpoint): RecordedRequest[] {
    return this.requests.filter((r) => r.endpoint === endpoint);
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  addComment(body: string, user = { login: 'github-actions[bot]', type: 'Bot' }): StoredComment {
    const id = this.nextId++;
    const comment = { id, body, html_url: `https://github.example/o/r/pull/1#issuecomment-${id}`, user };
    this.comments.push(comment);
    return comment;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const route = this.route(req.method ?? 'GET', url.pathname);
    const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, endpoint: route?.endpoint ?? null, authorization: req.headers.authorization, body, status: 0 };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (!route) return send(404, { message: 'Not Found' });
    const fault = this.faults.get(route.endpoint)?.shift() ?? this.always.get(route.endpoint);
    fault?.effect?.(this);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status) return send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
    const [status, data, headers] = route.handler(url, body);
    send(status, data, headers);
  }

  private route(method: string, path: string): { endpoint: Endpoint; handler: (url: URL, body: any) => [number, unknown, Record<string, string>?] } | null {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(path))) {
      // GitHub lists at most 3000 files of a pull request, whatever it changes.
      return { endpoint: 'listFiles', handler: (url) => this.page(url, this.pullFiles.slice(0, 3000)) };
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      if (method === 'GET') return { endpoint: 'listComments', handler: (url) => this.page(url, this.comments) };
      if (method === 'POST') return { endpoint: 'createComment', handler: (_url, body) => [201, this.addComment(body.body)] };
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      return {
        endpoint: 'updateComment',
        handler: (_url, body) => {
          const comment = this.comments.find((c) => c.id === id);
          if (!comment) return [404, { message: 'Not Found' }];
          comment.body = body.body;
          return [200, comment];
        },
      };
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      return {
        endpoint: 'createCheck',
        handler: (_url, body) => {
          const run = { id: this.nextId++, created: body, updates: [] as any[] };
          this.checkRuns.push(run);
          return [201, { id: run.id, html_url: `https://github.example/o/r/runs/${run.id}` }];
        },
      };
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      return {
        endpoint: 'updateCheck',
        handler: (_url, body) => {
          const run = this.checkRuns.find((r) => r.id === id);
          if (!run) return [404, { message: 'Not Found' }];
          run.updates.push(body);
          return [200, { id, html_url: `https://github.example/o/r/runs/${id}` }];
        },
      };
    }
    return null;
  }

  /** GitHub's pagination: per_page and page in, a Link header with rel="next" out. */
  private page(url: URL, items: unknown[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return [200, slice, headers];
  }
}
