import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { downloadName } from '../../src/app/lib/download.ts';
import { formatCountry, formatDate } from '../../src/app/lib/format.ts';
import { neighbourGroups } from '../../src/app/lib/neighbours.ts';
import { ASSET_FORMAT, parseGraphAsset } from '../../src/app/lib/graph-asset.ts';
import { articlesOf, buildGraphAsset, fallbackTitle } from '../../scripts/graph-asset.ts';
import { fixtureGraph, ARTICLES } from '../fixtures/view/graph.ts';

describe('downloadName', () => {
  const date = new Date('2025-02-12T10:00:00Z');
  it.each([
    [{ corpus: 'seeds', scope: 'whole', ext: 'graphml' }, 'seeds-knowledge-graph-whole-2025-02-12.graphml'],
    [{ corpus: 'My Corpus (Ü)', scope: 'view-2x', ext: '.png' }, 'my-corpus-u-knowledge-graph-view-2x-2025-02-12.png'],
    [{ corpus: '', scope: 'shown', ext: 'json' }, 'corpus-knowledge-graph-shown-2025-02-12.json'],
  ])('%o → %s', (input, want) => expect(downloadName({ ...input, date })).toBe(want));
});

describe('format', () => {
  it.each([
    ['2018-07-16', '16 Jul 2018'],
    ['2018-07', 'July 2018'],
    ['2018', '2018'],
    ['soon', 'soon'],
    [null, ''],
  ])('formatDate(%s) = %s', (iso, want) => expect(formatDate(iso)).toBe(want));

  it('names countries from their ISO codes', () => {
    expect(formatCountry('fi')).toBe('Finland (FI)');
    expect(formatCountry(null)).toBe('');
  });
});

describe('neighbourGroups', () => {
  it('groups by relation and direction, leaving documents out', () => {
    const groups = neighbourGroups(fixtureGraph(), 'putin');
    expect(groups.map((g) => [g.heading, g.links.map((l) => l.node)])).toEqual([
      ['Took part in', ['summit', 'visit']],
      ['Invited by', ['trump']],
    ]);
  });
});

describe('graph asset', () => {
  it('round-trips the graph and the articles', () => {
    const graph = fixtureGraph();
    const docs = Object.entries(ARTICLES).map(([id, text]) => ({ id, text }));
    const loaded = parseGraphAsset({ format: ASSET_FORMAT, corpus: 'fixture', builtAt: '', graph: graph.export(), articles: articlesOf(docs, graph) });
    expect(loaded.graph.export()).toEqual(graph.export());
    expect(loaded.articles.get('a.txt')).toMatchObject({ title: 'Putin and Trump meet in Helsinki', published: '2018-07-16' });
    expect(loaded.articles.get('b.txt')?.published).toBeNull();
  });

  it('rejects what is not an asset, naming the module', () => {
    expect(() => parseGraphAsset({ nodes: [] })).toThrow(/app\/graph-asset: not a graph asset/);
  });

  it('builds an asset from a corpus folder with any buildGraph', async () => {
    const asset = await buildGraphAsset(path.join(import.meta.dirname, '../fixtures/view/corpus'), () => fixtureGraph());
    expect(asset.corpus).toBe('corpus');
    expect(asset.articles.map((a) => a.id)).toEqual(['one.txt', 'two.txt']);
    expect(asset.articles[0]!.title).toBe('Helsinki summit');
    expect(asset.articles[1]!.title.length).toBeLessThanOrEqual(121);
    expect(asset.articles[1]!.title.endsWith('…')).toBe(true);
  });

  it('falls back to the file name for an empty article', () => {
    expect(fallbackTitle('\n  \n', 'x.txt')).toBe('x.txt');
  });
});
