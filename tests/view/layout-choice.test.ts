// Which layout a graph opens with: its size decides, unless the user picked
// one for this graph; the pick is kept per graph, not per content.
import { describe, expect, it } from 'vitest';
import { layoutChoiceKey, localLayoutChoices, openingLayout } from '../../src/view/layout-choice.ts';
import { COSE_BILKENT_MAX_NODES } from '../../src/view/layouts.ts';

class MemoryStorage {
  #items = new Map<string, string>();
  constructor(private readonly refuse = false) {}
  get length() { return this.#items.size; }
  key(i: number) { return [...this.#items.keys()][i] ?? null; }
  getItem(k: string) { return this.#items.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
    this.#items.set(k, v);
  }
  removeItem(k: string) { this.#items.delete(k); }
  clear() { this.#items.clear(); }
}

describe('the layout a graph opens with', () => {
  it('is cose-bilkent up to the threshold and ForceAtlas2 above, when nothing was picked', () => {
    expect(openingLayout(null, 82)).toBe('cose-bilkent');
    expect(openingLayout(null, COSE_BILKENT_MAX_NODES)).toBe('cose-bilkent');
    expect(openingLayout(null, COSE_BILKENT_MAX_NODES + 1)).toBe('forceatlas2');
  });

  it('is the user’s pick while that layout is offered at the graph’s size', () => {
    expect(openingLayout('circle', 82)).toBe('circle');
    expect(openingLayout('forceatlas2', 82)).toBe('forceatlas2');
    expect(openingLayout('concentric', 2000)).toBe('concentric');
    // cose-bilkent is not offered above the threshold: the size decides.
    expect(openingLayout('cose-bilkent', COSE_BILKENT_MAX_NODES + 1)).toBe('forceatlas2');
    expect(openingLayout('circle', 5000)).toBe('forceatlas2');
  });

  it('ignores a pick that is no layout', () => {
    expect(openingLayout('spiral', 82)).toBe('cose-bilkent');
    expect(openingLayout('', 500)).toBe('forceatlas2');
  });
});

describe('the kept pick', () => {
  it('is keyed by the corpus and where the graph came from, not by its content', () => {
    const articles = layoutChoiceKey('seeds', { type: 'articles' });
    expect(layoutChoiceKey('seeds', { type: 'articles' })).toBe(articles);
    expect(layoutChoiceKey('other', { type: 'articles' })).not.toBe(articles);
    const imported = layoutChoiceKey('seeds', { type: 'import', name: 'world.graphml' });
    expect(imported).not.toBe(articles);
    expect(layoutChoiceKey('seeds', { type: 'import', name: 'other.graphml' })).not.toBe(imported);
  });

  it('comes back from storage, per graph', () => {
    const storage = new MemoryStorage();
    const choices = localLayoutChoices(storage);
    const a = layoutChoiceKey('seeds', { type: 'articles' });
    const b = layoutChoiceKey('seeds', { type: 'import', name: 'x.json' });
    expect(choices.get(a)).toBeNull();
    choices.set(a, 'circle');
    choices.set(b, 'grid');
    expect(localLayoutChoices(storage).get(a)).toBe('circle');
    expect(localLayoutChoices(storage).get(b)).toBe('grid');
  });

  it('is dropped when the stored value is no layout, and a store that refuses writes is not an error', () => {
    const storage = new MemoryStorage();
    const key = layoutChoiceKey('seeds', { type: 'articles' });
    storage.setItem(key, 'not-a-layout');
    expect(localLayoutChoices(storage).get(key)).toBeNull();
    expect(() => localLayoutChoices(new MemoryStorage(true)).set(key, 'grid')).not.toThrow();
    expect(localLayoutChoices(null).get(key)).toBeNull();
  });
});
