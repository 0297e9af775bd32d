// Hostile inputs for `npm run bench`: texts that once made extraction quadratic
// (a base64 image inlined in Markdown, words without a full stop, a rule of
// hyphens), made at the sizes asked, each run through the whole pipeline and
// reported in seconds per MB next to the ordinary articles' figure of the same
// run: flat across sizes, and close to ordinary text, is linear.
import { buildGraph } from '../src/core/index.ts';

const MB = 1_000_000;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const WORDS = ['the', 'minister', 'met', 'Putin', 'in', 'Paris', 'and', 'talked', 'about', 'trade', 'with', 'officials', 'on', 'Monday'];

/** Pseudo-random base64 of `n` characters (the same every run). */
function base64(n: number): string {
  const out = new Array<string>(n);
  let x = 7;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = BASE64[(x >>> 8) & 63]!;
  }
  return out.join('');
}

function wordsWithoutStop(n: number): string {
  const out: string[] = [];
  for (let length = 0, i = 0; length < n; i++) {
    const w = WORDS[i % WORDS.length]!;
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ').slice(0, n);
}

const ARTICLE_HEAD = '# Macron meets Putin\n\nFrench President Emmanuel Macron met Vladimir Putin in Paris on Monday.\n\n';

/** Each hostile input of about `bytes` bytes (ASCII, so characters are bytes). */
export const HOSTILE_INPUTS: Record<string, (bytes: number) => string> = {
  'base64 image in Markdown': (bytes) => `${ARTICLE_HEAD}![photo](data:image/png;base64,${base64(Math.max(0, bytes - ARTICLE_HEAD.length - 40))})\n\nThey talked.\n`,
  'words without a full stop': wordsWithoutStop,
  'a run of hyphens': (bytes) => '-'.repeat(bytes),
};

/** "10k", "1m", "2.5m", "5000000": a size in bytes (k = 10^3, m = 10^6). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`bench: bad size "${text}" (expected e.g. 10k, 100k, 1m, 5m)`);
  return Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1e3 : m[2]!.toLowerCase() === 'm' ? MB : 1));
}

const sizeLabel = (bytes: number): string => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1e3} KB`);

/** Runs every hostile input at every size and prints seconds per MB against `ordinarySecondsPerMb`. */
export function runHostile(sizes: readonly number[], ordinarySecondsPerMb: number): void {
  const rows: string[][] = [];
  for (const [name, make] of Object.entries(HOSTILE_INPUTS)) {
    for (const bytes of sizes) {
      const text = make(bytes);
      // Small inputs run several times, so that timer noise does not make their figure.
      const runs = Math.max(1, Math.ceil(MB / 2 / text.length));
      const start = performance.now();
      for (let r = 0; r < runs; r++) buildGraph([{ id: 'hostile.md', text }]);
      const seconds = (performance.now() - start) / 1000 / runs;
      const perMb = seconds / (text.length / MB);
      rows.push([name, sizeLabel(bytes), seconds.toFixed(3), perMb.toFixed(2), `${(perMb / ordinarySecondsPerMb).toFixed(2)}×`]);
    }
  }
  const header = ['hostile input', 'size', 'seconds', 's/MB', '/ ordinary'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (c: string[]): string => c.map((s, i) => (i === 0 ? s.padEnd(widths[i]!) : s.padStart(widths[i]!))).join('  ');
  console.log(`\nhostile inputs, whole pipeline on one thread; ordinary articles in this run: ${ordinarySecondsPerMb.toFixed(2)} s/MB`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
