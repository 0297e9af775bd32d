// Sentences and tokens with character offsets into the original text, from
// wink-nlp (tokens, sentence boundaries, parts of speech). wink gives token
// values and the spaces before them, not offsets, so offsets are recovered by
// walking the text; a line break always ends a sentence, since headlines,
// captions and bylines carry no final stop.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** two or more letters, all upper case */
  allCaps: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** token index range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
}

export interface Segmented {
  tokens: Token[];
  sentences: Sentence[];
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const UPPER = /^\p{Lu}/u;
/** Abbreviations that stand before a name; wink may end a sentence at their full stop. */
const TITLE_ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'maj.', 'col.', 'lt.', 'capt.', 'sgt.', 'adm.', 'cmdr.', 'sen.', 'rep.', 'gov.', 'amb.', 'st.', 'rev.', 'hon.', 'pres.']);
const ALL_CAPS = /^(?=(?:.*\p{L}){2})[^\p{Ll}]+$/u;

export function segment(text: string): Segmented {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentenceEndAt = new Set(spans.map((s) => s[1]));

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let open = -1; // token index where the current sentence began
  const close = () => {
    const endToken = tokens.length;
    if (open < 0 || endToken <= open) return;
    sentences.push({ index: sentences.length, start: tokens[open]!.start, end: tokens[endToken - 1]!.end, tokenStart: open, tokenEnd: endToken });
    open = -1;
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const space = spaces[i] ?? '';
    let at = cursor + space.length;
    if (!text.startsWith(value, at)) {
      at = text.indexOf(value, cursor);
      if (at < 0 || at - cursor > 64) continue; // a value wink rewrote: skip it rather than misplace it
    }
    if (at > cursor && text.slice(cursor, at).includes('\n')) close(); // a line break before this token
    cursor = at + value.length;
    const first = value.charCodeAt(0);
    if (first === 10 || first === 13 || first === 32 || first === 9 || /^\s+$/.test(value)) {
      if (value.includes('\n')) close();
    } else {
      if (open < 0) open = tokens.length;
      tokens.push({
        text: value, lower: value.toLowerCase(), start: at, end: cursor, pos: pos[i] ?? 'X',
        sentence: sentences.length, cap: UPPER.test(value), allCaps: ALL_CAPS.test(value),
      });
    }
    // "Maj. Gen. Roman Gofman": a title's full stop does not end the sentence.
    const abbreviation = value === '.' ? `${values[i - 1] ?? ''}.` : value;
    if (sentenceEndAt.has(i) && !TITLE_ABBREVIATIONS.has(abbreviation.toLowerCase())) close();
  }
  close();
  return { tokens, sentences };
}
