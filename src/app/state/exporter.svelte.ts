// Export from the toolbar: PNG of the view or the whole graph, and the graph
// as GraphML, GEXF or JSON, whole or as shown. Files are named after the
// corpus, the scope and the day.
import type { Explorer } from './explorer.svelte.ts';
import { subgraph } from '../lib/visibility.ts';
import { downloadName, saveBlob } from '../lib/download.ts';
import type { PngBackground, PngRegion } from '../../view/image-export.ts';

export const DATA_FORMATS = [
  { format: 'graphml', label: 'GraphML', ext: 'graphml', mime: 'application/graphml+xml' },
  { format: 'gexf', label: 'GEXF', ext: 'gexf', mime: 'application/gexf+xml' },
  { format: 'json', label: 'JSON', ext: 'json', mime: 'application/json' },
] as const;

export type DataFormat = (typeof DATA_FORMATS)[number]['format'];
export type DataScope = 'whole' | 'shown';

export const PNG_SCALES = [1, 2, 3, 4] as const;

export class Exporter {
  region = $state<PngRegion>('view');
  scale = $state<number>(2);
  background = $state<PngBackground>('white');
  scope = $state<DataScope>('whole');
  busy = $state(false);
  /** What the last export did, or why it could not. */
  message = $state('');

  #explorer: Explorer;
  #save: (blob: Blob, name: string) => void;

  constructor(explorer: Explorer, save: (blob: Blob, name: string) => void = saveBlob) {
    this.#explorer = explorer;
    this.#save = save;
  }

  async png(): Promise<void> {
    const canvas = this.#explorer.canvas;
    if (!canvas || this.#explorer.visible.nodes.size === 0) {
      this.message = 'Nothing to export: no node is shown.';
      return;
    }
    this.busy = true;
    try {
      const { blob, plan } = await canvas.png({ region: this.region, scale: this.scale, background: this.background });
      const scope = `${this.region === 'view' ? 'view' : 'full'}-${String(plan.scale).replace('.', '_')}x${this.background === 'transparent' ? '-transparent' : ''}`;
      const name = downloadName({ corpus: this.#explorer.corpus, scope, ext: 'png' });
      this.#save(blob, name);
      const size = `${plan.width} × ${plan.height} px`;
      this.message = plan.reduced
        ? `At ${plan.requestedScale}× the image would exceed the browser's canvas limit; exported at ${plan.scale}× instead (${size}).`
        : `Saved ${name} (${size}).`;
    } catch (err) {
      this.message = `PNG export failed: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      this.busy = false;
    }
  }

  async data(format: DataFormat): Promise<void> {
    const graph = this.#explorer.graph;
    if (!graph) return;
    this.busy = true;
    try {
      // The writers (GraphML, GEXF) load on first use, outside the first bundle.
      const { exportGraph } = await import('../../core/io/index.ts');
      const target = this.scope === 'whole' ? graph : subgraph(graph, this.#explorer.visible);
      const spec = DATA_FORMATS.find((f) => f.format === format)!;
      const text = exportGraph(target, format);
      const name = downloadName({ corpus: this.#explorer.corpus, scope: this.scope === 'whole' ? 'whole' : 'shown', ext: spec.ext });
      this.#save(new Blob([text], { type: `${spec.mime};charset=utf-8` }), name);
      this.message = `Saved ${name} (${target.order} nodes, ${target.size} edges).`;
    } catch (err) {
      this.message = `${format.toUpperCase()} export failed: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      this.busy = false;
    }
  }
}
