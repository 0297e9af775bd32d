// How many nodes of each kind, and meetings of each status, a graph holds: the
// filter lists' counts (the sidebar's, and the server mode's over what is loaded).
import type { KnowledgeGraph } from '../../core/schema.ts';

export interface KindCounts {
  byKind: Map<string, number>;
  byStatus: Map<string, number>;
}

export function kindCounts(graph: KnowledgeGraph | null | undefined): KindCounts {
  const byKind = new Map<string, number>();
  const byStatus = new Map<string, number>();
  graph?.forEachNode((_id, a) => {
    byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
    if (a.kind === 'meeting' && a.status) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  });
  return { byKind, byStatus };
}
