// Builds the app once (on the seed corpus) and serves it for every e2e test file.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildAndServe, ROOT } from './support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The build served at baseURL: what `kg serve --app` hands out in server-mode.test.ts. */
    appDir: string;
  }
}

export const OUTPUT = path.join(ROOT, 'test-output', 'e2e');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir(OUTPUT, { recursive: true });
  // KG_E2E_TAG keeps the builds of runs made side by side apart.
  const app = await buildAndServe(path.join(ROOT, 'test-output', `e2e-dist${process.env.KG_E2E_TAG ? `-${process.env.KG_E2E_TAG}` : ''}`));
  project.provide('baseURL', app.url);
  project.provide('appDir', app.outDir);
  return () => app.close();
}
