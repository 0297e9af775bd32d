// Test helpers for the CLI: temporary folders of articles and captured output streams.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OutputStream } from '../../src/cli/progress.ts';

/** A fresh temporary folder; `files` maps relative paths to their content. */
export function makeFolder(files: Record<string, string | Uint8Array> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stream that remembers what was written to it. */
export function captureStream(isTTY = false): OutputStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (text: string) => chunks.push(text), text: () => chunks.join('') };
}

export const ARTICLE = 'Putin met Trump in Helsinki on July 16, 2018.\nThe two leaders held talks.\n';
/** Another article: two files of the same text are one document. */
export const OTHER_ARTICLE = 'Macron called Scholz on March 3, 2022.\nThe two leaders spoke for an hour.\n';
/** Latin-1 "café": 0xE9 is not valid UTF-8 on its own. */
export const LATIN1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
/** A PNG signature: binary, with NUL bytes. */
export const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
