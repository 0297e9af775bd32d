// Affiliations: whom an official serves, from their role phrase, as an
// affiliated_with edge with the role.
import { describe, expect, it } from 'vitest';
import { article, build, edges } from '../../fixtures/core/graph.ts';

const affiliationsOf = (body: string, published: string | null = null) =>
  edges(build(article('Affiliations', published, body)).graph, 'affiliated_with').map((e) => ({ person: e.source, of: e.target, role: e.role }));

describe('affiliated_with', () => {
  it.each([
    ['a body before the role: "Kremlin spokesman Dmitry Peskov"',
      'Kremlin spokesman Dmitry Peskov said no date had been set.', [{ person: 'Dmitry Peskov', of: 'Kremlin', role: 'spokesman' }]],
    ['a leader before the role: "Putin aide Yuri Ushakov"',
      'Putin aide Yuri Ushakov said the call went well.', [{ person: 'Yuri Ushakov', of: 'Vladimir Putin', role: 'aide' }]],
    ['a possessive leader: "Trump’s press secretary Sarah Sanders"',
      'Trump’s press secretary Sarah Sanders said the leaders would talk.', [{ person: 'Sarah Sanders', of: 'Donald Trump', role: 'press secretary' }]],
    ['a body after the role: "Director of the CIA"',
      'Gina Haspel, Director of the CIA, said nothing.', [{ person: 'Gina Haspel', of: 'CIA', role: 'Director of the CIA' }]],
    ['a serving role with no one named serves the article’s leader of that country',
      'Trump met Putin. Secretary of State Marco Rubio said the talks went well.', [{ person: 'Marco Rubio', of: 'Donald Trump', role: 'Secretary of State' }]],
    ['a former ambassador serves no one',
      'Steven Pifer, a former US ambassador to Ukraine, said the summit was a mistake.', []],
    ['a leader is nobody’s affiliate',
      'Russian President Vladimir Putin met Trump.', []],
    ['a journalist is nobody’s affiliate',
      'Jane Smith, a reporter for Reuters, said the summit was long.', []],
  ])('%s', (_, body, expected) => {
    expect(affiliationsOf(body)).toEqual(expected);
  });

  it('keeps one edge per person and principal, however often the role is repeated', () => {
    const found = affiliationsOf('Kremlin spokesman Dmitry Peskov said no date was set. Later, Kremlin spokesman Dmitry Peskov said talks were possible.');
    expect(found).toEqual([{ person: 'Dmitry Peskov', of: 'Kremlin', role: 'spokesman' }]);
  });
});
