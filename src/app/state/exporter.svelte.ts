// Export from the toolbar: PNG of the view or the whole graph (with a title,
// legend and source line for a report, by default), and the graph as GraphML,
// GEXF, JSON or Cytoscape JSON, whole or as shown, with the layout on screen. Files are named after the corpus, the
// scope and the day.
import type { Explorer } from './explorer.svelte.ts';
import type { KnowledgeGraph } from '../../core/schema.ts';
import { subgraph } from '../lib/visibility.ts';
import { downloadName, saveBlob } from '../lib/download.ts';
import { exportedIds, type PngBackground, type PngRegion } from '../../view/image-export.ts';
import type { ReportContent } from '../../view/report-band.ts';
import { legendOf, reportSource, reportTitle } from '../lib/report-text.ts';
import { plural } from '../lib/format.ts';

export const DATA_FORMATS = [
  { format: 'graphml', label: 'GraphML', ext: 'graphml', mime: 'application/graphml+xml' },
  { format: 'gexf', label: 'GEXF', ext: 'gexf', mime: 'application/gexf+xml' },
  { format: 'json', label: 'JSON', ext: 'json', mime: 'application/json' },
  { format: 'cyjs', label: 'Cytoscape (.cyjs)', ext: 'cyjs', mime: 'application/json' },
] as const;

export type DataFormat = (typeof DATA_FORMATS)[number]['format'];
export type DataScope = 'whole' | 'shown';

export const PNG_SCALES = [1, 2, 3, 4] as const;

export class Exporter {
  region = $state<PngRegion>('view');
  scale = $state<number>(2);
  background = $state<PngBackground>('white');
  /** Add the title, legend and source line under the graph. */
  report = $state(true);
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
      const report = this.report ? this.#reportContent(exportedIds(canvas.cy, this.region)) : undefined;
      const { blob, plan } = await canvas.png({ region: this.region, scale: this.scale, background: this.background, ...(report ? { report } : {}) });
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

  /** What the report band says about the elements in the image. */
  #reportContent(shown: { nodes: string[]; edges: string[] }): ReportContent | undefined {
    const e = this.#explorer;
    if (!e.graph) return undefined;
    const f = e.filters.settings;
    const hidden = e.visible.hidesUnconnected ? e.visible.unconnected.size : 0;
    return {
      title: reportTitle(e.corpus, f, e.articles.size, hidden),
      legend: legendOf(e.graph, shown),
      source: reportSource(e.graph, shown, e.articles, f, new Date()),
    };
  }

  async data(format: DataFormat): Promise<void> {
    const graph = this.#explorer.graph;
    if (!graph) return;
    this.busy = true;
    try {
      // The writers (GraphML, GEXF) load on first use, outside the first bundle.
      const { exportGraph, sentencesFromTexts } = await import('../../core/io/index.ts');
      const target = this.scope === 'whole' ? graph : subgraph(graph, this.#explorer.visible);
      const spec = DATA_FORMATS.find((f) => f.format === format)!;
      // The layout on screen goes into the file (yEd, Gephi and Cytoscape draw it), and the sentences beside the offsets.
      const texts = new Map([...this.#explorer.articles].map(([id, article]) => [id, article.text]));
      const positions = this.#explorer.canvas?.nodePositions();
      const text = exportGraph(target, format, { sentence: sentencesFromTexts(texts), ...(positions ? { positions } : {}) });
      const name = downloadName({ corpus: this.#explorer.corpus, scope: this.scope === 'whole' ? 'whole' : 'shown', ext: spec.ext });
      this.#save(new Blob([text], { type: `${spec.mime};charset=utf-8` }), name);
      this.message = `Saved ${name} (${fileCounts(target)}).`;
    } catch (err) {
      this.message = `${format.toUpperCase()} export failed: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      this.busy = false;
    }
  }
}

/**
 * What a data file holds, counted as the status line counts (drawn nodes and
 * edges), with the article nodes and their `mentions` edges, which the file
 * also holds but the canvas never draws, said apart.
 */
export function fileCounts(graph: KnowledgeGraph): string {
  let articles = 0;
  graph.forEachNode((_id, a) => {
    if (a.kind === 'document') articles += 1;
  });
  let hidden = 0;
  graph.forEachEdge((_id, _a, _s, _t, sa, ta) => {
    if (sa.kind === 'document' || ta.kind === 'document') hidden += 1;
  });
  const drawn = `${plural(graph.order - articles, 'node')}, ${plural(graph.size - hidden, 'edge')}`;
  return articles ? `${drawn}; also ${plural(articles, 'article node')} and ${plural(hidden, 'edge')} to them` : drawn;
}
