// The sentences a graph's evidence points at, read again from the articles
// for `evidence_text` in the exports: `build` keeps no text while it extracts
// (stream-build.ts), and `convert --docs` has only the folder. One article at
// a time, keeping only the spans the graph needs.
import { type ExportOptions, sentencesFromSpans, spanKey } from '../core/io/index.ts';
import type { Evidence, KnowledgeGraph } from '../core/schema.ts';
import { type ArticleFile, listCorpus, readArticle } from './read-corpus.ts';

function isEvidence(value: unknown): value is Evidence {
  const e = value as Partial<Evidence> | null;
  return typeof e === 'object' && e !== null && typeof e.doc === 'string' && Number.isInteger(e.start) && Number.isInteger(e.end);
}

/** The evidence spans of every node and edge, by article. */
function spansByArticle(graph: KnowledgeGraph): Map<string, Evidence[]> {
  const spans = new Map<string, Evidence[]>();
  const add = (attributes: { evidence?: unknown }) => {
    if (!Array.isArray(attributes.evidence)) return;
    for (const e of attributes.evidence) {
      if (!isEvidence(e)) continue;
      const list = spans.get(e.doc);
      if (list) list.push(e);
      else spans.set(e.doc, [e]);
    }
  };
  graph.forEachNode((_key, attributes) => add(attributes));
  graph.forEachEdge((_key, attributes) => add(attributes));
  return spans;
}

/** A sentence lookup over the articles of `files` the graph cites, and how many cited articles were not found. */
export async function sentencesOfArticles(graph: KnowledgeGraph, files: readonly ArticleFile[]): Promise<{ sentence: NonNullable<ExportOptions['sentence']>; missing: number }> {
  const wanted = spansByArticle(graph);
  const sentences = new Map<string, string>();
  let found = 0;
  for (const file of files) {
    const spans = wanted.get(file.id);
    if (!spans) continue;
    const article = await readArticle(file);
    if (!('doc' in article)) continue;
    found++;
    const { text } = article.doc;
    for (const e of spans) if (e.end <= text.length && e.start < e.end) sentences.set(spanKey(e), text.slice(e.start, e.end));
  }
  return { sentence: sentencesFromSpans(sentences), missing: wanted.size - found };
}

/** `sentencesOfArticles` over a folder, listed as `build` lists it. */
export async function sentencesOfFolder(graph: KnowledgeGraph, folder: string): Promise<{ sentence: NonNullable<ExportOptions['sentence']>; missing: number }> {
  return sentencesOfArticles(graph, await listCorpus(folder));
}
