// cose-bilkent registered with Cytoscape: a module of its own so that only what
// draws a canvas (view/canvas.ts, the bench's bare page) loads Cytoscape.
import cytoscape from 'cytoscape';
import coseBilkent from 'cytoscape-cose-bilkent';

let registered = false;

/** Registers cose-bilkent with Cytoscape once per module instance. */
export function registerCoseBilkent(): void {
  if (registered) return;
  cytoscape.use(coseBilkent);
  registered = true;
}
