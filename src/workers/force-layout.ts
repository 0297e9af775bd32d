// ForceAtlas2 with Barnes–Hut (graphology-layout-forceatlas2's step function)
// on flat arrays, in steps, so a worker can report progress between them and
// be stopped. Pure: no DOM, no worker API; the tests run it in Node.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { seededRandom } from '../core/seeded-random.ts';
import { CELL, packRows } from '../view/arrange.ts';

const PPN = 10; // floats per node in the node matrix
const PPE = 3; // floats per edge in the edge matrix
/** Median edge length the result is scaled to at least, in model pixels: room for nodes of 24–60 px. */
const EDGE_LENGTH = 90;
/**
 * Model area each connected node gets at least. Scaling by edge length alone
 * leaves the hubs' neighbours piled on one another in a big graph, and its
 * fitted view then draws thousands of overlapping labels.
 */
const AREA_PER_NODE = 50 * 50;

export interface ForceLayoutInput {
  sizes: Float32Array;
  edges: Uint32Array;
  start: Float32Array | null;
  iterations: number;
  seed: number;
}

/**
 * The settings for a graph of `order` nodes, after the library's own
 * `inferSettings` (strong gravity and a slow-down growing with the order),
 * with Barnes–Hut from 500 nodes, where it starts to pay.
 */
export function forceSettings(order: number) {
  return Object.freeze({
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(1, order)),
    barnesHutOptimize: order > 500,
    barnesHutTheta: 0.6,
  });
}

/**
 * Runs the layout; yields after every `step` iterations with how many are
 * done, and ends early when `stop()` says so. Returns positions [x0, y0, …].
 */
export function* forceLayout(input: ForceLayoutInput, step = 10, stop: () => boolean = () => false): Generator<number, Float32Array> {
  const n = input.sizes.length;
  const m = input.edges.length / 2;
  const nodes = new Float32Array(n * PPN);
  const edges = new Float32Array(m * PPE);
  const random = seededRandom(input.seed);
  const radius = Math.sqrt(n) * 10;
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = input.start ? input.start[2 * i]! : (random() - 0.5) * radius;
    nodes[j + 1] = input.start ? input.start[2 * i + 1]! : (random() - 0.5) * radius;
    nodes[j + 6] = 1; // mass: 1 + degree, below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = input.sizes[i]! / 2;
  }
  for (let e = 0; e < m; e++) {
    const s = input.edges[2 * e]!;
    const t = input.edges[2 * e + 1]!;
    edges[e * PPE] = s * PPN;
    edges[e * PPE + 1] = t * PPN;
    edges[e * PPE + 2] = 1;
    nodes[s * PPN + 6] = nodes[s * PPN + 6]! + 1;
    nodes[t * PPN + 6] = nodes[t * PPN + 6]! + 1;
  }
  const settings = forceSettings(n);
  for (let done = 0; done < input.iterations && !stop(); ) {
    const k = Math.min(step, input.iterations - done);
    for (let i = 0; i < k; i++) iterate(settings, nodes, edges);
    done += k;
    yield done;
  }
  return scaled(nodes, input.edges, n);
}

/**
 * Positions scaled so that the median edge is at least EDGE_LENGTH long and
 * the middle of the drawing at most as dense as AREA_PER_NODE allows
 * (ForceAtlas2's units are arbitrary); nodes without edges, which ForceAtlas2
 * pushes out to a ring, go in rows below the drawing instead.
 */
function scaled(nodes: Float32Array, pairs: Uint32Array, n: number): Float32Array {
  const lengths: number[] = [];
  for (let e = 0; e < pairs.length; e += 2) {
    const a = pairs[e]! * PPN;
    const b = pairs[e + 1]! * PPN;
    lengths.push(Math.hypot(nodes[a]! - nodes[b]!, nodes[a + 1]! - nodes[b + 1]!));
  }
  lengths.sort((x, y) => x - y);
  const median = lengths.length ? lengths[lengths.length >> 1]! : 0;
  const connected: number[] = [];
  const lone: number[] = [];
  for (let i = 0; i < n; i++) (nodes[i * PPN + 6]! > 1 ? connected : lone).push(i);
  const factor = Math.max(median > 0 ? EDGE_LENGTH / median : 1, densityFactor(nodes, connected));
  const out = new Float32Array(2 * n);
  for (const i of connected) {
    out[2 * i] = nodes[i * PPN]! * factor;
    out[2 * i + 1] = nodes[i * PPN + 1]! * factor;
  }
  placeInRows(out, connected, lone);
  return out;
}

/** The factor that gives the middle 90 % of the nodes (on each axis) AREA_PER_NODE each. */
function densityFactor(nodes: Float32Array, connected: readonly number[]): number {
  if (connected.length < 2) return 1;
  const spread = (offset: number) => {
    const v = connected.map((i) => nodes[i * PPN + offset]!).sort((a, b) => a - b);
    return v[Math.floor(v.length * 0.95)]! - v[Math.floor(v.length * 0.05)]!;
  };
  const area = spread(0) * spread(1);
  // About 81 % of the nodes lie in that box.
  return area > 0 ? Math.sqrt((0.81 * connected.length * AREA_PER_NODE) / area) : 1;
}

/** Lone nodes in rows of label-sized cells, below the drawing and as wide as it. */
function placeInRows(out: Float32Array, connected: readonly number[], lone: readonly number[]): void {
  if (!lone.length) return;
  let [x1, x2, y2] = [Infinity, -Infinity, -Infinity];
  for (const i of connected) {
    x1 = Math.min(x1, out[2 * i]!);
    x2 = Math.max(x2, out[2 * i]!);
    y2 = Math.max(y2, out[2 * i + 1]!);
  }
  if (!connected.length) [x1, x2, y2] = [0, 0, -CELL.h];
  const columns = Math.max(Math.ceil(Math.sqrt(lone.length)), Math.floor((x2 - x1) / CELL.w) + 1);
  const { at } = packRows(lone.map(() => CELL), columns * CELL.w, 0);
  lone.forEach((i, k) => {
    out[2 * i] = x1 + at[k]!.x;
    out[2 * i + 1] = y2 + CELL.h + at[k]!.y;
  });
}
