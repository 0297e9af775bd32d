// Reads a folder of articles into documents: every .txt, .md, .html and .htm file,
// recursively, as UTF-8. A file that cannot be an article (binary, not UTF-8,
// unreadable, empty, a pipe, socket or device, a broken link) is skipped with
// a warning naming it, so one bad file never stops a build; a missing folder
// or one without articles is an error.
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import type { Doc } from '../core/schema.ts';
import { htmlToText } from '../core/text/html-text.ts';
import { SameTexts, comparableText } from '../core/text/same-text.ts';
import { nameOfBytes } from './file-name.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/** The folder cannot be read as a corpus: the CLI prints the message and exits 1. */
export class CorpusError extends Error {}

export interface CorpusWarning {
  /** The document id the file would have had (its path relative to the folder). */
  id: string;
  reason: string;
}

export interface Corpus {
  docs: Doc[];
  /** Bytes of the documents read. */
  bytes: number;
  /** Files skipped, and why. */
  warnings: CorpusWarning[];
}

export interface ReadOptions {
  /** Called for each skipped file, as soon as it is found. */
  onWarning?: (warning: CorpusWarning) => void;
  /** Called after each file is read. */
  onProgress?: (done: number, total: number) => void;
}

const isArticle = (name: string): boolean => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const reasonOf = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
const SLASH = Buffer.from('/');
const DOT = 0x2e;

/** What a file that is not a regular file is, for the warning; null for a regular file or a folder. */
function specialKind(info: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string | null {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isCharacterDevice()) return 'a character device';
  return null;
}

/** Why a symbolic link's target could not be found. */
function linkProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'broken symbolic link';
  if (code === 'ELOOP') return 'a symbolic link loop';
  return `symbolic link not readable (${reasonOf(error)})`;
}

/**
 * Article files under `root`, sorted by id. Hidden files and folders (".git")
 * are left out. Listed as bytes and opened by their bytes (see file-name.ts).
 * Links to folders are not followed, so a link cycle cannot make the walk loop.
 */
async function listArticles(root: string, warn: (warning: CorpusWarning) => void): Promise<ArticleFile[]> {
  const found: ArticleFile[] = [];
  const visit = async (dir: Buffer, id: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { encoding: 'buffer', withFileTypes: true });
    } catch (error) {
      warn({ id: `${id}/`, reason: `folder not readable (${reasonOf(error)})` });
      return;
    }
    for (const entry of entries) {
      const bytes = entry.name;
      if (bytes[0] === DOT) continue;
      const name = nameOfBytes(bytes);
      const path = Buffer.concat([dir, SLASH, bytes]);
      const fileId = id === '' ? name : `${id}/${name}`;
      if (entry.isDirectory()) {
        await visit(path, fileId);
        continue;
      }
      if (!isArticle(name)) continue;
      if (entry.isFile()) {
        found.push({ id: fileId, path });
      } else if (entry.isSymbolicLink()) {
        // Follow links to files; not links to folders, which may loop.
        try {
          const target = await stat(path);
          const kind = specialKind(target);
          if (kind) warn({ id: fileId, reason: `a symbolic link to ${kind}, not a file` });
          else if (target.isFile()) found.push({ id: fileId, path });
        } catch (error) {
          warn({ id: fileId, reason: linkProblem(error) });
        }
      } else {
        const kind = specialKind(entry);
        if (kind) warn({ id: fileId, reason: `${kind}, not a file` });
      }
    }
  };
  await visit(Buffer.from(root), '');
  found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Two names can read the same: a name with a byte that is not UTF-8, and one that spells its escape.
  return found.filter((file, i) => {
    const taken = i > 0 && found[i - 1]!.id === file.id;
    if (taken) warn({ id: file.id, reason: 'another file\'s name reads the same (a byte that is not UTF-8 is written \\xHH)' });
    return !taken;
  });
}

// Keep a byte order mark as U+FEFF: the text must be the file's content
// unchanged, as the evaluation script reads it (Node's 'utf8' keeps the BOM),
// or every evidence offset would be off by one.
const decoderOptions = { fatal: true, ignoreBOM: true } as const;

/** Where the first invalid UTF-8 sequence starts, or null when only the last character is cut short. */
function firstInvalidSequence(bytes: Uint8Array): number | null {
  // A streaming decode throws only at a byte that cannot continue the text,
  // not at a sequence the next bytes could still complete.
  const decodes = (end: number, stream: boolean): boolean => {
    try {
      new TextDecoder('utf-8', decoderOptions).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length, true)) return null;
  let ok = 0;
  let bad = bytes.length;
  while (bad - ok > 1) {
    const mid = (ok + bad) >>> 1;
    if (decodes(mid, true)) ok = mid;
    else bad = mid;
  }
  // If the good prefix ends inside a sequence, that sequence is the culprit: step back to its lead byte.
  if (decodes(ok, false)) return bad - 1;
  let start = ok - 1;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
  return start;
}

/**
 * Old Mac line ends (a lone CR) as line feeds, which is what the engine reads
 * as a line end; so a CR-only file has lines, and a title. One character for
 * one, so every offset still indexes the file as the evaluation reads it; for
 * that reason CRLF stays as it is (the engine reads it as a line end already).
 */
const withLineFeeds = (text: string): string => text.replace(/\r(?!\n)/g, '\n');

/** The text of an article file, or why it is not one. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { problem: string } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: `binary file (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', decoderOptions).decode(bytes);
  } catch {
    const at = firstInvalidSequence(bytes);
    return { problem: at === null ? 'not valid UTF-8 (the file ends inside a character)' : `not valid UTF-8 (bad byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at})` };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { problem: 'empty file' };
  return { text: withLineFeeds(text) };
}

/** The warning for a copy of an earlier article: it is left out, the first one's id stands for both. */
export const duplicateReason = (first: string): string => `same text as ${first}, which stands for both`;

/** An article file found in the corpus folder. */
export interface ArticleFile {
  id: string;
  /** as the file system names it: bytes for a file found in a folder (its name may not be UTF-8) */
  path: string | Buffer;
}

/** The article files of `folder`, sorted by id. Throws CorpusError when there is no folder or no article in it. */
export async function listCorpus(folder: string, onWarning?: (warning: CorpusWarning) => void): Promise<ArticleFile[]> {
  const info = await stat(folder).catch((error: unknown) => {
    throw new CorpusError(
      (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? `cli: no such folder: ${folder}` : `cli: cannot open folder ${folder} (${reasonOf(error)})`,
    );
  });
  if (!info.isDirectory()) throw new CorpusError(`cli: not a folder: ${folder}`);
  const files = await listArticles(folder, (w) => onWarning?.(w));
  if (files.length === 0) throw new CorpusError(`cli: no articles (${ARTICLE_EXTENSIONS.join(', ')} files) in ${folder}`);
  return files;
}

/**
 * Opened without blocking, and read only if it is a regular file: a FIFO put
 * where the listing saw a file would otherwise wait for a writer forever.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/** The bytes of a regular file, or why there are none. */
async function readRegularFile(path: string | Buffer): Promise<{ content: Uint8Array } | { problem: string }> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return { problem: code === 'ENOENT' ? 'not readable (ENOENT: it was removed after the folder was listed)' : `not readable (${reasonOf(error)})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: `${specialKind(info) ?? 'a folder'}, not a file` };
    return { content: await handle.readFile() };
  } catch (error) {
    return { problem: `not readable (${reasonOf(error)})` };
  } finally {
    await handle.close();
  }
}

/** One article file as a document, or why it was skipped. */
export async function readArticle(file: ArticleFile): Promise<{ doc: Doc; bytes: number } | { warning: CorpusWarning }> {
  const read = await readRegularFile(file.path);
  if ('problem' in read) return { warning: { id: file.id, reason: read.problem } };
  const { content } = read;
  const article = decodeArticle(content);
  if ('problem' in article) return { warning: { id: file.id, reason: article.problem } };
  // An HTML page is read as its visible text, as the app reads it.
  return { doc: { id: file.id, text: /\.html?$/i.test(file.id) ? htmlToText(article.text) : article.text }, bytes: content.byteLength };
}

/** Reads the articles of `folder`. Throws CorpusError when there is no folder or no article in it. */
export async function readCorpus(folder: string, options: ReadOptions = {}): Promise<Corpus> {
  const warnings: CorpusWarning[] = [];
  const warn = (warning: CorpusWarning): void => {
    warnings.push(warning);
    options.onWarning?.(warning);
  };
  const files = await listCorpus(folder, warn);
  const docs: Doc[] = [];
  let bytes = 0;
  const seen = new SameTexts();
  for (const [i, file] of files.entries()) {
    const read = await readArticle(file);
    const first = 'doc' in read ? seen.firstOf(comparableText(read.doc.text), file.id) : null;
    if (first !== null) {
      // The same article twice is one article: the first id stands for both.
      warn({ id: file.id, reason: duplicateReason(first) });
    } else if ('doc' in read) {
      docs.push(read.doc);
      bytes += read.bytes;
    } else {
      warn(read.warning);
    }
    options.onProgress?.(i + 1, files.length);
  }
  if (docs.length === 0) throw new CorpusError(`cli: none of the ${files.length} article files in ${folder} could be read (see the warnings above)`);
  return { docs, bytes, warnings };
}
