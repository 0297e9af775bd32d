// "Your articles": adding an article whose text is already there adds nothing
// and names the article it repeats.
import { describe, expect, it } from 'vitest';
import { setAsideRepeats } from '../../src/app/lib/same-articles.ts';

const existing = [{ title: 'Envoys meet in Geneva', text: 'Envoys meet in Geneva\nThey talked for an hour.\n' }];
const titleOf = (d: { name: string; text: string }) => d.name;

describe('setAsideRepeats', () => {
  it('sets aside a draft with the text of an article already there, up to line endings and trailing spaces', () => {
    const drafts = [{ name: 'copy.txt', text: 'Envoys meet in Geneva  \r\nThey talked for an hour.\r\n\r\n' }, { name: 'new.txt', text: 'Another story.' }];
    const { fresh, repeats } = setAsideRepeats(drafts, existing, titleOf);
    expect(fresh.map((d) => d.name)).toEqual(['new.txt']);
    expect(repeats).toEqual([{ draft: drafts[0], of: 'Envoys meet in Geneva' }]);
  });

  it('keeps the first of two drafts with the same text in one batch', () => {
    const drafts = [{ name: 'a.txt', text: 'Same story.' }, { name: 'b.txt', text: 'Same story.\n' }];
    const { fresh, repeats } = setAsideRepeats(drafts, existing, titleOf);
    expect(fresh.map((d) => d.name)).toEqual(['a.txt']);
    expect(repeats.map((r) => [r.draft.name, r.of])).toEqual([['b.txt', 'a.txt']]);
  });

  it('adds drafts whose text differs', () => {
    const drafts = [{ name: 'a.txt', text: 'Envoys meet in Geneva\nThey talked for two hours.\n' }];
    expect(setAsideRepeats(drafts, existing, titleOf).fresh).toEqual(drafts);
  });
});
