// The stored graph, as `kg build` makes it: the stored extractions, in the
// order `kg build` reads the files (ids as JavaScript sorts them), one of
// each set of copies (the first id), merged by the same code. The entity and
// edge tables serve queries; the export is rebuilt from the extractions so
// that cross-article merging (entity facts, events) is exactly the build's.
import { type DocumentExtraction, graphOfExtractions } from '../core/index.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { KnowledgeGraph } from '../core/schema.ts';
import { decodeExtraction } from './extraction-codec.ts';
import type { Store } from './store.ts';

const PAGE = 500;
const before = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function storedGraph(store: Store, knowledge: Knowledge): Promise<{ graph: KnowledgeGraph; documents: number }> {
  const articles = await store.query<{ id: string; same_text_hash: string }>('SELECT id, same_text_hash FROM articles JOIN extractions ON article_id = id');
  articles.sort((a, b) => before(a.id, b.id));
  const firstOfText = new Map<string, string>();
  for (const a of articles) if (!firstOfText.has(a.same_text_hash)) firstOfText.set(a.same_text_hash, a.id);
  const ids = [...firstOfText.values()].sort(before);
  if (ids.length === 0) return { graph: graphOfExtractions([], knowledge), documents: 0 };
  const extractions: DocumentExtraction[] = [];
  // In pages, so the driver does not hold every extraction's bytes at once as well as the decoded ones.
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE);
    const rows = await store.query<{ article_id: string; data: Uint8Array }>('SELECT article_id, data FROM extractions WHERE article_id = ANY ($1::text[])', [page]);
    const byId = new Map(rows.map((r) => [r.article_id, r.data]));
    for (const id of page) extractions.push(decodeExtraction(byId.get(id)!));
  }
  return { graph: graphOfExtractions(extractions, knowledge), documents: extractions.length };
}
