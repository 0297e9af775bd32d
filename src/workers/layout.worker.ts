// Web Worker entry: runs a force layout off the main thread, reports progress
// every few iterations, and between steps listens for 'stop' (answering with
// the positions reached so far). The page cancels outright by terminating it.
import { forceLayout } from './force-layout.ts';
import { nextTask } from '../view/staged-load.ts';
import type { LayoutReply, LayoutRequest, LayoutStop } from './layout-protocol.ts';

const post = (reply: LayoutReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);
const stopped = new Set<number>();

async function run(request: LayoutRequest): Promise<void> {
  const steps = forceLayout(request, 10, () => stopped.has(request.id));
  let last = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) {
      post({ type: 'done', id: request.id, positions: next.value }, [next.value.buffer]);
      return;
    }
    const now = performance.now();
    if (now - last > 100) {
      last = now;
      post({ type: 'progress', id: request.id, done: next.value, total: request.iterations });
      // Let a 'stop' message in.
      await nextTask();
    }
  }
}

self.onmessage = (event: MessageEvent<LayoutRequest | LayoutStop>) => {
  const message = event.data;
  if (message.type === 'stop') {
    stopped.add(message.id);
    return;
  }
  run(message).catch((error: unknown) => {
    post({ type: 'error', id: message.id, message: `workers/layout: ${error instanceof Error ? error.message : String(error)}` });
  });
};
