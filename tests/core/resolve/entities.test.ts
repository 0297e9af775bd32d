// What the corpus knows of each entity, joined across articles.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';
import { mergeEntityFacts } from '../../../src/core/resolve/entities.ts';

const knowledge = loadDefaultKnowledge();
const extract = (id: string, body: string) => extractDocument({ id, text: `Title\n${body}` }, knowledge);

describe('mergeEntityFacts', () => {
  const merged = mergeEntityFacts([
    extract('a.txt', 'Dmitry Peskov said nothing.'),
    extract('b.txt', 'Kremlin spokesman Dmitry Peskov said no date had been set.'),
    extract('c.txt', 'Peskov, a presidential spokesman, spoke to Dmitry Peskov’s friends. Dmitry Peskov said so.'),
  ]);
  const peskov = [...merged.values()].find((f) => f.label === 'Dmitry Peskov');

  it('keeps one entry per entity', () => {
    expect([...merged.values()].filter((f) => f.label === 'Dmitry Peskov')).toHaveLength(1);
  });

  it('takes the most senior kind any article gives, whatever the order', () => {
    expect(peskov?.kind).toBe('official');
  });

  it('takes a country from a later article when the first has none', () => {
    expect(peskov?.country).toBe('RU');
  });

  it('joins the roles of all articles without case duplicates', () => {
    const lower = peskov!.roles.map((r) => r.toLowerCase());
    expect(lower).toContain('spokesman');
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('does not change the facts of the articles it merges', () => {
    const a = extract('a.txt', 'Dmitry Peskov said nothing.');
    const b = extract('b.txt', 'Kremlin spokesman Dmitry Peskov said no date had been set.');
    const before = structuredClone([...a.facts.values()]);
    mergeEntityFacts([a, b]);
    expect([...a.facts.values()]).toEqual(before);
  });
});
