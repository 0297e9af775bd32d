// Build-time graph: read a corpus folder, run the core's buildGraph in Node,
// and serialize the graph with the articles it came from. The app fetches the
// result, so no NLP code reaches the browser.
import path from 'node:path';
import type { Doc, KnowledgeGraph } from '../src/core/schema.ts';
import { readCorpus } from '../src/cli/read-corpus.ts';
import { ASSET_FORMAT, type Article, type GraphAsset } from '../src/app/lib/graph-asset.ts';

/** The corpus's documents, read as the CLI reads them (same ids, same skipped files). */
export async function readDocs(dir: string): Promise<Doc[]> {
  const corpus = await readCorpus(dir, {
    onWarning: (w) => console.warn(`scripts/graph-asset: skipped ${w.id}: ${w.reason}`),
  });
  return corpus.docs;
}

const TITLE_MAX = 120;

/** The first non-empty line, shortened: the title when the graph has no document node to say better. */
export function fallbackTitle(text: string, id: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? id;
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trimEnd()}…`;
}

/** Title and date of each document, from its `document` node when the graph has one. */
export function articlesOf(docs: readonly Doc[], graph: KnowledgeGraph): Article[] {
  const fromGraph = new Map<string, { title?: string; published?: string | null }>();
  graph.forEachNode((_id, attrs) => {
    if (attrs.kind !== 'document') return;
    const doc = attrs.evidence[0]?.doc;
    if (doc) fromGraph.set(doc, { title: attrs.title, published: attrs.published });
  });
  return docs.map((doc) => {
    const node = fromGraph.get(doc.id);
    const title = node?.title?.trim();
    return {
      id: doc.id,
      title: title && title.length <= 200 ? title : fallbackTitle(title || doc.text, doc.id),
      published: node?.published ?? null,
      text: doc.text,
    };
  });
}

export type BuildGraph = (docs: Doc[]) => KnowledgeGraph;

export async function buildGraphAsset(corpusDir: string, buildGraph: BuildGraph): Promise<GraphAsset> {
  const docs = await readDocs(corpusDir);
  const graph = buildGraph(docs);
  return {
    format: ASSET_FORMAT,
    corpus: path.basename(path.resolve(corpusDir)),
    builtAt: new Date().toISOString(),
    graph: graph.export(),
    articles: articlesOf(docs, graph),
  };
}
