// Kept positions: the same graph finds them again, another graph does not,
// and a full store makes room instead of failing.
import { describe, expect, it } from 'vitest';
import { localPositionStore, positionKey } from '../../src/view/layout-cache.ts';
import { defaultLayoutFor, layoutsFor, COSE_BILKENT_MAX_NODES } from '../../src/view/layouts.ts';

class MemoryStorage {
  #items = new Map<string, string>();
  constructor(private readonly limit = Infinity) {}
  get length() { return this.#items.size; }
  key(i: number) { return [...this.#items.keys()][i] ?? null; }
  getItem(k: string) { return this.#items.get(k) ?? null; }
  setItem(k: string, v: string) {
    const used = [...this.#items.values()].reduce((n, x) => n + x.length, 0);
    if (used + v.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
    this.#items.set(k, v);
  }
  removeItem(k: string) { this.#items.delete(k); }
  clear() { this.#items.clear(); }
}

describe('layout cache', () => {
  const edges = Uint32Array.from([0, 1, 1, 2]);
  it('keys by layout, nodes and edges', () => {
    const key = positionKey('forceatlas2', ['a', 'b', 'c'], edges);
    expect(positionKey('forceatlas2', ['a', 'b', 'c'], edges)).toBe(key);
    expect(positionKey('forceatlas2', ['a', 'b', 'd'], edges)).not.toBe(key);
    expect(positionKey('forceatlas2', ['a', 'b', 'c'], Uint32Array.from([0, 2]))).not.toBe(key);
    expect(positionKey('grid', ['a', 'b', 'c'], edges)).not.toBe(key);
  });

  it('gives back what was stored, and nothing for the wrong size', () => {
    const store = localPositionStore(new MemoryStorage() as unknown as Storage);
    const positions = Float32Array.from([1.5, -2, 3, 4, 5.25, 6]);
    store.set('kg-layout:v1:x', positions);
    expect(store.get('kg-layout:v1:x', 3)).toEqual(positions);
    expect(store.get('kg-layout:v1:x', 4)).toBeNull();
    expect(store.get('kg-layout:v1:y', 3)).toBeNull();
  });

  it('makes room in a full store', () => {
    const store = localPositionStore(new MemoryStorage(200) as unknown as Storage);
    store.set('kg-layout:v1:a', new Float32Array(20));
    store.set('kg-layout:v1:b', new Float32Array(20));
    expect(store.get('kg-layout:v1:b', 10)).not.toBeNull();
  });
});

describe('layout choice by size', () => {
  it('opens small graphs with cose-bilkent and big ones with ForceAtlas2 in the worker', () => {
    expect(defaultLayoutFor(76)).toBe('cose-bilkent');
    expect(defaultLayoutFor(COSE_BILKENT_MAX_NODES + 1)).toBe('forceatlas2');
    expect(layoutsFor(5000)).toEqual(['forceatlas2']);
    expect(layoutsFor(76)).toContain('cose-bilkent');
  });
});
