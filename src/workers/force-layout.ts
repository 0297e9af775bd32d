// ForceAtlas2 with Barnes–Hut (graphology-layout-forceatlas2's step function)
// on flat arrays, in steps, so a worker can report progress between them and
// be stopped. Pure: no DOM, no worker API; the tests run it in Node.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { seededRandom } from '../view/seeded-random.ts';

const PPN = 10; // floats per node in the node matrix
const PPE = 3; // floats per edge in the edge matrix
/** Median edge length the result is scaled to, in model pixels: room for nodes of 24–60 px. */
const EDGE_LENGTH = 90;

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

/** Positions scaled so that the median edge is EDGE_LENGTH long (ForceAtlas2's units are arbitrary). */
function scaled(nodes: Float32Array, pairs: Uint32Array, n: number): Float32Array {
  const lengths: number[] = [];
  for (let e = 0; e < pairs.length; e += 2) {
    const a = pairs[e]! * PPN;
    const b = pairs[e + 1]! * PPN;
    lengths.push(Math.hypot(nodes[a]! - nodes[b]!, nodes[a + 1]! - nodes[b + 1]!));
  }
  lengths.sort((x, y) => x - y);
  const median = lengths.length ? lengths[lengths.length >> 1]! : 0;
  const factor = median > 0 ? EDGE_LENGTH / median : 1;
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = nodes[i * PPN]! * factor;
    out[2 * i + 1] = nodes[i * PPN + 1]! * factor;
  }
  return out;
}
