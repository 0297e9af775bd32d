// The page's side of the measures worker: one run per worker, cancelled by
// terminating it (a graph replaced before its measures came back).
import type { MeasureInput, Structure } from '../core/graph/measures.ts';
import type { MeasuresReply, MeasuresRequest } from './measures-protocol.ts';

export interface MeasuresRun {
  structure: Promise<Structure>;
  cancel(): void;
}

let nextId = 1;

export function measureInWorker(input: MeasureInput, seed: number, onStep?: (step: 'groups' | 'betweenness') => void): MeasuresRun {
  const id = nextId++;
  const worker = new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module', name: 'kg-measures' });
  let settle: { resolve: (s: Structure) => void; reject: (e: unknown) => void } | null = null;
  const structure = new Promise<Structure>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    worker.terminate();
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<MeasuresReply>) => {
    const reply = event.data;
    if (reply.id !== id || !settle) return;
    if (reply.type === 'step') onStep?.(reply.step);
    else if (reply.type === 'done') {
      settle.resolve({ betweenness: reply.betweenness, community: reply.community });
      finish();
    } else {
      settle.reject(new Error(reply.message));
      finish();
    }
  };
  worker.onerror = (event) => {
    settle?.reject(new Error(`workers/measures: the measures worker failed: ${event.message}`));
    finish();
  };
  // Copies, not the input's own arrays: the page keeps its input.
  const pairs = input.pairs.slice();
  const weights = input.weights.slice();
  const message: MeasuresRequest = { type: 'run', id, nodes: input.ids.length, pairs, weights, seed };
  worker.postMessage(message, [pairs.buffer, weights.buffer]);
  return {
    structure,
    cancel() {
      settle?.reject(new DOMException('measures cancelled', 'AbortError'));
      finish();
    },
  };
}
