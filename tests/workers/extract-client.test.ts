// The page's side of the extraction worker: cancelling terminates the worker,
// rejects the running request with ExtractCancelled, and the next request is
// served by a fresh worker. A stand-in Worker answers as the real one would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractCancelled, ExtractClient } from '../../src/workers/extract-client.ts';
import type { ExtractRequest, ExtractResponse } from '../../src/workers/extract-protocol.ts';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: ExtractRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: ExtractRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the last request with a built graph. */
  answer(): void {
    const { id } = this.requests.at(-1)!;
    const data: ExtractResponse = { id, type: 'built', graph: { attributes: {}, options: {}, nodes: [], edges: [] } as never, extractedMs: 1, builtMs: 1 };
    this.onmessage?.({ data } as MessageEvent<ExtractResponse>);
  }
}

const DOCS = [{ id: 'yours/a.txt', text: 'Macron met Putin in Paris.' }];
const original = globalThis.Worker;

beforeEach(() => {
  FakeWorker.made = [];
  globalThis.Worker = FakeWorker as unknown as typeof Worker;
});
afterEach(() => {
  globalThis.Worker = original;
});

/** Lets the client's queue hand the request to the worker. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ExtractClient.cancel', () => {
  it('terminates the worker and rejects the running build with ExtractCancelled', async () => {
    const client = new ExtractClient();
    const build = client.build(DOCS);
    await settle();
    expect(FakeWorker.made).toHaveLength(1);
    client.cancel();
    await expect(build).rejects.toBeInstanceOf(ExtractCancelled);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('serves the next build on a fresh worker', async () => {
    const client = new ExtractClient();
    const first = client.build(DOCS);
    await settle();
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(ExtractCancelled);
    const second = client.build(DOCS);
    await settle();
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]!.answer();
    await expect(second).resolves.toMatchObject({ extractedMs: 1, builtMs: 1 });
  });

  it('does nothing when nothing runs', async () => {
    const client = new ExtractClient();
    client.cancel();
    const build = client.build(DOCS);
    await settle();
    FakeWorker.made[0]!.answer();
    await expect(build).resolves.toMatchObject({ builtMs: 1 });
  });
});
