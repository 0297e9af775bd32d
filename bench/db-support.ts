// What bench/db.ts and bench/db-statements.ts share: the throwaway cluster's
// settings from the command line, and the generated corpus written to a folder.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from '../scripts/gen-corpus.ts';

/** The values of each `--setting name=value` (repeatable), checked: they go onto the server's command line. */
export function clusterSettings(argv: readonly string[], bench: string): string[] {
  const settings = argv.flatMap((a, i) => (a === '--setting' && argv[i + 1] ? [argv[i + 1]!] : []));
  if (settings.some((s) => !/^[a-z_.]+=[\w.:-]+$/.test(s))) throw new Error(`${bench}: --setting takes name=value`);
  return settings;
}

/** Writes the first `take` articles of a generated corpus made for `world` articles (seed 1) into `folder`. */
export async function writeCorpus(folder: string, world: number, take = world): Promise<void> {
  await mkdir(folder, { recursive: true });
  let written = 0;
  for await (const article of generateCorpus({ docs: world, seed: 1 })) {
    if (written++ >= take) break;
    await writeFile(path.join(folder, article.name), article.text);
  }
}
