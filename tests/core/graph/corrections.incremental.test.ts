// Corrections made one at a time, as the app makes them on a big graph (each
// applied on a copy of the last corrected graph, the canvas patched with what
// it touched), give exactly the graph the whole list gives applied to the
// graph as built, and the patched canvas holds exactly the elements a canvas
// drawn afresh would.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, graphOfExtractions, isPersonKind, type DocumentExtraction, type KnowledgeGraph } from '../../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';
import { type Change, type Correction, Corrector, applyCorrections, canMerge, edgeRef, nodeRef } from '../../../src/core/graph/corrections.ts';
import { recordTouched } from '../../../src/core/graph/touched.ts';
import { ElementIds } from '../../../src/core/io/element-ids.ts';
import { elementPatch } from '../../../src/view/element-patch.ts';
import { toCytoscapeElements } from '../../../src/view/elements.ts';

const SEEDS = path.join(import.meta.dirname, '../../../seeds');
const knowledge = loadDefaultKnowledge();
const texts = new Map(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(path.join(SEEDS, f), 'utf8')]));
const ids = [...texts.keys()];
let extractions: DocumentExtraction[];
let full: KnowledgeGraph;
let keys: string[];
let edges: string[];

beforeAll(() => {
  extractions = ids.map((id) => extractDocument({ id, text: texts.get(id)! }, knowledge));
  full = graphOfExtractions(extractions, knowledge);
  keys = full.filterNodes((_k, a) => a.kind !== 'document');
  edges = full.filterEdges((_k, _a, s, t, sa, ta) => sa.kind !== 'document' && ta.kind !== 'document');
});

/** A change on the nodes (or edge) at these indexes of the whole seed graph. */
function changeOf(kind: number, i: number, j: number, word: string): Change {
  const a = keys[i % keys.length]!;
  const b = keys[j % keys.length]!;
  const ra = nodeRef(full, a);
  const rb = nodeRef(full, b);
  const attrs = full.getNodeAttributes(a);
  const rename: Change = { type: 'rename', node: ra, label: word };
  switch (kind % 10) {
    case 0:
    case 1:
      return canMerge(ra.kind, rb.kind) ? { type: 'merge', keep: ra, absorb: rb } : rename;
    case 2:
      return isPersonKind(attrs.kind) ? { type: 'roles', node: ra, roles: [word] } : { type: 'kind', node: ra, kind: 'organization' };
    case 3:
      return attrs.kind === 'meeting' ? { type: 'date', node: ra, date: '2020-01-01' } : rename;
    case 4:
      return attrs.kind === 'meeting' ? { type: 'status', node: ra, status: 'held' } : { type: 'kind', node: ra, kind: 'official' };
    case 5: {
      const alias = attrs.aliases.find((x) => x !== attrs.label);
      return alias && attrs.kind !== 'meeting' ? { type: 'split', node: ra, alias } : rename;
    }
    case 6:
      return a !== b ? { type: 'add-edge', source: ra, target: rb, relation: 'stated' } : rename;
    case 7:
      return { type: 'reject-edge', edge: edgeRef(full, edges[j % edges.length]!) };
    case 8:
      return attrs.kind === 'meeting' ? { type: 'venue', node: ra, venue: rb.kind === 'venue' ? rb : null } : { type: 'reject-node', node: ra };
    default:
      return rename;
  }
}

const corrections = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 12 }).map((list) =>
  list.map(([k, i, j, w], n): Correction => ({ ...changeOf(k, i, j, w.trim() || 'x'), id: `p${n}`, at: '2026-12-02T00:00:00.000Z', note: w })),
);
const subset = fc.subarray(ids, { minLength: 1 });

/** Everything a graph holds, in an order of its own: what two graphs must share to be the same. */
function contents(graph: KnowledgeGraph): unknown {
  const nodes = graph.mapNodes((key, a) => [key, a]).sort(([a], [b]) => String(a).localeCompare(String(b)));
  const links = graph.mapEdges((key, a, s, t) => [key, s, t, a]).sort(([a], [b]) => String(a).localeCompare(String(b)));
  return { nodes, links };
}

const byId = (graph: KnowledgeGraph, elementIds: ElementIds) => new Map(toCytoscapeElements(graph, elementIds).map((e) => [String(e.data.id), { ...e.data } as Record<string, unknown>]));

describe('corrections one at a time', () => {
  it('give the graph the whole list gives, and a canvas patched with what each touched holds what a new one would', () => {
    fc.assert(
      fc.property(subset, corrections, (docs, list) => {
        const built = graphOfExtractions(extractions.filter((x) => docs.includes(x.doc)), knowledge);
        const options = { textOf: (doc: string) => texts.get(doc) };
        const whole = built.copy();
        const expected = applyCorrections(whole, list, options);

        const corrector = new Corrector(built, options);
        const elementIds = new ElementIds(built);
        const drawn = byId(built, elementIds);
        let graph = built;
        let mergedInto = new Map<string, string>();
        for (const c of list) {
          // A step on a copy: the graph before it stays, for undo.
          graph = graph.copy();
          mergedInto = new Map(mergedInto);
          const { result, touched } = recordTouched(graph, () => corrector.apply(graph, mergedInto, c));
          expect(result).toEqual(expected.get(c.id));
          const patch = elementPatch(graph, elementIds, (id) => drawn.get(id), touched);
          expect(patch.fits).toBe(true);
          for (const id of patch.remove) drawn.delete(id);
          for (const e of patch.add) drawn.set(String(e.data.id), { ...e.data });
          for (const { id, data } of patch.update) Object.assign(drawn.get(id)!, data);
          expect(drawn).toEqual(byId(graph, elementIds));
        }
        expect(contents(graph)).toEqual(contents(whole));
        // And the built graph is as it was.
        expect(contents(built)).toEqual(contents(graphOfExtractions(extractions.filter((x) => docs.includes(x.doc)), knowledge)));
      }),
      { numRuns: 150 },
    );
  }, 180_000);
});
