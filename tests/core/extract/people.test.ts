// People the gazetteer does not know, found from the article's own text: a
// role before the name, an apposition after it, a photo credit, a common given
// name. Later mentions by surname, in any case, are the same person.
import { describe, expect, it } from 'vitest';
import { article, build, edges, findNode, node, personLabels, spanText } from '../../fixtures/core/graph.ts';

describe('a person found from a role phrase', () => {
  const text = article('Kremlin says no date set', '20 Jul 2018, 01:22', [
    'Kremlin spokesman Dmitry Peskov said on Friday that no date had been set for a visit.',
    'Peskov added that talks were possible.',
    '"NO PLANS YET," PESKOV told reporters.',
  ].join(' '));
  const { graph, docs } = build(text);

  it('is a node labelled with the full name, of kind official', () => {
    const { attrs } = node(graph, 'Dmitry Peskov');
    expect(attrs.kind).toBe('official');
    expect(attrs.roles).toContain('spokesman');
    expect(attrs.country).toBe('RU');
  });

  it('is affiliated with the body in the role phrase (Kremlin), with the role', () => {
    expect(edges(graph, 'affiliated_with')).toContainEqual(expect.objectContaining({ source: 'Dmitry Peskov', target: 'Kremlin', role: 'spokesman' }));
  });

  it('ties "Peskov" and "PESKOV" to the same node', () => {
    expect(personLabels(graph)).toEqual(['Dmitry Peskov']);
    const { attrs } = node(graph, 'Dmitry Peskov');
    expect(attrs.aliases).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Peskov', 'PESKOV']));
    // One evidence item per sentence that names him, each containing the name.
    const sentences = attrs.evidence.map((ev) => spanText(docs, ev));
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(s.toLowerCase()).toContain('peskov');
  });

  it('gives the mention span of the name itself', () => {
    const mentions = node(graph, 'Dmitry Peskov').attrs.evidence.map((ev) => ev.mention && docs[0]!.text.slice(...ev.mention));
    expect(mentions).toEqual(['Dmitry Peskov', 'Peskov', 'PESKOV']);
  });
});

describe('a person found from an apposition', () => {
  const { graph } = build(article('Experts weigh in', null,
    'Steven Pifer, a former US ambassador to Ukraine, said the summit was a mistake. Pifer has long argued for caution.'));

  it('is an official of the country the apposition names', () => {
    const { attrs } = node(graph, 'Steven Pifer');
    expect(attrs.kind).toBe('official');
    expect(attrs.country).toBe('US');
    expect(attrs.roles).toContain('ambassador');
    expect(attrs.aliases).toEqual(expect.arrayContaining(['Steven Pifer', 'Pifer']));
  });

  it('is affiliated with no one, being a former ambassador', () => {
    expect(edges(graph, 'affiliated_with')).toEqual([]);
  });
});

describe('people found from photo credits and honorifics', () => {
  it.each([
    ['an all-capitals credit "Photo by JANE DOE / AFP"', 'Trump met Putin in Helsinki.\n(Photo by JANE DOE / AFP)', 'Jane Doe', 'JANE DOE'],
    ['an agency credit chain "Xinhua/Lehtikuva/Mikko Stig"', 'Trump met Putin in Helsinki.\nFile Photo Xinhua/Lehtikuva/Mikko Stig.', 'Mikko Stig', 'Mikko Stig'],
    ['a "Copyright" credit', 'Putin may be on his way to D.C. Copyright Alexei Nikolsky AP', 'Alexei Nikolsky', 'Alexei Nikolsky'],
  ])('%s', (_, body, label, alias) => {
    const { graph } = build(article('Summit', null, body));
    const { attrs } = node(graph, label);
    expect(attrs.kind).toBe('person');
    expect(attrs.aliases).toContain(alias);
  });

  it('drops an honorific from the label and reads the apposition ("Mr. John Smithers, a professor of history")', () => {
    const { graph } = build(article('Profile', null, 'Mr. John Smithers, a professor of history, said the summit was a mistake.'));
    const { attrs } = node(graph, 'John Smithers');
    expect(attrs.kind).toBe('person');
    expect(attrs.roles?.join(' ')).toMatch(/professor/);
  });

  it('keeps a military title out of the name ("Maj. Gen. Roman Gofman, the military secretary")', () => {
    const { graph } = build(article('Israel', null, 'Maj. Gen. Roman Gofman, the military secretary, attended. Gofman said little.'));
    const { attrs } = node(graph, 'Roman Gofman');
    expect(attrs.kind).toBe('official');
    expect(attrs.aliases).toEqual(expect.arrayContaining(['Roman Gofman', 'Gofman']));
  });

  // A byline names the article's author, not a photographer.
  it('reads a byline "By Anna Smith" as a person who is not a photographer', () => {
    const { graph } = build(article('Summit', null, 'By Anna Smith\nTrump met Putin in Helsinki.'));
    const { attrs } = node(graph, 'Anna Smith');
    expect(attrs.kind).toBe('person');
    expect(attrs.roles).not.toContain('photographer');
  });
});

describe('capitalised words that are not people', () => {
  it.each([
    ['a company with a speech verb', 'Goldman Sachs said the summit mattered to markets.', 'Goldman Sachs'],
    ['an all-capitals credit with no known given name', 'Trump met Putin in Helsinki.\nPHOTO: XYZZY QWERTY / AFP', 'Xyzzy Qwerty'],
    ['a capitalised phrase in a headline', 'Blue Ocean Strategy Launched Today', 'Blue Ocean Strategy'],
  ])('%s', (_, body, label) => {
    const { graph } = build(article('Markets', null, body));
    expect(findNode(graph, label)).toBeUndefined();
    expect(personLabels(graph).some((l) => l.toLowerCase().includes(label.split(' ')[0]!.toLowerCase()))).toBe(false);
  });
});

describe('one person across articles', () => {
  it('is one node of the most senior kind any article gives', () => {
    const { graph } = build(
      article('A', null, 'Kremlin spokesman Dmitry Peskov said on Friday that no date had been set.'),
      article('B', null, 'Dmitry Peskov said nothing more.'),
    );
    const { attrs } = node(graph, 'Dmitry Peskov');
    expect(attrs.kind).toBe('official');
    expect(new Set(attrs.evidence.map((e) => e.doc))).toEqual(new Set(['a.txt', 'b.txt']));
  });
});
