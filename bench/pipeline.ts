// `npm run bench`: how fast the whole pipeline turns text into a graph, next to
// two baselines run on the same text in the same process:
//   (a) the whole pipeline as `npm run kg` runs it: buildGraph on one thread
//       (MB/s, documents/s, peak RSS and heap), and (a2) the same on worker
//       threads, one per core;
//   (b) compromise: nlp(text).people() and .places() per document on one parse,
//       and (b2) on a parse each, as the issue measured it — slow, so by
//       default they run on a leading subset of the corpus (reported as such);
//   (c) wink-nlp bare tokenization with wink-eng-lite-web-model;
//   (d) hostile inputs (bench/hostile.ts) at --hostile sizes, in s/MB next to (a).
// The corpus repeats the seed and dev articles (each copy with its own doc id and last line)
// until it holds at least --mb megabytes (10^6 bytes of UTF-8; default 5).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildGraphInParallel } from '../src/cli/parallel-build.ts';
import { buildGraph } from '../src/core/index.ts';
import type { Doc } from '../src/core/schema.ts';
import { parseSize, runHostile } from './hostile.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = [join(ROOT, 'seeds'), join(ROOT, '../shared/eval/dev')];
const MB = 1_000_000;

// A full collection between stages, so one stage's garbage is not the next one's peak.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Options {
  mb: number;
  compromiseMb: number;
  winkMb: number;
  /** sizes of the hostile inputs, in bytes; empty: none */
  hostile: number[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = { mb: 5, compromiseMb: 0.5, winkMb: Infinity, hostile: ['10k', '100k', '1m', '5m'].map(parseSize) };
  const names: Record<string, 'mb' | 'compromiseMb' | 'winkMb'> = { '--mb': 'mb', '--compromise-mb': 'compromiseMb', '--wink-mb': 'winkMb' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    if (flag === '--help' || flag === '-h') {
      console.log('npm run bench -- [--mb 5] [--compromise-mb 0.5] [--wink-mb N] [--hostile 10k,100k,1m,5m | none]\n  sizes in MB (10^6 bytes); compromise and wink-nlp run on the first documents up to their size;\n  --hostile: the sizes of the hostile inputs (base64 in Markdown, words without a stop, hyphens)');
      process.exit(0);
    }
    if (flag === '--hostile') {
      const value = inline ?? argv[++i] ?? '';
      options.hostile = value === 'none' ? [] : value.split(',').map(parseSize);
      continue;
    }
    const name = names[flag];
    const value = Number(inline ?? argv[++i]);
    if (!name || !(value > 0)) throw new Error(`bench: bad option ${argv[i]} (expected --mb N, --compromise-mb N or --wink-mb N with N > 0)`);
    options[name] = value;
  }
  return options;
}

const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

function loadTexts(): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  for (const dir of SOURCES) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    } catch {
      console.warn(`bench: ${dir} not found, skipped`);
      continue;
    }
    for (const name of names) texts.push({ name: `${basename(dir)}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
  }
  if (texts.length === 0) throw new Error(`bench: no .txt files in ${SOURCES.join(' or ')}`);
  return texts;
}

/**
 * Copies of the texts, each with its own id and a last line of its own, until `mb` megabytes:
 * the pipeline reads the same text twice as one article, so exact copies would not be read at all.
 */
function buildCorpus(texts: { name: string; text: string }[], mb: number): { docs: Doc[]; copies: number } {
  const docs: Doc[] = [];
  let bytes = 0;
  let copy = 0;
  while (bytes < mb * MB) {
    copy++;
    for (const { name, text } of texts) {
      const copied = `${text}\nCopy ${copy}.\n`;
      docs.push({ id: `copy${String(copy).padStart(4, '0')}/${name}`, text: copied });
      bytes += bytesOf(copied);
    }
  }
  return { docs, copies: copy };
}

/** The leading documents that make up `mb` megabytes (all of them when mb ≥ the corpus). */
function leading(docs: Doc[], mb: number): Doc[] {
  const out: Doc[] = [];
  let bytes = 0;
  for (const doc of docs) {
    if (bytes >= mb * MB) break;
    out.push(doc);
    bytes += bytesOf(doc.text);
  }
  return out;
}

interface Measure {
  step: string;
  docs: number;
  bytes: number;
  seconds: number;
  peakRss: number;
  peakHeap: number;
  note?: string;
}

/** Runs `work`, which calls `sample()` now and then (after each document) so peaks are seen inside synchronous code. */
async function measure(step: string, docs: Doc[], work: (sample: () => void) => void | Promise<void>, note?: string): Promise<Measure> {
  collectGarbage();
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const start = performance.now();
  await work(sample);
  const seconds = (performance.now() - start) / 1000;
  sample();
  return { step, docs: docs.length, bytes: docs.reduce((n, d) => n + bytesOf(d.text), 0), seconds, peakRss, peakHeap, note };
}

const mbps = (m: Measure): number => m.bytes / MB / m.seconds;

function printTable(rows: Measure[]): void {
  const header = ['step', 'docs', 'MB', 'seconds', 'MB/s', 'docs/s', 'peak RSS', 'peak heap'];
  const cells = rows.map((m) => [
    m.step,
    String(m.docs),
    (m.bytes / MB).toFixed(2),
    m.seconds.toFixed(2),
    mbps(m).toFixed(3),
    (m.docs / m.seconds).toFixed(1),
    `${Math.round(m.peakRss / 2 ** 20)} MiB`,
    `${Math.round(m.peakHeap / 2 ** 20)} MiB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => c.map((s, i) => (i === 0 ? s.padEnd(widths[i]!) : s.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  for (const m of rows) if (m.note) console.log(`  ${m.step}: ${m.note}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const texts = loadTexts();
  const { docs, copies } = buildCorpus(texts, options.mb);
  const corpusBytes = docs.reduce((n, d) => n + bytesOf(d.text), 0);
  console.log(`corpus: ${(corpusBytes / MB).toFixed(2)} MB, ${docs.length} documents (${texts.length} articles × ${copies} copies, distinct ids)`);
  console.log(`node ${process.version}, ${process.arch}\n`);

  // Warm-ups, not counted: each contender loads its lexicons and models and gets
  // its code compiled on the same first documents (about 0.1 MB), so that every
  // row measures steady throughput.
  const warm = leading(docs, 0.1);
  let start = performance.now();
  buildGraph(warm);
  const pipelineWarmup = (performance.now() - start) / 1000;
  const wink = winkNLP(model);
  for (const doc of warm) {
    const parsed = nlp(doc.text);
    parsed.people().out('array');
    parsed.places().out('array');
    wink.readDoc(doc.text).tokens().out();
  }

  let nodes = 0;
  let edges = 0;
  const pipeline = await measure('(a) pipeline (as npm run kg)', docs, (sample) => {
    const graph = buildGraph(docs, { onProgress: (done) => done % 25 === 0 && sample() });
    sample();
    nodes = graph.order;
    edges = graph.size;
  });
  pipeline.note = `buildGraph on one thread: graph of ${nodes} nodes, ${edges} edges; warm-up on the first ${warm.length} documents ${pipelineWarmup.toFixed(2)} s, not counted`;
  const threads = await measure(`(a2) pipeline, ${availableParallelism()} threads`, docs, async (sample) => {
    await buildGraphInParallel(docs, { onProgress: (done) => done % 25 === 0 && sample() });
  });
  threads.note = 'worker threads read the articles, this thread assembles; includes starting the workers';
  const rows: Measure[] = [pipeline, threads];

  const compromiseDocs = leading(docs, options.compromiseMb);
  rows.push(
    await measure('(b) compromise people+places', compromiseDocs, (sample) => {
      for (const doc of compromiseDocs) {
        const parsed = nlp(doc.text);
        parsed.people().out('array');
        parsed.places().out('array');
        sample();
      }
    }, compromiseDocs.length < docs.length ? `ran on the first ${compromiseDocs.length} of ${docs.length} documents (--compromise-mb ${options.compromiseMb}); MB/s is over that subset` : undefined),
  );

  // compromise as the issue measured it (about 0.08 MB/s): people() and places() each on its own parse.
  rows.push(
    await measure('(b2) compromise, two parses', compromiseDocs, (sample) => {
      for (const doc of compromiseDocs) {
        nlp(doc.text).people().out('array');
        nlp(doc.text).places().out('array');
        sample();
      }
    }, 'nlp(text).people() and nlp(text).places(), each as it comes'),
  );

  const winkDocs = leading(docs, options.winkMb);
  rows.push(
    await measure('(c) wink-nlp tokens', winkDocs, (sample) => {
      for (const doc of winkDocs) {
        wink.readDoc(doc.text).tokens().out();
        sample();
      }
    }, winkDocs.length < docs.length ? `ran on the first ${winkDocs.length} of ${docs.length} documents` : undefined),
  );

  printTable(rows);
  const [, , compromise, compromiseTwice, tokens] = rows as [Measure, Measure, Measure, Measure, Measure];
  console.log(`\npipeline / compromise, one parse for both (MB/s): ${(mbps(pipeline) / mbps(compromise)).toFixed(2)}×`);
  console.log(`pipeline / compromise, a parse each (MB/s): ${(mbps(pipeline) / mbps(compromiseTwice)).toFixed(2)}×`);
  console.log(`pipeline on ${availableParallelism()} threads / one thread: ${(mbps(threads) / mbps(pipeline)).toFixed(2)}×`);
  console.log(`pipeline / wink-nlp tokenization (MB/s): ${(mbps(pipeline) / mbps(tokens)).toFixed(3)}×`);
  console.log('peak RSS is the whole process (it includes the corpus and earlier steps); peak heap is sampled after documents.');
  if (options.hostile.length > 0) runHostile(options.hostile, pipeline.seconds / (pipeline.bytes / MB));
}

await main();
