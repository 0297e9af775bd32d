// Mentions of entities the gazetteer knows: the longest alias at each place,
// in its written case or all capitals, and @handles; every surface form
// becomes an alias of the node.
import { describe, expect, it } from 'vitest';
import { article, build, findNode, node, personLabels } from '../../fixtures/core/graph.ts';

describe('gazetteer mentions', () => {
  it.each([
    ['a surname', 'Trump met Putin.', 'Vladimir Putin', 'Putin'],
    ['a full name with a title before it', 'Russian President Vladimir Putin met Trump.', 'Vladimir Putin', 'Vladimir Putin'],
    ['an all-capitals headline', 'PUTIN MEETS TRUMP IN HELSINKI', 'Vladimir Putin', 'PUTIN'],
    ['a handle', '@narendramodi thanked @JoeBiden for the dinner.', 'Narendra Modi', '@narendramodi'],
    ['a variant spelling', 'Zelenskyy spoke with Macron.', 'Volodymyr Zelensky', 'Zelenskyy'],
    ['an abbreviated name', 'Putin met with Bill Clinton, GW Bush and Obama.', 'George W. Bush', 'GW Bush'],
  ])('%s', (_, body, label, alias) => {
    const { graph } = build(article('Mentions', null, body));
    expect(node(graph, label).attrs.aliases).toContain(alias);
  });

  it('prefers the longest name: "The Washington Post" is a newspaper, not the city', () => {
    const { graph } = build(article('Media', null, 'The Washington Post reported that Putin met Trump in Helsinki.'));
    expect(node(graph, 'The Washington Post').attrs.kind).toBe('organization');
    expect(findNode(graph, 'Washington')).toBeUndefined();
  });

  it('does not take a lower-case word for a name ("may", "bush")', () => {
    const { graph } = build(article('Lower case', null, 'They may meet near a bush in the garden.'));
    expect(personLabels(graph)).toEqual([]);
  });

  it('does not take a surname followed by another capitalised name for the known person ("Trump Tower")', () => {
    const { graph, docs } = build(article('Tower', null, 'Trump met Putin. The lawyers met at Trump Tower.'));
    const trump = node(graph, 'Donald Trump').attrs;
    expect(trump.evidence.map((ev) => docs[0]!.text.slice(ev.start, ev.end))).toEqual(['Trump met Putin.']);
  });
});
