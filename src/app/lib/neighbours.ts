// A node's neighbours grouped by relation and direction, with the phrase that
// heads each group ("Participants", "Invited by" …).
import type { EdgeAttributes, KnowledgeGraph, NodeKind, Relation } from '../../core/schema.ts';
import { RELATIONS } from '../../core/schema.ts';

export const RELATION_PHRASES: Readonly<Record<Relation, { out: string; in: string }>> = Object.freeze({
  participant: { out: 'Took part in', in: 'Participants' },
  held_at: { out: 'Venue', in: 'Meetings here' },
  invited: { out: 'Invited', in: 'Invited by' },
  affiliated_with: { out: 'Affiliated with', in: 'Affiliated people' },
  located_in: { out: 'Located in', in: 'Places within' },
  stated: { out: 'Spoke about', in: 'Said so' },
  mentions: { out: 'Mentions', in: 'Mentioned in' },
});

export interface NeighbourLink {
  edge: string;
  node: string;
  label: string;
  kind: NodeKind;
  /** What sets this link apart: the role of an affiliation, the meeting of an invitation. */
  detail: string | undefined;
  evidenceCount: number;
}

export interface NeighbourGroup {
  relation: Relation;
  direction: 'out' | 'in';
  heading: string;
  links: NeighbourLink[];
}

/** Groups in a stable order: schema relation order, outgoing before incoming. Document nodes are left out. */
export function neighbourGroups(graph: KnowledgeGraph, id: string): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  const add = (edge: string, attrs: EdgeAttributes, other: string, direction: 'out' | 'in') => {
    const o = graph.getNodeAttributes(other);
    if (o.kind === 'document') return;
    const key = `${attrs.relation}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      const phrase = RELATION_PHRASES[attrs.relation] ?? { out: attrs.relation, in: attrs.relation };
      group = { relation: attrs.relation, direction, heading: phrase[direction], links: [] };
      groups.set(key, group);
    }
    const meeting = attrs.meeting && graph.hasNode(attrs.meeting) ? graph.getNodeAttribute(attrs.meeting, 'label') : undefined;
    const detail = attrs.role ?? (meeting ? `for ${meeting}` : undefined);
    group.links.push({ edge, node: other, label: o.label, kind: o.kind, detail, evidenceCount: attrs.evidence.length });
  };
  graph.forEachOutEdge(id, (edge, attrs, _s, target) => add(edge, attrs, target, 'out'));
  graph.forEachInEdge(id, (edge, attrs, source) => add(edge, attrs, source, 'in'));
  const order = (g: NeighbourGroup) => RELATIONS.indexOf(g.relation) * 2 + (g.direction === 'out' ? 0 : 1);
  const sorted = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of sorted) g.links.sort((a, b) => b.evidenceCount - a.evidenceCount || a.label.localeCompare(b.label));
  return sorted;
}
