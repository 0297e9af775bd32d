// Lighthouse scores of the built app (bench:ui): performance on the desktop
// and mobile presets, layout shift, accessibility. Debian's Chromium is started
// here with a DevTools port (Lighthouse drives it over CDP, not through
// playwright); nothing is fetched from the network.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support/browser.ts';
import { freePort } from '../tests/e2e/support/server.ts';

export interface LighthouseScores {
  preset: 'desktop' | 'mobile';
  performance: number;
  accessibility: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** accessibility audits that failed, by id, with the first elements each names */
  failedA11y: string[];
}

async function devtoolsReady(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`bench: Chromium exited (${child.exitCode}) before its DevTools port opened`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('bench: Chromium did not open its DevTools port within 10 s');
}

/** Runs Lighthouse on `url` once per preset, each in a fresh Chromium profile. */
export async function lighthouseScores(url: string): Promise<LighthouseScores[]> {
  const out: LighthouseScores[] = [];
  for (const preset of ['desktop', 'mobile'] as const) {
    const port = await freePort();
    const profile = await mkdtemp(path.join(tmpdir(), 'kg-lh-'));
    const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
    try {
      await devtoolsReady(port, child);
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, preset === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error('bench: Lighthouse gave no result');
      const { categories, audits } = result.lhr;
      const score = (c: string) => Math.round((categories[c]?.score ?? 0) * 100);
      const failedA11y = (categories.accessibility?.auditRefs ?? [])
        .filter((r) => r.weight > 0 && audits[r.id]?.score === 0)
        .map((r) => {
          // Which elements, so that the message says what to fix.
          const items = ((audits[r.id]?.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []);
          const where = items.map((i) => i.node?.selector).filter(Boolean).slice(0, 4);
          return where.length ? `${r.id} (${where.join('; ')})` : r.id;
        });
      out.push({
        preset,
        performance: score('performance'),
        accessibility: score('accessibility'),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        failedA11y,
      });
    } finally {
      // Chromium writes to its profile until it has exited: removed after that, retried while it lets go.
      if (child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill();
        await exited;
      }
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  }
  return out;
}
