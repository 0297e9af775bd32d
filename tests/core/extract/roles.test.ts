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
    ['a crown prince is a leader', 'Crown Prince Salim Al Farouq received the delegation.', 'Salim Al Farouq', { kind: 'leader' }, 'Crown Prince'],
    ['an emir is a leader', 'Emir Karim Al Hadi welcomed the guests.', 'Karim Al Hadi', { kind: 'leader' }, 'Emir'],
    ['a chancellor with a demonym', 'Austrian Chancellor Peter Lindmayr spoke first.', 'Peter Lindmayr', { kind: 'leader', country: 'AT' }, 'Chancellor'],
    ['a minister in the presidency', 'Minister in the Presidency Thandi Mokoena attended.', 'Thandi Mokoena', { kind: 'official' }, 'Minister in the Presidency'],
    ['a central bank governor', 'Central bank governor Lucas Moreira said rates would hold.', 'Lucas Moreira', { kind: 'official' }, 'Central bank governor'],
    ['a foreign minister "of" a country', 'Ana Ribeiro, the Foreign Minister of Portugal, arrived.', 'Ana Ribeiro', { kind: 'official', country: 'PT' }, 'Foreign Minister of Portugal'],
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

describe('roles in a list', () => {
  const body = 'Prime Minister Anwar Ibrahim arrived with the Minister of Finance, Omar Rahim; the Minister of Trade, Siti Hassan; and the head of the central bank, Rizal Aziz.';
  const { graph } = build(article('Delegation', null, body));

  it('gives each person the role that stands next to their name, never the next one’s', () => {
    expect(node(graph, 'Omar Rahim').attrs.roles).toEqual(['Minister of Finance']);
    expect(node(graph, 'Siti Hassan').attrs.roles).toEqual(['Minister of Trade']);
    expect(node(graph, 'Rizal Aziz').attrs.roles).toEqual(['head of the central bank']);
  });

  it('affiliates the officials of the list with the leader it is with', () => {
    const found = edges(graph, 'affiliated_with').map((e) => [e.source, e.target]);
    expect(found).toEqual(expect.arrayContaining([['Omar Rahim', 'Anwar Ibrahim'], ['Siti Hassan', 'Anwar Ibrahim']]));
  });

  it('reads a role in parentheses after a name', () => {
    const { graph: g } = build(article('Delegation', null, "Biden's delegation will include Antony Blinken (Secretary of State) and Gina Raimondo (Commerce)."));
    expect(node(g, 'Gina Raimondo').attrs).toMatchObject({ kind: 'official', roles: ['Commerce'] });
    expect(node(g, 'Antony Blinken').attrs.roles).toContain('Secretary of State');
  });
});

describe('roles beside names, not across them', () => {
  const body = 'Joe Biden was greeted by Riyadh’s governor, Prince Faisal bin Saud, and Saudi Arabia’s ambassador to the US, Princess Noura bint Khalid, and then left. Emmanuel Bonne, the diplomatic adviser to Emmanuel Macron, flew to Washington.';
  const { graph } = build(article('Roles', null, body));

  it('gives each of a list its own apposed role, an honorific between role and name', () => {
    expect(node(graph, 'Faisal bin Saud').attrs.roles).toEqual(['governor']);
    expect(node(graph, 'Noura bint Khalid').attrs).toMatchObject({ kind: 'official', roles: ['ambassador'] });
  });

  it('does not make the principal of "adviser to X" an adviser', () => {
    expect(node(graph, 'Emmanuel Macron').attrs.roles).not.toContain('adviser');
    expect(node(graph, 'Emmanuel Bonne').attrs.roles).toContain('adviser');
  });
});
