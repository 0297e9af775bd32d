// Article files: what is refused as binary (over the whole file, as the CLI
// does) and what an HTML file's article is.
import { describe, expect, it } from 'vitest';
import { ArticleInputError, articleFromFile } from '../../src/app/lib/article-input.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('articleFromFile', () => {
  it('refuses a file with a NUL byte at byte 10,000, past the first 8 KB', async () => {
    const bytes = utf8('Putin met Trump in Helsinki. '.repeat(400));
    expect(bytes.length).toBeGreaterThan(10_000);
    bytes[10_000] = 0;
    await expect(articleFromFile('late-nul.txt', bytes)).rejects.toThrow(new ArticleInputError('late-nul.txt looks like a binary file, not text (a NUL byte at offset 10000).'));
  });

  it('refuses a file whose control characters come after the first 8 KB', async () => {
    const bytes = new Uint8Array(40_000).fill(0x41);
    bytes.fill(0x01, 20_000);
    await expect(articleFromFile('late-binary.md', bytes)).rejects.toThrow(/late-binary\.md looks like a binary file, not text/);
  });

  it('reads the same text without the NUL', async () => {
    const draft = await articleFromFile('fine.txt', utf8('Putin met Trump in Helsinki.\r\n'));
    expect(draft).toEqual({ name: 'fine.txt', title: null, text: 'Putin met Trump in Helsinki.\n' });
  });

  it('reads an HTML file as its visible text, its title from <title>', async () => {
    const page = '<html><head><title>Xi in Beijing</title></head><body><div title="tooltip > Xi met Obama in Beijing"><p>Chinese President Xi Jinping met Kenyan President William Ruto.</p></div><!-->Visible<!-- hidden --></body></html>';
    const draft = await articleFromFile('xi.html', utf8(page));
    expect(draft).toEqual({ name: 'xi.html', title: 'Xi in Beijing', text: 'Xi in Beijing\n\nChinese President Xi Jinping met Kenyan President William Ruto.\n\nVisible' });
  });

  it('says when an HTML file has no text once its markup is removed', async () => {
    await expect(articleFromFile('blank.htm', utf8('<html><head><title> </title></head><body><script>x()</script><!-- only a comment --></body></html>'))).rejects.toThrow(
      'blank.htm has no text once its markup is removed.',
    );
  });
});
