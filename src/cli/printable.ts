// Text from outside (file names, paths, arguments, article text) made safe to
// print on a terminal: control characters are shown as escapes, so a file name
// cannot end a line and forge another ("…\nwarning: …"), move the cursor,
// recolour the terminal (ESC [ 31 m) or reorder what follows (bidi overrides).
// Every line the CLI prints goes through printable(); JSON output through
// printableJson(). Written here because no library escapes this set:
// strip-ansi removes whole ANSI sequences but leaves other controls, and
// JSON.stringify and util.inspect leave C1, line separators and bidi marks.
import type { OutputStream } from './progress.ts';

/**
 * C0 controls (newline and tab too: one message is one line), DEL, C1 controls,
 * the line and paragraph separators, and the bidi marks, embeddings,
 * overrides and isolates.
 */
const BEYOND_C0 = String.raw`\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069`;
const UNPRINTABLE = new RegExp(String.raw`[\u0000-\u001f${BEYOND_C0}]`, 'g');
/** JSON.stringify escapes C0 in strings, and its raw newlines and spaces are the layout. */
const UNPRINTABLE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const hex = (c: string, digits: number): string => c.charCodeAt(0).toString(16).padStart(digits, '0');

/** One line of output with its control characters escaped: `\n`, `\t`, `\x1b`, `\x85`, `\u202e`. */
export function printable(line: string): string {
  return line.replace(UNPRINTABLE, (c) => NAMED[c] ?? (c <= '\u00ff' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators,
 * bidi) written as \u escapes; it stays valid JSON, as they only occur in strings.
 */
export function printableJson(json: string): string {
  return json.replace(UNPRINTABLE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}

/** Writes one message as one line: escaped, then a newline. */
export function printLine(stream: OutputStream, message: string): void {
  stream.write(`${printable(message)}\n`);
}
