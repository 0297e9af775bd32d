// Messages between the page and the measures worker: the drawn graph as index
// pairs (transferred), betweenness and groups back as typed arrays.

export interface MeasuresRequest {
  type: 'run';
  id: number;
  nodes: number;
  pairs: Uint32Array;
  weights: Float64Array;
  seed: number;
}

export type MeasuresReply =
  | { type: 'step'; id: number; step: 'groups' | 'betweenness' }
  | { type: 'done'; id: number; betweenness: Float64Array; community: Int32Array }
  | { type: 'error'; id: number; message: string };
