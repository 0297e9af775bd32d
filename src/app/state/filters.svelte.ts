// Filter state: which kinds, meeting statuses, articles and places are shown,
// the time range of the meetings shown, and whether unconnected nodes are.
// Sets are replaced, never mutated, so
// $state.raw is enough.
import { MEETING_STATUSES, NODE_KINDS, type KnowledgeGraph, type MeetingStatus, type NodeAttributes, type NodeKind } from '../../core/schema.ts';
import type { FilterSettings } from '../lib/visibility.ts';
import { placeScope } from '../lib/map-places.ts';
import { dateInRange, type TimeRange } from '../lib/timeline-dates.ts';

/** Kinds drawn on the canvas: documents are a filter, not nodes. */
export const DRAWN_KINDS = NODE_KINDS.filter((k): k is Exclude<NodeKind, 'document'> => k !== 'document');

const toggled = <T>(set: ReadonlySet<T>, value: T): Set<T> => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

export class Filters {
  kinds = $state.raw<ReadonlySet<NodeKind>>(new Set(DRAWN_KINDS));
  statuses = $state.raw<ReadonlySet<MeetingStatus>>(new Set(MEETING_STATUSES));
  /** null: every article. */
  articles = $state.raw<ReadonlySet<string> | null>(null);
  /** null: any time (the timeline's brush sets it). */
  timeRange = $state.raw<TimeRange | null>(null);

  /** 'auto' until the user sets it: on when unconnected nodes are many (see hidesUnconnectedByDefault). */
  hideUnconnected = $state<boolean | 'auto'>('auto');
  /** Unconnected nodes a search or selection revealed while the others stay hidden. */
  shownAnyway = $state.raw<ReadonlySet<string>>(new Set());
  /** Places (node keys) picked on the map: only their meetings and what those involve are shown; null: everywhere. */
  places = $state.raw<ReadonlySet<string> | null>(null);

  settings: FilterSettings = $derived({
    kinds: this.kinds,
    statuses: this.statuses,
    articles: this.articles,
    hideUnconnected: this.hideUnconnected,
    shownAnyway: this.shownAnyway,
    places: this.places,
    timeRange: this.timeRange,
  });

  /** How many filter groups differ from "show everything". */
  active = $derived(
    (this.kinds.size < DRAWN_KINDS.length ? 1 : 0) +
      (this.statuses.size < MEETING_STATUSES.length ? 1 : 0) +
      (this.articles !== null ? 1 : 0) +
      (this.places !== null ? 1 : 0) +
      (this.timeRange !== null ? 1 : 0),
  );

  toggleKind(kind: NodeKind): void {
    this.kinds = toggled(this.kinds, kind);
  }

  toggleStatus(status: MeetingStatus): void {
    this.statuses = toggled(this.statuses, status);
  }

  isArticleShown(doc: string): boolean {
    return this.articles === null || this.articles.has(doc);
  }

  toggleArticle(doc: string, allDocs: readonly string[]): void {
    const next = toggled(this.articles ?? new Set(allDocs), doc);
    this.articles = allDocs.every((d) => next.has(d)) ? null : next;
  }

  onlyArticle(doc: string): void {
    this.articles = new Set([doc]);
  }

  allArticles(): void {
    this.articles = null;
  }

  setHideUnconnected(on: boolean): void {
    this.hideUnconnected = on;
    this.shownAnyway = new Set();
  }

  /** Only the meetings in these places (an empty set or null: everywhere). */
  setPlaces(places: Iterable<string> | null): void {
    const next = places ? new Set(places) : null;
    this.places = next && next.size > 0 ? next : null;
  }

  /** Loosens the filters just enough for this node to be shown; `id` keeps it shown if it is unconnected; without `graph` a place filter is dropped. */
  reveal(attrs: NodeAttributes, id?: string, graph?: KnowledgeGraph): void {
    if (this.places && !(graph && id !== undefined && placeScope(graph, this.places).has(id))) this.places = null;
    if (id !== undefined && !this.shownAnyway.has(id)) this.shownAnyway = new Set([...this.shownAnyway, id]);
    if (!this.kinds.has(attrs.kind)) this.kinds = toggled(this.kinds, attrs.kind);
    if (attrs.kind === 'meeting' && attrs.status && !this.statuses.has(attrs.status)) this.statuses = toggled(this.statuses, attrs.status);
    if (this.articles && !attrs.evidence.some((e) => this.articles!.has(e.doc))) this.articles = null;
    if (this.timeRange && attrs.kind === 'meeting' && !dateInRange(attrs.date, this.timeRange)) this.timeRange = null;
  }

  reset(): void {
    this.kinds = new Set(DRAWN_KINDS);
    this.statuses = new Set(MEETING_STATUSES);
    this.articles = null;
    this.places = null;
    this.timeRange = null;
    this.hideUnconnected = 'auto';
    this.shownAnyway = new Set();
  }
}
