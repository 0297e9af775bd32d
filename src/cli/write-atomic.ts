// Writes a file so that readers only ever see the old complete file or the new
// complete file: the content goes to a temporary file in the same folder (same
// file system, so the rename is atomic), is flushed to disk, then renamed over
// the target. On any failure the temporary file is removed and the target is
// left as it was.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The text to write: a string, or chunks produced while writing (a failure midway must not clobber the target). */
export type Content = string | Iterable<string> | AsyncIterable<string>;

/** Writes `content` to `path` atomically, creating its folder if needed. */
export async function writeFileAtomic(path: string, content: Content): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const file = await open(temp, 'wx');
    try {
      const chunks = typeof content === 'string' ? [content] : content;
      // writeFile on a handle writes the whole chunk at the current position (write() may write part of it).
      for await (const chunk of chunks) await file.writeFile(chunk, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cli/write-atomic: could not write ${path}: ${reason}`, { cause: error });
  }
}
