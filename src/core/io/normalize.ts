// Maps a graph from another tool onto the schema, so the app can draw it and
// show what it carries: each node gets a label (label, name, yEd's label…), a
// kind the app knows (its own kind mapped by synonyms, else `entity`), aliases
// and evidence when valid; each edge a relation (ours by synonym, else the
// file's own word). Every other attribute is kept as it was. Values in schema
// slots that do not fit the schema move to "<name> (imported)" instead of
// being dropped.
import { MultiDirectedGraph } from 'graphology';
import {
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type KnowledgeGraph,
  MEETING_STATUSES,
  MEETING_TYPES,
  NODE_KINDS,
  type NodeAttributes,
  type NodeKind,
  RELATIONS,
  type Relation,
} from '../schema.ts';
import { type AttributeRecord, OMITTED_ATTRIBUTE } from './attribute-codec.ts';
import type { ForeignGraph } from './foreign-graphml.ts';

// Cytoscape writes "shared name" in GraphML and shared_name in .cyjs; GeneMANIA's gene name is the symbol shown.
const LABEL_NAMES = ['label', 'Label', 'gene_name', 'gene name', 'name', 'Name', 'yfiles.label', 'title', 'Title', 'shared name', 'shared_name'];
const KIND_NAMES = ['kind', 'Kind', 'type', 'Type', 'category', 'Category', 'class', 'Class', 'group', 'node type', 'nodetype'];
const RELATION_NAMES = ['relation', 'Relation', 'interaction', 'Edge Label', 'relationship', 'label', 'Label', 'yfiles.label', 'type', 'Type', 'kind'];

const KIND_SYNONYMS: Record<string, NodeKind> = {
  people: 'person', human: 'person', individual: 'person', journalist: 'person', author: 'person', expert: 'person',
  'head of state': 'leader', president: 'leader', 'prime minister': 'leader', chancellor: 'leader', king: 'leader',
  minister: 'official', diplomat: 'official', politician: 'official', ambassador: 'official', spokesperson: 'official',
  org: 'organization', organisation: 'organization', company: 'organization', agency: 'organization', party: 'organization',
  institution: 'organization', ministry: 'organization', media: 'organization', outlet: 'organization',
  nation: 'country', state: 'country',
  place: 'venue', location: 'venue', loc: 'venue', gpe: 'venue', city: 'venue', site: 'venue', building: 'venue',
  event: 'meeting', summit: 'meeting', call: 'meeting', visit: 'meeting', talks: 'meeting',
  article: 'document', doc: 'document', news: 'document', story: 'document',
};

const RELATION_SYNONYMS: Record<string, Relation> = {
  participant: 'participant', participates: 'participant', 'participates in': 'participant', attended: 'participant', attends: 'participant',
  'held at': 'held_at', 'held in': 'held_at', 'took place at': 'held_at',
  invited: 'invited', invites: 'invited', invite: 'invited',
  'affiliated with': 'affiliated_with', 'member of': 'affiliated_with', 'works for': 'affiliated_with', 'serves': 'affiliated_with',
  'located in': 'located_in', 'part of': 'located_in', 'in': 'located_in',
  mentions: 'mentions', mentioned: 'mentions',
};

/** The relation of an edge whose file names none. */
export const DEFAULT_RELATION = 'related to';
/** The kind of a node whose file names none we know. */
export const DEFAULT_KIND: NodeKind = 'entity';

const isKind = (v: unknown): v is NodeKind => typeof v === 'string' && (NODE_KINDS as readonly string[]).includes(v);
const isRelation = (v: unknown): v is Relation => typeof v === 'string' && (RELATIONS as readonly string[]).includes(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isEvidenceItem(v: unknown): v is Evidence {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  const { start, end, mention } = e;
  return (
    typeof e.doc === 'string' && Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number) &&
    (mention === undefined || (Array.isArray(mention) && mention.length === 2 && mention.every((n) => Number.isInteger(n))))
  );
}

const isEvidenceList = (v: unknown): v is Evidence[] => Array.isArray(v) && v.every(isEvidenceItem);

/** What keeps a node's attributes from following the schema, or null. */
function nodeProblem(a: AttributeRecord): string | null {
  if (typeof a.label !== 'string') return 'has no label';
  if (!isKind(a.kind)) return a.kind === undefined ? 'has no kind' : `has the kind ${JSON.stringify(a.kind)}, which is none of ${NODE_KINDS.join(', ')}`;
  if (!isStringList(a.aliases)) return 'has no list of aliases';
  if (!isEvidenceList(a.evidence)) return 'has no evidence list of {doc, start, end} spans';
  if (a.roles !== undefined && !isStringList(a.roles)) return 'has roles that are not a list of strings';
  if (a.country !== undefined && a.country !== null && typeof a.country !== 'string') return 'has a country that is not a string';
  if (a.status !== undefined && !(MEETING_STATUSES as readonly unknown[]).includes(a.status)) return `has the status ${JSON.stringify(a.status)}, which is none of ${MEETING_STATUSES.join(', ')}`;
  if (a.type !== undefined && a.kind === 'meeting' && !(MEETING_TYPES as readonly unknown[]).includes(a.type)) return `has the meeting type ${JSON.stringify(a.type)}, which is none of ${MEETING_TYPES.join(', ')}`;
  return null;
}

/** What keeps a graph from following the schema closely enough to be shown as it is (the first node or edge at fault), or null. */
export function schemaProblem(graph: KnowledgeGraph): string | null {
  const badNode = graph.findNode((_key, attributes) => nodeProblem(attributes as unknown as AttributeRecord) !== null);
  if (badNode !== undefined) return `node ${JSON.stringify(badNode)} ${nodeProblem(graph.getNodeAttributes(badNode) as unknown as AttributeRecord)}`;
  const badEdge = graph.findEdge((_key, attributes) => {
    const a = attributes as unknown as AttributeRecord;
    return typeof a.relation !== 'string' || !isEvidenceList(a.evidence);
  });
  if (badEdge === undefined) return null;
  const a = graph.getEdgeAttributes(badEdge) as unknown as AttributeRecord;
  return `edge ${JSON.stringify(badEdge)} ${typeof a.relation !== 'string' ? 'has no relation' : 'has no evidence list of {doc, start, end} spans'}`;
}

/** Whether a graph follows the schema closely enough to be shown as it is. */
export function conformsToSchema(graph: KnowledgeGraph): boolean {
  return schemaProblem(graph) === null;
}

function setOwn(target: AttributeRecord, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

/** A JSON list written as text (GraphML and GEXF carry lists that way). */
function listOf(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*\[/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function firstText(attributes: AttributeRecord, names: readonly string[]): { name: string; text: string } | null {
  for (const name of names) {
    const value = attributes[name];
    if ((typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value))) {
      return { name, text: String(value).trim() };
    }
  }
  return null;
}

function mapKind(word: string): NodeKind | null {
  const w = word.trim().toLowerCase();
  if (isKind(w)) return w;
  return Object.hasOwn(KIND_SYNONYMS, w) ? KIND_SYNONYMS[w]! : w.endsWith('s') && Object.hasOwn(KIND_SYNONYMS, w.slice(0, -1)) ? KIND_SYNONYMS[w.slice(0, -1)]! : null;
}

function mapRelation(word: string): string {
  const w = word.trim().toLowerCase().replace(/_/g, ' ');
  if (isRelation(w.replace(/ /g, '_'))) return w.replace(/ /g, '_');
  return Object.hasOwn(RELATION_SYNONYMS, w) ? RELATION_SYNONYMS[w]! : word.trim();
}

/** Moves a value that does not fit its schema slot to "<name> (imported)". */
function moveAside(record: AttributeRecord, name: string): void {
  setOwn(record, `${name} (imported)`, record[name]);
  delete record[name];
}

/** Evidence that is valid, and how many items were not. */
function readEvidence(value: unknown): { evidence: Evidence[]; dropped: number } {
  const list = listOf(value);
  if (!Array.isArray(list)) return { evidence: [], dropped: value === undefined ? 0 : 1 };
  const evidence = list.filter(isEvidenceItem).map((e) => ({ ...e }));
  return { evidence, dropped: list.length - evidence.length };
}

/**
 * A copy of the attributes with our own `_omitted` (the values GraphML and GEXF
 * cannot hold, as a JSON object) merged back: a tool that rewrote one of our
 * files (igraph) keeps it as an ordinary string.
 */
function restOf(source: AttributeRecord): AttributeRecord {
  const rest: AttributeRecord = {};
  for (const [name, value] of Object.entries(source)) setOwn(rest, name, value);
  const omitted = rest[OMITTED_ATTRIBUTE];
  if (typeof omitted !== 'string' || !/^\s*\{/.test(omitted)) return rest;
  try {
    const values: unknown = JSON.parse(omitted);
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return rest;
    delete rest[OMITTED_ATTRIBUTE];
    for (const [name, value] of Object.entries(values)) if (!Object.hasOwn(rest, name)) setOwn(rest, name, value);
  } catch {
    // Not ours after all: kept as the file wrote it.
  }
  return rest;
}

function normalizeNode(key: string, source: AttributeRecord, counts: Record<string, number>): NodeAttributes {
  const rest = restOf(source);
  const label = firstText(rest, LABEL_NAMES);
  if (label && label.name !== 'label') delete rest[label.name];
  let kind: NodeKind | null = isKind(rest.kind) ? rest.kind : null;
  if (!kind) {
    const word = firstText(rest, KIND_NAMES);
    kind = word ? mapKind(word.text) : null;
    if (word && kind) delete rest[word.name];
    if (!kind) counts.unknownKind = (counts.unknownKind ?? 0) + 1;
    if (rest.kind !== undefined) moveAside(rest, 'kind');
  }
  const aliases = listOf(rest.aliases);
  if (rest.aliases !== undefined && !isStringList(aliases)) moveAside(rest, 'aliases');
  const { evidence, dropped } = readEvidence(rest.evidence);
  if (dropped > 0) {
    counts.badEvidence = (counts.badEvidence ?? 0) + dropped;
    if (evidence.length === 0) moveAside(rest, 'evidence');
  }
  const roles = listOf(rest.roles);
  if (rest.roles !== undefined && !isStringList(roles)) moveAside(rest, 'roles');
  if (rest.country !== undefined && rest.country !== null && typeof rest.country !== 'string') moveAside(rest, 'country');
  const finalKind = kind ?? DEFAULT_KIND;
  if (rest.status !== undefined && !(finalKind === 'meeting' && (MEETING_STATUSES as readonly unknown[]).includes(rest.status))) moveAside(rest, 'status');
  if (rest.type !== undefined && finalKind === 'meeting' && !(MEETING_TYPES as readonly unknown[]).includes(rest.type)) moveAside(rest, 'type');
  for (const name of ['date', 'title', 'published', 'outlet', 'url'] as const) {
    if (rest[name] !== undefined && rest[name] !== null && typeof rest[name] !== 'string') moveAside(rest, name);
  }
  const attributes = {
    ...rest,
    label: label?.text ?? key,
    kind: finalKind,
    aliases: isStringList(aliases) ? aliases : [],
    evidence,
    ...(isStringList(roles) ? { roles } : {}),
  } as NodeAttributes;
  return attributes;
}

function normalizeEdge(source: AttributeRecord, directed: boolean, counts: Record<string, number>): EdgeAttributes {
  const rest = restOf(source);
  let relation: string;
  if (typeof rest.relation === 'string' && rest.relation.trim() !== '') relation = mapRelation(rest.relation);
  else {
    const word = firstText(rest, RELATION_NAMES);
    relation = word ? mapRelation(word.text) : DEFAULT_RELATION;
    if (word && word.name !== 'label' && word.name !== 'Label') delete rest[word.name];
    if (rest.relation !== undefined) moveAside(rest, 'relation');
  }
  const { evidence, dropped } = readEvidence(rest.evidence);
  if (dropped > 0) {
    counts.badEvidence = (counts.badEvidence ?? 0) + dropped;
    if (evidence.length === 0) moveAside(rest, 'evidence');
  }
  if (rest.role !== undefined && typeof rest.role !== 'string') moveAside(rest, 'role');
  if (!directed) {
    counts.undirected = (counts.undirected ?? 0) + 1;
    setOwn(rest, 'directed', false);
  }
  return { ...rest, relation: relation as Relation, evidence } as EdgeAttributes;
}

/** The schema's graph from another tool's records, and notes on what was mapped. */
export function normalizeForeignGraph(foreign: ForeignGraph): { graph: KnowledgeGraph; notes: string[] } {
  const counts: Record<string, number> = {};
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ ...foreign.attributes } as GraphAttributes);
  for (const node of foreign.nodes) graph.addNode(node.key, normalizeNode(node.key, node.attributes, counts));
  const given = new Set(foreign.edges.map((e) => e.key).filter((k) => k !== null));
  let next = 0;
  for (const edge of foreign.edges) {
    const attributes = normalizeEdge(edge.attributes, edge.directed, counts);
    let key = edge.key;
    // Files without edge ids (networkx) get e0, e1, … that no given id uses.
    while (key === null || graph.hasEdge(key)) {
      const candidate = `e${next++}`;
      if (!given.has(candidate) && !graph.hasEdge(candidate)) key = candidate;
    }
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
  }
  const notes: string[] = [...(foreign.notes ?? [])];
  if (counts.unknownKind) notes.push(`${counts.unknownKind} of ${graph.order} nodes have no kind this app knows; they are shown as the neutral kind "${DEFAULT_KIND}" (Other entities)`);
  if (counts.undirected) notes.push(`${counts.undirected} undirected edges are drawn from source to target (attribute directed = false)`);
  if (counts.badEvidence) notes.push(`${counts.badEvidence} evidence items were not {doc, start, end} spans and are kept as plain attributes`);
  return { graph, notes };
}
