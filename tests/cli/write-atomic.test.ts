// The atomic write: the target holds either the old complete file or the new
// one, never a half-written file, and no temporary file is left behind.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-atomic.ts';
import { makeFolder } from './helpers.ts';

describe('writeFileAtomic', () => {
  it('writes the content, creating missing folders', async () => {
    const { dir, cleanup } = makeFolder();
    try {
      const path = join(dir, 'out/deeper/graph.json');
      await writeFileAtomic(path, '{"ok":true}');
      expect(readFileSync(path, 'utf8')).toBe('{"ok":true}');
      await writeFileAtomic(path, function* () {
        yield 'Zürich ';
        yield '🙂';
      }());
      expect(readFileSync(path, 'utf8')).toBe('Zürich 🙂');
      expect(readdirSync(join(dir, 'out/deeper'))).toEqual(['graph.json']);
    } finally {
      cleanup();
    }
  });

  it('leaves an existing good file untouched when writing fails midway', async () => {
    const { dir, cleanup } = makeFolder({ 'graph.json': 'the good graph' });
    const path = join(dir, 'graph.json');
    try {
      async function* failing(): AsyncGenerator<string> {
        yield 'the new graph, first half';
        throw new Error('serializer crashed');
      }
      await expect(writeFileAtomic(path, failing())).rejects.toThrow(/cli\/write-atomic: could not write .*graph\.json: serializer crashed/);
      expect(readFileSync(path, 'utf8')).toBe('the good graph');
      expect(readdirSync(dir)).toEqual(['graph.json']);
    } finally {
      cleanup();
    }
  });

  it('fails without leaving a temporary file when the target cannot be replaced', async () => {
    const { dir, cleanup } = makeFolder();
    try {
      mkdirSync(join(dir, 'graph.json'));
      writeFileSync(join(dir, 'graph.json', 'inside'), 'x');
      await expect(writeFileAtomic(join(dir, 'graph.json'), 'new')).rejects.toThrow(/cli\/write-atomic: could not write/);
      expect(readdirSync(dir)).toEqual(['graph.json']);
    } finally {
      cleanup();
    }
  });
});
