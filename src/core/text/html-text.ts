// The readable text of an HTML page, for the app's file chooser and the CLI.
// parse5 (the WHATWG parser jsdom uses) builds the tree exactly as a browser
// would: comments such as `<!-->`, quoted attribute values holding `>`, raw
// text in <script>, <title> and <textarea>, entities. The tree is plain
// objects: nothing is rendered, fetched or run. Only text nodes are kept,
// outside the elements in HIDDEN; attribute values and comments never are.
import { html, parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type Parent = DefaultTreeAdapterTypes.ParentNode;

/**
 * Elements whose content is not the page's text: code, metadata, fallbacks,
 * drawings, and form fields (a <textarea> on a news page mostly holds embed code).
 */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title', 'noembed', 'noframes', 'textarea', 'select']);
/** Elements shown as blocks (the HTML rendering rules' display: block, list-item, table parts): their start and end each break the line, so that paragraphs come out apart. <br> breaks it once. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li',
  'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'xmp',
]);
/** Elements whose white space is shown as written. */
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const TITLE_LENGTH = 300;

const isElement = (node: Node | Parent): node is Element => 'tagName' in node;
const isHtml = (element: Element, ...names: string[]): boolean => element.namespaceURI === html.NS.HTML && names.includes(element.tagName);
const isHidden = (element: Element): boolean => element.namespaceURI !== html.NS.HTML || HIDDEN.has(element.tagName);

/** A step of the walk: a node to visit, or the end of a block or of preformatted text. */
type Step = Node | 'end-block' | 'end-pre';

/** The visible text under `root`, block elements ending lines. Iterative: a page may nest 100,000 deep. */
function visibleText(root: Parent): string {
  const out: string[] = [];
  const steps: Step[] = [...root.childNodes].reverse();
  let preformatted = 0;
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if (step === 'end-block') out.push('\n');
    else if (step === 'end-pre') preformatted--;
    else if (step.nodeName === '#text') {
      const { value } = step as DefaultTreeAdapterTypes.TextNode;
      // Outside <pre>, a browser shows any run of white space, line breaks included, as one space.
      out.push(preformatted > 0 ? value : value.replace(/[\t\n\f\r ]+/g, ' '));
    } else if (isElement(step) && !isHidden(step)) {
      if (step.tagName === 'br') out.push('\n');
      else if (BLOCK.has(step.tagName)) {
        out.push('\n');
        steps.push('end-block');
      }
      if (PREFORMATTED.has(step.tagName)) {
        preformatted++;
        steps.push('end-pre');
      }
      for (let i = step.childNodes.length - 1; i >= 0; i--) steps.push(step.childNodes[i]!);
    }
  }
  return out.join('');
}

/** The first HTML element named `name` outside hidden content (and, for <title>, inside it too), in document order. */
function firstElement(root: Parent, name: string): Element | null {
  const stack: Node[] = [...root.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    if (isHtml(node, name)) return node;
    if (isHidden(node) && !isHtml(node, 'head')) continue;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return null;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, TITLE_LENGTH).trim();

/** The text of the page's first <title> (raw text: its children are text nodes), on one line. */
function titleText(document: DefaultTreeAdapterTypes.Document): string {
  const title = firstElement(document, 'title');
  return title ? oneLine(title.childNodes.map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterTypes.TextNode).value : '')).join('')) : '';
}

/** Spaces collapsed within lines, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface HtmlArticle {
  /** The page's <title>, else its first <h1>, on one line; null when it has neither. */
  title: string | null;
  /** The visible text, the <title> as its first line. */
  text: string;
}

/** A page's title and readable text, from one parse. */
export function htmlArticle(page: string): HtmlArticle {
  const document = parse(page);
  const title = titleText(document);
  const h1 = title ? null : firstElement(document, 'h1');
  return {
    title: title || (h1 && oneLine(visibleText(h1))) || null,
    // Browsers show the title in the tab; here it leads the text, where the extractor reads a headline.
    text: tidy((title ? `${title}\n\n` : '') + visibleText(document)),
  };
}

/** The title of an HTML page (its <title>, else its first <h1>), or null. */
export const htmlTitle = (page: string): string | null => htmlArticle(page).title;

/** The readable text of an HTML page. */
export const htmlToText = (page: string): string => htmlArticle(page).text;
