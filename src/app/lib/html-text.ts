// HTML to plain text without a DOM: the page is never parsed by the browser,
// rendered or run. Scripts, styles and comments are dropped with their content,
// block elements become line breaks, every other tag is removed and character
// references are decoded. Linear in the input (indexOf scans, no backtracking).

const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head'];
const BLOCK = /^(?:p|div|br|hr|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|aside|blockquote|pre|figure|figcaption|main|nav|dd|dt|title)$/i;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', eacute: 'é', egrave: 'è', ecirc: 'ê',
  aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß',
};

/** Decodes character references; unknown names stay as written, invalid code points become U+FFFD. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return Object.hasOwn(NAMED, ref) ? NAMED[ref]! : whole;
  });
}

/** The title of an HTML page (its <title>, else its first <h1>), or null. */
export function htmlTitle(html: string): string | null {
  for (const tag of ['title', 'h1']) {
    const m = new RegExp(`<${tag}\\b[^>]*>([^<]{1,300})<`, 'i').exec(html);
    const text = m ? decodeEntities(m[1]!).replace(/\s+/g, ' ').trim() : '';
    if (text) return text;
  }
  return null;
}

/** The readable text of an HTML document. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40))?.[1]?.toLowerCase();
    if (!name && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
      out.push('<'); // a lone "<" in text
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break; // an unclosed tag at the end: drop it
    i = gt + 1;
    if (!name) continue;
    const closing = html[lt + 1] === '/';
    if (!closing && DROPPED_ELEMENTS.includes(name)) {
      const end = lower.indexOf(`</${name}`, i);
      const close = end === -1 ? -1 : html.indexOf('>', end);
      i = close === -1 ? html.length : close + 1;
      if (name === 'head') {
        const title = htmlTitle(html.slice(lt, i));
        if (title) out.push(`${title}\n\n`);
      }
      continue;
    }
    if (BLOCK.test(name)) out.push('\n');
  }
  return tidy(decodeEntities(out.join('')));
}

/** Spaces collapsed within lines, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
