// XML 1.0 helpers shared by the GraphML and GEXF modules: escaping, removing the
// characters XML 1.0 cannot carry at all, JSON that survives XML intact, and a
// strict parse that turns parser complaints into errors instead of console noise.
//
// @xmldom/xmldom is plain JavaScript (no Node or DOM dependency), so the same
// parse runs in Node, in the browser and in a Web Worker, which has no native
// DOMParser. It is also the instance graphology-graphml and graphology-gexf use,
// so the Document we hand them passes their `instanceof Document` check.
import { DOMParser } from '@xmldom/xmldom';

// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
// With the `u` flag a lone surrogate is one code point outside these ranges, so
// it is removed too, while a proper surrogate pair (one astral code point) stays.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 cannot represent, not even as `&#…;` references. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be turned into LF by every XML parser (end-of-line handling);
  // xmldom also treats NEL and LINE SEPARATOR as line ends (XML 1.1 rules).
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
};
// In attribute values, parsers also turn raw tabs and newlines into spaces.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '\t': '&#9;', '\n': '&#10;' };

/** Escapes text for element content: the value a parser reads back is the stripped input. */
export function escapeXmlText(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"'\r\u0085\u2028]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes text for a double-quoted attribute value, whitespace included. */
export function escapeXmlAttribute(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"'\r\n\t\u0085\u2028]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/**
 * Makes finished XML (written by a library) safe to read back: removes the
 * characters XML 1.0 forbids and writes NEL and LINE SEPARATOR as references,
 * since some parsers (xmldom) turn them into line ends. They can only occur
 * in text and attribute values, so this touches no markup.
 */
export function finishXml(xml: string): string {
  return stripIllegalXmlChars(xml).replace(/[\u0085\u2028]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON text that XML can carry without loss. JSON.stringify already escapes
 * control characters and lone surrogates; U+FFFE and U+FFFF are the only
 * characters it leaves raw that XML 1.0 forbids, so they become `\uXXXX` too.
 */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function cleanParserMessage(message: unknown): string {
  return String(message)
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s*@#\[line:(\w+),col:(\w+)\]\s*$/, (_m, line: string, col: string) =>
      line === 'undefined' ? '' : ` (line ${line}, column ${col})`,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Nesting deeper than this is refused: no graph file needs it, and deep trees exhaust recursive walkers. */
export const MAX_XML_DEPTH = 100;

/** The index of the `>` closing the tag that starts before `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return j;
  }
  return -1;
}

/**
 * Refuses what a graph file never needs and an attacker does: a DOCTYPE or
 * ENTITY declaration (entity expansion such as "billion laughs", external
 * entities) and absurd nesting. Checked on the text, before any parser runs.
 */
export function checkXmlSafety(text: string, module: string): void {
  const declaration = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i.exec(text);
  if (declaration) {
    throw new Error(`${module}: the input contains a <!${declaration[1]!.toUpperCase()}> declaration, which is refused (entity expansion and external entities are not allowed in graph files)`);
  }
  // A linear scan of tags, skipping comments, CDATA and processing instructions.
  let depth = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    const next = text.charCodeAt(i + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = text.startsWith('<!--', i) ? text.indexOf('-->', i + 4) : text.startsWith('<![CDATA[', i) ? text.indexOf(']]>', i + 9) : text.indexOf('>', i + 2);
      if (close === -1) break;
      i = text.indexOf('<', close + 1);
      continue;
    }
    const end = tagEnd(text, i + 1);
    if (end === -1) break;
    if (next === 47 /* / */) depth--;
    else if (text.charCodeAt(end - 1) !== 47) {
      depth++;
      if (depth > MAX_XML_DEPTH) throw new Error(`${module}: the input nests elements more than ${MAX_XML_DEPTH} levels deep, which is refused`);
    }
    i = text.indexOf('<', end + 1);
  }
}

/**
 * Parses XML text strictly. `module` names the caller in error messages;
 * `rootName` is the expected document element (`graphml`, `gexf`).
 * Warnings count as errors: xmldom only warns about unclosed tags, and a
 * truncated file must not import as a smaller graph.
 */
export function parseXmlDocument(text: string, module: string, rootName: string): Document {
  if (typeof text !== 'string') throw new Error(`${module}: expected the file's text as a string, got ${typeof text}`);
  if (text.trim() === '') throw new Error(`${module}: the input is empty, expected a <${rootName}> document`);
  checkXmlSafety(text, module);
  const problems: string[] = [];
  const record = (message: unknown): void => {
    problems.push(cleanParserMessage(message));
  };
  // The locator puts each element's line on it (`lineNumber`), for messages that name where in the file.
  const parser = new DOMParser({ locator: {}, errorHandler: { warning: record, error: record, fatalError: record } });
  let document: Document | undefined;
  try {
    document = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    record(error instanceof Error ? error.message : error);
  }
  if (problems.length > 0 || !document) {
    throw new Error(`${module}: the input is not well-formed XML: ${problems.slice(0, 3).join('; ') || 'no document'}`);
  }
  const root = document.documentElement;
  if (!root) throw new Error(`${module}: the input has no XML element, expected <${rootName}>`);
  const name = root.localName ?? root.nodeName;
  if (name.toLowerCase() !== rootName) {
    throw new Error(`${module}: the input's root element is <${root.nodeName}>, expected <${rootName}>`);
  }
  return document;
}

export { messageOf } from './errors.ts';
