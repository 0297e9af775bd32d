// The visual language: one shape and colour per node kind, one line style per
// relation. The legend, the filters and the Cytoscape stylesheet all read these
// tables, which are keyed by the schema's `as const` arrays.
import type { StylesheetJson } from 'cytoscape';
import type { MeetingStatus, NodeKind, Relation } from '../core/schema.ts';

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

/**
 * Colours for the biggest groups when nodes are coloured by group (Tableau 10
 * without its grey, which is kept for the rest); the node's shape still says its kind.
 */
export const GROUP_COLOURS: readonly { fill: string; border: string }[] = Object.freeze([
  { fill: '#4E79A7', border: '#2F4A66' },
  { fill: '#F28E2B', border: '#9A5512' },
  { fill: '#E15759', border: '#8C2A2C' },
  { fill: '#76B7B2', border: '#3F7A75' },
  { fill: '#59A14F', border: '#32622B' },
  { fill: '#EDC948', border: '#94791A' },
  { fill: '#B07AA1', border: '#6E4463' },
  { fill: '#FF9DA7', border: '#B25862' },
  { fill: '#9C755F', border: '#5E4434' },
]);
/** The smaller groups, past the palette. */
export const OTHER_GROUP = Object.freeze({ fill: '#BAB0AC', border: '#7A716D' });

export const HIGHLIGHT = '#FACC15';
export const SELECTED = '#111827';

/** The canvas's colours that follow the page's theme; the kinds' and relations' colours read on both. */
export interface CanvasTheme {
  label: string;
  labelBackground: string;
  edgeLabel: string;
  /** The ring of the selected node and of a path's nodes. */
  selected: string;
  /** The hover overlay's tint. */
  hover: string;
}

export const LIGHT_CANVAS: Readonly<CanvasTheme> = Object.freeze({
  label: '#1F2937',
  labelBackground: '#FFFFFF',
  edgeLabel: '#4B5563',
  selected: SELECTED,
  hover: '#111827',
});

/** On app.css's dark --bg (#111827). */
export const DARK_CANVAS: Readonly<CanvasTheme> = Object.freeze({
  label: '#E5E7EB',
  labelBackground: '#111827',
  edgeLabel: '#D1D5DB',
  selected: '#F9FAFB',
  hover: '#F9FAFB',
});

export interface StylesheetOptions {
  /** The theme's colours; light by default (and always for an exported picture, which is printed). */
  theme?: CanvasTheme;
  /**
   * A big graph: haystack edges (straight, no arrows, far cheaper to draw than
   * bezier ones) without labels except on the selection, and node labels
   * without a background, shown only from a zoom at which they are readable.
   */
  large?: boolean;
}

/** What a big graph draws differently (see StylesheetOptions.large); after the relation rules, which it overrides. */
const largeRules = [
  { selector: 'node', style: { 'text-background-opacity': 0, 'text-wrap': 'none', 'min-zoomed-font-size': 10 } },
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', opacity: 0.7 } },
  { selector: 'edge.selected, edge.incident', style: { label: 'data(label)', 'min-zoomed-font-size': 8 } },
];

/** The Cytoscape stylesheet, generated from the tables above. */
export function graphStylesheet({ large = false, theme = LIGHT_CANVAS }: StylesheetOptions = {}): StylesheetJson {
  const kindRules = (Object.entries(KIND_STYLES) as [NodeKind, KindStyle][]).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: s.shape, 'background-color': s.fill, 'border-color': s.border },
  }));
  const statusRules = (Object.entries(STATUS_STYLES) as [MeetingStatus, (typeof STATUS_STYLES)[MeetingStatus]][]).map(([status, s]) => ({
    selector: `node[kind = "meeting"][status = "${status}"]`,
    style: { 'border-style': s.line, 'border-width': 2.5, 'background-opacity': s.fillOpacity },
  }));
  const relationRules = (Object.entries(RELATION_STYLES) as [Relation, RelationStyle][]).map(([relation, s]) => ({
    selector: `edge[relation = "${relation}"]`,
    style: {
      'line-color': s.color,
      'line-style': s.line,
      'target-arrow-color': s.color,
      'target-arrow-shape': s.arrow ? 'triangle' : 'none',
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 16,
        'font-weight': 500,
        color: theme.label,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-background-color': theme.labelBackground,
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        'overlay-padding': 4,
      },
    },
    ...kindRules,
    // Coloured by group: the data fields are set only then (view/measure-style.ts).
    { selector: 'node[groupFill]', style: { 'background-color': 'data(groupFill)', 'border-color': 'data(groupBorder)' } },
    ...statusRules,
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'arrow-scale': 0.8,
        'font-size': 10,
        color: theme.edgeLabel,
        'text-rotation': 'autorotate',
        'text-background-color': theme.labelBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        opacity: 0.85,
      },
    },
    ...relationRules,
    ...(large ? largeRules : []),
    // Edge labels are shown only when zoomed in enough to read them (GraphCanvas toggles the class).
    { selector: 'edge.labelled', style: { label: 'data(label)' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    { selector: 'edge.faded', style: { opacity: 0.06, 'text-opacity': 0 } },
    // The path shown: its nodes ringed, its edges lit and labelled with their relation.
    // (The label keeps its weight: a bolder one was clipped to the width measured for the normal one.)
    { selector: 'node.on-path', style: { 'border-width': 3.5, 'border-color': theme.selected, 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.6, 'underlay-padding': 6, 'z-index': 9 } },
    { selector: 'edge.on-path', style: { label: 'data(label)', opacity: 1, 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.8, 'underlay-padding': 4, 'z-index': 9 } },
    { selector: 'node.match', style: { 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.55, 'underlay-padding': 7 } },
    { selector: 'node.neighbour', style: { 'border-width': 2.5 } },
    { selector: 'edge.incident', style: { opacity: 1, 'z-index': 5 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': theme.selected,
        'underlay-color': HIGHLIGHT,
        'underlay-opacity': 0.7,
        'underlay-padding': 8,
        // No bolder label: Cytoscape keeps the label's measured width from the regular weight, and cut its first letter.
        'z-index': 10,
      },
    },
    { selector: 'edge.selected', style: { 'underlay-color': HIGHLIGHT, 'underlay-opacity': 0.8, 'underlay-padding': 5, opacity: 1, 'z-index': 10 } },
    { selector: 'node.hover', style: { 'overlay-color': theme.hover, 'overlay-opacity': 0.08 } },
    { selector: 'edge.hover', style: { 'overlay-color': theme.hover, 'overlay-opacity': 0.08 } },
  ] as StylesheetJson;
}
