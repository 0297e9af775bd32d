// The Cytoscape stylesheet of the visual language (src/core/visual-language.ts:
// shape and colour per kind, line per relation and status), group colours,
// and the canvas's themes. The legend and the filters read the same tables.
import type { StylesheetJson } from 'cytoscape';
import type { MeetingStatus, NodeKind, Relation } from '../core/schema.ts';
import { KIND_STYLES, RELATION_STYLES, STATUS_STYLES, type KindStyle, type LineStyle, type NodeShape, type RelationStyle } from '../core/visual-language.ts';

export { KIND_STYLES, RELATION_STYLES, STATUS_STYLES, type KindStyle, type LineStyle, type NodeShape, type RelationStyle };

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
