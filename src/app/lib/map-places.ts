// Where meetings are: a meeting is held at the venues its `held_at` edges
// point to, and so in every place that contains them (`located_in`, walked
// up, and the country its code names). The place filter keeps the meetings
// held in the chosen places and what they involve. Pure functions of the
// graph; small, as they ship in the first bundle.
import type { KnowledgeGraph } from '../../core/schema.ts';

/** The venues a meeting is held at. */
export function meetingVenues(graph: KnowledgeGraph, meeting: string): string[] {
  const venues: string[] = [];
  graph.forEachOutEdge(meeting, (_e, attrs, _s, target) => {
    if (attrs.relation === 'held_at' && !venues.includes(target)) venues.push(target);
  });
  return venues;
}

/** Country nodes by their ISO code. */
export function countriesByCode(graph: KnowledgeGraph): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'country' || !a.country) return;
    byCode.set(a.country, [...(byCode.get(a.country) ?? []), id]);
  });
  return byCode;
}

/** A place and every place that contains it: `located_in` walked up (cycles stop), and the country nodes of each one's code. */
export function containingPlaces(graph: KnowledgeGraph, place: string, byCode = countriesByCode(graph)): Set<string> {
  const found = new Set<string>();
  const walk = [place];
  while (walk.length) {
    const id = walk.pop()!;
    if (found.has(id) || !graph.hasNode(id)) continue;
    found.add(id);
    const code = graph.getNodeAttribute(id, 'country');
    if (code) walk.push(...(byCode.get(code) ?? []));
    graph.forEachOutEdge(id, (_e, attrs, _s, target) => {
      if (attrs.relation === 'located_in') walk.push(target);
    });
  }
  return found;
}

/** The meetings held in any of the places (at one of them, or at a venue within one). */
export function meetingsIn(graph: KnowledgeGraph, places: ReadonlySet<string>): Set<string> {
  const byCode = countriesByCode(graph);
  const meetings = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'meeting') return;
    for (const venue of meetingVenues(graph, id)) {
      if ([...containingPlaces(graph, venue, byCode)].some((p) => places.has(p))) {
        meetings.add(id);
        return;
      }
    }
  });
  return meetings;
}

/**
 * What the place filter lets through: the places themselves, the meetings
 * held there, every node such a meeting has an edge with (its people, its
 * venues, who spoke of it), and the places that contain its venues.
 */
export function placeScope(graph: KnowledgeGraph, places: ReadonlySet<string>): Set<string> {
  const cached = scopes.get(graph);
  if (cached && cached.places === places && cached.order === graph.order && cached.size === graph.size) return cached.scope;
  const byCode = countriesByCode(graph);
  const scope = new Set([...places].filter((p) => graph.hasNode(p)));
  for (const meeting of meetingsIn(graph, places)) {
    scope.add(meeting);
    graph.forEachNeighbor(meeting, (other) => scope.add(other));
    for (const venue of meetingVenues(graph, meeting)) for (const p of containingPlaces(graph, venue, byCode)) scope.add(p);
  }
  scopes.set(graph, { places, order: graph.order, size: graph.size, scope });
  return scope;
}

// Every filter change asks again with the same set: kept for the last one per graph.
const scopes = new WeakMap<KnowledgeGraph, { places: ReadonlySet<string>; order: number; size: number; scope: Set<string> }>();
