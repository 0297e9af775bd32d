// A big graph's class changes: applied a slice at a time under one batch, and
// at its end the look of every element is the stylesheet's for its classes,
// including one whose classes something else changed meanwhile.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { HeldRestyle } from '../../src/view/held-restyle.ts';
import { pstyle } from '../../src/view/cytoscape-internals.ts';

const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();
const display = (ele: cytoscape.SingularElementArgument) => pstyle(ele, 'display').value;

const style: cytoscape.StylesheetJson = [
  { selector: 'node', style: { 'background-color': '#111111' } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.selected', style: { 'background-color': '#ff0000' } },
];

function graph(n: number): cytoscape.Core {
  const elements = Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}` } }));
  return cytoscape({ headless: true, styleEnabled: true, elements, style });
}

describe('HeldRestyle', () => {
  it('holds one batch while it runs and leaves each element styled by its classes', () => {
    const cy = graph(100);
    const held = new HeldRestyle(cy);
    const nodes = cy.nodes().toArray();
    held.change(nodes.slice(0, 50).map((n) => [n, 'hidden', true]));
    expect(batching(cy)).toBe(true);
    // Applied already, before the batch ends.
    expect(display(nodes[0]!)).toBe('none');
    held.change(nodes.slice(50, 60).map((n) => [n, 'hidden', true]));
    held.end();
    expect(batching(cy)).toBe(false);
    expect(cy.nodes().filter((n) => display(n) === 'none').length).toBe(60);
    expect(display(nodes[60]!)).toBe('element');
    held.end();
    expect(batching(cy)).toBe(false);
  });

  it('restyles at its end an element whose classes changed after it was restyled', () => {
    const cy = graph(10);
    const held = new HeldRestyle(cy);
    const [a, b] = cy.nodes().toArray();
    held.change([
      [a!, 'hidden', true],
      [b!, 'hidden', true],
    ]);
    cy.batch(() => b!.removeClass('hidden').addClass('selected'));
    held.end();
    expect(display(a!)).toBe('none');
    expect(display(b!)).toBe('element');
    expect(pstyle(b!, 'background-color').strValue).toBe('rgb(255,0,0)');
  });
});
