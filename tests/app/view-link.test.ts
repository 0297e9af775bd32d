// A view as the address's fragment: written short (defaults left out) and
// read back the same; anything not understood is dropped.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseViewHash, viewHash } from '../../src/app/lib/view-link.ts';
import type { ViewState } from '../../src/app/lib/workspace-file.ts';

const DEFAULTS = { kinds: ['leader', 'official', 'venue'], statuses: ['held', 'planned', 'proposed'] };

describe('view links', () => {
  it('leaves the defaults out', () => {
    expect(viewHash({ kinds: [...DEFAULTS.kinds], statuses: [...DEFAULTS.statuses], articles: null, hideUnconnected: 'auto', focusHops: 0, selection: null }, DEFAULTS)).toBe('');
    expect(parseViewHash('')).toBeNull();
    expect(parseViewHash('#')).toBeNull();
  });

  it('reads back what it writes, ids with any character included', () => {
    const id = fc.string({ minLength: 1, maxLength: 30 });
    const view = fc.record(
      {
        selection: fc.option(fc.record({ type: fc.constantFrom<'node' | 'edge'>('node', 'edge'), id }), { nil: undefined }),
        kinds: fc.subarray(DEFAULTS.kinds),
        statuses: fc.subarray(DEFAULTS.statuses),
        articles: fc.option(fc.array(id.filter((s) => s !== ''), { maxLength: 3 }), { nil: null }),
        hideUnconnected: fc.constantFrom<boolean | 'auto'>(true, false, 'auto'),
        focusHops: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
        layout: fc.constantFrom('cose-bilkent', 'circle'),
        viewport: fc.record({ zoom: fc.double({ min: 0.01, max: 10, noNaN: true }), x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }) }),
      },
      { requiredKeys: ['kinds', 'statuses', 'articles', 'hideUnconnected', 'focusHops', 'layout', 'viewport'] },
    );
    fc.assert(
      fc.property(view, (v: ViewState) => {
        const back = parseViewHash(viewHash(v, DEFAULTS))!;
        expect(back.selection ?? null).toEqual(v.selection ?? null);
        expect(back.kinds ?? DEFAULTS.kinds).toEqual(v.kinds);
        expect(back.statuses ?? DEFAULTS.statuses).toEqual(v.statuses);
        expect(back.articles ?? null).toEqual(v.articles);
        expect(back.hideUnconnected ?? 'auto').toBe(v.hideUnconnected);
        expect(back.focusHops ?? 0).toBe(v.focusHops);
        expect(back.layout).toBe(v.layout);
        expect(back.viewport!.zoom).toBeCloseTo(v.viewport!.zoom, 3);
        expect(back.viewport!.x).toBeCloseTo(v.viewport!.x, 0);
      }),
    );
  });

  it('drops what it does not understand', () => {
    expect(parseViewHash('#sel=x:1&f=7&u=maybe&z=-1&x=1&y=2')).toBeNull();
    expect(parseViewHash('#z=2&x=abc&y=1')).toBeNull();
    expect(parseViewHash('#k=')).toEqual({ kinds: [] });
    expect(parseViewHash('#sel=e:a%3Ab&f=2')).toEqual({ selection: { type: 'edge', id: 'a:b' }, focusHops: 2 });
  });
});
