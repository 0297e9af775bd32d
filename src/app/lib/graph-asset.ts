// The graph asset the app loads: the serialized graph plus the articles it was
// built from. Written at build time by scripts/vite-plugin-kg.ts, parsed here.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../core/schema.ts';

export const ASSET_FORMAT = 'news-kg-explorer/graph@1';

export interface Article {
  /** The document id: its file name relative to the corpus folder. */
  id: string;
  title: string;
  published: string | null;
  text: string;
}

export interface GraphAsset {
  format: typeof ASSET_FORMAT;
  /** The corpus folder's name, used in download names. */
  corpus: string;
  builtAt: string;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  articles: Article[];
}

export interface LoadedGraph {
  corpus: string;
  graph: KnowledgeGraph;
  articles: ReadonlyMap<string, Article>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks the asset's shape and builds the graphology graph from it. */
export function parseGraphAsset(json: unknown): LoadedGraph {
  // A graph as `npm run kg -- build … --out g.json` writes it (graphology's JSON): no articles.
  if (isRecord(json) && json.format === undefined && Array.isArray(json.nodes) && Array.isArray(json.edges)) {
    json = { format: ASSET_FORMAT, corpus: 'graph', builtAt: '', graph: json, articles: [] };
  }
  if (!isRecord(json) || json.format !== ASSET_FORMAT) {
    throw new Error(`app/graph-asset: not a graph asset (expected format "${ASSET_FORMAT}")`);
  }
  if (!isRecord(json.graph) || !Array.isArray(json.articles)) {
    throw new Error('app/graph-asset: the asset has no graph or no articles');
  }
  const asset = json as unknown as GraphAsset;
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.import(asset.graph);
  const articles = new Map(asset.articles.map((a) => [a.id, a] as const));
  return { corpus: String(asset.corpus || 'corpus'), graph, articles };
}
