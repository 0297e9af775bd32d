// The bench's baseline: the same elements, stylesheet and cose-bilkent
// options as the app, with nothing else (no Svelte, no panels, no graphology).
import cytoscape from 'cytoscape';
import { graphStylesheet } from '../../src/view/style.ts';
import { layoutOptions } from '../../src/view/layouts.ts';
import { registerCoseBilkent } from '../../src/view/cose-bilkent.ts';

registerCoseBilkent();
const elements = (await (await fetch('./elements.json')).json()) as cytoscape.ElementDefinition[];
performance.mark('kg:canvas-start');
cytoscape({
  container: document.getElementById('cy'),
  elements,
  style: graphStylesheet(),
  layout: layoutOptions('cose-bilkent') as cytoscape.LayoutOptions,
});
performance.mark('kg:canvas-laid-out');
requestAnimationFrame(() => {
  performance.mark('kg:interactive');
  document.documentElement.dataset.kgReady = 'true';
});
