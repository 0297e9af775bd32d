// Articles the user brings: a pasted text, or a .txt / .md / .html file read as
// bytes. Decides what the article's text is, or says clearly why there is
// none (empty, too large, binary, not UTF-8, not a kind of file we read).
// Pure functions of the bytes, so they run in tests without a browser.

/** The largest article file read; the text's own limit is the same in characters. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text', '.html', '.htm'] as const;

export interface ArticleDraft {
  /** The name it came from (file name), or null when pasted. */
  name: string | null;
  title: string | null;
  text: string;
}

export class ArticleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

export const isArticleFileName = (name: string): boolean => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks a file's size before it is read. */
export function checkArticleSize(name: string, size: number): void {
  if (size === 0) throw new ArticleInputError(`${name} is empty.`);
  if (size > MAX_ARTICLE_BYTES) throw new ArticleInputError(`${name} is ${formatBytes(size)}; an article can be at most ${formatBytes(MAX_ARTICLE_BYTES)}.`);
}

/** Why these bytes are not text, or null when they may be. The whole file is read: a NUL at byte 10,000 counts too. */
function binaryReason(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'is UTF-16 text; save it as UTF-8';
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `looks like a binary file, not text (a NUL byte at offset ${nul})`;
  let control = 0;
  for (const b of bytes) if (b < 9 || (b > 13 && b < 32)) control++;
  return control > bytes.length / 20 ? 'looks like a binary file, not text (too many control characters)' : null;
}

/**
 * An article from a file's bytes: decoded as UTF-8, HTML turned into its
 * visible text. Async because the HTML parser is loaded on first use, not
 * with the app.
 */
export async function articleFromFile(name: string, bytes: Uint8Array, readHtml: HtmlReader = readHtmlHere): Promise<ArticleDraft> {
  checkArticleSize(name, bytes.length);
  if (!isArticleFileName(name)) throw new ArticleInputError(`${name} is not an article this app reads (.txt, .md or .html) nor a graph (.graphml, .gexf, .json).`);
  const binary = binaryReason(bytes);
  if (binary) throw new ArticleInputError(`${name} ${binary}.`);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(`${name} is not UTF-8 text (it may be Latin-1 or Windows-1252); save it as UTF-8 and add it again.`);
  }
  const isHtml = /\.html?$/i.test(name);
  const { title, text } = isHtml ? await readHtml(raw) : { title: null, text: raw.replace(/\r\n?/g, '\n') };
  if (text.trim() === '') throw new ArticleInputError(`${name} has no text${isHtml ? ' once its markup is removed' : ''}.`);
  return { name, title, text };
}

/** Turns an HTML page into its title and visible text: here, or in a worker (the app's, so a big page never blocks the page). */
export type HtmlReader = (html: string) => Promise<{ title: string | null; text: string }>;

const readHtmlHere: HtmlReader = async (html) => (await import('../../core/text/html-text.ts')).htmlArticle(html);

/**
 * A pasted article: the title and date, when given, become its first lines
 * ("Published: …"), which is where the extractor reads them. Its length is
 * checked on the text as stored, with those lines (storedTextProblem).
 */
export function articleFromPaste(body: string, title = '', date = ''): ArticleDraft {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (text === '') throw new ArticleInputError('The article is empty: paste its text first.');
  const head = [title.trim(), date.trim() ? `Published: ${date.trim()}` : ''].filter(Boolean);
  const firstLine = text.split('\n', 1)[0]!.trim();
  const withHead = head.length === 0 || (head.length === 1 && head[0] === firstLine) ? text : `${head.join('\n')}\n\n${text}`;
  return { name: null, title: title.trim() || null, text: withHead };
}
