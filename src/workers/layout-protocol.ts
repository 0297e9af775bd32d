// Messages between the page and the layout worker. The graph travels as typed
// arrays (transferred, not copied): node i's size, and edges as index pairs.

export interface LayoutRequest {
  type: 'run';
  id: number;
  /** Diameter of each node, in model pixels. */
  sizes: Float32Array;
  /** Edges as pairs of node indices: [s0, t0, s1, t1, …]. */
  edges: Uint32Array;
  /** Starting positions [x0, y0, x1, y1, …], or null for a seeded random start. */
  start: Float32Array | null;
  iterations: number;
  seed: number;
}

/** Ends a run early: the worker answers 'done' with the positions reached so far. */
export interface LayoutStop {
  type: 'stop';
  id: number;
}

export type LayoutReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; positions: Float32Array }
  | { type: 'error'; id: number; message: string };
