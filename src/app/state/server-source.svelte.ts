// The explorer on `kg serve`: the graph in the browser is only what the user
// asked for. It starts empty; a search hit adds that node and its neighbours
// (at most PER of each relation, the server counting the rest); expanding a
// node adds its neighbours; "more" asks for the rest of one relation. Each
// change hands the explorer a new graph (the canvas keeps the positions of the
// nodes it had drawn). Details, a node's or an edge's evidence (paged) and the
// timeline's meetings are asked for when shown.
import { MultiDirectedGraph } from 'graphology';
import { MEETING_STATUSES, MEETING_TYPES, NODE_KINDS, RELATIONS, type KnowledgeGraph, type MeetingStatus, type MeetingType, type NodeAttributes, type NodeKind, type Relation } from '../../core/schema.ts';
import type { ApiClient, EdgeEnd, EvidenceItem, NeighbourGroup, NodeBrief, NodeRow, SearchHit, ServerInfo } from '../lib/api-client.ts';
import type { Explorer } from './explorer.svelte.ts';

/** Neighbours asked for per relation at first; "more" asks for up to MAX_PER. */
export const PER = 8;
export const MAX_PER = 100;
export const EVIDENCE_PAGE = 5;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const asKind = (kind: string): NodeKind => ((NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : 'entity');
const edgeKey = (source: string, relation: string, target: string) => `${source}\u0001${relation}\u0001${target}`;

/** A node's attributes as the canvas reads them, from what the server said of it (never its evidence: that is asked for when shown). */
export function attributesOf(brief: NodeBrief): NodeAttributes {
  const attrs: NodeAttributes = { label: brief.label, kind: asKind(brief.kind), aliases: [], evidence: [] };
  if (attrs.kind === 'meeting') {
    if ((MEETING_TYPES as readonly string[]).includes(brief.type ?? '')) attrs.type = brief.type as MeetingType;
    attrs.status = (MEETING_STATUSES as readonly string[]).includes(brief.status ?? '') ? (brief.status as MeetingStatus) : 'held';
    attrs.date = brief.date ?? null;
  }
  return attrs;
}

/** The evidence of the selection (`id`, a node's key or an edge's): the node's own, or with `edge` that edge's, `node` its source; `names` are marked in it. */
export interface EvidenceState { id: string; node: string; edge: EdgeEnd | null; names: readonly string[]; total: number; atLeast: boolean; items: EvidenceItem[]; loading: boolean; problem: string | null }

/** A node's label and aliases, as the server describes it. */
function namesOf(node: NodeRow): string[] {
  const aliases = Array.isArray(node.aliases) ? node.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [node.label, ...aliases];
}

export class ServerSource {
  readonly explorer: Explorer;
  readonly client: ApiClient;
  readonly info: ServerInfo;

  /** What the server found for the search box's text. */
  hits = $state.raw<SearchHit[]>([]);
  searching = $state(false);
  searchProblem = $state<string | null>(null);
  /** What the last request for the graph could not do. */
  problem = $state<string | null>(null);
  busy = $state(false);
  /** The node's neighbour groups as last fetched: what "more" says was held back. */
  groups = $state.raw<ReadonlyMap<string, readonly NeighbourGroup[]>>(new Map());
  /** The selected node as the server describes it. */
  details = $state.raw<NodeRow | null>(null);
  detailsProblem = $state<string | null>(null);
  evidence = $state.raw<EvidenceState | null>(null);
  /** The timeline's range and the meetings the server has in it. */
  range = $state.raw<{ from: string; to: string }>({ from: '', to: '' });
  meetings = $state.raw<NodeBrief[]>([]);
  meetingsProblem = $state<string | null>(null);

  #graph: KnowledgeGraph = new MultiDirectedGraph();
  #searchTurn = 0;
  #detailsTurn = 0;

  constructor(explorer: Explorer, client: ApiClient, info: ServerInfo) {
    this.explorer = explorer;
    this.client = client;
    this.info = info;
    this.range = { from: info.firstMeeting?.slice(0, 4) ?? '', to: info.lastMeeting?.slice(0, 4) ?? '' };
    this.#publish();
  }

  /** Nodes held in the browser. */
  get size(): number {
    return this.#graph.order;
  }

  expanded = $state.raw<ReadonlySet<string>>(new Set());

  async search(q: string): Promise<void> {
    const turn = ++this.#searchTurn;
    if ([...q.trim()].length < 3) {
      this.hits = [];
      this.searchProblem = null;
      return;
    }
    this.searching = true;
    try {
      const hits = await this.client.search(q);
      if (turn !== this.#searchTurn) return;
      this.hits = hits;
      this.searchProblem = null;
    } catch (error) {
      if (turn === this.#searchTurn) this.searchProblem = messageOf(error);
    } finally {
      if (turn === this.#searchTurn) this.searching = false;
    }
  }

  /** A search hit (or a meeting of the timeline) chosen: it and its neighbours are added, and it is selected. */
  async choose(brief: NodeBrief): Promise<void> {
    this.#add(brief);
    await this.expand(brief.key);
    this.explorer.selectNode(brief.key, { centre: true });
  }

  /** Adds the node's neighbours (PER of each relation; of `relation` only, and up to `per`, when given). */
  async expand(key: string, relation?: string, per = PER): Promise<void> {
    this.busy = true;
    try {
      const answer = await this.client.neighbours(key, per, relation);
      const briefs = new Map(answer.nodes.map((n) => [n.key, n]));
      for (const group of answer.edges) {
        for (const other of group.shown) {
          const brief = briefs.get(other.key);
          // Documents are not drawn (their mentions are the evidence); a key the server could not name is left out.
          if (!brief || brief.kind === 'document') continue;
          this.#add(brief);
          const [source, target] = group.direction === 'out' ? [key, other.key] : [other.key, key];
          const k = edgeKey(source, group.relation, target);
          if (!this.#graph.hasEdge(k)) {
            const relation = (RELATIONS as readonly string[]).includes(group.relation) ? (group.relation as Relation) : 'mentions';
            this.#graph.addDirectedEdgeWithKey(k, source, target, { relation, evidence: [] });
          }
        }
      }
      const before = this.groups.get(key) ?? [];
      // A relation asked for alone replaces its own groups only.
      const kept = relation ? before.filter((g) => g.relation !== relation) : [];
      this.groups = new Map([...this.groups, [key, [...kept, ...answer.edges.filter((g) => g.relation !== 'mentions')]]]);
      this.expanded = new Set([...this.expanded, key]);
      this.problem = null;
      this.#publish();
    } catch (error) {
      this.problem = `The neighbours could not be loaded: ${messageOf(error)}`;
    } finally {
      this.busy = false;
    }
  }

  /** The rest of one relation of a node (up to MAX_PER). */
  more(key: string, group: NeighbourGroup): Promise<void> {
    return this.expand(key, group.relation, Math.min(MAX_PER, group.total));
  }

  /** Empties the graph: back to the search. */
  clear(): void {
    this.#graph = new MultiDirectedGraph();
    this.groups = new Map();
    this.expanded = new Set();
    this.explorer.clearSelection();
    this.#publish();
  }

  /** The selected node's facts and first page of evidence (a later selection wins). */
  async describe(key: string | null): Promise<void> {
    const turn = this.#forget();
    if (key === null) return;
    let node: NodeRow;
    try {
      node = await this.client.node(key);
    } catch (error) {
      if (turn === this.#detailsTurn) this.detailsProblem = messageOf(error);
      return;
    }
    if (turn !== this.#detailsTurn) return;
    this.details = node;
    this.evidence = { id: key, node: key, edge: null, names: namesOf(node), total: 0, atLeast: false, items: [], loading: false, problem: null };
    await this.moreEvidence();
  }

  /** The selected edge's first page of evidence, its ends' names marked: their labels at first, their aliases too once the server has described them. */
  async describeEdge(key: string): Promise<void> {
    const turn = this.#forget();
    if (!this.#graph.hasEdge(key)) return;
    const [source, target] = this.#graph.extremities(key);
    const labels = [this.#graph.getNodeAttribute(source, 'label'), this.#graph.getNodeAttribute(target, 'label')];
    this.evidence = { id: key, node: source, edge: { relation: this.#graph.getEdgeAttribute(key, 'relation'), target }, names: labels, total: 0, atLeast: false, items: [], loading: false, problem: null };
    const described = Promise.all([source, target].map((end) => this.client.node(end).then(namesOf, () => [])));
    await Promise.all([
      this.moreEvidence(),
      described.then((names) => {
        if (turn === this.#detailsTurn && this.evidence) this.evidence = { ...this.evidence, names: [...new Set([...labels, ...names.flat()])] };
      }),
    ]);
  }

  /** Drops what was shown of the last selection; an answer for it that comes later is dropped too. */
  #forget(): number {
    this.details = null;
    this.detailsProblem = null;
    this.evidence = null;
    return ++this.#detailsTurn;
  }

  /** The next page of the selection's evidence. */
  async moreEvidence(): Promise<void> {
    const current = this.evidence;
    if (!current || current.loading) return;
    const turn = this.#detailsTurn;
    this.evidence = { ...current, loading: true };
    try {
      const page = await this.client.evidence(current.node, current.items.length, EVIDENCE_PAGE, current.edge);
      if (turn !== this.#detailsTurn) return;
      // The state as it now is (an edge's names may have come meanwhile), with the page added.
      this.evidence = { ...this.evidence!, total: page.total, atLeast: page.atLeast, items: [...current.items, ...page.items], loading: false, problem: null };
    } catch (error) {
      if (turn === this.#detailsTurn) this.evidence = { ...this.evidence!, loading: false, problem: messageOf(error) };
    }
  }

  /** The server's meetings in the range (years, months or days as the API takes them). */
  async loadMeetings(range = this.range): Promise<void> {
    this.range = range;
    if (!range.from || !range.to) return;
    try {
      this.meetings = await this.client.meetings(range.from, range.to);
      this.meetingsProblem = null;
    } catch (error) {
      this.meetingsProblem = messageOf(error);
    }
  }

  #add(brief: NodeBrief): void {
    if (!this.#graph.hasNode(brief.key)) this.#graph.addNode(brief.key, attributesOf(brief));
  }

  /** The explorer draws a copy: a new graph is what tells the canvas to draw again. */
  #publish(): void {
    this.explorer.loaded = { corpus: 'server', graph: this.#graph.copy(), articles: new Map() };
    this.explorer.status = 'ready';
  }
}
