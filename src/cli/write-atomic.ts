// Writes a file so that readers only ever see the old complete file or the new
// complete file: the content goes to a temporary file in the same folder (same
// file system, so the rename is atomic), is flushed to disk, then renamed over
// the target. On any failure the temporary file is removed and the target is
// left as it was. A target that is a symbolic link is written through: the
// link's final target is replaced, and the link stays. An existing target
// keeps its permissions (a private file stays private).
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readlink, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The text to write: a string, or chunks produced while writing (a failure midway must not clobber the target). */
export type Content = string | Iterable<string> | AsyncIterable<string>;

export interface WriteOptions {
  /** Called with the path of each leftover temporary file removed (see removeLeftovers). */
  onLeftoverRemoved?: (path: string) => void;
}

/** As the kernel allows when it follows links itself (Linux's MAXSYMLINKS). */
const MAX_LINKS = 40;

/** The file a path finally names: itself, or the end of its chain of symbolic links (which may not exist yet). */
async function finalTarget(path: string): Promise<string> {
  let target = resolve(path);
  for (let hops = 0; ; hops++) {
    const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!info?.isSymbolicLink()) return target;
    if (hops === MAX_LINKS) throw new Error(`${path} is a symbolic link loop`);
    target = resolve(dirname(target), await readlink(target));
  }
}

/** The temporary file's name: the target's, the writer's process id, a random part. */
const tempName = (target: string): string => `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

/** The process id in a temporary file's name for `target`, or null if it is not one. */
function writerOf(name: string, target: string): number | null {
  const prefix = `.${basename(target)}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return null;
  const m = /^(\d+)\.[0-9a-f]+$/.exec(name.slice(prefix.length, -'.tmp'.length));
  return m ? Number(m[1]) : null;
}

/** Is a process with this id running? */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'; // EPERM: running, someone else's
  }
}

/** The temporary files this process is writing. */
const writing = new Set<string>();

/**
 * Removes the temporary files a killed write of `target` left (a SIGKILL gives
 * no chance to clean up): those whose writer is not running, and those with
 * this process's id that it is not writing, which a former process with the
 * same id left. Another running process's file is left alone.
 */
async function removeLeftovers(target: string, onRemoved?: (path: string) => void): Promise<void> {
  const dir = dirname(target);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = writerOf(name, target);
    const path = join(dir, name);
    if (pid === null || writing.has(path) || (pid !== process.pid && isRunning(pid))) continue;
    const info = await lstat(path).catch(() => null);
    if (!info?.isFile()) continue;
    await rm(path, { force: true });
    onRemoved?.(path);
  }
}

/** Writes `content` to `path` atomically, creating its folder if needed. */
export async function writeFileAtomic(path: string, content: Content, options: WriteOptions = {}): Promise<void> {
  let temp: string | null = null;
  try {
    const target = await finalTarget(path);
    const dir = dirname(target);
    await mkdir(dir, { recursive: true });
    await removeLeftovers(target, options.onLeftoverRemoved);
    const existing = await stat(target).catch(() => null);
    temp = join(dir, tempName(target));
    writing.add(temp);
    // A new file gets the default mode (0666 less the umask).
    const file = await open(temp, 'wx');
    try {
      if (existing) await file.chmod(existing.mode & 0o7777);
      const chunks = typeof content === 'string' ? [content] : content;
      // writeFile on a handle writes the whole chunk at the current position (write() may write part of it).
      for await (const chunk of chunks) await file.writeFile(chunk, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    if (temp !== null) await rm(temp, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cli/write-atomic: could not write ${path}: ${reason}`, { cause: error });
  } finally {
    if (temp !== null) writing.delete(temp);
  }
}
