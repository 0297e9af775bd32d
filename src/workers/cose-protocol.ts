// Messages between the page and the cose-bilkent worker. Labels cannot be
// measured off the page, so each node travels as its box, label included:
// its size and where its middle lies from the node's own position.

export interface CoseNode {
  kind: string;
  label: string;
  /** Width and height of the node's box, label included, in model pixels. */
  w: number;
  h: number;
  /** The box's middle minus the node's position. */
  dx: number;
  dy: number;
}

export interface CoseRequest {
  nodes: CoseNode[];
  /** Edges as pairs of node indices: [s0, t0, s1, t1, …]. */
  edges: Uint32Array;
  /** The window's width / height, that the pieces are packed to. */
  aspect: number;
  /**
   * Settling new nodes among placed ones (view/incremental-layout.ts): each
   * node's start position, [x0, y0, …], and 1 for those that stay where they are.
   * Without it, a layout from scratch packed in pieces.
   */
  from?: { positions: Float32Array; held: Uint8Array };
}

export type CoseReply = { type: 'done'; positions: Float32Array } | { type: 'error'; message: string };
