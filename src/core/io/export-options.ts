// What a writer may be given beyond the graph: where each node is drawn (the
// app's current layout) and the articles' sentences, so that every node and
// edge can carry its evidence as readable text (`evidence_text`) in tools
// that know nothing of our offsets.
import type { Evidence } from '../schema.ts';

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
    const span = `${item.doc}\u0000${item.start}\u0000${item.end}`;
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
