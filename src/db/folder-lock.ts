// A PGlite folder is opened by one process at a time: a lock file holding the
// owner's process id, made with O_EXCL. A lock whose process is gone (killed)
// is taken over, so a SIGKILL never leaves the store unopenable; so is one
// with this process's id that this process does not hold (a former process's).
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';

const LOCK = 'kg-store.lock';

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0); // signal 0 only asks
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The lock files this process holds: its own id in a lock is not stale while it holds it. */
const held = new Set<string>();

const inUse = (dir: string, owner: number) =>
  new Error(`the store ${dir} is open in ${owner === process.pid ? 'this process already' : `another process (${owner})`}; a PGlite folder is one process's: use a PostgreSQL server (--db postgres://…) for several workers`);

/** Takes the folder's lock (creating the folder); resolves to the function that releases it. */
export async function lockFolder(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const path = resolve(dir, LOCK);
  if (held.has(path)) throw inUse(dir, process.pid);
  for (let tries = 0; tries < 3; tries++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      held.add(path);
      return async () => {
        held.delete(path);
        await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw inUse(dir, owner);
      }
      await rm(path, { force: true }); // its owner is gone
    }
  }
  throw new Error(`could not lock the store ${dir}`);
}
