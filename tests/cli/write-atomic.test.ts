// The atomic write: the target holds either the old complete file or the new
// one, never a half-written file, and no temporary file is left behind.
import { mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('removes a leftover of a former process with this one\'s id, but not what a write in progress here has open', async () => {
    const { dir, cleanup } = makeFolder({ [`.graph.json.${process.pid}.abc.tmp`]: 'half' });
    const path = join(dir, 'graph.json');
    const removed: string[] = [];
    try {
      let release = () => undefined as void;
      const slow = writeFileAtomic(path, (async function* () {
        yield 'first';
        await new Promise<void>((resolve) => (release = resolve));
      })(), { onLeftoverRemoved: (p) => removed.push(p) });
      await expect.poll(() => readdirSync(dir)).toEqual([expect.stringMatching(/^\.graph\.json\.\d+\.[0-9a-f]{8}\.tmp$/)]);
      expect(readdirSync(dir)).not.toContain(`.graph.json.${process.pid}.abc.tmp`); // the leftover is gone, the slow write's file is there
      await writeFileAtomic(join(dir, 'graph.json'), 'second', { onLeftoverRemoved: (p) => removed.push(p) });
      release();
      await slow;
      expect(removed).toEqual([join(dir, `.graph.json.${process.pid}.abc.tmp`)]);
      expect(readFileSync(path, 'utf8')).toBe('first');
      expect(readdirSync(dir)).toEqual(['graph.json']);
    } finally {
      cleanup();
    }
  });

  it('fails on a symbolic link loop, leaving the links as they were', async () => {
    const { dir, cleanup } = makeFolder();
    symlinkSync('b.json', join(dir, 'a.json'));
    symlinkSync('a.json', join(dir, 'b.json'));
    try {
      await expect(writeFileAtomic(join(dir, 'a.json'), 'new')).rejects.toThrow(/could not write .*a\.json: .*a\.json is a symbolic link loop/);
      expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
      expect(readlinkSync(join(dir, 'a.json'))).toBe('b.json');
    } finally {
      cleanup();
    }
  });
});
