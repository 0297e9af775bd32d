// The page's side of the layout worker: one run per worker, with progress,
// stop (keep the positions reached so far) and cancel (terminate at once).
import type { LayoutReply, LayoutRequest, LayoutStop } from './layout-protocol.ts';

export interface LayoutRun {
  /** The positions [x0, y0, …]; rejects with an AbortError when cancelled. */
  positions: Promise<Float32Array>;
  /** Ends the run early: `positions` resolves with where the nodes are now. */
  stop(): void;
  /** Abandons the run: `positions` rejects. */
  cancel(): void;
}

let nextId = 1;

export function runLayoutInWorker(request: Omit<LayoutRequest, 'type' | 'id'>, onProgress?: (done: number, total: number) => void): LayoutRun {
  const id = nextId++;
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'kg-layout' });
  let settle: { resolve: (p: Float32Array) => void; reject: (e: unknown) => void } | null = null;
  const positions = new Promise<Float32Array>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    worker.terminate();
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.id !== id || !settle) return;
    if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
    else if (reply.type === 'done') {
      settle.resolve(reply.positions);
      finish();
    } else {
      settle.reject(new Error(reply.message));
      finish();
    }
  };
  worker.onerror = (event) => {
    settle?.reject(new Error(`workers/layout: the layout worker failed: ${event.message}`));
    finish();
  };
  const message: LayoutRequest = { type: 'run', id, ...request };
  const transfer = [request.sizes.buffer, request.edges.buffer, ...(request.start ? [request.start.buffer] : [])];
  worker.postMessage(message, transfer);
  return {
    positions,
    stop() {
      if (settle) worker.postMessage({ type: 'stop', id } satisfies LayoutStop);
    },
    cancel() {
      settle?.reject(new DOMException('layout cancelled', 'AbortError'));
      finish();
    },
  };
}
