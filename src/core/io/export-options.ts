// What a writer may be given beyond the graph: where each node is drawn (the
// app's current layout) and the articles' sentences, so that every node and
// edge can carry its evidence as readable text (`evidence_text`) in tools
// that know nothing of our offsets.
import type { EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes } from '../schema.ts';

export interface Point {
  x: number;
  y: number;
}

export interface ExportOptions {
  /** Node key → position; absent: a deterministic layout is computed (layout.ts). */
  positions?: ReadonlyMap<string, Point>;
  /** The text of the span an evidence item points at; undefined when its article is not at hand. */
  sentence?: (evidence: Evidence) => string | undefined;
}

/** The attribute beside `evidence` that holds the supporting sentences themselves. */
export const EVIDENCE_TEXT = 'evidence_text';

/** A sentence lookup over whole article texts (document id → text). */
export function sentencesFromTexts(texts: ReadonlyMap<string, string>): (evidence: Evidence) => string | undefined {
  return (e) => {
    const text = texts.get(e.doc);
    return text === undefined || e.end > text.length ? undefined : text.slice(e.start, e.end);
  };
}

const isEvidence = (value: unknown): value is Evidence => {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.doc === 'string' && typeof e.start === 'number' && typeof e.end === 'number';
};

/** One key per evidence span (article, start, end). */
export const spanKey = (e: Evidence): string => `${e.doc}\u0000${e.start}\u0000${e.end}`;

/**
 * The supporting sentences of one element, one line each, `[article id] sentence`;
 * the same sentence twice (one article, one span) once. Undefined when no
 * sentence is at hand, so the writer can keep what the element already had.
 */
export function evidenceText(evidence: unknown, sentence: ExportOptions['sentence']): string | undefined {
  if (!sentence || !Array.isArray(evidence)) return undefined;
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const item of evidence) {
    if (!isEvidence(item)) continue;
    const span = spanKey(item);
    if (seen.has(span)) continue;
    seen.add(span);
    const text = sentence(item);
    // Sentences may run over lines in the article; one line per sentence here.
    if (text !== undefined) lines.push(`[${item.doc}] ${text.replace(/\s+/g, ' ').trim()}`);
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The element's attributes with `evidence_text` set from the sentences, when any is at hand. */
export function withEvidenceText<T extends object>(attributes: T, sentence: ExportOptions['sentence']): T {
  const text = evidenceText((attributes as { evidence?: unknown }).evidence, sentence);
  return text === undefined ? attributes : { ...attributes, [EVIDENCE_TEXT]: text };
}


/** The element's `evidence_text` as sentences by span, when its lines match its evidence one to one (as written above). */
function sentencesOf(attributes: Record<string, unknown>, into: Map<string, string>): boolean {
  const text = attributes[EVIDENCE_TEXT];
  if (typeof text !== 'string' || !Array.isArray(attributes.evidence)) return false;
  const spans: Evidence[] = [];
  const seen = new Set<string>();
  for (const item of attributes.evidence) {
    if (!isEvidence(item) || seen.has(spanKey(item))) continue;
    seen.add(spanKey(item));
    spans.push(item);
  }
  const lines = text.split('\n');
  if (lines.length !== spans.length) return false;
  const found: [string, string][] = [];
  for (const [i, span] of spans.entries()) {
    const prefix = `[${span.doc}] `;
    if (!lines[i]!.startsWith(prefix)) return false;
    found.push([spanKey(span), lines[i]!.slice(prefix.length)]);
  }
  for (const [key, sentence] of found) into.set(key, sentence);
  return true;
}

/**
 * Removes `evidence_text` (SCHEMA.md's attribute of the GraphML and GEXF
 * exports, derived from the evidence and the articles, so reading our file
 * back gives the graph that was written) and returns the sentences it held,
 * for a writer to put back (`kg convert`): those of elements whose lines match
 * their evidence spans one to one (an element with a sentence missing cannot
 * say which span each line is).
 */
export function takeEvidenceTexts(graph: KnowledgeGraph): Map<string, string> {
  const sentences = new Map<string, string>();
  const nodes: string[] = [];
  const edges: string[] = [];
  graph.forEachNode((key, attributes) => {
    sentencesOf(attributes as unknown as Record<string, unknown>, sentences);
    if (Object.hasOwn(attributes, EVIDENCE_TEXT)) nodes.push(key);
  });
  graph.forEachEdge((key, attributes) => {
    sentencesOf(attributes as unknown as Record<string, unknown>, sentences);
    if (Object.hasOwn(attributes, EVIDENCE_TEXT)) edges.push(key);
  });
  // The attribute is not in the schema's types: it is only ever in files.
  for (const key of nodes) graph.removeNodeAttribute(key, EVIDENCE_TEXT as keyof NodeAttributes);
  for (const key of edges) graph.removeEdgeAttribute(key, EVIDENCE_TEXT as keyof EdgeAttributes);
  return sentences;
}

/** A sentence lookup over sentences by span (what takeEvidenceTexts gives). */
export function sentencesFromSpans(sentences: ReadonlyMap<string, string>): (evidence: Evidence) => string | undefined {
  return (e) => sentences.get(spanKey(e));
}
