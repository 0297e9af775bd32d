// `kg serve --db URL [--port N] [--app DIR] [--token T]`: the built explorer
// and a small JSON API over the store, on loopback only. The API is under
// /api/ (its first paths, /search and the others, still answer). Reading
// needs nothing; writing (POST /api/corrections) needs the token the server
// was started with, and a server started without one writes nothing. JSON in
// and out; a bad query parameter is a 400 with the reason, an unknown node a
// 404. Requests are answered side by side, but the store is asked one thing
// at a time (one query, or one whole transaction): it is one connection (and
// PGlite one process's).
import { existsSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BadRequest, type EdgeEnd, checkEdge, evidenceOf, hasEdge, meetingsBetween, neighbourhood, nodeOf, searchNames, shortestPath, storeInfo, wholeNumber } from '../db/queries.ts';
import type { Store } from '../db/store.ts';
import { printLine } from './printable.ts';
import type { OutputStream } from './progress.ts';
import { appFile, sendFile } from './serve-static.ts';
import { Forbidden, Missing, TooLarge, Unauthorized, addCorrection, checkToken, correctionsOf, jsonBody } from './serve-writes.ts';

/** The app `kg serve` hands out unless told: the project's vite build. */
export const DEFAULT_APP_DIR = path.resolve(import.meta.dirname, '../../dist');
/** Where a client learns that it talks to `kg serve`, and what this one allows. */
export const INFO_PATH = '/api/info';

const MAX_PATH_HOPS = 6;
/** A token shorter than this is refused: it could be guessed. */
export const MIN_TOKEN = 16;

class NotFound extends Error {}

type Handler = (store: Store, params: URLSearchParams) => Promise<unknown>;

const required = (params: URLSearchParams, name: string): string => {
  const v = params.get(name);
  if (v === null) throw new BadRequest(`missing ${name}`);
  return v;
};

/** The edge named by `relation` and `target` (from the node `id`), or null when neither is given. */
function edgeOf(params: URLSearchParams): EdgeEnd | null {
  const [relation, target] = [params.get('relation'), params.get('target')];
  if (relation === null && target === null) return null;
  if (relation === null || target === null) throw new BadRequest("an edge's evidence needs both relation and target");
  return checkEdge({ relation, target });
}

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
    return neighbourhood(store, id, hops, per, p.get('relation'));
  },
  '/evidence': async (store, p) => {
    const id = required(p, 'id');
    const offset = wholeNumber(p.get('offset'), 'offset', 0, 0, 1_000_000);
    const limit = wholeNumber(p.get('limit'), 'limit', 20, 1, 100);
    const edge = edgeOf(p);
    await existing(store, id);
    if (edge) {
      await existing(store, edge.target);
      if (!(await hasEdge(store, id, edge))) throw new NotFound(`no edge ${JSON.stringify(id)} ${edge.relation} ${JSON.stringify(edge.target)}`);
    }
    return evidenceOf(store, id, offset, limit, edge);
  },
  '/meetings': async (store, p) => ({ meetings: await meetingsBetween(store, p.get('from'), p.get('to'), wholeNumber(p.get('limit'), 'limit', 100, 1, 1000)) }),
  '/path': async (store, p) => {
    const from = required(p, 'from');
    const to = required(p, 'to');
    await existing(store, from);
    await existing(store, to);
    const found = await shortestPath(store, from, to, MAX_PATH_HOPS);
    if (found === null) throw new NotFound(`no path of at most ${MAX_PATH_HOPS} edges between ${JSON.stringify(from)} and ${JSON.stringify(to)}`);
    return { path: found };
  },
  '/corrections': async (store, p) => ({ corrections: await correctionsOf(store, (await existing(store, required(p, 'subject'))).key) }),
};

type Write = (store: Store, body: unknown) => Promise<unknown>;

const WRITES: Record<string, Write> = {
  '/corrections': (store, body) => store.transaction((tx) => addCorrection(tx, body)),
};

export interface ServeOptions {
  /** The built app's folder; null (or a folder without index.html): the API only. */
  appDir?: string | null;
  /** The token writes need; null: read-only. */
  token?: string | null;
}

const STATUS_OF: [new (...args: never[]) => Error, number][] = [[BadRequest, 400], [Unauthorized, 401], [Forbidden, 403], [NotFound, 404], [Missing, 404], [TooLarge, 413]];

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/** A request from a page of another site, or sent to a name that rebinds to loopback, is not the user's. */
function foreignRequest(req: IncomingMessage, port: number): string | null {
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return `this server answers only to 127.0.0.1:${port} and localhost:${port}`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return 'requests from other sites are refused';
  return null;
}

/** The store, asked one query or transaction at a time. */
function oneAtATime(store: Store): Store {
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = turn.then(work);
    turn = run.catch(() => {});
    return run;
  };
  return {
    engine: store.engine,
    query: (sql, params) => inTurn(() => store.query(sql, params)),
    exec: (sql) => inTurn(() => store.exec(sql)),
    transaction: (work) => inTurn(() => store.transaction(work)),
    close: () => store.close(),
  };
}

/** Starts the app and the API on 127.0.0.1 (`port` 0: any free one). */
export async function startApi(shared: Store, port: number, options: ServeOptions = {}): Promise<{ url: string; app: boolean; close: () => Promise<void> }> {
  const token = options.token ?? null;
  const appDir = options.appDir && existsSync(path.join(options.appDir, 'index.html')) ? options.appDir : null;
  const store = oneAtATime(shared);
  let bound = port;
  const routes: Record<string, Handler> = {
    ...ROUTES,
    '/info': async () => ({ server: 'news-kg', writes: token === null ? [] : Object.keys(WRITES).map((w) => `/api${w}`), ...(await storeInfo(store)) }),
  };
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const refused = foreignRequest(req, bound);
    if (refused) return send(res, 403, { error: refused });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = url.pathname.startsWith('/api/');
    const name = api ? url.pathname.slice(4) : url.pathname;
    const route = routes[name];
    const write = WRITES[name];
    try {
      if (req.method === 'POST' && write && (api || !route)) {
        checkToken(req, token);
        return send(res, 201, await write(store, await jsonBody(req)));
      }
      if (route && (api || name !== '/info')) {
        if (req.method !== 'GET') return send(res, 405, { error: write ? 'GET reads; POST (with the token) writes' : 'read-only: GET only' });
        return send(res, 200, await route(store, url.searchParams));
      }
      if (!api && appDir && (req.method === 'GET' || req.method === 'HEAD')) {
        const found = await appFile(appDir, url.pathname);
        if (found) return sendFile(res, found, req.method === 'HEAD');
      }
      const endpoints = Object.keys(routes).map((r) => `/api${r}`).join(', ');
      return send(res, 404, { error: `no such endpoint ${url.pathname}; the endpoints are ${endpoints}${appDir ? '' : ' (no app is served: build it with npm run build)'}` });
    } catch (error) {
      const status = STATUS_OF.find(([type]) => error instanceof type)?.[1];
      send(res, status ?? 500, { error: status ? (error as Error).message : 'the query failed' });
    }
  };
  const server = createServer((req, res) => void answer(req, res).catch(() => res.destroy()));
  // A client that sends its headers, or a body, and then nothing holds a request no longer than this.
  server.requestTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    app: appDir !== null,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

export async function serveCommand(store: Store, command: { port: number; appDir: string | null; token: string | null }, env: { stdout: OutputStream; stderr: OutputStream }): Promise<number> {
  const appDir = command.appDir ?? DEFAULT_APP_DIR;
  // The environment is the better place for the token: a command line is seen by every user of the machine (ps).
  const token = command.token ?? (process.env.KG_SERVE_TOKEN || null);
  if (token !== null && token.length < MIN_TOKEN) {
    printLine(env.stderr, `kg serve: the token is too short: at least ${MIN_TOKEN} characters (e.g. openssl rand -hex 16)`);
    return 2;
  }
  const api = await startApi(store, command.port, { appDir, token });
  if (!api.app) printLine(env.stderr, `kg serve: no built app in ${appDir} (run npm run build, or give --app <folder>): serving the API only`);
  const writes = token === null ? 'read-only' : 'writes with the token: POST /api/corrections';
  env.stdout.write(`serving ${api.url}${api.app ? '/ (the explorer) and' : ''} ${api.url}/api/ (${writes}); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await api.close();
  printLine(env.stderr, 'kg serve: stopped');
  return 0;
}
