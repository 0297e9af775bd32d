// Bodies found from the text: their names, their country, and whom a role phrase says an official serves.
import { describe, expect, it } from 'vitest';
import { article, build, edges, node } from '../../fixtures/core/graph.ts';

describe('bodies found from the text', () => {
  it('takes "China\'s Foreign Ministry" as a Chinese body its spokeswoman serves', () => {
    const { graph } = build(article('Ministry', null, "China's Foreign Ministry spokeswoman Li Mei said the visit went well."));
    expect(edges(graph, 'affiliated_with').map((e) => [e.source, e.target])).toEqual([['Li Mei', 'Foreign Ministry']]);
    expect(node(graph, 'Foreign Ministry').attrs).toMatchObject({ kind: 'organization', country: 'CN' });
  });

  it('ends a body\'s name at its head word, leaving the person after it', () => {
    const { graph } = build(article('Ministry', null, 'Foreign Ministry Spokesman Wang Lei told reporters the talks were useful.'));
    expect(node(graph, 'Wang Lei').attrs.kind).toBe('official');
    expect(node(graph, 'Foreign Ministry').attrs.kind).toBe('organization');
  });

  it('reads "Ministry of Foreign Affairs" whole', () => {
    const { graph } = build(article('Ministry', null, 'Deputy minister Ali Reza of the Ministry of Foreign Affairs met them.'));
    expect(node(graph, 'Ministry of Foreign Affairs').attrs.kind).toBe('organization');
  });
});

describe('writers credited with their outlet', () => {
  it.each([
    ['"writes X at the Y"', '"It was a signal," writes Maria Lopez at the Guardian.', [['Maria Lopez', 'The Guardian']]],
    ['"write X and Z at the Y"', '"Both sides gained," write Tom Baker and Ann Reid at the New York Times.', [['Tom Baker', 'The New York Times'], ['Ann Reid', 'The New York Times']]],
    ['a reporter named in a role phrase', 'BBC correspondent Lucy Grant said the talks went well.', [['Lucy Grant', 'BBC']]],
  ])('%s', (_, body, expected) => {
    const { graph } = build(article('Credits', null, body));
    expect(edges(graph, 'affiliated_with').map((e) => [e.source, e.target])).toEqual(expected);
  });
});
