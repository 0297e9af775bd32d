// The Cytoscape adapter without a browser: cytoscape({ headless: true }).
import { describe, expect, it } from 'vitest';
import { GraphCanvas, type Selection } from '../../src/view/canvas.ts';
import { LAYOUTS, LAYOUT_NAMES, layoutOptions } from '../../src/view/layouts.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';

function canvas(onSelect?: (s: Selection) => void): GraphCanvas {
  return new GraphCanvas({ container: undefined, headless: true, graph: fixtureGraph(), onSelect });
}

describe('GraphCanvas (headless)', () => {
  it('lays out every drawn node at a distinct, finite position', () => {
    const c = canvas();
    const positions = c.cy.nodes().map((n) => n.position());
    expect(positions).toHaveLength(10);
    for (const p of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const keys = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(positions.length);
    c.destroy();
  });

  it('applies visibility, focus, matches and the selection as classes', () => {
    const c = canvas();
    c.apply({
      visibleNodes: new Set(['putin', 'trump', 'summit']),
      visibleEdges: new Set(['e1', 'e2']),
      selection: { type: 'node', id: 'putin' },
      focus: new Set(['putin', 'summit']),
      matches: new Set(['trump']),
    });
    const cy = c.cy;
    expect(cy.nodes('.hidden').length).toBe(7);
    expect(cy.getElementById('putin').hasClass('selected')).toBe(true);
    expect(cy.getElementById('summit').hasClass('neighbour')).toBe(true);
    expect(cy.getElementById('trump').hasClass('faded')).toBe(true);
    expect(cy.getElementById('trump').hasClass('match')).toBe(true);
    expect(cy.getElementById('e2').hasClass('faded')).toBe(true);
    expect(cy.getElementById('e1').hasClass('faded')).toBe(false);
    c.apply({ visibleNodes: new Set(), visibleEdges: new Set(), selection: null, focus: null, matches: new Set() });
    expect(cy.nodes('.selected').length).toBe(0);
    c.destroy();
  });

  it('reports taps as selections and background taps as clearing', () => {
    const seen: Selection[] = [];
    const c = canvas((s) => seen.push(s));
    c.cy.getElementById('helsinki').emit('tap');
    c.cy.getElementById('e3').emit('tap');
    c.cy.emit('tap');
    expect(seen).toEqual([{ type: 'node', id: 'helsinki' }, { type: 'edge', id: 'e3' }, null]);
    c.destroy();
  });

  it('runs every layout of the registry', async () => {
    const c = canvas();
    for (const name of LAYOUT_NAMES) {
      await c.runLayout(name); // worker layouts run in place here (no Worker in Node), asynchronously
      for (const n of c.cy.nodes()) expect(Number.isFinite(n.position('x'))).toBe(true);
    }
    c.destroy();
  });
});

describe('layout registry', () => {
  it('keeps frozen defaults and applies overrides on a copy', () => {
    expect(Object.isFrozen(LAYOUTS['cose-bilkent'].options)).toBe(true);
    const o = layoutOptions('cose-bilkent', { fit: false });
    expect(o).toMatchObject({ name: 'cose-bilkent', fit: false, nodeDimensionsIncludeLabels: true });
    expect(LAYOUTS['cose-bilkent'].options.fit).toBe(true);
  });

  it('rejects an unknown layout by name', () => {
    expect(() => layoutOptions('nope' as never)).toThrow(/view\/layouts: unknown layout "nope"/);
  });
});
