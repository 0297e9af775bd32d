// What one article adds to the store's query tables: the graph `kg build`
// makes of that article alone, cut into rows keyed (entity or edge, article).
// Entities keep their keys (the gazetteer's, or the one extraction gives a
// name), which is how an article's entities meet the stored ones. A meeting's
// key in a one-article graph is only its order, so it is given an event key
// instead: its participants, phone call or not, and its day or venue, the
// anchors on which `kg build` joins the events of different articles.
import { createHash } from 'node:crypto';
import { type DocumentExtraction, graphOfExtractions } from '../core/index.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { Evidence, KnowledgeGraph, NodeAttributes } from '../core/schema.ts';

export interface EntityFragment {
  key: string; label: string; kind: string; country: string | null; roles: string[];
  lat: number | null; lon: number | null; aliases: string[]; mentions: number;
}
export interface MeetingFragment {
  key: string; label: string; type: string; status: string; date: string | null; participants: string[]; venues: string[];
}
export interface EdgeFragment { source: string; relation: string; target: string; count: number }
export interface EvidenceRow {
  node: string; relation: string | null; target: string | null; start: number; end: number; mentionStart: number | null; mentionEnd: number | null;
}
export interface ArticleFragments {
  entities: EntityFragment[];
  meetings: MeetingFragment[];
  edges: EdgeFragment[];
  evidence: EvidenceRow[];
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The event key of a meeting node of `graph`: what `kg build` would join it to another article's on. */
function eventKey(graph: KnowledgeGraph, node: string, attrs: NodeAttributes, doc: string, order: number): { key: string; participants: string[]; venues: string[] } {
  const participants = graph.inboundEdges(node).filter((e) => graph.getEdgeAttribute(e, 'relation') === 'participant').map((e) => graph.source(e)).sort();
  const venues = graph.outboundEdges(node).filter((e) => graph.getEdgeAttribute(e, 'relation') === 'held_at').map((e) => graph.target(e)).sort();
  const day = attrs.date && attrs.date.length === 10 ? attrs.date : null;
  const anchor = day ?? venues[0] ?? `${doc}#${order}`; // without either, no other article's event joins it
  const call = attrs.type === 'phone call' ? 'call' : 'meeting';
  return { key: `meeting:${digest([...participants, call, anchor].join('\u0000'))}`, participants, venues };
}

const evidenceRows = (evidence: Evidence[], node: string, relation: string | null, target: string | null): EvidenceRow[] =>
  evidence.map((e) => ({ node, relation, target, start: e.start, end: e.end, mentionStart: e.mention?.[0] ?? null, mentionEnd: e.mention?.[1] ?? null }));

export function fragmentsOf(extraction: DocumentExtraction, knowledge: Knowledge): ArticleFragments {
  const graph = graphOfExtractions([extraction], knowledge);
  const renamed = new Map<string, string>(); // meeting:1 → its event key
  const out: ArticleFragments = { entities: [], meetings: [], edges: [], evidence: [] };
  const meetings = new Map<string, MeetingFragment>();
  let order = 0;
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'document') return; // the articles table holds these
    let key = node;
    if (attrs.kind === 'meeting') {
      const event = eventKey(graph, node, attrs, extraction.doc, order++);
      key = event.key;
      renamed.set(node, key);
      // Two meetings of one article with the same anchors are one row: the first one's attributes.
      if (!meetings.has(key)) meetings.set(key, { key, label: attrs.label, type: attrs.type ?? 'talks', status: attrs.status ?? 'held', date: attrs.date ?? null, participants: event.participants, venues: event.venues });
    } else {
      out.entities.push({
        key, label: attrs.label, kind: attrs.kind, country: attrs.country ?? null, roles: attrs.roles ?? [],
        lat: attrs.lat ?? null, lon: attrs.lon ?? null, aliases: attrs.aliases, mentions: attrs.evidence.length,
      });
    }
    out.evidence.push(...evidenceRows(attrs.evidence, key, null, null));
  });
  out.meetings = [...meetings.values()];
  const nameOf = (node: string) => renamed.get(node) ?? node;
  const edges = new Map<string, EdgeFragment>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    const s = nameOf(source);
    const t = nameOf(target);
    // An invitation to two meetings, an affiliation in two roles: one row of these ends, counts added.
    const id = `${s}\u0000${attrs.relation}\u0000${t}`;
    const row = edges.get(id);
    if (row) row.count += attrs.evidence.length;
    else edges.set(id, { source: s, relation: attrs.relation, target: t, count: attrs.evidence.length });
    out.evidence.push(...evidenceRows(attrs.evidence, s, attrs.relation, t));
  });
  out.edges = [...edges.values()];
  return out;
}
