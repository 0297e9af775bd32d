// Assembles the graphology graph from what the articles stated: one node per
// entity and per event, every node and edge carrying the sentences that
// support it. Places become venue nodes only where a meeting is held.
import { MultiDirectedGraph } from 'graphology';
import type { EntityFacts } from '../extract/context.ts';
import type { Affiliation } from '../extract/affiliations.ts';
import type { DocumentExtraction } from '../extract/document.ts';
import { type MeetingEvent, eventStatus, eventType } from '../resolve/events.ts';
import { mostSpecific, placeChain } from '../resolve/places.ts';
import { type EdgeAttributes, type Evidence, type KnowledgeGraph, type NodeAttributes, type Relation, isPersonKind } from '../schema.ts';


interface EntityNode { facts: EntityFacts; aliases: Set<string>; evidence: EvidenceList }

/**
 * A number for each sentence of the corpus (document ids are unique: each is a node): evidence
 * lists tell sentences apart by it rather than by a string made for every piece of evidence.
 */
class SentenceNumbers {
  readonly #first = new Map<DocumentExtraction, number>();

  constructor(extractions: DocumentExtraction[]) {
    let next = 0;
    for (const x of extractions) {
      this.#first.set(x, next);
      next += x.sentences.length;
    }
  }

  of(x: DocumentExtraction, sentence: number): number {
    return this.#first.get(x)! + sentence;
  }
}

/**
 * The evidence of a node or edge: each sentence once. Articles are read in order and a mention's
 * sentences rise within one, so a new sentence is most often past the last one held: only a list
 * that gets one out of order makes the set of those it holds (one set per node and edge was a
 * tenth of the assembly's time on large corpora, measured).
 */
class EvidenceList {
  readonly items: Evidence[] = [];
  #last = -1;
  #held: Set<number> | null = null;
  readonly #numbers: number[] = [];

  constructor(private readonly numbers: SentenceNumbers) {}

  /** Adds sentence `sentence` of `x` (with where `mention` stands in it) unless the list holds that sentence already (no evidence is made then). */
  add(x: DocumentExtraction, sentence: number, mention?: [number, number]): void {
    const n = this.numbers.of(x, sentence);
    if (n === this.#last) return;
    if (n < this.#last) {
      this.#held ??= new Set(this.#numbers);
      if (this.#held.has(n)) return;
      this.#held.add(n);
    } else {
      this.#last = n;
      this.#held?.add(n);
    }
    this.#numbers.push(n);
    const [start, end] = x.sentences[sentence]!;
    this.items.push(mention ? { doc: x.doc, start, end, mention } : { doc: x.doc, start, end });
  }
}

interface Edge { source: string; target: string; relation: Relation; evidence: EvidenceList; role?: string; meeting?: string }

/** Edges by relation (and meeting), source and target, in the order first linked: nested maps, not a string key made at each link. */
class EdgeTable {
  readonly list: Edge[] = [];
  readonly #index = new Map<string, Map<string, Map<string, Edge>>>();

  constructor(private readonly numbers: SentenceNumbers) {}

  /** The edge of these ends, relation and meeting (made with `extra` if there is none yet). */
  at(relation: Relation, source: string, target: string, extra: { role?: string; meeting?: string }): Edge {
    const kind = extra.meeting ? `${relation}|${extra.meeting}` : relation;
    let bySource = this.#index.get(kind);
    if (!bySource) this.#index.set(kind, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let edge = byTarget.get(target);
    if (!edge) {
      byTarget.set(target, (edge = { source, target, relation, evidence: new EvidenceList(this.numbers), ...extra }));
      this.list.push(edge);
    }
    return edge;
  }
}

export function assembleGraph(
  extractions: DocumentExtraction[], events: MeetingEvent[], affiliations: Affiliation[], facts: (key: string) => EntityFacts | undefined,
  familyNameFirst: Set<string> = new Set(),
): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const byDoc = new Map(extractions.map((x) => [x.doc, x]));
  const numbers = new SentenceNumbers(extractions);

  // Entities, merged across articles by key.
  const entities = new Map<string, EntityNode>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      const f = facts(m.key);
      // "his Russian counterpart" names no one: the sentence stays evidence of the meeting, not of the name.
      if (!f || m.descriptive) continue;
      let node = entities.get(m.key);
      if (!node) { node = { facts: f, aliases: new Set(), evidence: new EvidenceList(numbers) }; entities.set(m.key, node); }
      node.aliases.add(m.surface);
      node.evidence.add(x, m.sentence, [m.start, m.end]);
    }
  }

  // "in Helsinki, Finland": the meeting is held at Helsinki, which lies in Finland.
  for (const e of events) {
    const finer = (c: string) => e.venues.some((v) => v !== c && placeChain(v, facts).includes(c));
    e.venues = e.venues.filter((v) => !(v.startsWith('country:') && finer(v)));
  }
  // Places that are venues: held_at targets. A place that is not, but that
  // someone serves ("White House spokesperson"), is shown as the body it houses.
  // The places that hold a venue are places too ("the Great Hall of the People" in Beijing), for its located_in edge.
  // A country is a venue only where a meeting is held in it and nowhere finer ("travelled to Indonesia").
  const venues = new Set(events.flatMap((e) => e.venues).flatMap((v) => placeChain(v, facts).filter((p) => p === v || !p.startsWith('country:'))));
  const principals = new Set(affiliations.map((a) => a.of));

  const addEntity = (key: string) => {
    if (graph.hasNode(key)) return true;
    const node = entities.get(key);
    if (!node) return false;
    const f = node.facts;
    let kind = f.kind as NodeAttributes['kind'];
    // A body or a country where a meeting is held is a venue ("travelled to Indonesia": Indonesia is where the visit was).
    if (venues.has(key) && (kind === 'organization' || kind === 'country')) kind = 'venue';
    if (kind === 'venue' && !venues.has(key)) {
      if (!principals.has(key)) return false;
      kind = 'organization';
    }
    const attrs: NodeAttributes = { label: f.label, kind, aliases: [...node.aliases].sort(), evidence: node.evidence.items, country: f.country };
    if ((kind === 'venue' || kind === 'country') && f.lat !== undefined && f.lon !== undefined) { attrs.lat = f.lat; attrs.lon = f.lon; }
    if (isPersonKind(kind)) attrs.roles = f.roles;
    graph.addNode(key, attrs);
    return true;
  };
  for (const key of entities.keys()) addEntity(key);

  // Documents.
  for (const x of extractions) {
    if (x.meta.titleSpan[1] <= x.meta.titleSpan[0]) continue; // an empty article: nothing to show or cite
    graph.addNode(`doc:${x.doc}`, {
      label: x.meta.title, kind: 'document', aliases: [], title: x.meta.title, published: x.meta.published,
      ...(x.meta.outlet ? { outlet: x.meta.outlet } : {}), ...(x.meta.url ? { url: x.meta.url } : {}),
      evidence: [{ doc: x.doc, start: x.meta.titleSpan[0], end: x.meta.titleSpan[1] }],
    });
  }

  const edges = new EdgeTable(numbers);
  const link = (source: string, target: string, relation: Relation, x: DocumentExtraction, sentence: number, extra: { role?: string; meeting?: string } = {}) => {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
    edges.at(relation, source, target, extra).evidence.add(x, sentence);
  };

  // Meetings.
  const meetingKeyOfFrame = new Map<{ doc: string; sentence: number }, string>();
  events.forEach((e, i) => {
    const key = `meeting:${i + 1}`;
    const type = eventType(e);
    const evidence = new EvidenceList(numbers);
    for (const f of e.frames) evidence.add(byDoc.get(f.doc)!, f.sentence);
    const venue = mostSpecific(e.venues, facts);
    graph.addNode(key, {
      label: meetingLabel(e, type, venue, facts, familyNameFirst), kind: 'meeting', aliases: [], evidence: evidence.items,
      type, date: e.date, status: eventStatus(e),
    });
    for (const f of e.frames) {
      meetingKeyOfFrame.set(f, key);
      const x = byDoc.get(f.doc)!;
      for (const p of f.participants) if (e.participants.includes(p)) link(p, key, 'participant', x, f.sentence);
      for (const v of f.venues) if (e.venues.includes(v)) { addEntity(v); link(key, v, 'held_at', x, f.sentence); }
      for (const s of f.speakers ?? []) if (!e.participants.includes(s)) link(s, key, 'stated', x, f.sentence);
    }
    placeBuildingsInCity(e);
  });

  /** "at Al Salman Palace" in one sentence, "in Jeddah" in another, of one meeting: a building placed nowhere lies in the meeting's one city. */
  function placeBuildingsInCity(e: MeetingEvent): void {
    const cities = e.venues.filter((v) => facts(v)?.placeKind === 'city');
    if (cities.length !== 1) return;
    const city = cities[0]!;
    const country = facts(city)?.country ?? null;
    for (const v of e.venues) {
      const f = facts(v);
      if (f?.placeKind !== 'building' || f.within || (f.country && f.country !== country) || !graph.hasNode(v)) continue;
      for (const fr of e.frames) if (fr.venues.includes(v) || fr.venues.includes(city)) link(v, city, 'located_in', byDoc.get(fr.doc)!, fr.sentence);
      if (!graph.getNodeAttribute(v, 'country')) graph.setNodeAttribute(v, 'country', country);
    }
  }

  // Invitations, affiliations, geography.
  for (const x of extractions) {
    for (const inv of x.invitations) {
      const meeting = meetingKeyOfFrame.get(inv.visit);
      link(inv.inviter, inv.invitee, 'invited', x, inv.sentence, meeting ? { meeting } : {});
    }
    // "Helsinki, Finland": a venue and what contains it, named in one sentence.
    const keysBySentence = new Map<number, Set<string>>();
    for (const m of x.mentions) {
      let set = keysBySentence.get(m.sentence);
      if (!set) keysBySentence.set(m.sentence, (set = new Set()));
      set.add(m.key);
    }
    for (const m of x.mentions) {
      if (!venues.has(m.key)) continue;
      const f = facts(m.key);
      const container = f?.within ?? (f?.country ? `country:${f.country}` : null);
      if (!container) continue;
      if (keysBySentence.get(m.sentence)!.has(container)) link(m.key, container, 'located_in', x, m.sentence);
      else if (x.facts.get(m.key)?.within === container) {
        // This article placed it there ("BEIJING: ... at the Great Hall of the People here"): its sentence and the container's first.
        const named = x.mentions.find((c) => c.key === container);
        if (named) { link(m.key, container, 'located_in', x, named.sentence); link(m.key, container, 'located_in', x, m.sentence); }
      }
    }
  }
  for (const a of affiliations) link(a.person, a.of, 'affiliated_with', byDoc.get(a.doc)!, a.sentence, { role: a.role });
  // Says who: each article mentions the named nodes and meetings it has sentences on. Last, so
  // that the keys of the other edges do not change with them.
  for (const x of extractions) {
    const doc = `doc:${x.doc}`;
    for (const m of x.mentions) if (!m.descriptive) link(doc, m.key, 'mentions', x, m.sentence);
  }
  for (const [f, key] of meetingKeyOfFrame) link(`doc:${f.doc}`, key, 'mentions', byDoc.get(f.doc)!, f.sentence);
  let n = 0;
  for (const e of edges.list) {
    // Keys from the relation and the order of insertion: the same corpus gives the same file.
    const attrs: EdgeAttributes = { relation: e.relation, evidence: e.evidence.items };
    if (e.role) attrs.role = e.role;
    if (e.meeting) attrs.meeting = e.meeting;
    graph.addEdgeWithKey(`${e.relation}:${n++}`, e.source, e.target, attrs);
  }
  return graph;
}

function meetingLabel(e: MeetingEvent, type: string, venue: string | null, facts: (key: string) => EntityFacts | undefined, familyNameFirst: Set<string>): string {
  // Family names: written first in Chinese, Korean and Vietnamese names ("Xi Jinping", "Wang Yi").
  const family = (p: string) => {
    const f = facts(p);
    const words = (f?.label ?? p).split(' ');
    return (f?.country && familyNameFirst.has(f.country) ? words[0] : words[words.length - 1])!;
  };
  const names = e.participants.slice(0, 3).map(family);
  // "Biden–Biden": namesakes get their whole names.
  if (new Set(names).size < names.length) names.splice(0, names.length, ...e.participants.slice(0, 3).map((p) => facts(p)?.label ?? p));
  const more = e.participants.length > 3 ? ` +${e.participants.length - 3}` : '';
  const where = venue ? ` in ${facts(venue)?.label ?? venue}` : '';
  const when = e.date ? ` (${e.date})` : '';
  return `${names.join('–')}${more} ${type}${where}${when}`;
}
