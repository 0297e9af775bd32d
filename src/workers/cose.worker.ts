// Web Worker entry: cose-bilkent and the packing of pieces (view/arrange.ts),
// or the settling of new nodes among placed ones (view/incremental-layout.ts),
// run on a headless Cytoscape whose nodes are the page's boxes (labels
// included), so that the page is not frozen while the graph is laid out. The
// answer is each node's position, [x0, y0, …].
import cytoscape from 'cytoscape';
import { layoutInPieces } from '../view/arrange.ts';
import { registerCoseBilkent } from '../view/cose-bilkent.ts';
import { INCREMENTAL, settle } from '../view/incremental-layout.ts';
import { layoutOptions } from '../view/layouts.ts';
import type { CoseReply, CoseRequest } from './cose-protocol.ts';

registerCoseBilkent();

const post = (reply: CoseReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

function layOut({ nodes, edges, aspect, from }: CoseRequest): Float32Array {
  const elements: cytoscape.ElementDefinition[] = nodes.map((n, i) => ({ group: 'nodes', data: { id: `n${i}`, kind: n.kind, label: n.label, w: n.w, h: n.h } }));
  for (let i = 0; i < edges.length; i += 2) elements.push({ group: 'edges', data: { id: `e${i}`, source: `n${edges[i]}`, target: `n${edges[i + 1]}` } });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    // A box the size the page measured: the label is inside it, so nothing else need be counted.
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)', 'border-width': 0, padding: '0' } }],
  });
  if (from) {
    cy.nodes().forEach((n, i) => void n.position({ x: from.positions[2 * i]! + nodes[i]!.dx, y: from.positions[2 * i + 1]! + nodes[i]!.dy }));
    const held = cy.nodes().filter((_n, i) => from.held[i] === 1);
    settle(cy.elements(), held, layoutOptions('cose-bilkent', { ...INCREMENTAL, nodeDimensionsIncludeLabels: false }) as cytoscape.LayoutOptions);
  } else {
    const options = layoutOptions('cose-bilkent', { fit: false, nodeDimensionsIncludeLabels: false }) as cytoscape.LayoutOptions;
    layoutInPieces(cy, cy.elements(), options, aspect);
  }
  const positions = new Float32Array(nodes.length * 2);
  cy.nodes().forEach((n, i) => {
    const p = n.position();
    // The box's middle back to the node's own position.
    positions[2 * i] = p.x - nodes[i]!.dx;
    positions[2 * i + 1] = p.y - nodes[i]!.dy;
  });
  cy.destroy();
  return positions;
}

self.onmessage = (event: MessageEvent<CoseRequest>) => {
  try {
    const positions = layOut(event.data);
    post({ type: 'done', positions }, [positions.buffer]);
  } catch (error) {
    post({ type: 'error', message: `workers/cose: ${error instanceof Error ? error.message : String(error)}` });
  }
};
