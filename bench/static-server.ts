// The benches' file server: each first path segment names a folder
// ("/app/…", "/graphs/…"), served on 127.0.0.1, never cached by the browser.
// Text files are gzipped for a browser that accepts it, as `npm start` (vite
// preview) and any static host serve them: a page is measured as users get it.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
/** vite preview's threshold: smaller files go as they are. */
const GZIP_FROM_BYTES = 1024;

export function serveFolders(roots: Readonly<Record<string, string>>, port: number): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, site, ...rest] = url.pathname.split('/');
    const dir = roots[site ?? ''];
    const file = dir ? path.join(dir, rest.join('/') || 'index.html') : null;
    if (!file || !file.startsWith(dir!) || !(await stat(file).catch(() => null))?.isFile()) return void res.writeHead(404).end();
    const type = TYPES[path.extname(file)];
    const headers: Record<string, string> = { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
    let body: Buffer = await readFile(file);
    if (type && body.length >= GZIP_FROM_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const packed = gzipped.get(file) ?? gzipSync(body);
      gzipped.set(file, packed);
      body = packed;
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
