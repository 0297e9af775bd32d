// The page's side of the cose-bilkent worker: one worker per layout, ended
// when it answers (a layout is seldom run twice in a row). The worker's code
// (Cytoscape with cose-bilkent) takes as long to fetch and compile as the page
// takes to read the graph and measure its labels, so a page that will lay out
// a graph starts one ahead (`startCoseWorker`) and the layout takes it.
import type { CoseReply, CoseRequest } from './cose-protocol.ts';

let spare: Worker | null = null;

const newWorker = () => new Worker(new URL('./cose.worker.ts', import.meta.url), { type: 'module', name: 'kg-cose' });

/** Starts a worker for the next layout, if none is waiting. */
export function startCoseWorker(): void {
  if (typeof Worker !== 'undefined') spare ??= newWorker();
}

/** Ends the waiting worker: the graph is laid out some other way. */
export function dropCoseWorker(): void {
  spare?.terminate();
  spare = null;
}

export function coseInWorker(request: CoseRequest): Promise<Float32Array> {
  const worker = spare ?? newWorker();
  spare = null;
  return new Promise<Float32Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CoseReply>) => {
      const reply = event.data;
      if (reply.type === 'done') resolve(reply.positions);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => reject(new Error(`workers/cose: the layout worker failed: ${event.message}`));
    worker.postMessage(request, [request.edges.buffer, ...(request.from ? [request.from.positions.buffer, request.from.held.buffer] : [])]);
  }).finally(() => worker.terminate());
}
