// `npm run gen:corpus -- --docs N --out DIR [--seed S]`: writes N synthetic
// news articles (see gen-corpus-articles.ts) for benchmarks at scale. The same
// seed gives the same files, byte for byte.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeArticle, type Article } from './gen-corpus-articles.ts';
import { seededRandom } from '../src/core/seeded-random.ts';
import { makeWorld } from './gen-corpus-world.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface CorpusOptions {
  docs: number;
  seed: number;
}

/** The articles of a synthetic corpus, generated lazily, one at a time. */
export async function* generateCorpus({ docs, seed }: CorpusOptions): AsyncGenerator<Article> {
  const gazetteer = JSON.parse(await readFile(path.join(ROOT, 'data', 'gazetteer.json'), 'utf8'));
  const given = JSON.parse(await readFile(path.join(ROOT, 'data', 'given-names.json'), 'utf8')) as string[];
  const rnd = seededRandom(seed);
  const world = makeWorld(rnd, docs, gazetteer, given);
  for (let i = 0; i < docs; i++) yield makeArticle(rnd, world, i);
}

function parse(argv: string[]): CorpusOptions & { out: string } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const docs = Number(value('--docs'));
  const out = value('--out');
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(docs) || docs < 1 || !out || !Number.isInteger(seed)) {
    throw new Error('gen-corpus: usage: npm run gen:corpus -- --docs N --out DIR [--seed S]');
  }
  return { docs, out, seed };
}

async function main(): Promise<void> {
  const { docs, out, seed } = parse(process.argv.slice(2));
  await mkdir(out, { recursive: true });
  let bytes = 0;
  for await (const article of generateCorpus({ docs, seed })) {
    await writeFile(path.join(out, article.name), article.text);
    bytes += article.text.length;
  }
  console.log(`gen-corpus: wrote ${docs} articles (${(bytes / 1e6).toFixed(1)} MB) to ${out} (seed ${seed})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
