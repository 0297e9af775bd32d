import { describe, expect, it } from 'vitest';
import { MEETING_STATUSES, NODE_KINDS, RELATIONS } from '../../src/core/schema.ts';
import { edgeWidth, nodeSize, toCytoscapeElements } from '../../src/view/elements.ts';
import { graphStylesheet, KIND_STYLES, RELATION_STYLES, STATUS_STYLES } from '../../src/view/style.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';

describe('toCytoscapeElements', () => {
  const elements = toCytoscapeElements(fixtureGraph());
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('draws every node but documents, and no edge that touches a document', () => {
    expect(nodes).toHaveLength(10);
    expect(nodes.some((n) => n.data.kind === 'document')).toBe(false);
    expect(edges.map((e) => e.data.id)).not.toContain('e9');
    expect(edges).toHaveLength(8);
  });

  it('sizes nodes by degree among drawn nodes', () => {
    const putin = nodes.find((n) => n.data.id === 'putin')!.data;
    const kremlin = nodes.find((n) => n.data.id === 'kremlin')!.data;
    expect(putin.degree).toBe(3); // two participations and one invitation; the document edge does not count
    expect(putin.size).toBeGreaterThan(kremlin.size);
  });

  it('labels affiliations with the role and weights edges by evidence', () => {
    const e7 = edges.find((e) => e.data.id === 'e7')!.data;
    expect(e7.label).toBe('spokesman');
    expect(e7.width).toBeGreaterThan(edges.find((e) => e.data.id === 'e1')!.data.width);
  });
});

describe('sizes', () => {
  it.each([
    [0, 24],
    [1, 30],
    [4, 36],
    [1000, 60],
  ])('nodeSize(%i) = %i', (degree, size) => expect(nodeSize(degree)).toBe(size));

  it.each([
    [1, 1.5],
    [2, 3],
    [4, 4.5],
    [1000, 8],
  ])('edgeWidth(%i) = %f', (count, width) => expect(edgeWidth(count)).toBe(width));
});

describe('visual language', () => {
  const selectors = graphStylesheet().map((rule) => ('selector' in rule ? rule.selector : ''));

  it('has a shape, colour and stylesheet rule for every node kind', () => {
    for (const kind of NODE_KINDS) {
      expect(KIND_STYLES[kind].fill).toMatch(/^#[0-9A-F]{6}$/i);
      expect(selectors).toContain(`node[kind = "${kind}"]`);
    }
    const drawn = NODE_KINDS.filter((k) => k !== 'document').map((k) => `${KIND_STYLES[k].shape}/${KIND_STYLES[k].fill}`);
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('has a line style for every relation and a border for every meeting status', () => {
    for (const relation of RELATIONS) {
      expect(RELATION_STYLES[relation].color).toBeTruthy();
      expect(selectors).toContain(`edge[relation = "${relation}"]`);
    }
    for (const status of MEETING_STATUSES) expect(selectors).toContain(`node[kind = "meeting"][status = "${status}"]`);
    expect(Object.keys(STATUS_STYLES)).toEqual([...MEETING_STATUSES]);
  });
});
