// Which elements are near the pointer, from a grid over the graph. Cytoscape
// finds the element under the pointer by testing every element, labels
// included: ~90 ms for each mouse move over a 5,000-node graph here. For big
// graphs its test runs only on the elements the grid gives (see
// installHitGrid). Written by hand: Cytoscape's canvas renderer has no
// spatial index, and a uniform grid is all points and segments need.
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { rendererOf, type ZSortedElements } from './cytoscape-internals.ts';

/** Cells are about this many node spacings wide. */
const CELL_SPACINGS = 2;

export class HitGrid {
  /** The z-ordered elements the grid was built from. */
  readonly eles: readonly SingularElementArgument[];
  readonly cell: number;
  #cells = new Map<number, SingularElementArgument[]>();
  #order = new Map<SingularElementArgument, number>();

  constructor(eles: readonly SingularElementArgument[]) {
    this.eles = eles;
    const nodes = eles.filter((e) => e.isNode()) as NodeSingular[];
    this.cell = cellSize(nodes);
    eles.forEach((ele, i) => {
      this.#order.set(ele, i);
      if (ele.isNode()) this.#addNode(ele as NodeSingular);
      else this.#addEdge(ele as EdgeSingular);
    });
  }

  /** Elements whose shape or line may come within `reach` of (x, y), in z-order. */
  near(x: number, y: number, reach: number): SingularElementArgument[] {
    const found = new Set<SingularElementArgument>();
    const [cx1, cy1, cx2, cy2] = [this.#index(x - reach), this.#index(y - reach), this.#index(x + reach), this.#index(y + reach)];
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) for (const ele of this.#cells.get(key(cx, cy)) ?? []) found.add(ele);
    }
    return [...found].sort((a, b) => this.#order.get(a)! - this.#order.get(b)!);
  }

  #index = (v: number) => Math.floor(v / this.cell);

  #put(cx: number, cy: number, ele: SingularElementArgument): void {
    const k = key(cx, cy);
    const list = this.#cells.get(k);
    if (!list) this.#cells.set(k, [ele]);
    else if (list[list.length - 1] !== ele) list.push(ele);
  }

  #addNode(n: NodeSingular): void {
    const { x, y } = n.position();
    const r = n.outerWidth() / 2;
    for (let cx = this.#index(x - r); cx <= this.#index(x + r); cx++) {
      for (let cy = this.#index(y - r); cy <= this.#index(y + r); cy++) this.#put(cx, cy, n);
    }
  }

  /**
   * Into every cell the edge's line passes through (a grid traversal, as ray
   * casters walk voxels): a point within reach of the line is within reach of
   * its nearest point on it, and that point's cell is one of these. Points
   * sampled along the line missed the cells whose corners it cuts.
   */
  #addEdge(e: EdgeSingular): void {
    const a = e.source().position();
    const b = e.target().position();
    let [cx, cy] = [this.#index(a.x), this.#index(a.y)];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const [stepX, stepY] = [Math.sign(dx), Math.sign(dy)];
    // The line's parameter (0 at a, 1 at b) at its next crossing of a vertical and of a horizontal cell border.
    let nextX = stepX > 0 ? ((cx + 1) * this.cell - a.x) / dx : stepX < 0 ? (cx * this.cell - a.x) / dx : Infinity;
    let nextY = stepY > 0 ? ((cy + 1) * this.cell - a.y) / dy : stepY < 0 ? (cy * this.cell - a.y) / dy : Infinity;
    const [perX, perY] = [stepX ? this.cell / Math.abs(dx) : Infinity, stepY ? this.cell / Math.abs(dy) : Infinity];
    this.#put(cx, cy, e);
    for (let n = Math.abs(this.#index(b.x) - cx) + Math.abs(this.#index(b.y) - cy); n > 0; n--) {
      if (nextX < nextY) {
        cx += stepX;
        nextX += perX;
      } else {
        cy += stepY;
        nextY += perY;
      }
      this.#put(cx, cy, e);
    }
  }
}

const key = (cx: number, cy: number) => (cx + 0x8000) * 0x10000 + (cy + 0x8000);

function cellSize(nodes: readonly NodeSingular[]): number {
  if (nodes.length === 0) return 100;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const { x, y } = n.position();
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  // Cell indices stay within the key's 16 bits whatever the spread.
  const spread = Math.max(x2 - x1, y2 - y1, 1);
  return Math.max(CELL_SPACINGS * Math.sqrt(((x2 - x1 + 1) * (y2 - y1 + 1)) / nodes.length), spread / 0x4000, 1);
}

/**
 * Makes the renderer of `cy` test only the elements near the pointer: its own
 * test runs as before, on the grid's candidates in z-order.
 */
export function installHitGrid(cy: Core): void {
  const renderer = rendererOf(cy);
  const find = renderer?.findNearestElements?.bind(renderer);
  const zSorted = renderer?.getCachedZSortedEles?.bind(renderer);
  if (!renderer || !find || !zSorted) return;
  let grid: HitGrid | null = null;
  cy.on('add remove position', () => {
    grid = null;
  });
  renderer.findNearestElements = (x, y, interactiveOnly, isTouch) => {
    const all = zSorted();
    if (!grid || grid.eles !== all) grid = new HitGrid(all);
    // Cytoscape's reach for edges (the widest), plus the widest line.
    const reach = (isTouch ? 24 : 8) / cy.zoom() + 10;
    const near = grid.near(x, y, reach);
    const subset: ZSortedElements = Object.assign(near, { interactive: near.filter((e) => (e as unknown as { interactive(): boolean }).interactive()) });
    renderer.getCachedZSortedEles = () => subset;
    try {
      return find(x, y, interactiveOnly, isTouch);
    } finally {
      delete renderer.getCachedZSortedEles;
    }
  };
}
