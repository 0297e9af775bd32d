// Random rebuilds (subsets of the seed articles) under random lists of
// corrections made on the whole seed graph: applying never throws, every
// record gets an outcome, a record whose targets are all in the rebuilt graph
// is never reported gone, and one whose target is gone is reported so.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, graphOfExtractions, isPersonKind, type DocumentExtraction, type KnowledgeGraph } from '../../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';
import { type Change, type Correction, type NodeRef, applyCorrections, canMerge, nodeRef } from '../../../src/core/graph/corrections.ts';

const SEEDS = path.join(import.meta.dirname, '../../../seeds');
const knowledge = loadDefaultKnowledge();
const texts = new Map(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(path.join(SEEDS, f), 'utf8')]));
const ids = [...texts.keys()];
let extractions: DocumentExtraction[];
let full: KnowledgeGraph;
let keys: string[];

beforeAll(() => {
  extractions = ids.map((id) => extractDocument({ id, text: texts.get(id)! }, knowledge));
  full = graphOfExtractions(extractions, knowledge);
  keys = full.filterNodes((_k, a) => a.kind !== 'document');
});

/** Whether what a reference names is in a graph as built: an entity by key, a meeting by a sentence of its evidence. */
function present(graph: KnowledgeGraph, ref: NodeRef): boolean {
  if (ref.kind !== 'meeting') return graph.hasNode(ref.key);
  const anchors = new Set(ref.anchors);
  return graph.someNode((_k, a) => a.kind === 'meeting' && a.evidence.some((e) => anchors.has(`${e.doc}@${e.start}`)));
}

const refsOf = (c: Change): NodeRef[] =>
  c.type === 'merge' ? [c.keep, c.absorb] : c.type === 'add-edge' ? [c.source, c.target] : c.type === 'venue' ? [c.node, ...(c.venue ? [c.venue] : [])] : c.type === 'reject-edge' ? [c.edge.source, c.edge.target] : [c.node];

/** A change on the nodes at these indexes of the full graph. */
function changeOf(kind: number, i: number, j: number, word: string): Change {
  const a = keys[i % keys.length]!;
  const b = keys[j % keys.length]!;
  const ra = nodeRef(full, a);
  const rb = nodeRef(full, b);
  const attrs = full.getNodeAttributes(a);
  switch (kind % 8) {
    case 0:
      return canMerge(ra.kind, rb.kind) ? { type: 'merge', keep: ra, absorb: rb } : { type: 'rename', node: ra, label: word };
    case 1:
      return { type: 'rename', node: ra, label: word };
    case 2:
      return isPersonKind(attrs.kind) ? { type: 'roles', node: ra, roles: [word] } : { type: 'rename', node: ra, label: word };
    case 3:
      return attrs.kind === 'meeting' ? { type: 'date', node: ra, date: '2020-01-01' } : { type: 'rename', node: ra, label: word };
    case 4:
      return attrs.kind === 'meeting' ? { type: 'status', node: ra, status: 'held' } : { type: 'rename', node: ra, label: word };
    case 5: {
      const alias = attrs.aliases.find((x) => x !== attrs.label);
      return alias && attrs.kind !== 'meeting' ? { type: 'split', node: ra, alias } : { type: 'rename', node: ra, label: word };
    }
    case 6:
      return a !== b ? { type: 'add-edge', source: ra, target: rb, relation: 'stated' } : { type: 'rename', node: ra, label: word };
    default:
      return attrs.kind === 'meeting' ? { type: 'venue', node: ra, venue: rb.kind === 'venue' ? rb : null } : { type: 'rename', node: ra, label: word };
  }
}

const corrections = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 12 }).map((list) =>
  list.map(([k, i, j, w], n): Correction => ({ ...changeOf(k, i, j, w.trim() || 'x'), id: `p${n}`, at: '2026-12-02T00:00:00.000Z', note: w })),
);
const subset = fc.subarray(ids, { minLength: 1 });

describe('corrections over random rebuilds', () => {
  it('never throw, never lose a correction whose target is there, and report the ones whose target is gone', () => {
    // Rejections aim at nodes no other record names, so that "present" stays a property of the rebuilt graph alone.
    const withRejects = fc.tuple(corrections, fc.array(fc.nat(), { maxLength: 3 })).map(([list, rejects]) => {
      const named = new Set(list.flatMap((c) => refsOf(c).map((r) => r.key)));
      const free = keys.filter((k) => !named.has(k));
      // Each at most once: a second rejection of the same node rightly finds it gone.
      const targets = [...new Set(rejects.filter(() => free.length > 0).map((r) => free[r % free.length]!))];
      return [...list, ...targets.map((key, n): Correction => ({ type: 'reject-node', node: nodeRef(full, key), id: `r${n}`, at: '2026-12-02T00:00:00.000Z', note: 'wrong' }))];
    });
    fc.assert(
      fc.property(subset, withRejects, (docs, list) => {
        const graph = graphOfExtractions(extractions.filter((x) => docs.includes(x.doc)), knowledge);
        const built = graph.copy();
        const outcomes = applyCorrections(graph, list, { textOf: (doc) => texts.get(doc) });
        expect(outcomes.size).toBe(list.length);
        for (const c of list) {
          const there = refsOf(c).every((r) => present(built, r));
          const outcome = outcomes.get(c.id)!;
          if (there) expect(outcome.status, `${c.type} ${outcome.detail}`).not.toBe('missing');
          else expect(outcome.status).toBe('missing');
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
