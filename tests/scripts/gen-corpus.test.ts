// The synthetic corpus: the same seed gives the same articles, and the real
// extractor finds people, meetings, venues and dates in them.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/gen-corpus.ts';
import { extractDocument } from '../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../src/core/knowledge.ts';

async function collect(docs: number, seed: number) {
  const out = [];
  for await (const article of generateCorpus({ docs, seed })) out.push(article);
  return out;
}

describe('gen-corpus', () => {
  it('is deterministic for a seed, and differs between seeds', async () => {
    const a = await collect(20, 7);
    const b = await collect(20, 7);
    const c = await collect(20, 8);
    expect(a).toEqual(b);
    expect(a.map((x) => x.text)).not.toEqual(c.map((x) => x.text));
    expect(new Set(a.map((x) => x.name)).size).toBe(20);
  });

  it('writes articles the extractor reads: a publication date, people, meetings with venues', async () => {
    const knowledge = loadDefaultKnowledge();
    const articles = await collect(15, 1);
    let frames = 0;
    let withPlace = 0;
    for (const article of articles) {
      expect(article.text).toMatch(/^Published: \d{4}-\d{2}-\d{2}$/m);
      const x = extractDocument({ id: article.name, text: article.text }, knowledge);
      expect(x.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      frames += x.frames.length;
      withPlace += x.frames.filter((f) => JSON.stringify(f).includes('venue') || JSON.stringify(f).includes('place')).length;
      const people = [...x.facts.values()].filter((f) => ['leader', 'official', 'person'].includes(f.kind));
      expect(people.length).toBeGreaterThanOrEqual(2);
    }
    expect(frames).toBeGreaterThanOrEqual(articles.length);
    expect(withPlace).toBeGreaterThan(0);
  });
});
