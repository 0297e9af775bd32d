// The explorer's state on `kg serve`, on a fake API: what is drawn after a
// choice, an expansion and a "more"; a node's and an edge's evidence a page at a time; a late answer
// for an earlier selection dropped; and the client refusing answers of the
// wrong shape.
import { describe, expect, it } from 'vitest';
import { ApiClient, type NeighbourAnswer } from '../../src/app/lib/api-client.ts';
import { Explorer } from '../../src/app/state/explorer.svelte.ts';
import { EVIDENCE_PAGE, PER, ServerSource } from '../../src/app/state/server-source.svelte.ts';

const INFO = { server: 'news-kg', writes: [], entities: 3, meetings: 1, articles: 1, firstMeeting: '2018-07-16', lastMeeting: '2018-07-16' };

const brief = (key: string, kind = 'leader', extra: Record<string, unknown> = {}) => ({ key, label: key.replace(/^\w+:/, ''), kind, ...extra });

/** Putin: 10 meetings (PER of them shown unless more are asked for), mentioned in a document. */
function neighbours(id: string, per: number, relation: string | null): NeighbourAnswer & { hops: unknown } {
  const meetings = Array.from({ length: 10 }, (_, i) => `meeting:${i + 1}`);
  const groups = id === 'person:Putin'
    ? [
        { relation: 'participant', direction: 'out' as const, total: 10, shown: meetings.slice(0, Math.min(per, 10)).map((key) => ({ key, count: 1, articles: 1 })), omitted: 10 - Math.min(per, 10) },
        { relation: 'mentions', direction: 'in' as const, total: 1, shown: [{ key: 'doc:a.txt', count: 1, articles: 1 }], omitted: 0 },
      ].filter((g) => relation === null || g.relation === relation)
    : [{ relation: 'participant', direction: 'in' as const, total: 1, shown: [{ key: 'person:Trump', count: 1, articles: 1 }], omitted: 0 }];
  const nodes = [brief('person:Putin'), brief('person:Trump'), brief('doc:a.txt', 'document'), ...meetings.map((k) => brief(k, 'meeting', { type: 'summit', status: 'held', date: '2018-07-16' }))];
  return { key: id, edges: groups, nodes, hops: [[{ key: id, edges: groups }]] };
}

function fakeApi(delays: Record<string, number> = {}): { fetch: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  const fetchFn = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    asked.push(`${url.pathname}${url.search}`);
    const p = url.searchParams;
    const id = p.get('id') ?? '';
    const route = url.pathname.replace(/^\/api/, '');
    await new Promise((r) => setTimeout(r, delays[id] ?? 0));
    const body: unknown =
      route === '/info' ? INFO
      : route === '/neighbours' ? neighbours(id, Number(p.get('per')), p.get('relation'))
      : route === '/node' ? { ...brief(id), country: 'RU', aliases: ['Putin', 'V. Putin'] }
      : route === '/evidence' ? {
          total: 7,
          offset: Number(p.get('offset')),
          items: Array.from({ length: Math.min(Number(p.get('limit')), 7 - Number(p.get('offset'))) }, (_, i) => ({ article: 'a.txt', title: 'A', published: '2018-07-20', start: 10, end: 30, sentence: `sentence ${Number(p.get('offset')) + i} of ${id}`, mention: [10, 15] })),
        }
      : route === '/search' ? { hits: [{ ...brief('person:Putin'), alias: 'Putin', prefix: true, similarity: 1, articles: 5 }] }
      : { error: 'no such endpoint' };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fetchFn, asked };
}

async function source(delays?: Record<string, number>) {
  const api = fakeApi(delays);
  const found = await ApiClient.detect('http://127.0.0.1:1', api.fetch);
  expect(found?.info.entities).toBe(3);
  return { source: new ServerSource(new Explorer(), found!.client, found!.info), asked: api.asked };
}

describe('the explorer on kg serve', () => {
  it('starts empty; a chosen hit comes with its neighbours, documents left out; "more" brings what the cap held back', async () => {
    const { source: s, asked } = await source();
    const graph = () => s.explorer.graph!;
    expect(graph().order).toBe(0);
    await s.search('Putin');
    await s.choose(s.hits[0]!);
    expect(graph().order).toBe(1 + PER);
    expect(graph().hasNode('meeting:10')).toBe(false);
    expect(graph().hasNode('doc:a.txt')).toBe(false);
    expect(s.explorer.selection).toEqual({ type: 'node', id: 'person:Putin' });
    const participant = s.groups.get('person:Putin')!.find((g) => g.relation === 'participant')!;
    expect(participant.omitted).toBe(10 - PER);
    expect(graph().getNodeAttributes('meeting:1')).toMatchObject({ kind: 'meeting', type: 'summit', status: 'held', date: '2018-07-16', evidence: [] });
    await s.more('person:Putin', participant);
    expect(asked.at(-1)).toBe('/api/neighbours?id=person%3APutin&per=10&relation=participant');
    expect(graph().order).toBe(11);
    expect(s.groups.get('person:Putin')!.map((g) => `${g.relation}:${g.omitted}`)).toEqual(['participant:0']);
    await s.expand('meeting:1');
    expect(graph().hasEdge('person:Trump', 'meeting:1')).toBe(true);
    expect([...s.expanded].sort()).toEqual(['meeting:1', 'person:Putin']);
    s.clear();
    expect(graph().order).toBe(0);
  });

  it('pages the evidence, and drops an answer for a selection already left', async () => {
    const { source: s } = await source({ 'person:Slow': 30 });
    const slow = s.describe('person:Slow');
    await s.describe('person:Putin');
    await slow;
    expect(s.details?.key).toBe('person:Putin');
    expect(s.evidence?.items.map((i) => i.sentence)).toEqual(Array.from({ length: EVIDENCE_PAGE }, (_, i) => `sentence ${i} of person:Putin`));
    await s.moreEvidence();
    expect(s.evidence?.items).toHaveLength(7);
    expect(s.evidence?.total).toBe(7);
  });

  it("pages a selected edge's evidence, asked for from its source, both ends' names marked", async () => {
    const { source: s, asked } = await source();
    await s.search('Putin');
    await s.choose(s.hits[0]!);
    const edge = s.explorer.graph!.edges('person:Putin', 'meeting:1')[0]!;
    await s.describeEdge(edge);
    expect(asked).toContain(`/api/evidence?id=person%3APutin&relation=participant&target=meeting%3A1&offset=0&limit=${EVIDENCE_PAGE}`);
    expect(s.evidence).toMatchObject({ id: edge, node: 'person:Putin', edge: { relation: 'participant', target: 'meeting:1' }, total: 7 });
    expect(s.evidence?.items).toHaveLength(EVIDENCE_PAGE);
    expect(s.evidence?.names).toEqual(['Putin', '1', 'V. Putin']);
    await s.moreEvidence();
    expect(asked.at(-1)).toBe(`/api/evidence?id=person%3APutin&relation=participant&target=meeting%3A1&offset=${EVIDENCE_PAGE}&limit=${EVIDENCE_PAGE}`);
    expect(s.evidence?.items).toHaveLength(7);
    // A node selected after it: the node's own evidence, not the edge's.
    await s.describe('person:Putin');
    expect(s.evidence).toMatchObject({ id: 'person:Putin', edge: null });
    expect(asked.at(-1)).toBe(`/api/evidence?id=person%3APutin&offset=0&limit=${EVIDENCE_PAGE}`);
  });
});

describe('the API client', () => {
  const answering = (status: number, body: string, type = 'application/json') => (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;

  it('finds no server behind a static host', async () => {
    expect(await ApiClient.detect('http://127.0.0.1:1', answering(200, '<!doctype html><p>app</p>', 'text/html'))).toBeNull();
    expect(await ApiClient.detect('http://127.0.0.1:1', answering(404, 'Not found', 'text/plain'))).toBeNull();
    expect(await ApiClient.detect('http://127.0.0.1:1', answering(200, JSON.stringify({ server: 'other', writes: [] })))).toBeNull();
  });

  it("says what the server refused, and refuses answers it cannot read", async () => {
    await expect(new ApiClient('http://x/api', answering(400, JSON.stringify({ error: 'search needs at least 3 characters, got 2' }))).search('Pu')).rejects.toThrow('search needs at least 3 characters, got 2');
    await expect(new ApiClient('http://x/api', answering(200, JSON.stringify({ hits: [{ key: 1 }] }))).search('Putin')).rejects.toThrow(/not what the explorer reads/);
    await expect(new ApiClient('http://x/api', answering(200, JSON.stringify({ total: 1, items: [{ article: 'a', sentence: '<b>x</b>', start: 0, end: 'x' }] }))).evidence('k', 0, 5)).rejects.toThrow(/bad evidence item/);
  });
});
