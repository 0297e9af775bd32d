// The page's side of the cose-bilkent worker: one worker per layout, ended
// when it answers (a layout is seldom run twice in a row).
import type { CoseReply, CoseRequest } from './cose-protocol.ts';

export function coseInWorker(request: CoseRequest): Promise<Float32Array> {
  const worker = new Worker(new URL('./cose.worker.ts', import.meta.url), { type: 'module', name: 'kg-cose' });
  return new Promise<Float32Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CoseReply>) => {
      const reply = event.data;
      if (reply.type === 'done') resolve(reply.positions);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => reject(new Error(`workers/cose: the layout worker failed: ${event.message}`));
    worker.postMessage(request, [request.edges.buffer]);
  }).finally(() => worker.terminate());
}
