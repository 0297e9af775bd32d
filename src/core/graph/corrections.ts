// Corrections a person made to the graph, kept as records and applied again
// to every graph built afterwards. A record names what it corrects by keys
// that survive a rebuild: an entity's key ("person:Marco Rubio") is made from
// its name, but a meeting's ("meeting:8") is its place in the corpus's list of
// events, which changes when articles come or go; a meeting is named by the
// sentences of its evidence instead, and found again as the meeting that
// holds most of them. Edges are named by their ends, relation and role.
//
// A record whose target is not in the graph is reported as such, never
// dropped: it applies again once a rebuild brings the target back.
import { type EdgeAttributes, type Evidence, type KnowledgeGraph, MEETING_STATUSES, type MeetingStatus, NODE_KINDS, type NodeAttributes, type NodeKind, PERSON_KINDS, RELATIONS, type Relation, isPersonKind, moreSenior } from '../schema.ts';

/** A node as a correction names it. */
export interface NodeRef {
  key: string;
  /** Its label when the correction was made: what the panel calls it when it is gone. */
  label: string;
  kind: NodeKind;
  /** A meeting's evidence sentences ("doc@start"), by which it is found again. */
  anchors?: string[];
}

/** An edge as a correction names it. */
export interface EdgeRef {
  key: string;
  relation: string;
  source: NodeRef;
  target: NodeRef;
  role?: string;
}

export type Change =
  | { type: 'merge'; keep: NodeRef; absorb: NodeRef }
  | { type: 'split'; node: NodeRef; alias: string }
  | { type: 'rename'; node: NodeRef; label: string }
  | { type: 'kind'; node: NodeRef; kind: NodeKind }
  | { type: 'roles'; node: NodeRef; roles: string[] }
  | { type: 'date'; node: NodeRef; date: string | null }
  | { type: 'status'; node: NodeRef; status: MeetingStatus }
  | { type: 'venue'; node: NodeRef; venue: NodeRef | null }
  | { type: 'reject-node'; node: NodeRef }
  | { type: 'reject-edge'; edge: EdgeRef }
  | { type: 'add-edge'; source: NodeRef; target: NodeRef; relation: Relation; role?: string };

export type ChangeType = Change['type'];

/** A correction: what, when (ISO time), and the person's note (for a rejection, the reason). */
export type Correction = Change & { id: string; at: string; note: string };

export type OutcomeStatus = 'applied' | 'missing' | 'refused';

export interface Outcome {
  status: OutcomeStatus;
  /** Why it did not apply: the targets not in the graph, or what cannot be done. */
  detail: string;
}

export interface ApplyOptions {
  /** The text of an article, to tell which evidence of a node is the alias split off. */
  textOf?: (doc: string) => string | undefined;
}

/** What marks a node or edge a person corrected (written into every export). */
export const CORRECTED = 'corrected';
export const CORRECTION_NOTE = 'correction_note';
export const CORRECTED_FIELDS = 'corrected_fields';

/** Kinds that can be merged with one another. */
const MERGE_GROUPS: readonly (readonly NodeKind[])[] = [PERSON_KINDS, ['venue', 'country'], ['organization'], ['meeting']];
export const canMerge = (a: NodeKind, b: NodeKind): boolean => MERGE_GROUPS.some((g) => g.includes(a) && g.includes(b));
/** Kinds a node can be changed to (meetings and articles stay what they are). */
export const CORRECTABLE_KINDS: readonly NodeKind[] = NODE_KINDS.filter((k) => k !== 'meeting' && k !== 'document');

const anchorOf = (e: Evidence): string => `${e.doc}@${e.start}`;
const evidenceId = (e: Evidence): string => `${e.doc}@${e.start}-${e.end}${e.mention ? `:${e.mention[0]}-${e.mention[1]}` : ''}`;

/** How a correction names node `key` of `graph`. */
export function nodeRef(graph: KnowledgeGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  const ref: NodeRef = { key, label: a.label, kind: a.kind };
  if (a.kind === 'meeting') ref.anchors = [...new Set((a.evidence ?? []).map(anchorOf))];
  return ref;
}

/** How a correction names edge `key` of `graph`. */
export function edgeRef(graph: KnowledgeGraph, key: string): EdgeRef {
  const a = graph.getEdgeAttributes(key);
  const ref: EdgeRef = { key, relation: a.relation, source: nodeRef(graph, graph.source(key)), target: nodeRef(graph, graph.target(key)) };
  if (a.role) ref.role = a.role;
  return ref;
}

/** The meetings of a graph by the sentences of their evidence, and how many distinct sentences each has. */
interface MeetingIndex {
  bySentence: Map<string, string[]>;
  sentences: Map<string, number>;
}

function meetingIndex(graph: KnowledgeGraph): MeetingIndex {
  const index: MeetingIndex = { bySentence: new Map(), sentences: new Map() };
  graph.forEachNode((key, a) => {
    if (a.kind !== 'meeting') return;
    const own = new Set((a.evidence ?? []).map(anchorOf));
    index.sentences.set(key, own.size);
    for (const s of own) {
      const list = index.bySentence.get(s);
      if (list) list.push(key);
      else index.bySentence.set(s, [key]);
    }
  });
  return index;
}

/** The node a reference names in a graph none of the corrections has touched yet, or null. */
function resolveInBuilt(graph: KnowledgeGraph, ref: NodeRef, meetings: () => MeetingIndex): string | null {
  if (ref.kind !== 'meeting' || !ref.anchors?.length) return graph.hasNode(ref.key) ? ref.key : null;
  // The meeting holding most of the recorded sentences; between equals, the one of fewest others (two meetings told in one sentence share it).
  const wanted = new Set(ref.anchors);
  const { bySentence, sentences } = meetings();
  const shared = new Map<string, number>();
  for (const s of wanted) for (const key of bySentence.get(s) ?? []) shared.set(key, (shared.get(key) ?? 0) + 1);
  let best: string | null = null;
  let bestShared = 0;
  let bestShare = 0;
  for (const [key, n] of shared) {
    const share = n / (sentences.get(key)! + wanted.size - n);
    if (n > bestShared || (n === bestShared && (share > bestShare || (share === bestShare && key === ref.key)))) {
      best = key;
      bestShared = n;
      bestShare = share;
    }
  }
  return best;
}

/** The node references of a change, in order. */
function nodeRefsOf(c: Change): NodeRef[] {
  switch (c.type) {
    case 'merge':
      return [c.keep, c.absorb];
    case 'venue':
      return c.venue ? [c.node, c.venue] : [c.node];
    case 'reject-edge':
      return [c.edge.source, c.edge.target];
    case 'add-edge':
      return [c.source, c.target];
    default:
      return [c.node];
  }
}

const uniqueSorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();

function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set(a.map(evidenceId));
  return [...a, ...b.filter((e) => !seen.has(evidenceId(e)) && seen.add(evidenceId(e)))];
}

function unionRoles(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((r) => r.toLowerCase()));
  return [...a, ...b.filter((r) => !seen.has(r.toLowerCase()) && seen.add(r.toLowerCase()))];
}

/** Marks what a person set: `corrected`, which fields, and the notes. */
function markAttributes(attrs: Record<string, unknown>, field: string, note: string): void {
  attrs[CORRECTED] = true;
  const fields = Array.isArray(attrs[CORRECTED_FIELDS]) ? (attrs[CORRECTED_FIELDS] as string[]) : [];
  attrs[CORRECTED_FIELDS] = uniqueSorted([...fields, field]);
  const text = note.trim();
  if (!text) return;
  const old = typeof attrs[CORRECTION_NOTE] === 'string' ? (attrs[CORRECTION_NOTE] as string) : '';
  if (!old.split(' | ').includes(text)) attrs[CORRECTION_NOTE] = old ? `${old} | ${text}` : text;
}

const markNode = (graph: KnowledgeGraph, key: string, field: string, note: string) =>
  graph.updateNodeAttributes(key, (a) => {
    const copy = { ...a } as Record<string, unknown>;
    markAttributes(copy, field, note);
    return copy as unknown as NodeAttributes;
  });

const markEdge = (graph: KnowledgeGraph, key: string, field: string, note: string) =>
  graph.updateEdgeAttributes(key, (a) => {
    const copy = { ...a } as Record<string, unknown>;
    markAttributes(copy, field, note);
    return copy as unknown as EdgeAttributes;
  });

/** An edge from `source` to `target` like `attrs` (relation, role, meeting), other than `except`. */
function twinEdge(graph: KnowledgeGraph, source: string, target: string, attrs: EdgeAttributes, except?: string): string | undefined {
  return graph.findOutEdge(source, (key, a, _s, t) => key !== except && t === target && a.relation === attrs.relation && a.role === attrs.role && a.meeting === attrs.meeting);
}

/** Adds an edge with the key it had, or unites its evidence with a twin already there. */
function placeEdge(graph: KnowledgeGraph, key: string, source: string, target: string, attrs: EdgeAttributes): void {
  if (source === target) return; // the two merged ends were linked to each other: nothing left to link
  const twin = twinEdge(graph, source, target, attrs);
  if (twin !== undefined) {
    graph.updateEdgeAttributes(twin, (a) => ({ ...a, evidence: unionEvidence(a.evidence ?? [], attrs.evidence ?? []) }));
    return;
  }
  graph.addDirectedEdgeWithKey(graph.hasEdge(key) ? `${key}+` : key, source, target, attrs);
}

/** The edge a reference names between the current ends, or null. */
function findEdge(graph: KnowledgeGraph, ref: EdgeRef, source: string, target: string): string | null {
  const fits = (key: string) => {
    const a = graph.getEdgeAttributes(key);
    return graph.source(key) === source && graph.target(key) === target && a.relation === ref.relation && (ref.role === undefined || a.role === ref.role);
  };
  if (graph.hasEdge(ref.key) && fits(ref.key)) return ref.key;
  return graph.findOutEdge(source, (key) => fits(key)) ?? null;
}

/**
 * Applies the corrections in order to `graph` (changed in place): each finds
 * its targets as the graph stands after the ones before it (a node merged
 * away is found as the node it was merged into). Returns what became of each
 * record, by id; none throws.
 */
export function applyCorrections(graph: KnowledgeGraph, corrections: readonly Correction[], options: ApplyOptions = {}): Map<string, Outcome> {
  const corrector = new Corrector(graph, options);
  // Every target found while `graph` is still as built: the first correction changes it.
  for (const c of corrections) corrector.find(c);
  const mergedInto = new Map<string, string>();
  const outcomes = new Map<string, Outcome>();
  for (const c of corrections) outcomes.set(c.id, corrector.apply(graph, mergedInto, c));
  return outcomes;
}

/**
 * Corrections applied one at a time: each on the graph the ones before it
 * left, its targets found in the graph as built (`built`, which must not
 * change after they are found). Applying a list one record after another
 * gives the graph applyCorrections gives with the whole list.
 */
export class Corrector {
  readonly #built: KnowledgeGraph;
  readonly #options: ApplyOptions;
  /** Each reference's node in the graph as built. */
  readonly #found = new Map<string, string | null>();
  #index: MeetingIndex | null = null;

  constructor(built: KnowledgeGraph, options: ApplyOptions = {}) {
    this.#built = built;
    this.#options = options;
  }

  /** Finds the targets of `c` in the graph as built (done by apply() when not done before). */
  find(c: Change): void {
    for (const ref of nodeRefsOf(c)) if (!ref.key.startsWith('split:')) this.#builtKey(ref);
  }

  // Targets are found in the graph as built, then followed through merges: a
  // meeting that absorbed another holds its sentences too, which must not make it the other.
  #builtKey(ref: NodeRef): string | null {
    const id = ref.kind === 'meeting' ? `m|${ref.key}|${(ref.anchors ?? []).join('|')}` : `k|${ref.key}`;
    if (!this.#found.has(id)) this.#found.set(id, resolveInBuilt(this.#built, ref, () => (this.#index ??= meetingIndex(this.#built))));
    return this.#found.get(id)!;
  }

  /** Applies `c` to `graph` (changed in place), the result of the corrections before it; `mergedInto`, what their merges absorbed into what, grows with it. Never throws. */
  apply(graph: KnowledgeGraph, mergedInto: Map<string, string>, c: Correction): Outcome {
    const current = (ref: NodeRef): string | null => {
      let key = ref.key.startsWith('split:') ? (graph.hasNode(ref.key) ? ref.key : null) : this.#builtKey(ref);
      for (let hops = 0; key !== null && mergedInto.has(key) && hops < 1000; hops++) key = mergedInto.get(key)!;
      return key !== null && graph.hasNode(key) ? key : null;
    };
    try {
      const refs = nodeRefsOf(c);
      const keys = refs.map(current);
      const missing = refs.filter((_r, i) => keys[i] === null).map((r) => `“${r.label}”`);
      if (missing.length) return { status: 'missing', detail: `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} no longer in the graph` };
      const refused = applyOne(graph, c, keys as string[], mergedInto, this.#options);
      return refused ? { status: refused.startsWith('missing:') ? 'missing' : 'refused', detail: refused.replace(/^missing:/, '') } : { status: 'applied', detail: '' };
    } catch (error) {
      return { status: 'refused', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** One correction on resolved keys; a reason when it cannot be done ("missing:" when its edge is gone). */
function applyOne(graph: KnowledgeGraph, c: Correction, keys: string[], mergedInto: Map<string, string>, options: ApplyOptions): string | null {
  const node = keys[0]!;
  const attrs = () => graph.getNodeAttributes(node);
  switch (c.type) {
    case 'merge': {
      const [keep, absorb] = keys as [string, string];
      if (keep === absorb) return null; // the rebuilt graph has them as one already
      const a = graph.getNodeAttributes(keep);
      const b = graph.getNodeAttributes(absorb);
      if (!canMerge(a.kind, b.kind)) return `a ${a.kind} cannot be merged with a ${b.kind}`;
      const merged: NodeAttributes = {
        ...b,
        ...a,
        aliases: uniqueSorted([...(a.aliases ?? []), ...(b.aliases ?? []), ...(b.label !== a.label ? [b.label] : [])]),
        evidence: unionEvidence(a.evidence ?? [], b.evidence ?? []),
      };
      if (a.roles || b.roles) merged.roles = unionRoles(a.roles ?? [], b.roles ?? []);
      if (isPersonKind(a.kind) && isPersonKind(b.kind)) merged.kind = moreSenior(a.kind, b.kind);
      merged.country = a.country ?? b.country;
      if (a.kind === 'meeting') merged.date = a.date ?? b.date ?? null;
      const moving: [string, string, string, EdgeAttributes][] = [];
      graph.forEachEdge(absorb, (key, e, s, t) => moving.push([key, s === absorb ? keep : s, t === absorb ? keep : t, e]));
      graph.dropNode(absorb);
      graph.replaceNodeAttributes(keep, merged);
      for (const [key, s, t, e] of moving) placeEdge(graph, key, s, t, e);
      if (b.kind === 'meeting') {
        graph.forEachEdge((key, e) => {
          if (e.meeting === absorb) graph.setEdgeAttribute(key, 'meeting', keep);
        });
      }
      mergedInto.set(absorb, keep);
      markNode(graph, keep, 'merged', c.note);
      return null;
    }
    case 'split': {
      const a = attrs();
      if (!(a.aliases ?? []).includes(c.alias) || c.alias === a.label) return `“${a.label}” has no other name “${c.alias}”`;
      const textOf = options.textOf;
      const said = (e: Evidence) => {
        const text = e.mention ? textOf?.(e.doc) : undefined;
        return text !== undefined && e.mention ? text.slice(e.mention[0], e.mention[1]) === c.alias : false;
      };
      const moved = (a.evidence ?? []).filter(said);
      const kept = (a.evidence ?? []).filter((e) => !said(e));
      const sentence = (e: Evidence) => `${e.doc}@${e.start}-${e.end}`;
      const movedSentences = new Set(moved.map(sentence));
      const keptSentences = new Set(kept.map(sentence));
      const key = `split:${c.id}`;
      const fresh: NodeAttributes = { label: c.alias, kind: a.kind, aliases: [c.alias], evidence: moved, country: a.country ?? null };
      if (isPersonKind(a.kind)) fresh.roles = [];
      graph.addNode(key, fresh);
      graph.replaceNodeAttributes(node, { ...a, aliases: (a.aliases ?? []).filter((x) => x !== c.alias), evidence: kept });
      // An edge goes with the alias when every sentence it rests on names the alias and not the node's other names.
      const leaving: [string, string, string, EdgeAttributes][] = [];
      graph.forEachEdge(node, (k, e, s, t) => {
        const ev = e.evidence ?? [];
        if (ev.length > 0 && ev.every((x) => movedSentences.has(sentence(x)) && !keptSentences.has(sentence(x)))) leaving.push([k, s === node ? key : s, t === node ? key : t, e]);
      });
      for (const [k, s, t, e] of leaving) {
        graph.dropEdge(k);
        placeEdge(graph, k, s, t, e);
      }
      markNode(graph, node, 'aliases', c.note);
      markNode(graph, key, 'split', c.note);
      return null;
    }
    case 'rename': {
      const a = attrs();
      const label = c.label.trim();
      if (!label) return 'the new name is empty';
      graph.mergeNodeAttributes(node, { label, aliases: uniqueSorted([...(a.aliases ?? []), ...(a.kind === 'meeting' ? [] : [a.label])]) });
      markNode(graph, node, 'label', c.note);
      return null;
    }
    case 'kind': {
      const a = attrs();
      if (!CORRECTABLE_KINDS.includes(a.kind) || !CORRECTABLE_KINDS.includes(c.kind)) return `a ${a.kind} cannot become a ${c.kind}`;
      graph.mergeNodeAttributes(node, isPersonKind(c.kind) ? { kind: c.kind, roles: a.roles ?? [] } : { kind: c.kind });
      markNode(graph, node, 'kind', c.note);
      return null;
    }
    case 'roles':
      if (!isPersonKind(attrs().kind)) return `a ${attrs().kind} has no roles`;
      graph.setNodeAttribute(node, 'roles', [...c.roles]);
      markNode(graph, node, 'roles', c.note);
      return null;
    case 'date':
    case 'status':
    case 'venue': {
      if (attrs().kind !== 'meeting') return `only a meeting has a ${c.type}`;
      if (c.type === 'date') graph.setNodeAttribute(node, 'date', c.date);
      else if (c.type === 'status') graph.setNodeAttribute(node, 'status', c.status);
      else {
        for (const e of graph.outEdges(node)) if (graph.getEdgeAttribute(e, 'relation') === 'held_at') graph.dropEdge(e);
        if (keys[1] && keys[1] !== node) {
          graph.addDirectedEdgeWithKey(`corrected:${c.id}`, node, keys[1], { relation: 'held_at', evidence: [] });
          markEdge(graph, `corrected:${c.id}`, 'added', c.note);
        }
      }
      markNode(graph, node, c.type, c.note);
      return null;
    }
    case 'reject-node':
      if (attrs().kind === 'document') return 'an article is hidden or removed in Your articles, not rejected';
      graph.dropNode(node);
      return null;
    case 'reject-edge': {
      const edge = findEdge(graph, c.edge, keys[0]!, keys[1]!);
      if (edge === null) return `missing:the connection ${c.edge.source.label} → ${c.edge.target.label} is no longer in the graph`;
      graph.dropEdge(edge);
      return null;
    }
    case 'add-edge': {
      const [source, target] = keys as [string, string];
      if (source === target) return 'a node cannot be linked to itself';
      const key = `corrected:${c.id}`;
      graph.addDirectedEdgeWithKey(key, source, target, { relation: c.relation, evidence: [], ...(c.role ? { role: c.role } : {}) });
      markEdge(graph, key, 'added', c.note);
      return null;
    }
  }
}

const quote = (s: string) => `“${s}”`;

/** What a correction did, in words. */
export function describeCorrection(c: Change): string {
  switch (c.type) {
    case 'merge':
      return `Merged ${quote(c.absorb.label)} into ${quote(c.keep.label)}`;
    case 'split':
      return `Split ${quote(c.alias)} off ${quote(c.node.label)}`;
    case 'rename':
      return `Renamed ${quote(c.node.label)} to ${quote(c.label)}`;
    case 'kind':
      return `${quote(c.node.label)} is a ${c.kind}`;
    case 'roles':
      return `Roles of ${quote(c.node.label)}: ${c.roles.length ? c.roles.join(', ') : 'none'}`;
    case 'date':
      return `Date of ${quote(c.node.label)}: ${c.date ?? 'not given'}`;
    case 'status':
      return `Status of ${quote(c.node.label)}: ${c.status}`;
    case 'venue':
      return `Venue of ${quote(c.node.label)}: ${c.venue ? quote(c.venue.label) : 'none'}`;
    case 'reject-node':
      return `Rejected ${quote(c.node.label)}`;
    case 'reject-edge':
      return `Rejected ${c.edge.source.label} → ${c.edge.target.label} (${c.edge.relation.replace('_', ' ')})`;
    case 'add-edge':
      return `Added ${c.source.label} → ${c.target.label} (${c.relation.replace('_', ' ')}${c.role ? `, ${c.role}` : ''})`;
  }
}

// ---- Records from storage or a file: checked field by field.

const MODULE = 'core/corrections';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = (v: unknown): v is NodeKind => typeof v === 'string' && (NODE_KINDS as readonly string[]).includes(v);
const text = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;

function fail(where: string, problem: string): never {
  throw new Error(`${MODULE}: ${where} ${problem}`);
}

function checkNodeRef(v: unknown, where: string): NodeRef {
  if (!isRecord(v) || !text(v.key, 1000) || v.key === '' || !text(v.label) || !isKind(v.kind)) fail(where, 'should name a node (key, label, kind)');
  const ref: NodeRef = { key: v.key, label: v.label, kind: v.kind };
  if (v.anchors !== undefined) {
    if (!Array.isArray(v.anchors) || v.anchors.length > 10_000 || !v.anchors.every((a) => text(a, 1000))) fail(where, 'has anchors that are not a list of strings');
    ref.anchors = v.anchors as string[];
  }
  return ref;
}

function checkChange(v: Record<string, unknown>, where: string): Change {
  const node = () => checkNodeRef(v.node, `${where}.node`);
  switch (v.type) {
    case 'merge':
      return { type: 'merge', keep: checkNodeRef(v.keep, `${where}.keep`), absorb: checkNodeRef(v.absorb, `${where}.absorb`) };
    case 'split':
      if (!text(v.alias) || !v.alias) fail(where, 'should name the alias split off');
      return { type: 'split', node: node(), alias: v.alias };
    case 'rename':
      if (!text(v.label) || !v.label.trim()) fail(where, 'should give the new name');
      return { type: 'rename', node: node(), label: v.label };
    case 'kind':
      if (!isKind(v.kind)) fail(where, 'should give a kind');
      return { type: 'kind', node: node(), kind: v.kind };
    case 'roles':
      if (!Array.isArray(v.roles) || v.roles.length > 200 || !v.roles.every((r) => text(r))) fail(where, 'should give the roles as a list of strings');
      return { type: 'roles', node: node(), roles: v.roles as string[] };
    case 'date':
      if (v.date !== null && !text(v.date, 100)) fail(where, 'should give a date or null');
      return { type: 'date', node: node(), date: v.date as string | null };
    case 'status':
      if (!(MEETING_STATUSES as readonly unknown[]).includes(v.status)) fail(where, `should give a status (${MEETING_STATUSES.join(', ')})`);
      return { type: 'status', node: node(), status: v.status as MeetingStatus };
    case 'venue':
      return { type: 'venue', node: node(), venue: v.venue === null ? null : checkNodeRef(v.venue, `${where}.venue`) };
    case 'reject-node':
      return { type: 'reject-node', node: node() };
    case 'reject-edge': {
      const e = v.edge;
      if (!isRecord(e) || !text(e.key, 1000) || !text(e.relation, 200) || (e.role !== undefined && !text(e.role))) fail(where, 'should name an edge');
      const edge: EdgeRef = { key: e.key, relation: e.relation, source: checkNodeRef(e.source, `${where}.edge.source`), target: checkNodeRef(e.target, `${where}.edge.target`) };
      if (typeof e.role === 'string') edge.role = e.role;
      return { type: 'reject-edge', edge };
    }
    case 'add-edge':
      if (!(RELATIONS as readonly unknown[]).includes(v.relation)) fail(where, 'should give a relation');
      if (v.role !== undefined && !text(v.role)) fail(where, 'has a role that is not a string');
      return { type: 'add-edge', source: checkNodeRef(v.source, `${where}.source`), target: checkNodeRef(v.target, `${where}.target`), relation: v.relation as Relation, ...(typeof v.role === 'string' ? { role: v.role } : {}) };
    default:
      fail(where, `has the type ${JSON.stringify(v.type)}, which is no correction this app makes`);
  }
}

/** A correction from untrusted data (storage, a workspace file), or an error saying which field is wrong. */
export function checkCorrection(value: unknown, where = 'the correction'): Correction {
  if (!isRecord(value)) fail(where, 'is not an object');
  if (!text(value.id, 200) || value.id === '') fail(where, 'has no id');
  if (!text(value.at, 100) || Number.isNaN(Date.parse(value.at))) fail(where, 'has no time (at)');
  if (!text(value.note)) fail(where, 'has a note that is not a string');
  return { ...checkChange(value, where), id: value.id, at: value.at, note: value.note };
}
