// Packing for graphs in pieces. A force layout places one connected component
// well; disconnected pieces and lone nodes it scatters far apart, which makes
// the fitted view tiny. So each component with edges is laid out on its own,
// the biggest one first, and the rest (smaller components, then lone nodes in
// a grid) are packed in rows beside or below it, whichever makes the whole
// closest to the window's shape, so that fitting it leaves labels largest.
// Lone nodes are one block, packed by kind at their labels' size and placed
// last, so hiding them ("Hide unconnected") leaves the rest as compact.
import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { seededRandom } from '../core/seeded-random.ts';
import { NODE_KINDS, type NodeKind } from '../core/schema.ts';

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

/** Gaps between lone nodes of a kind, and between kinds. */
const LONE_GAP = 10;
const KIND_GAP = 28;

export interface LoneItem extends Block {
  kind: string;
}

/**
 * Lone nodes packed by kind: each kind's nodes in rows (in the order given),
 * a new row for each kind, within `width`. Returns top-left corners and the size.
 */
export function packByKind(items: readonly LoneItem[], width: number): { at: Placed[]; w: number; h: number } {
  const kinds = [...new Set(items.map((i) => i.kind))];
  const at: Placed[] = new Array(items.length);
  let y = 0;
  let w = 0;
  for (const kind of kinds) {
    const members = items.flatMap((item, i) => (item.kind === kind ? [i] : []));
    const packed = packRows(members.map((i) => items[i]!), width, LONE_GAP);
    members.forEach((i, k) => (at[i] = { x: packed.at[k]!.x, y: y + packed.at[k]!.y }));
    y += packed.h + KIND_GAP;
    w = Math.max(w, packed.w);
  }
  return { at, w, h: kinds.length ? y - KIND_GAP : 0 };
}

/** Widths tried for the block of lone nodes, as multiples of the square's side. */
const LONE_WIDTHS = [0.5, 0.7, 1, 1.4, 2, 3];

/**
 * Where the pieces and the lone block go: the lone block is packed at a few
 * widths and the arrangement that fits the window at the largest zoom is kept.
 */
export function arrangeWithLone(main: Block | null, pieces: readonly Block[], lone: readonly LoneItem[], aspect: number): { plan: Arrangement; lone: Placed[] } {
  if (!lone.length) return { plan: arrange(main, pieces, aspect), lone: [] };
  const area = lone.reduce((a, b) => a + (b.w + LONE_GAP) * (b.h + LONE_GAP), 0);
  const widest = lone.reduce((w, b) => Math.max(w, b.w), 0);
  let best: { plan: Arrangement; lone: Placed[]; zoom: number } | null = null;
  for (const f of LONE_WIDTHS) {
    const packed = packByKind(lone, Math.max(widest, Math.sqrt(area * aspect) * f));
    const plan = arrange(main, [...pieces, { w: packed.w, h: packed.h }], aspect);
    const zoom = Math.min(aspect / Math.max(plan.width, 1), 1 / Math.max(plan.height, 1));
    if (best && zoom <= best.zoom) continue;
    const corner = plan.at[pieces.length]!;
    best = { plan: { ...plan, at: plan.at.slice(0, pieces.length) }, lone: packed.at.map((p) => ({ x: corner.x + p.x, y: corner.y + p.y })), zoom };
  }
  return { plan: best!.plan, lone: best!.lone };
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
  const kindOrder = (n: NodeSingular) => NODE_KINDS.indexOf(n.data('kind') as NodeKind);
  const sortedLone = lone.sort(
    (a, b) => kindOrder(a as NodeSingular) - kindOrder(b as NodeSingular) || String(a.data('label')).localeCompare(String(b.data('label'))),
  );
  // Each lone node takes its own size, label included (offsets from its position).
  const loneBoxes = sortedLone.map((n) => {
    const bb = n.boundingBox({ includeLabels: true });
    const p = (n as NodeSingular).position();
    return { kind: String(n.data('kind')), w: bb.w, h: bb.h, dx: p.x - bb.x1, dy: p.y - bb.y1 };
  });
  const { plan, lone: loneAt } = arrangeWithLone(main?.block ?? null, pieces.map((p) => p.block), loneBoxes, aspect);
  const origin = main ? { x: main.x1, y: main.y1 } : { x: 0, y: 0 };

  cy.batch(() => {
    pieces.forEach((piece, i) => {
      const to = plan.at[i]!;
      const dx = origin.x + to.x - piece.x1;
      const dy = origin.y + to.y - piece.y1;
      piece.nodes.positions((n) => ({ x: n.position('x') + dx, y: n.position('y') + dy }));
    });
    sortedLone.forEach((node, j) => {
      const to = loneAt[j]!;
      const box = loneBoxes[j]!;
      node.position({ x: origin.x + to.x + box.dx, y: origin.y + to.y + box.dy });
    });
  });
}
