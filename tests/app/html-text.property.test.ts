// HTML to text on random pages: text fragments in nested elements, with
// attributes of random values (holding '>', '<', quotes), comments (the empty
// '<!-->' and '<!--->' among them), scripts, styles and other hidden elements
// of random content. Every text fragment comes out; nothing of an attribute
// value, a comment, a script or a hidden element does. Text tokens are
// "Tk<n>Z" and secrets "Sq<n>Q": no run of text tokens can spell a secret.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/text/html-text.ts';

interface Page {
  html: string;
  texts: string[];
  secrets: string[];
}

let counter = 0;
const textToken = (): string => `Tk${counter++}Z`;
const secret = (): string => `Sq${counter++}Q`;

const join = (parts: Page[], wrap: (inner: string) => string = (s) => s): Page => ({
  html: wrap(parts.map((p) => p.html).join('')),
  texts: parts.flatMap((p) => p.texts),
  secrets: parts.flatMap((p) => p.secrets),
});

/** Characters that are hard on a hand-written stripper. */
const noise = fc.string({ unit: fc.constantFrom('>', '<', '"', "'", '=', '/', ' ', '-', '!', '&', ';', 'a', '\n'), maxLength: 12 });

/** An attribute with a random value (holding a secret), quoted in a way that value allows. */
const attribute = fc.tuple(fc.constantFrom('title', 'data-x', 'alt', 'class', 'href'), noise, noise, fc.constantFrom('"', "'", '')).map(([name, before, after, quote]) => {
  const value = `${before}${secret()}${after}`;
  const spelled = quote === '' ? value.replace(/[\s"'=<>`]/g, '') || 'v' : value.replaceAll(quote, '');
  return { html: ` ${name}=${quote}${spelled}${quote}`, secrets: [spelled.match(/Sq\d+Q/)![0]] };
});

/** Comment content a browser reads to the next '-->': none of '-->', '--!>', '<!--', nor an opening '>' or '->'. */
const comment = fc.tuple(noise, noise).map(([before, after]): Page => {
  const s = secret();
  let body = `${before} ${s} ${after}`;
  while (/-->|--!>|<!--|<!-$|^-?>/.test(body)) body = body.replace(/-->|--!>|<!--|<!-$|^-?>/g, ' ');
  return { html: `<!--${body}-->`, texts: [], secrets: [s] };
});

const emptyComment = fc.constantFrom('<!-->', '<!--->', '<!---->').map((html): Page => ({ html, texts: [], secrets: [] }));

/** Raw text content for <script>, <style>, <iframe> …: anything but its own end tag (and, for script, '<!--', which changes where it ends). */
const rawText = (tag: string) =>
  fc.tuple(noise, noise).map(([before, after]): Page => {
    const s = secret();
    let body = `${before}"${s}"${after}`;
    const closing = new RegExp(`</${tag}|<!--`, 'gi');
    while (closing.test(body)) body = body.replace(closing, ' ');
    return { html: `<${tag}>${body}</${tag}>`, texts: [], secrets: [s] };
  });

const text = fc.constantFrom(' ', '', '\n', ' &amp; ').map((space): Page => {
  const t = textToken();
  return { html: `${space}${t}${space}`, texts: [t], secrets: [] };
});

/** A secret inside markup whose content is dropped. */
const around = (open: string, close: string) =>
  fc.constant(null).map((): Page => {
    const s = secret();
    return { html: `${open}${s}${close}`, texts: [], secrets: [s] };
  });

/** Elements whose content is dropped, holding a secret. */
const hidden = fc.oneof(
  rawText('script'),
  rawText('style'),
  rawText('noscript'),
  rawText('iframe'),
  around('<template><p>', '</p></template>'),
  around('<svg><text>', '</text></svg>'),
  around('<math><mi>', '</mi></math>'),
  around('<object><span>', '</span></object>'),
);

const TAGS = ['div', 'p', 'span', 'b', 'i', 'em', 'strong', 'a', 'section', 'article', 'li', 'h2', 'blockquote'];

const { page } = fc.letrec<{ page: Page; node: Page }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, comment, emptyComment, hidden, tie('page')),
  page: fc
    .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }))
    .map(([tag, attributes, children]): Page => {
      const inner = join(children);
      return {
        html: `<${tag}${attributes.map((a) => a.html).join('')}>${inner.html}</${tag}>`,
        texts: inner.texts,
        secrets: [...attributes.flatMap((a) => a.secrets), ...inner.secrets],
      };
    }),
}));

describe('htmlToText on random pages', () => {
  it('keeps every text fragment and nothing of attributes, comments, scripts or hidden elements', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(page, text, comment, emptyComment, hidden), { minLength: 1, maxLength: 6 }), (parts) => {
        const whole = join(parts);
        const out = htmlToText(whole.html);
        for (const t of whole.texts) expect(out).toContain(t);
        for (const s of whole.secrets) expect(out).not.toContain(s);
        expect(out).not.toMatch(/Sq\d+Q/);
      }),
      { numRuns: 400 },
    );
  });
});
