// The evaluation of ../shared/eval on graphs built here: the seed corpus
// (scored across articles) and the dev articles must keep their scores.
// ../shared is present on the lead's machine and in CI; elsewhere this file is skipped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/index.ts';
import { EVAL_DIR, ROOT, SEEDS_DIR, hasShared, readCorpus } from '../fixtures/core/graph.ts';

interface F1 { precision: number; recall: number; f1: number }
interface Scores {
  persons: F1; personKindAccuracy: number; venues: F1; meetings: F1; invitations: F1; affiliations: F1;
  evidence: { nodesWithEvidence: number; edgesWithEvidence: number; spansValid: number; namedNodesGrounded: number };
  missed: Record<string, string[]>;
  extra: Record<string, string[]>;
}

let dir = '';

// The news bounds hold what is reached (all at or above the engine issue's targets: meetings F1 0.80
// with recall 0.75, venues 0.80, invitations 0.75, affiliations 0.80), to be raised as the rules improve.
const NEWS = { persons: 0.97, kinds: 0.99, venues: 0.96, meetings: 0.82, meetingsRecall: 0.75, invitations: 0.99, affiliations: 0.84 };
const NEWS_CORPUS = { ...NEWS, meetings: 0.80, meetingsRecall: 0.95 };

/** Builds the graph of a folder's .txt articles, writes its JSON export and scores it with score.mjs. */
function score(docsDir: string, goldDir: string, corpus: boolean): Scores {
  const graph = buildGraph(readCorpus(docsDir));
  const file = join(dir, `${goldDir.split('/').pop()}.json`);
  writeFileSync(file, JSON.stringify(graph.export()));
  const args = [join(EVAL_DIR, 'score.mjs'), '--graph', file, '--gold', goldDir, '--docs', docsDir, ...(corpus ? ['--corpus'] : []), '--json'];
  const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as Scores;
}

/** What the scorer says was missed or extra, to show beside a failed bound. */
const why = (s: Scores) => `missed ${JSON.stringify(s.missed)}; extra ${JSON.stringify(s.extra)}`;

const title = hasShared ? 'evaluation scores' : `evaluation scores: SKIPPED, ${EVAL_DIR}/score.mjs not found (../shared is absent; CI has it)`;

describe.skipIf(!hasShared)(title, () => {
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kg-score-')); });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  // Bounds: the figures measured when these rules went in (README "Scores"), less 0.01 of rounding room,
  // so that a change that makes the graph worse on any of the three sets fails the build.
  interface Bounds { persons: number; kinds: number; venues: number; meetings: number; meetingsRecall: number; invitations: number; affiliations: number }
  const sets: [string, string, string, boolean, Bounds][] = [
    ['seed corpus (--corpus)', SEEDS_DIR, join(EVAL_DIR, 'seeds'), true, { persons: 0.99, kinds: 0.99, venues: 0.99, meetings: 0.95, meetingsRecall: 0.92, invitations: 0.99, affiliations: 0.99 }],
    ['dev articles', join(EVAL_DIR, 'dev'), join(EVAL_DIR, 'dev'), false, { persons: 0.97, kinds: 0.99, venues: 0.92, meetings: 0.93, meetingsRecall: 0.88, invitations: 0.99, affiliations: 0.95 }],
    ['news articles', join(EVAL_DIR, 'news'), join(EVAL_DIR, 'news'), false, NEWS],
    ['news articles (--corpus)', join(EVAL_DIR, 'news'), join(EVAL_DIR, 'news'), true, NEWS_CORPUS],
  ];

  describe.each(sets)('%s', (_, docsDir, goldDir, corpus, b) => {
    let s: Scores;
    beforeAll(() => { s = score(docsDir, goldDir, corpus); });

    it(`persons F1 >= ${b.persons}`, () => expect(s.persons.f1, why(s)).toBeGreaterThanOrEqual(b.persons));
    it(`person kind accuracy >= ${b.kinds}`, () => expect(s.personKindAccuracy, why(s)).toBeGreaterThanOrEqual(b.kinds));
    it(`venues F1 >= ${b.venues}`, () => expect(s.venues.f1, why(s)).toBeGreaterThanOrEqual(b.venues));
    it(`meetings F1 >= ${b.meetings}, recall >= ${b.meetingsRecall}`, () => {
      expect(s.meetings.f1, why(s)).toBeGreaterThanOrEqual(b.meetings);
      expect(s.meetings.recall, why(s)).toBeGreaterThanOrEqual(b.meetingsRecall);
    });
    it(`invitations F1 >= ${b.invitations}`, () => expect(s.invitations.f1, why(s)).toBeGreaterThanOrEqual(b.invitations));
    it(`affiliations F1 >= ${b.affiliations}`, () => expect(s.affiliations.f1, why(s)).toBeGreaterThanOrEqual(b.affiliations));
    it('evidence: on every node and edge, spans valid, named nodes grounded', () => {
      expect(s.evidence.nodesWithEvidence).toBe(1);
      expect(s.evidence.edgesWithEvidence).toBe(1);
      expect(s.evidence.spansValid).toBe(1);
      expect(s.evidence.namedNodesGrounded).toBeGreaterThanOrEqual(0.98);
    });
  });
});
