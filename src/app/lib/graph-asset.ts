// The graph asset the app loads: the serialized graph plus the articles it was
// built from. Written at build time by scripts/vite-plugin-kg.ts, parsed here.
// Whatever the URL, the graph goes through the importers' checks: its shape
// and ids (fromSerialized), the schema (schemaProblem) and what the canvas can
// draw (checkDrawable), so a wrong graph is an error here, not a page error or
// a canvas that never becomes ready.
import type { SerializedGraph } from 'graphology-types';
import { fromSerialized } from '../../core/io/json.ts';
import { checkDrawable } from '../../core/io/limits.ts';
import { schemaProblem } from '../../core/io/normalize.ts';
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

const MODULE = 'app/graph-asset';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkArticle(value: unknown, i: number): Article {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.text !== 'string') throw new Error(`${MODULE}: articles[${i}] needs a string "id" and "text"`);
  if (value.title !== undefined && typeof value.title !== 'string') throw new Error(`${MODULE}: articles[${i}].title is not a string`);
  if (value.published !== undefined && value.published !== null && typeof value.published !== 'string') throw new Error(`${MODULE}: articles[${i}].published is not a string`);
  return { id: value.id, title: value.title ?? value.id, published: value.published ?? null, text: value.text };
}

/** Checks the asset's shape, its graph and its articles, and builds the graphology graph from it. */
export function parseGraphAsset(json: unknown): LoadedGraph {
  // A graph as `npm run kg -- build … --out g.json` writes it (graphology's JSON): no articles.
  if (isRecord(json) && json.format === undefined && Array.isArray(json.nodes) && Array.isArray(json.edges)) {
    json = { format: ASSET_FORMAT, corpus: 'graph', builtAt: '', graph: json, articles: [] };
  }
  if (!isRecord(json) || json.format !== ASSET_FORMAT) {
    throw new Error(`${MODULE}: not a graph asset (expected format "${ASSET_FORMAT}")`);
  }
  if (!isRecord(json.graph) || !Array.isArray(json.articles)) {
    throw new Error(`${MODULE}: the asset has no graph or no articles`);
  }
  const graph = fromSerialized(json.graph);
  const problem = schemaProblem(graph);
  if (problem) throw new Error(`${MODULE}: the graph does not follow the graph schema: ${problem}`);
  checkDrawable(graph);
  const articles = new Map(json.articles.map((a, i) => checkArticle(a, i)).map((a) => [a.id, a] as const));
  return { corpus: typeof json.corpus === 'string' && json.corpus ? json.corpus : 'corpus', graph, articles };
}
