// Positions for files opened in tools that draw what the file says (yEd,
// Gephi, Cytoscape desktop): the app's current layout when it exports, else
// (the command line) a deterministic one, so the same graph always gives the
// same file: nodes start on a circle in key order, then ForceAtlas2 runs a
// fixed number of iterations (it has no randomness).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../schema.ts';
import type { ExportOptions, Point } from './export-options.ts';

const ITERATIONS = 60;

/** Where each node goes: the given positions, else a deterministic layout of the whole graph. */
export function positionsFor(graph: KnowledgeGraph, options: ExportOptions = {}): ReadonlyMap<string, Point> {
  if (options.positions) return options.positions;
  const plain = new Graph({ multi: false, allowSelfLoops: false, type: 'undirected' });
  const keys = graph.nodes();
  const radius = 30 * Math.sqrt(Math.max(keys.length, 1));
  keys.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(keys.length, 1);
    plain.addNode(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  graph.forEachEdge((_key, _attributes, source, target) => {
    if (source !== target) plain.mergeEdge(source, target);
  });
  const layout = plain.size > 0 ? forceAtlas2(plain, { iterations: ITERATIONS, settings: forceAtlas2.inferSettings(plain) }) : {};
  const positions = new Map<string, Point>();
  plain.forEachNode((key, attributes) => {
    const p = layout[key] ?? { x: attributes.x as number, y: attributes.y as number };
    // Rounded: the file stays short and the same on every machine.
    positions.set(key, { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
  });
  return positions;
}
