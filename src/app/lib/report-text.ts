// What the report PNG says besides the picture: the legend's entries (only
// what the image shows), a title naming the corpus and the filters in words,
// and a source line naming the articles the shown elements cite.
import { MEETING_STATUSES, NODE_KINDS, RELATIONS, type KnowledgeGraph, type MeetingStatus, type NodeKind, type Relation } from '../../core/schema.ts';
import type { Article } from './graph-asset.ts';
import type { FilterSettings } from './visibility.ts';
import type { LegendEntry } from '../../view/report-band.ts';
import { KIND_STYLES, RELATION_STYLES, STATUS_STYLES } from '../../view/style.ts';
import { formatDate, plural } from './format.ts';

export interface Shown {
  nodes: Iterable<string>;
  edges: Iterable<string>;
}

const DRAWN = NODE_KINDS.filter((k) => k !== 'document');

/** Legend entries for the kinds, meeting statuses and relations among these elements, in the sidebar's order. */
export function legendOf(graph: KnowledgeGraph, shown: Shown): LegendEntry[] {
  const kinds = new Set<NodeKind>();
  const statuses = new Set<MeetingStatus | null>();
  const relations = new Set<Relation>();
  for (const id of shown.nodes) {
    if (!graph.hasNode(id)) continue;
    const a = graph.getNodeAttributes(id);
    kinds.add(a.kind);
    if (a.kind === 'meeting') statuses.add(a.status ?? null);
  }
  for (const id of shown.edges) if (graph.hasEdge(id)) relations.add(graph.getEdgeAttribute(id, 'relation'));
  const entries: LegendEntry[] = [];
  for (const kind of DRAWN) {
    if (!kinds.has(kind)) continue;
    if (kind !== 'meeting') entries.push({ kind, label: KIND_STYLES[kind].label });
    else {
      // A meeting's mark shows its status: one entry for each status shown.
      for (const status of MEETING_STATUSES) if (statuses.has(status)) entries.push({ kind, status, label: `${STATUS_STYLES[status].label} meetings` });
      if (statuses.has(null)) entries.push({ kind, label: KIND_STYLES.meeting.label });
    }
  }
  for (const relation of RELATIONS) if (relations.has(relation)) entries.push({ relation, label: RELATION_STYLES[relation].label });
  return entries;
}

const listed = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** Kinds left out that the title names as "all but …" rather than listing the rest. */
const ALL_BUT_AT_MOST = 2;

/** "seeds — held meetings; leaders, officials, venues": the corpus, then what the filters keep, in words. */
export function reportTitle(corpus: string, f: FilterSettings, articleCount: number, hiddenUnconnected: number): string {
  const parts: string[] = [];
  const kinds = DRAWN.filter((k) => f.kinds.has(k));
  const someStatuses = f.kinds.has('meeting') && MEETING_STATUSES.some((s) => !f.statuses.has(s));
  if (someStatuses) {
    const statuses = MEETING_STATUSES.filter((s) => f.statuses.has(s)).map((s) => STATUS_STYLES[s].label.toLowerCase());
    parts.push(statuses.length ? `${listed(statuses)} meetings` : 'no meetings');
  }
  const hiddenKinds = DRAWN.filter((k) => !f.kinds.has(k));
  const name = (k: NodeKind) => KIND_STYLES[k].label.toLowerCase();
  // One or two kinds off read shorter as what is left out.
  if (hiddenKinds.length > 0 && hiddenKinds.length <= ALL_BUT_AT_MOST && kinds.length > hiddenKinds.length) parts.push(`all but ${listed(hiddenKinds.map(name))}`);
  else if (hiddenKinds.length > 0) {
    const others = kinds.filter((k) => !(someStatuses && k === 'meeting')).map(name);
    parts.push(others.length ? others.join(', ') : someStatuses ? '' : 'no kinds');
  }
  if (f.timeRange) parts.push(`meetings of ${formatDate(f.timeRange.from)} – ${formatDate(f.timeRange.to)}`);
  if (f.articles) parts.push(`${f.articles.size} of ${plural(articleCount, 'article')}`);
  if (hiddenUnconnected > 0) parts.push('unconnected nodes hidden');
  const said = parts.filter(Boolean);
  return `${corpus || 'Knowledge graph'} — ${said.length ? said.join('; ') : 'everything'}`;
}

/** Articles shown by title up to this many; beyond, counted. */
export const TITLED_SOURCES = 3;

/**
 * "Source: 2 articles: “A” (16 Jul 2018); “B”. Exported 1 Dec 2026." The
 * articles are those the shown elements' evidence cites (and the filters let
 * through).
 */
export function reportSource(graph: KnowledgeGraph, shown: Shown, articles: ReadonlyMap<string, Article>, f: Pick<FilterSettings, 'articles'>, exported: Date): string {
  const cited = new Set<string>();
  const cite = (evidence: readonly { doc: string }[]) => {
    for (const e of evidence) if (!f.articles || f.articles.has(e.doc)) cited.add(e.doc);
  };
  for (const id of shown.nodes) if (graph.hasNode(id)) cite(graph.getNodeAttribute(id, 'evidence'));
  for (const id of shown.edges) if (graph.hasEdge(id)) cite(graph.getEdgeAttribute(id, 'evidence'));
  const docs = [...cited].map((id) => articles.get(id) ?? { id, title: id, published: null });
  docs.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.title.localeCompare(b.title));
  const when = `Exported ${formatDate(exported.toISOString().slice(0, 10))}.`;
  if (!docs.length) return `Source: no article. ${when}`;
  const count = plural(docs.length, 'article');
  if (docs.length <= TITLED_SOURCES) {
    const titles = docs.map((d) => `“${d.title}”${d.published ? ` (${formatDate(d.published)})` : ''}`).join('; ');
    return `Source: ${count}: ${titles}. ${when}`;
  }
  const dates = docs.map((d) => d.published).filter((d): d is string => !!d).sort();
  const span = dates.length ? ` published ${formatDate(dates[0])}${dates.length > 1 && dates.at(-1) !== dates[0] ? ` – ${formatDate(dates.at(-1))}` : ''}` : '';
  return `Source: ${count}${span}. ${when}`;
}
