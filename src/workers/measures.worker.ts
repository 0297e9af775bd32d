// Web Worker entry: betweenness and groups of a big graph off the main thread
// (betweenness alone takes seconds at 5,000 nodes). Says which step it is on.
import { computeStructure } from '../core/graph/structure.ts';
import type { MeasuresReply, MeasuresRequest } from './measures-protocol.ts';

const post = (reply: MeasuresReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<MeasuresRequest>) => {
  const { id, nodes, pairs, weights, seed } = event.data;
  try {
    // The ids stay on the page: the worker needs only how many there are.
    const ids = Array.from({ length: nodes }, (_, i) => String(i));
    const structure = computeStructure({ ids, pairs, weights }, seed, (step) => post({ type: 'step', id, step }));
    post({ type: 'done', id, ...structure }, [structure.betweenness.buffer, structure.community.buffer]);
  } catch (error) {
    post({ type: 'error', id, message: `workers/measures: ${error instanceof Error ? error.message : String(error)}` });
  }
};
