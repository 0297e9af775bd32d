// The app's side of `kg serve`'s API (src/cli/serve.ts): one method per read
// route, each checking the answer's shape before handing it on, as the server
// is another program and what it sends is data, never markup. `detect` asks
// the page's own origin whether it is such a server.
import type { EdgeEnd, EvidenceItem, NodeBrief, NodeRow, SearchHit } from '../../db/queries.ts';

export type { EdgeEnd, EvidenceItem, NodeBrief, NodeRow, SearchHit };

export interface ServerInfo { server: 'news-kg'; writes: string[]; entities: number; meetings: number; articles: number; firstMeeting: string | null; lastMeeting: string | null }

export interface NeighbourGroup { relation: string; direction: 'out' | 'in'; total: number; shown: { key: string; count: number; articles: number }[]; omitted: number }

export interface NeighbourAnswer { key: string; edges: NeighbourGroup[]; nodes: NodeBrief[] }

/** `total` sentences, or with `atLeast` at least that many (the server counts up to a bound). */
export interface EvidencePage { total: number; atLeast: boolean; offset: number; items: EvidenceItem[] }

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function shapeError(route: string, what: string): ApiError {
  return new ApiError(`the server's answer to ${route} is not what the explorer reads (${what})`, 0);
}

const checkBrief = (route: string, v: unknown): NodeBrief => {
  if (!isRecord(v) || !isString(v.key) || !isString(v.label) || !isString(v.kind)) throw shapeError(route, 'a node without key, label or kind');
  return { key: v.key, label: v.label, kind: v.kind, type: isString(v.type) ? v.type : undefined, status: isString(v.status) ? v.status : undefined, date: isString(v.date) ? v.date : null };
};

function checkGroup(route: string, v: unknown): NeighbourGroup {
  if (!isRecord(v) || !isString(v.relation) || (v.direction !== 'out' && v.direction !== 'in') || !isCount(v.total) || !isCount(v.omitted) || !Array.isArray(v.shown)) throw shapeError(route, 'a bad neighbour group');
  const shown = v.shown.map((s) => {
    if (!isRecord(s) || !isString(s.key) || !isCount(s.count) || !isCount(s.articles)) throw shapeError(route, 'a bad neighbour');
    return { key: s.key, count: s.count, articles: s.articles };
  });
  return { relation: v.relation, direction: v.direction, total: v.total, omitted: v.omitted, shown };
}

function checkEvidence(route: string, v: unknown): EvidenceItem {
  if (!isRecord(v) || !isString(v.article) || !isString(v.sentence) || !isCount(v.start) || !isCount(v.end)) throw shapeError(route, 'a bad evidence item');
  const mention = Array.isArray(v.mention) && v.mention.length === 2 && v.mention.every(isCount) ? ([v.mention[0], v.mention[1]] as [number, number]) : null;
  return { article: v.article, title: isString(v.title) ? v.title : v.article, published: isString(v.published) ? v.published : null, start: v.start, end: v.end, sentence: v.sentence, mention };
}

export class ApiClient {
  readonly #base: string;
  readonly #fetch: typeof fetch;

  /** `base`: the API's root, e.g. "http://127.0.0.1:8790/api". */
  constructor(base: string, fetchFn: typeof fetch = (...args) => fetch(...args)) {
    this.#base = base.replace(/\/$/, '');
    this.#fetch = fetchFn;
  }

  async #get(route: string, params: Record<string, string | number | undefined>): Promise<Record<string, unknown>> {
    const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
    let res: Response;
    try {
      res = await this.#fetch(`${this.#base}${route}${query.size ? `?${query}` : ''}`, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new ApiError(`the server did not answer (${error instanceof Error ? error.message : String(error)})`, 0);
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError(isRecord(body) && isString(body.error) ? body.error : `the server answered ${res.status}`, res.status);
    if (!isRecord(body)) throw shapeError(route, 'not a JSON object');
    return body;
  }

  /** The server's description, or null when the page's origin is not `kg serve` (a static host answers 404, or HTML). */
  static async detect(origin: string, fetchFn: typeof fetch = (...args) => fetch(...args)): Promise<{ client: ApiClient; info: ServerInfo } | null> {
    const client = new ApiClient(`${origin.replace(/\/$/, '')}/api`, fetchFn);
    try {
      return { client, info: await client.info() };
    } catch {
      return null;
    }
  }

  async info(): Promise<ServerInfo> {
    const b = await this.#get('/info', {});
    if (b.server !== 'news-kg' || !Array.isArray(b.writes)) throw shapeError('/info', 'not news-kg');
    const date = (v: unknown) => (isString(v) ? v : null);
    return { server: 'news-kg', writes: b.writes.filter(isString), entities: isCount(b.entities) ? b.entities : 0, meetings: isCount(b.meetings) ? b.meetings : 0, articles: isCount(b.articles) ? b.articles : 0, firstMeeting: date(b.firstMeeting), lastMeeting: date(b.lastMeeting) };
  }

  async search(q: string, limit = 12): Promise<SearchHit[]> {
    const b = await this.#get('/search', { q, limit });
    if (!Array.isArray(b.hits)) throw shapeError('/search', 'no hits');
    return b.hits.map((h) => {
      const brief = checkBrief('/search', h);
      const r = h as Record<string, unknown>;
      return { ...brief, alias: isString(r.alias) ? r.alias : brief.label, prefix: r.prefix === true, similarity: Number(r.similarity) || 0, articles: isCount(r.articles) ? r.articles : 0 };
    });
  }

  async node(id: string): Promise<NodeRow> {
    const b = await this.#get('/node', { id });
    return { ...b, ...checkBrief('/node', b) };
  }

  /** One hop around `id`: at most `per` neighbours of each relation (of `relation` only, when given). */
  async neighbours(id: string, per: number, relation?: string): Promise<NeighbourAnswer> {
    const b = await this.#get('/neighbours', { id, per, relation });
    const first = Array.isArray(b.hops) && Array.isArray(b.hops[0]) ? (b.hops[0] as unknown[])[0] : undefined;
    if (!isRecord(first) || !Array.isArray(first.edges) || !Array.isArray(b.nodes)) throw shapeError('/neighbours', 'no first hop');
    return { key: id, edges: first.edges.map((g) => checkGroup('/neighbours', g)), nodes: b.nodes.map((n) => checkBrief('/neighbours', n)) };
  }

  /** A page of the node's evidence, or with `edge` of that edge's (the node its source). */
  async evidence(id: string, offset: number, limit: number, edge: EdgeEnd | null = null): Promise<EvidencePage> {
    const b = await this.#get('/evidence', { id, relation: edge?.relation, target: edge?.target, offset, limit });
    if (!isCount(b.total) || !Array.isArray(b.items)) throw shapeError('/evidence', 'no total or items');
    return { total: b.total, atLeast: b.atLeast === true, offset, items: b.items.map((i) => checkEvidence('/evidence', i)) };
  }

  async meetings(from: string, to: string, limit = 200): Promise<NodeBrief[]> {
    const b = await this.#get('/meetings', { from, to, limit });
    if (!Array.isArray(b.meetings)) throw shapeError('/meetings', 'no meetings');
    return b.meetings.map((m) => checkBrief('/meetings', m));
  }
}
