// A workspace file carries the user's corrections: written with it, read back
// the same, and a broken record refused with the field it is wrong in.
import { describe, expect, it } from 'vitest';
import { parseWorkspace, workspaceText } from '../../src/app/lib/workspace-file.ts';
import type { Correction } from '../../src/core/graph/corrections.ts';
import { fixtureGraph } from '../fixtures/io/knowledge-graph.ts';

const corrections: Correction[] = [
  { type: 'roles', node: { key: 'person:Marco Rubio', label: 'Marco Rubio', kind: 'official' }, roles: ['Secretary of State'], id: 'a', at: '2026-12-02T00:00:00.000Z', note: 'not the CIA' },
  { type: 'merge', keep: { key: 'meeting:8', label: 'Visit', kind: 'meeting', anchors: ['001.txt@0'] }, absorb: { key: 'meeting:10', label: 'Visit 2', kind: 'meeting', anchors: ['003.txt@177'] }, id: 'b', at: '2026-12-02T00:01:00.000Z', note: '' },
];
const file = (extra: object) => JSON.parse(workspaceText({ corpus: 'seeds', articles: [], source: { type: 'articles' }, graph: fixtureGraph().export(), view: {}, ...extra })) as unknown;

describe('workspace file corrections', () => {
  it('are read back as they were written', () => {
    expect(parseWorkspace(file({ corrections })).corrections).toEqual(corrections);
  });

  it('are none in a file written before there were corrections', () => {
    expect(parseWorkspace(file({})).corrections).toEqual([]);
  });

  it('refuse a broken record, saying which', () => {
    const broken = [{ ...corrections[0], roles: 'Secretary of State' }];
    expect(() => parseWorkspace(file({ corrections: broken }))).toThrow('app/workspace-file: not a usable workspace file: corrections[0] should give the roles as a list of strings');
    expect(() => parseWorkspace(file({ corrections: {} }))).toThrow(/"corrections" should be a list/);
  });
});
