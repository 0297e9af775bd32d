// A PGlite folder is one process's: a second opening is refused with a
// message that says why; a lock its (killed) owner left is taken over.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFolder } from '../../src/db/folder-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the PGlite folder lock', () => {
  it('refuses a second opening while the first holds it, and not after', async () => {
    const dir = join(root, 'a');
    const release = await lockFolder(dir);
    await expect(lockFolder(dir)).rejects.toThrow(/is open in this process already; a PGlite folder is one process's: use a PostgreSQL server/);
    await release();
    const again = await lockFolder(dir);
    await again();
  });

  it("refuses a running process's lock and takes over a dead one's", async () => {
    const dir = join(root, 'b');
    await lockFolder(dir).then((release) => release());
    writeFileSync(join(dir, 'kg-store.lock'), '1'); // init: always running
    await expect(lockFolder(dir)).rejects.toThrow(/is open in another process \(1\)/);
    writeFileSync(join(dir, 'kg-store.lock'), '2147483646'); // no such process
    const release = await lockFolder(dir);
    await release();
  });
});
