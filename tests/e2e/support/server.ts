// Builds the app with Vite and serves the build with `vite preview` on a free port.
import { createServer } from 'node:net';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ServedApp {
  url: string;
  outDir: string;
  close: () => Promise<void>;
}

/** `vite build` into outDir, then `vite preview` of it on a free port of 127.0.0.1. */
export async function buildAndServe(outDir: string, { skipBuild = false } = {}): Promise<ServedApp> {
  const configFile = path.join(ROOT, 'vite.config.ts');
  if (!skipBuild) await build({ root: ROOT, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    close: () => server.close(),
  };
}
