// Extraction under a time budget: an article that takes too long is stopped
// (its worker terminated) and skipped with a warning naming it, and the build
// goes on with the next article on a fresh worker.
import { describe, expect, it } from 'vitest';
import { BoundedExtractor } from '../../src/cli/bounded-extract.ts';
import { listCorpus } from '../../src/cli/read-corpus.ts';
import { buildGraphFromFiles } from '../../src/cli/stream-build.ts';
import { extractDocument } from '../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../src/core/knowledge.ts';
import { ARTICLE, makeFolder } from './helpers.ts';

const STUCK = new URL('../fixtures/cli/stuck-worker.ts', import.meta.url).href;
const TIMEOUT = 60_000;

describe('BoundedExtractor', () => {
  it('gives the same extraction as this thread would', async () => {
    const extractor = new BoundedExtractor(30_000);
    try {
      const doc = { id: 'a.txt', text: ARTICLE };
      expect(await extractor.extract(doc)).toEqual(extractDocument(doc, loadDefaultKnowledge()));
    } finally {
      await extractor.close();
    }
  }, TIMEOUT);

  it('stops an article past its budget and reads the next on a fresh worker', async () => {
    const extractor = new BoundedExtractor(300, STUCK);
    try {
      await extractor.extract({ id: 'warm.txt', text: ARTICLE }); // start-up is not counted in the budget
      const start = performance.now();
      expect(await extractor.extract({ id: 'stuck.txt', text: 'This one runs forever.' })).toBeNull();
      expect(performance.now() - start).toBeLessThan(5_000);
      expect((await extractor.extract({ id: 'next.txt', text: ARTICLE }))?.doc).toBe('next.txt');
    } finally {
      await extractor.close();
    }
  }, TIMEOUT);
});

describe('buildGraphFromFiles with a budget', () => {
  it('skips the article that overruns with a warning naming it, and keeps reporting progress', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'b-stuck.txt': 'It goes on forever.\n', 'c.txt': `${ARTICLE}\nA second article, not the same text as the first.\n` });
    try {
      const warnings: string[] = [];
      const progress: number[] = [];
      const files = await listCorpus(dir, () => undefined);
      const built = await buildGraphFromFiles(dir, files, {
        budgetSeconds: 0.5,
        workerEntry: STUCK,
        onWarning: (w) => warnings.push(`${w.id}: ${w.reason}`),
        onProgress: (done) => progress.push(done),
      });
      expect(warnings).toEqual(['b-stuck.txt: its extraction took longer than 0.5 s (--budget-seconds), stopped']);
      expect(progress).toEqual([1, 2, 3]);
      expect(built.documents).toBe(2);
      expect(built.skipped).toBe(1);
      expect(built.graph.filterNodes((_, a) => a.kind === 'document')).toHaveLength(2);
    } finally {
      cleanup();
    }
  }, TIMEOUT);
});
