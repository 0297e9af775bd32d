// The visual language: one shape and colour per node kind, one line style per
// relation, one look per meeting status. The canvas, the legend and the
// exports' colours and shapes (GraphML, GEXF) all read these tables, which
// are keyed by the schema's `as const` arrays; src/view/style.ts makes the
// Cytoscape stylesheet of them.
import type { MeetingStatus, NodeKind, Relation } from './schema.ts';

export type NodeShape = 'ellipse' | 'round-octagon' | 'star' | 'round-pentagon' | 'round-diamond' | 'round-triangle' | 'round-rectangle' | 'round-hexagon' | 'rectangle';

export interface KindStyle {
  /** Plural label for the legend. */
  label: string;
  singular: string;
  shape: NodeShape;
  fill: string;
  border: string;
}

/** Colours after Okabe & Ito (colour-blind safe), shapes distinct in greyscale too. */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = Object.freeze({
  leader: { label: 'Leaders', singular: 'Leader', shape: 'star', fill: '#D55E00', border: '#8A3D00' },
  official: { label: 'Officials', singular: 'Official', shape: 'round-pentagon', fill: '#E69F00', border: '#8F6300' },
  person: { label: 'People', singular: 'Person', shape: 'ellipse', fill: '#CC79A7', border: '#8A4470' },
  meeting: { label: 'Meetings', singular: 'Meeting', shape: 'round-diamond', fill: '#0072B2', border: '#004A75' },
  venue: { label: 'Venues', singular: 'Venue', shape: 'round-triangle', fill: '#009E73', border: '#00664A' },
  organization: { label: 'Organizations', singular: 'Organization', shape: 'round-rectangle', fill: '#56B4E9', border: '#2B7BAB' },
  country: { label: 'Countries', singular: 'Country', shape: 'round-hexagon', fill: '#9A8A3A', border: '#5E5421' },
  document: { label: 'Articles', singular: 'Article', shape: 'rectangle', fill: '#9CA3AF', border: '#6B7280' },
  // Imported nodes of a kind the app does not know: neutral, so they claim no meaning.
  entity: { label: 'Other entities', singular: 'Entity', shape: 'round-octagon', fill: '#D6D3D1', border: '#78716C' },
});

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface RelationStyle {
  label: string;
  color: string;
  line: LineStyle;
  arrow: boolean;
}

export const RELATION_STYLES: Readonly<Record<Relation, RelationStyle>> = Object.freeze({
  participant: { label: 'participant', color: '#5B7A99', line: 'solid', arrow: true },
  held_at: { label: 'held at', color: '#2F8F6B', line: 'solid', arrow: true },
  invited: { label: 'invited', color: '#C2410C', line: 'dashed', arrow: true },
  affiliated_with: { label: 'affiliated with', color: '#A16207', line: 'dashed', arrow: true },
  located_in: { label: 'located in', color: '#7C9A84', line: 'dotted', arrow: true },
  stated: { label: 'stated', color: '#7E6BA8', line: 'dotted', arrow: true },
  mentions: { label: 'mentions', color: '#B8BEC7', line: 'dotted', arrow: false },
});

/** How a meeting's status shows: the border's line, and how solid the fill is. */
export const STATUS_STYLES: Readonly<Record<MeetingStatus, { label: string; line: LineStyle; fillOpacity: number }>> = Object.freeze({
  held: { label: 'Held', line: 'solid', fillOpacity: 1 },
  planned: { label: 'Planned', line: 'dashed', fillOpacity: 0.7 },
  proposed: { label: 'Proposed', line: 'dotted', fillOpacity: 0.45 },
});
