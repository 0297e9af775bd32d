import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalize, search } from '../../src/app/lib/search.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';

const index = buildSearchIndex(fixtureGraph());

describe('search', () => {
  it('leaves document nodes out of the index', () => {
    expect(index.some((e) => e.kind === 'document')).toBe(false);
  });

  it.each([
    { query: 'Peskov', best: 'peskov', via: null },
    { query: 'peskov', best: 'peskov', via: null },
    { query: 'dmitry p', best: 'peskov', via: null },
    { query: 'Russian', best: 'russia', via: 'Russian' },
    { query: 'helsinki', best: 'helsinki', via: null },
    { query: 'president put', best: 'putin', via: 'President Putin' },
    { query: 'washington', best: 'washington', via: null },
  ])('"$query" → $best', ({ query, best, via }) => {
    const [top] = search(index, query);
    expect(top?.id).toBe(best);
    expect(top?.via).toBe(via);
  });

  it('ranks the exact label above a word prefix and a substring', () => {
    const ids = search(index, 'helsinki').map((h) => h.id);
    expect(ids).toEqual(['helsinki', 'summit']);
  });

  it('matches nothing for an empty or unknown query', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzz')).toEqual([]);
  });

  it('ignores accents and case', () => {
    expect(normalize('  Zelénsky  ÉTÉ ')).toBe('zelensky ete');
  });
});
