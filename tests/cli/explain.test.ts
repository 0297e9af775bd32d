// `kg explain`: what it prints of a small article (people and kinds, the
// frames with participants, venue, date and status, the event they became,
// a frame only adding evidence), JSON output, articles without meetings,
// empty and HTML files, and the errors for bad paths.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { run } from '../../src/cli/run.ts';
import type { Explanation } from '../../src/core/explain/explanation.ts';
import { trimTo } from '../../src/core/explain/format.ts';
import { captureStream, makeFolder } from './helpers.ts';

const MEETING = [
  'Scholz and Macron meet in Paris',
  '',
  'Published: March 4, 2024',
  '',
  'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on March 3, 2024, government spokesman Steffen Hebestreit said.',
  '',
  'The two leaders discussed support for Ukraine.',
  '',
  'Macron said the summit was useful.',
  '',
].join('\n');

const NO_MEETING = 'Rain in Berlin\n\nIt rained in Berlin all day, and the trains ran late.\n';
/** A summit no one is named at: a frame that becomes no event. */
const PLANS = 'Plans\n\nOfficials said a summit is planned for next year.\n';

async function explain(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await run(['explain', ...argv], { stdout, stderr });
  return { code, out: stdout.text(), err: stderr.text() };
}

describe('kg explain', () => {
  it('prints the people with their kinds, the frames, the event and the affiliation of an article', async () => {
    const { dir, cleanup } = makeFolder({ 'paris.txt': MEETING });
    try {
      const { code, out, err } = await explain([join(dir, 'paris.txt')]);
      expect(err).toBe('');
      expect(code).toBe(0);
      const lines = out.split('\n');
      const sentence = lines.findIndex((l) => l.startsWith('[2] 59–198  German Chancellor Olaf Scholz met'));
      expect(sentence).toBeGreaterThan(0);
      const details = lines.slice(sentence + 1, sentence + 6).join('\n');
      expect(details).toContain('people: Olaf Scholz (leader: Chancellor) · Emmanuel Macron (leader: President) · Steffen Hebestreit (official: spokesman)');
      expect(details).toContain('places: Paris (venue, city)');
      expect(details).toContain('dates: “March 3, 2024” = 2024-03-03');
      expect(details).toContain('event words: met*');
      expect(details).toMatch(/F2 bilateral meeting, held · trigger “met” · participants: Olaf Scholz, Emmanuel Macron · venues: Paris · date: 2024-03-03 · said by: Steffen Hebestreit → E1/);
      // The event, and how each frame joined it.
      expect(out).toContain('E1 bilateral meeting, held · participants: Emmanuel Macron, Olaf Scholz · venues: Paris · date: 2024-03-03');
      expect(out).toContain('F1 [0] bilateral meeting “meet”: opens the event');
      expect(out).toContain('F2 [2] bilateral meeting “met”: shares Olaf Scholz, Emmanuel Macron; same venue Paris');
      expect(out).toContain('F3 [4] summit “summit”: evidence only (1 participant)');
      expect(out).toContain('[2] Steffen Hebestreit → Olaf Scholz, as spokesman');
      expect(out).toContain('Steffen Hebestreit (official) · roles: spokesman');
    } finally {
      cleanup();
    }
  });

  it('prints JSON with the same findings', async () => {
    const { dir, cleanup } = makeFolder({ 'paris.txt': MEETING });
    try {
      const { code, out } = await explain(['--json', join(dir, 'paris.txt')]);
      expect(code).toBe(0);
      const [x] = JSON.parse(out) as Explanation[];
      expect(x!.events).toHaveLength(1);
      expect(x!.events[0]!.frames.map((f) => f.id)).toEqual(['F1', 'F2', 'F3']);
      expect(x!.frames.find((f) => f.id === 'F2')).toMatchObject({ status: 'held', date: '2024-03-03', venues: [{ key: 'venue:Paris', label: 'Paris' }], event: 'E1' });
      expect(x!.dropped).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('explains a folder as build reads it: an article without meetings, a dropped frame, an empty file', async () => {
    const { dir, cleanup } = makeFolder({ 'rain.md': NO_MEETING, 'plans.txt': PLANS, 'empty.txt': '', 'page.html': `<p>${NO_MEETING}</p>` });
    try {
      const { code, out } = await explain([dir]);
      expect(code).toBe(0);
      expect(out).toContain('== empty.txt ==');
      expect(out).toContain('(no text: nothing to explain)');
      expect(out).toContain('== rain.md ==');
      expect(out).toMatch(/== rain\.md ==[^]*Berlin \(venue, city\)[^]*Events \(eventsOfDocument\)\n {2}—/);
      expect(out).toContain('F1 [1] summit “summit”: fewer than two participants (no one named), and no earlier event it clearly refers to');
      // HTML is read as build reads it, as its visible text, so spans are build's.
      expect(out).toMatch(/== page\.html ==[^]*\[0\] 0–\d+ {2}Rain in Berlin/);
    } finally {
      cleanup();
    }
  });

  it('exits 1 naming a missing path or an unreadable file, after explaining the others', async () => {
    const { dir, cleanup } = makeFolder({ 'rain.txt': NO_MEETING, 'photo.txt': Uint8Array.from([0x89, 0x50, 0x00]) });
    try {
      const { code, out, err } = await explain([join(dir, 'missing.txt'), join(dir, 'photo.txt'), join(dir, 'rain.txt')]);
      expect(code).toBe(1);
      expect(err).toContain(`cli: no such file or folder: ${join(dir, 'missing.txt')}`);
      expect(err).toContain('photo.txt: binary file');
      expect(out).toContain(`== ${join(dir, 'rain.txt')} ==`);
    } finally {
      cleanup();
    }
  });

  it('as a process: a bad path exits 1, and --help lists explain', () => {
    const cli = (argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { encoding: 'utf8' });
    const bad = cli(['explain', 'no/such/article.txt']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cli: no such file or folder: no/such/article.txt');
    expect(cli(['--help']).stdout).toContain('npm run kg -- explain <file or folder>...');
  });

  it('parses its options and trims long sentences', () => {
    expect(parseArgs(['explain', 'a.txt', 'b', '--json', '--width=40'])).toEqual({ kind: 'explain', paths: ['a.txt', 'b'], json: true, width: 40 });
    expect(() => parseArgs(['explain'])).toThrow(/explain needs an article file/);
    expect(() => parseArgs(['explain', 'a.txt', '--width', 'wide'])).toThrow(/--width must be a whole number/);
    expect(trimTo('The two leaders discussed support for Ukraine.', 20)).toBe('The two leaders dis…');
  });
});
