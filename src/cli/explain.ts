// The `explain` command: reads the named files (and the articles of named
// folders, as build reads a folder), runs the engine on each and prints what
// it found, as text or JSON. Files are decoded as build decodes them (HTML too
// is read as it is, as build reads it), so offsets match build's evidence.
import { stat } from 'node:fs/promises';
import { type Explanation, explainExtractions } from '../core/explain/explanation.ts';
import { formatExplanation } from '../core/explain/format.ts';
import { type DocumentExtraction, extractDocument } from '../core/index.ts';
import { type Knowledge, loadDefaultKnowledge } from '../core/knowledge.ts';
import { printLine, printable, printableJson } from './printable.ts';
import type { OutputStream } from './progress.ts';
import { type ArticleFile, CorpusError, listCorpus, readArticle } from './read-corpus.ts';

export interface ExplainOptions {
  paths: readonly string[];
  json: boolean;
  width: number;
  stdout: OutputStream;
  stderr: OutputStream;
  knowledge?: Knowledge;
}

const reasonOf = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));

/** The article files a path names: itself, or a folder's articles (ids relative to the folder, as build names them). */
async function filesOf(path: string, warn: (message: string) => void): Promise<ArticleFile[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw new CorpusError((error as NodeJS.ErrnoException)?.code === 'ENOENT' ? `cli: no such file or folder: ${path}` : `cli: cannot open ${path} (${reasonOf(error)})`);
  });
  if (info.isDirectory()) return listCorpus(path, (w) => warn(`warning: skipped ${w.id}: ${w.reason}`));
  if (!info.isFile()) throw new CorpusError(`cli: not a file or folder: ${path}`);
  // A single file is named as given, so the user sees the path they typed.
  return [{ id: path, path }];
}

/** Runs `explain`; returns the exit code: 1 if a path was missing or a file could not be read, else 0. */
export async function explainCommand(options: ExplainOptions): Promise<number> {
  const { stdout, stderr } = options;
  let failed = false;
  const items: { extraction: DocumentExtraction; text: string }[] = [];
  const knowledge = options.knowledge ?? loadDefaultKnowledge();
  for (const path of options.paths) {
    let files: ArticleFile[];
    try {
      files = await filesOf(path, (message) => printLine(stderr, message));
    } catch (error) {
      printLine(stderr, error instanceof CorpusError ? error.message : `cli: explain failed: ${reasonOf(error)}`);
      failed = true;
      continue;
    }
    for (const file of files) {
      const read = await readArticle(file);
      let text: string;
      if ('doc' in read) text = read.doc.text;
      else if (read.warning.reason === 'empty file') text = ''; // an empty article explains as one without sentences
      else {
        printLine(stderr, `cli: cannot explain ${file.id}: ${read.warning.reason}`);
        failed = true;
        continue;
      }
      items.push({ extraction: extractDocument({ id: file.id, text }, knowledge), text });
    }
  }
  const explanations: Explanation[] = explainExtractions(items, knowledge);
  // Names and sentences are the files': their control characters are escaped, line by line.
  if (options.json) stdout.write(`${printableJson(JSON.stringify(explanations, null, 2))}\n`);
  else stdout.write(explanations.map((x) => `${formatExplanation(x, { width: options.width }).map(printable).join('\n')}\n`).join('\n'));
  return failed ? 1 : 0;
}
