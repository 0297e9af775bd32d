// The report PNG's words and legend: which kinds and relations it lists for a
// view, the title and source text, and how long text wraps or is cut.
import { describe, expect, it } from 'vitest';
import { MEETING_STATUSES } from '../../src/core/schema.ts';
import { legendOf, reportSource, reportTitle } from '../../src/app/lib/report-text.ts';
import { visibleElements, type FilterSettings } from '../../src/app/lib/visibility.ts';
import { DRAWN_KINDS } from '../../src/app/state/filters.svelte.ts';
import { fileCounts } from '../../src/app/state/exporter.svelte.ts';
import { layoutBand, wrapText, type ReportContent } from '../../src/view/report-band.ts';
import type { Article } from '../../src/app/lib/graph-asset.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';

const graph = fixtureGraph();
const ALL: FilterSettings = { kinds: new Set(DRAWN_KINDS), statuses: new Set(MEETING_STATUSES), articles: null };
const ARTICLES = new Map<string, Article>([
  ['a.txt', { id: 'a.txt', title: 'Putin and Trump meet in Helsinki', published: '2018-07-16', text: '' }],
  ['b.txt', { id: 'b.txt', title: 'Trump invites Putin to Washington', published: null, text: '' }],
]);
const labels = (f: FilterSettings) => legendOf(graph, visibleElements(graph, f)).map((e) => e.label);

describe('the legend', () => {
  it('lists every kind, meeting status and relation the view shows, in the sidebar order', () => {
    expect(labels(ALL)).toEqual([
      'Leaders', 'Officials', 'Organizations', 'Countries', 'Venues', 'Held meetings', 'Proposed meetings',
      'participant', 'held at', 'invited', 'affiliated with',
    ]);
  });

  it('leaves out what the filters hide, and relations whose ends are hidden', () => {
    const f = { ...ALL, kinds: new Set(DRAWN_KINDS.filter((k) => k !== 'meeting')), hideUnconnected: true };
    // No meetings: no participant or held-at edge; Helsinki, Washington and Russia link to nothing shown.
    expect(labels(f)).toEqual(['Leaders', 'Officials', 'Organizations', 'invited', 'affiliated with']);
  });

  it('lists only the elements given (the ones in the exported view)', () => {
    expect(legendOf(graph, { nodes: ['putin', 'summit'], edges: ['e1'] })).toEqual([
      { kind: 'leader', label: 'Leaders' },
      { kind: 'meeting', status: 'held', label: 'Held meetings' },
      { relation: 'participant', label: 'participant' },
    ]);
  });
});

describe('the title', () => {
  it.each([
    { f: ALL, hidden: 0, want: 'seeds — everything' },
    {
      f: { ...ALL, kinds: new Set(['leader', 'official', 'venue', 'meeting'] as const), statuses: new Set(['held'] as const) },
      hidden: 0,
      want: 'seeds — held meetings; leaders, officials, venues',
    },
    { f: { ...ALL, statuses: new Set(['held', 'planned'] as const) }, hidden: 0, want: 'seeds — held and planned meetings' },
    { f: { ...ALL, kinds: new Set(['leader', 'country'] as const) }, hidden: 0, want: 'seeds — leaders, countries' },
    { f: { ...ALL, articles: new Set(['a.txt']) }, hidden: 34, want: 'seeds — 1 of 5 articles; unconnected nodes hidden' },
    { f: { ...ALL, kinds: new Set(DRAWN_KINDS.filter((k) => k !== 'organization')) }, hidden: 0, want: 'seeds — all but organizations' },
    { f: { ...ALL, timeRange: { from: '2018-01-01', to: '2018-12-31' } }, hidden: 0, want: 'seeds — meetings of 1 Jan 2018 – 31 Dec 2018' },
    {
      f: { ...ALL, kinds: new Set(DRAWN_KINDS.filter((k) => k !== 'organization' && k !== 'person')), statuses: new Set(['held'] as const) },
      hidden: 0,
      want: 'seeds — held meetings; all but people and organizations',
    },
  ])('$want', ({ f, hidden, want }) => {
    expect(reportTitle('seeds', f, 5, hidden)).toBe(want);
  });
});

describe('the source line', () => {
  const day = new Date('2026-12-01T10:00:00Z');
  it('names the few articles the shown elements cite, dated, and the day of export', () => {
    expect(reportSource(graph, { nodes: ['putin'], edges: [] }, ARTICLES, ALL, day)).toBe(
      'Source: 2 articles: “Trump invites Putin to Washington”; “Putin and Trump meet in Helsinki” (16 Jul 2018). Exported 1 Dec 2026.',
    );
    expect(reportSource(graph, { nodes: ['helsinki'], edges: ['e3'] }, ARTICLES, ALL, day)).toBe(
      'Source: 1 article: “Putin and Trump meet in Helsinki” (16 Jul 2018). Exported 1 Dec 2026.',
    );
  });

  it('counts only the articles the filter lets through', () => {
    expect(reportSource(graph, { nodes: ['putin'], edges: [] }, ARTICLES, { articles: new Set(['b.txt']) }, day)).toBe(
      'Source: 1 article: “Trump invites Putin to Washington”. Exported 1 Dec 2026.',
    );
  });

  it('counts many articles instead of naming them, with the span of their dates', () => {
    const many = new Map([...Array(5).keys()].map((i) => [`d${i}`, { id: `d${i}`, title: `T${i}`, published: `201${i}-05-0${i + 1}`, text: '' }]));
    const g = fixtureGraph();
    g.setNodeAttribute('putin', 'evidence', [...many.keys()].map((doc) => ({ doc, start: 0, end: 1 })));
    expect(reportSource(g, { nodes: ['putin'], edges: [] }, many, ALL, day)).toBe('Source: 5 articles published 1 May 2010 – 5 May 2014. Exported 1 Dec 2026.');
  });
});

describe('wrapping', () => {
  // One character is 1 px wide: a line fits when it has at most `width` characters.
  const fits = (width: number) => (line: string) => line.length <= width;

  it('wraps at spaces', () => {
    expect(wrapText('seeds — held meetings; leaders, officials', 16, fits(16), 4)).toEqual(['seeds — held', 'meetings;', 'leaders,', 'officials']);
    expect(wrapText('seeds — held meetings; leaders, officials', 16, fits(16), 3)).toEqual(['seeds — held', 'meetings;', 'leaders,…']);
  });

  it('ends a cut text with an ellipsis that fits', () => {
    const lines = wrapText('one two three four five six seven', 9, fits(9), 2);
    expect(lines).toEqual(['one two', 'three…']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(9);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 8, fits(8), 2)).toEqual(['Supercal', 'ifragil…']);
  });
});

describe('the band', () => {
  const measure = (text: string) => text.length * 7;
  const content: ReportContent = {
    title: 'seeds — held meetings; leaders, officials, venues, organizations, countries and people, from 3 of 5 articles; unconnected nodes hidden',
    legend: legendOf(graph, visibleElements(graph, ALL)),
    source: 'Source: 5 articles published 16 Jul 2018 – 12 Feb 2025. Exported 1 Dec 2026.',
  };

  it('keeps every mark and text inside its width, the title on two lines at most', () => {
    const band = layoutBand(content, 480, measure);
    for (const item of band.items) {
      const right = item.type === 'mark' ? item.x + item.w : item.x + measure(item.text);
      expect(right).toBeLessThanOrEqual(480 - 16);
      expect(item.y).toBeLessThan(band.height);
    }
    const title = band.items.filter((i) => i.type === 'text' && i.font.startsWith('700'));
    expect(title).toHaveLength(2);
    expect(title[1]!.type === 'text' && title[1]!.text.endsWith('…')).toBe(true);
    expect(band.items.filter((i) => i.type === 'mark')).toHaveLength(content.legend.length);
  });

  it('grows taller when narrower', () => {
    expect(layoutBand(content, 480, measure).height).toBeGreaterThan(layoutBand(content, 1400, measure).height);
  });
});

describe('the data export message', () => {
  it('counts drawn nodes and edges as the status line does, and the article nodes apart', () => {
    expect(fileCounts(graph)).toBe('10 nodes, 8 edges; also 2 article nodes and 1 edge to them');
  });
});
