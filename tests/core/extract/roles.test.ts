// Role phrases around a name give the person's kind (leader, official,
// person), role text and country, as the node shows them.
import { describe, expect, it } from 'vitest';
import { article, build, edges, node } from '../../fixtures/core/graph.ts';

describe('role phrases', () => {
  it.each([
    ['a leader role with a demonym', 'Israeli Prime Minister Naftali Bennett met Putin.', 'Naftali Bennett', { kind: 'leader', country: 'IL' }, 'Prime Minister'],
    ['a minister with a demonym and a hyphenated given name', 'French Foreign Minister Jean-Yves Le Drian said he would go.', 'Jean-Yves Le Drian', { kind: 'official', country: 'FR' }, 'Foreign Minister'],
    ['an ambassador "to" a country belongs to the sending country', 'U.S. Ambassador to Russia Jon Huntsman attended the summit.', 'Jon Huntsman', { kind: 'official', country: 'US' }, 'Ambassador'],
    ['a legislator', 'Senator Lindsey Graham said the summit was a mistake.', 'Lindsey Graham', { kind: 'official' }, 'Senator'],
    ['a hyphenated role', 'Netanyahu arrived with chief-of-staff Tzachi Braverman.', 'Tzachi Braverman', { kind: 'official' }, 'chief-of-staff'],
    ['a journalist is a person', 'Journalist Maria Ivanova said the summit was long.', 'Maria Ivanova', { kind: 'person' }, 'Journalist'],
  ])('%s', (_, body, label, attrs, role) => {
    const { graph } = build(article('Roles', null, body));
    const found = node(graph, label).attrs;
    expect(found).toMatchObject(attrs);
    expect(found.roles).toContain(role);
  });

  it('gives each official of a list the leader the list starts with', () => {
    const { graph } = build(article('Delegation', null,
      'Israeli Prime Minister Benjamin Netanyahu, chief-of-staff Tzachi Braverman and military secretary Roman Gofman arrived.'));
    const found = edges(graph, 'affiliated_with').map((e) => [e.source, e.target, e.role]);
    expect(found).toEqual(expect.arrayContaining([
      ['Tzachi Braverman', 'Benjamin Netanyahu', 'chief-of-staff'],
      ['Roman Gofman', 'Benjamin Netanyahu', 'military secretary'],
    ]));
  });

  it('adds a role the article gives to a known person without losing the gazetteer’s', () => {
    const { graph } = build(article('Roles', null, 'Russian President Vladimir Putin met Trump.'));
    const roles = node(graph, 'Vladimir Putin').attrs.roles!;
    expect(roles).toContain('President of Russia');
  });
});
