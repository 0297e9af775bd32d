// The place filter in a link and in a workspace file: written as `p=` node
// keys, read back the same; nothing picked is no `p` at all.
import { describe, expect, it } from 'vitest';
import { parseViewHash, viewHash } from '../../src/app/lib/view-link.ts';
import { checkViewState } from '../../src/app/lib/workspace-file.ts';

const DEFAULTS = { kinds: ['leader', 'venue'], statuses: ['held', 'planned', 'proposed'] };

describe('the place filter in a link', () => {
  it('is written as one p= per place and read back, keys with any character included', () => {
    const hash = viewHash({ places: ['venue:Helsinki', 'country:FI', 'a&b=c#d'] }, DEFAULTS);
    expect(new URLSearchParams(hash.slice(1)).getAll('p')).toEqual(['venue:Helsinki', 'country:FI', 'a&b=c#d']);
    expect(parseViewHash(hash)?.places).toEqual(['venue:Helsinki', 'country:FI', 'a&b=c#d']);
  });

  it('is left out when no place is picked, and an empty p= picks none', () => {
    expect(viewHash({ places: null }, DEFAULTS)).toBe('');
    expect(viewHash({ places: [] }, DEFAULTS)).toBe('');
    expect(parseViewHash('#p=')).toBeNull();
    expect(parseViewHash('#p=&sel=n:x')?.places).toBeUndefined();
  });
});

describe('the place filter in a workspace file', () => {
  it('is kept when it is a list of keys or null, and dropped otherwise', () => {
    expect(checkViewState({ places: ['venue:Helsinki'] }).places).toEqual(['venue:Helsinki']);
    expect(checkViewState({ places: null }).places).toBeNull();
    expect(checkViewState({ places: 'venue:Helsinki' }).places).toBeUndefined();
    expect(checkViewState({ places: [1, 2] }).places).toBeUndefined();
  });
});
