// `kg serve --db URL [--port N]`: a small read-only HTTP API over the store,
// on loopback only. JSON in and out; a bad query parameter is a 400 with the
// reason, an unknown node a 404. Requests are answered one at a time, as the
// store is one connection (and PGlite one process's).
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadRequest, evidenceOf, meetingsBetween, neighbourhood, nodeOf, searchNames, shortestPath, wholeNumber } from '../db/queries.ts';
import type { Store } from '../db/store.ts';
import { printLine } from './printable.ts';
import type { OutputStream } from './progress.ts';

const MAX_PATH_HOPS = 6;

class NotFound extends Error {}

type Handler = (store: Store, params: URLSearchParams) => Promise<unknown>;

const required = (params: URLSearchParams, name: string): string => {
  const v = params.get(name);
  if (v === null) throw new BadRequest(`missing ${name}`);
  return v;
};

async function existing(store: Store, id: string) {
  const node = await nodeOf(store, id);
  if (node === null) throw new NotFound(`no node ${JSON.stringify(id)}`);
  return node;
}

const ROUTES: Record<string, Handler> = {
  '/search': async (store, p) => ({ hits: await searchNames(store, required(p, 'q'), wholeNumber(p.get('limit'), 'limit', 20, 1, 100)) }),
  '/node': async (store, p) => existing(store, required(p, 'id')),
  '/neighbours': async (store, p) => {
    const id = required(p, 'id');
    const hops = wholeNumber(p.get('hops'), 'hops', 1, 1, 2);
    const per = wholeNumber(p.get('per'), 'per', 10, 1, 100);
    await existing(store, id);
    return neighbourhood(store, id, hops, per);
  },
  '/evidence': async (store, p) => {
    const id = required(p, 'id');
    const offset = wholeNumber(p.get('offset'), 'offset', 0, 0, 1_000_000);
    const limit = wholeNumber(p.get('limit'), 'limit', 20, 1, 100);
    await existing(store, id);
    return evidenceOf(store, id, offset, limit);
  },
  '/meetings': async (store, p) => ({ meetings: await meetingsBetween(store, p.get('from'), p.get('to'), wholeNumber(p.get('limit'), 'limit', 100, 1, 1000)) }),
  '/path': async (store, p) => {
    const from = required(p, 'from');
    const to = required(p, 'to');
    await existing(store, from);
    await existing(store, to);
    const path = await shortestPath(store, from, to, MAX_PATH_HOPS);
    if (path === null) throw new NotFound(`no path of at most ${MAX_PATH_HOPS} edges between ${JSON.stringify(from)} and ${JSON.stringify(to)}`);
    return { path };
  },
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/** Starts the API on 127.0.0.1 (`port` 0: any free one). */
export async function startApi(store: Store, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  let turn: Promise<unknown> = Promise.resolve();
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = ROUTES[url.pathname];
    if (!route) return send(res, 404, { error: `no such endpoint ${url.pathname}; the endpoints are ${Object.keys(ROUTES).join(', ')}` });
    if (req.method !== 'GET') return send(res, 405, { error: 'read-only: GET only' });
    try {
      send(res, 200, await route(store, url.searchParams));
    } catch (error) {
      if (error instanceof BadRequest) send(res, 400, { error: error.message });
      else if (error instanceof NotFound) send(res, 404, { error: error.message });
      else send(res, 500, { error: 'the query failed' });
    }
  };
  const server = createServer((req, res) => {
    turn = turn.then(() => answer(req, res)).catch(() => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

export async function serveCommand(store: Store, command: { port: number }, env: { stdout: OutputStream; stderr: OutputStream }): Promise<number> {
  const api = await startApi(store, command.port);
  env.stdout.write(`serving ${api.url} (read-only: /search, /node, /neighbours, /evidence, /meetings, /path); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await api.close();
  printLine(env.stderr, 'kg serve: stopped');
  return 0;
}
