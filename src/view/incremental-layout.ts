// Adding articles to a graph on screen: the nodes already placed keep their
// positions (locked), the new ones start next to a placed neighbour and
// cose-bilkent settles them from there (randomize: false). cose-bilkent does
// not honour locked nodes in its simulation (cytoscape.js-cose-bilkent issue
// #50) but Cytoscape refuses to move a locked node when the result is written
// back, so the old nodes stay exactly where the user saw them.
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { CELL, packRows, withSeededRandom } from './arrange.ts';

export interface Point {
  x: number;
  y: number;
}

/** How far from its anchor a new node starts: about one ideal edge. */
const START_DISTANCE = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const LAYOUT_SEED = 20180716;

export interface NewPlacement {
  /** Start positions of the new nodes reached from a placed node through new ones. */
  near: Map<string, Point>;
  /** New nodes with no path to a placed node (new pieces, lone nodes), in the order given. */
  apart: string[];
}

/**
 * Each new node starts at the centre of its placed neighbours, on a spiral
 * around it so that siblings do not start on one point; nodes whose
 * neighbours are new too are placed once one of those is.
 */
export function placeNear(ids: readonly string[], neighbours: (id: string) => readonly string[], placed: ReadonlyMap<string, Point>): NewPlacement {
  const at = new Map<string, Point>(placed);
  const near = new Map<string, Point>();
  const around = new Map<string, number>();
  let waiting = ids.filter((id) => !placed.has(id));
  for (let progress = true; progress && waiting.length; ) {
    progress = false;
    const next: string[] = [];
    for (const id of waiting) {
      const anchors = neighbours(id).filter((n) => at.has(n));
      if (!anchors.length) {
        next.push(id);
        continue;
      }
      const cx = anchors.reduce((s, n) => s + at.get(n)!.x, 0) / anchors.length;
      const cy = anchors.reduce((s, n) => s + at.get(n)!.y, 0) / anchors.length;
      const first = anchors[0]!;
      const k = around.get(first) ?? 0;
      around.set(first, k + 1);
      const angle = k * GOLDEN_ANGLE;
      const p = { x: cx + START_DISTANCE * Math.cos(angle), y: cy + START_DISTANCE * Math.sin(angle) };
      at.set(id, p);
      near.set(id, p);
      progress = true;
    }
    waiting = next;
  }
  return { near, apart: waiting };
}

/** cose-bilkent from the current positions: no random start, no tiling (it would pile lone nodes top left, issue #93), low starting energy. */
export const INCREMENTAL = Object.freeze({ fit: false, randomize: false, tile: false, initialEnergyOnIncremental: 0.3 });

export interface Placement {
  /** The nodes that kept their old positions. */
  kept: Collection;
  /** What cose-bilkent has to settle (the kept nodes among it held), or null: nothing new with an edge. */
  settle: Collection | null;
}

/**
 * Puts the nodes of `eles` at their old positions and each new one next to
 * a placed neighbour, or in rows below the drawing; null (nothing done) when
 * none of its nodes has an old position.
 */
export function placeNew(cy: Core, eles: Collection, old: ReadonlyMap<string, Point>): Placement | null {
  const nodes = eles.nodes();
  const kept = nodes.filter((n) => old.has(n.id()));
  if (kept.empty()) return null;
  const inView = eles.edges();
  const neighbours = (id: string) =>
    cy
      .getElementById(id)
      .connectedEdges()
      .intersection(inView)
      .connectedNodes()
      .filter((n) => n.id() !== id)
      .map((n) => n.id());
  const { near, apart } = placeNear(
    nodes.map((n) => n.id()),
    neighbours,
    old,
  );
  cy.batch(() => {
    kept.forEach((n) => {
      n.position(old.get(n.id())!);
    });
    near.forEach((p, id) => {
      cy.getElementById(id).position(p);
    });
  });
  // Pieces with no placed node go in rows below the drawing, as wide as it.
  const bb = kept.boundingBox({ includeLabels: true });
  const rows = packRows(apart.map(() => CELL), Math.max(bb.w, CELL.w * Math.ceil(Math.sqrt(apart.length))), 0);
  cy.batch(() => {
    apart.forEach((id, i) => {
      cy.getElementById(id).position({ x: bb.x1 + rows.at[i]!.x + CELL.w / 2, y: bb.y2 + CELL.h + rows.at[i]!.y });
    });
  });
  if (near.size === 0 && apart.every((id) => neighbours(id).length === 0)) return { kept, settle: null };
  // Every node with an edge takes part (the old ones held), so the new ones
  // settle among the forces of the drawing they join; lone new nodes stay in
  // their rows, where the simulation would fling them anywhere.
  return { kept, settle: inView.connectedNodes().intersection(nodes).union(inView) };
}

/** Runs cose-bilkent over `eles` from where its nodes are, `held` locked for the run. */
export function settle(eles: Collection, held: Collection, options: LayoutOptions): void {
  const locked = held.filter((n) => !(n as NodeSingular).locked());
  locked.lock();
  try {
    withSeededRandom(LAYOUT_SEED, () => eles.layout(options).run());
  } finally {
    locked.unlock();
  }
}

/** Where each node of `cy` is now. */
export function positionsOf(cy: Core): Map<string, Point> {
  const out = new Map<string, Point>();
  cy.nodes().forEach((n: NodeSingular) => {
    out.set(n.id(), { ...n.position() });
  });
  return out;
}
