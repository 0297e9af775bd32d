// Packing for graphs in pieces. A force layout places one connected component
// well; disconnected pieces and lone nodes it scatters far apart, which makes
// the fitted view tiny. So each component with edges is laid out on its own,
// the biggest one first, and the rest (smaller components, then lone nodes in
// a grid) are packed in rows beside or below it, whichever makes the whole
// closest to the window's shape, so that fitting it leaves labels largest.
import type { Collection, Core, LayoutOptions, NodeCollection } from 'cytoscape';
import { seededRandom } from './seeded-random.ts';

export interface Block {
  w: number;
  h: number;
}

export interface Placed {
  x: number;
  y: number;
}

const GAP = 48;
const LAYOUT_SEED = 20180716;
/** A lone node's cell: room for a node and a two-line label. */
export const CELL = Object.freeze({ w: 150, h: 70 });

/** Shelf packing: left to right, a new row when `width` is reached. Returns top-left corners and the size used. */
export function packRows(blocks: readonly Block[], width: number, gap = GAP / 2): { at: Placed[]; w: number; h: number } {
  const at: Placed[] = [];
  let x = 0;
  let y = 0;
  let rowH = 0;
  let usedW = 0;
  for (const b of blocks) {
    if (x > 0 && x + b.w > width) {
      y += rowH + gap;
      x = 0;
      rowH = 0;
    }
    at.push({ x, y });
    x += b.w + gap;
    rowH = Math.max(rowH, b.h);
    usedW = Math.max(usedW, x - gap);
  }
  return { at, w: usedW, h: blocks.length ? y + rowH : 0 };
}

export interface Arrangement {
  /** Top-left corner of each rest block, relative to the main block's top-left corner. */
  at: Placed[];
  side: 'right' | 'below';
  width: number;
  height: number;
}

/** Chooses where the rest goes so that the whole fits a window of `aspect` (width / height) at the largest zoom. */
export function arrange(main: Block | null, rest: readonly Block[], aspect: number): Arrangement {
  const m = main ?? { w: 0, h: 0 };
  const widest = rest.reduce((w, b) => Math.max(w, b.w), 0);
  const total = rest.reduce((a, b) => a + (b.w + GAP / 2) * (b.h + GAP / 2), 0);
  let best: (Arrangement & { zoom: number }) | null = null;
  // Try a range of widths for the packed region, beside and below the main block.
  for (let k = 1; k <= 24; k++) {
    const width = Math.max(widest, Math.sqrt(total * aspect) * (k / 8));
    for (const side of ['right', 'below'] as const) {
      if (!main && side === 'right') continue;
      const packed = packRows(rest, width);
      const offX = side === 'right' && main ? m.w + GAP : 0;
      const offY = side === 'below' && main ? m.h + GAP : 0;
      const w = Math.max(m.w, offX + packed.w);
      const h = Math.max(m.h, offY + packed.h);
      const zoom = Math.min(aspect / Math.max(w, 1), 1 / Math.max(h, 1));
      if (!best || zoom > best.zoom) {
        best = { at: packed.at.map((p) => ({ x: p.x + offX, y: p.y + offY })), side, width: w, height: h, zoom };
      }
    }
  }
  const { zoom: _zoom, ...arrangement } = best ?? { at: [], side: 'right', width: m.w, height: m.h, zoom: 0 };
  return arrangement;
}

/**
 * Runs `fn` with Math.random seeded. cose-bilkent starts from random
 * positions and takes no seed; seeding makes the same graph come out the same
 * on every load, so the picture a user remembers (and the tests check) stays put.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Pushes apart nodes whose boxes (label included) still overlap after the
 * force layout, along the axis where they overlap least, a few passes at most.
 * `boxes` are relative to each node's position; returns the new positions.
 */
export function separate(positions: { x: number; y: number }[], boxes: Rect[], padding = 4, passes = 60): { x: number; y: number }[] {
  const at = positions.map((p) => ({ ...p }));
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const a = at[i]!;
        const b = at[j]!;
        const A = boxes[i]!;
        const B = boxes[j]!;
        const dx = Math.min(a.x + A.x2, b.x + B.x2) - Math.max(a.x + A.x1, b.x + B.x1) + padding;
        const dy = Math.min(a.y + A.y2, b.y + B.y2) - Math.max(a.y + A.y1, b.y + B.y1) + padding;
        if (dx <= 0 || dy <= 0) continue;
        moved = true;
        if (dx < dy) {
          const s = (a.x + (A.x1 + A.x2) / 2 <= b.x + (B.x1 + B.x2) / 2 ? 1 : -1) * (dx / 2);
          a.x -= s;
          b.x += s;
        } else {
          const s = (a.y + (A.y1 + A.y2) / 2 <= b.y + (B.y1 + B.y2) / 2 ? 1 : -1) * (dy / 2);
          a.y -= s;
          b.y += s;
        }
      }
    }
    if (!moved) break;
  }
  return at;
}

/** Runs `options` on each connected component of `eles`, then packs the pieces around the biggest. */
export function layoutInPieces(cy: Core, eles: Collection, options: LayoutOptions, aspect: number): void {
  const edges = eles.edges();
  const nodes = eles.nodes();
  const lone = nodes.filter((n) => n.connectedEdges().intersection(edges).empty());
  const components = nodes
    .difference(lone)
    .union(edges)
    .components()
    .sort((a, b) => b.nodes().length - a.nodes().length);

  const pieces: { nodes: NodeCollection; block: Block; x1: number; y1: number }[] = components.map((component) => {
    withSeededRandom(LAYOUT_SEED, () => component.layout(options).run());
    const members = component.nodes();
    const positions = members.map((n) => ({ ...n.position() }));
    const boxes = members.map((n, i) => {
      const bb = n.boundingBox({ includeLabels: true });
      const p = positions[i]!;
      return { x1: bb.x1 - p.x, y1: bb.y1 - p.y, x2: bb.x2 - p.x, y2: bb.y2 - p.y };
    });
    const spread = separate(positions, boxes);
    members.forEach((n, i) => {
      n.position(spread[i]!);
    });
    const bb = component.nodes().boundingBox({ includeLabels: true });
    return { nodes: component.nodes(), block: { w: bb.w, h: bb.h }, x1: bb.x1, y1: bb.y1 };
  });
  const main = pieces.shift() ?? null;
  const sortedLone = lone.sort(
    (a, b) => String(a.data('kind')).localeCompare(String(b.data('kind'))) || String(a.data('label')).localeCompare(String(b.data('label'))),
  );
  const rest: Block[] = [...pieces.map((p) => p.block), ...sortedLone.map(() => ({ w: CELL.w, h: CELL.h }))];
  const plan = arrange(main?.block ?? null, rest, aspect);
  const origin = main ? { x: main.x1, y: main.y1 } : { x: 0, y: 0 };

  cy.batch(() => {
    pieces.forEach((piece, i) => {
      const to = plan.at[i]!;
      const dx = origin.x + to.x - piece.x1;
      const dy = origin.y + to.y - piece.y1;
      piece.nodes.positions((n) => ({ x: n.position('x') + dx, y: n.position('y') + dy }));
    });
    sortedLone.forEach((node, j) => {
      const to = plan.at[pieces.length + j]!;
      node.position({ x: origin.x + to.x + CELL.w / 2, y: origin.y + to.y + CELL.h / 3 });
    });
  });
}
