// The benches' file server: each first path segment names a folder
// ("/app/…", "/graphs/…"), served as it is on 127.0.0.1, never cached.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export function serveFolders(roots: Readonly<Record<string, string>>, port: number): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, site, ...rest] = url.pathname.split('/');
    const dir = roots[site ?? ''];
    const file = dir ? path.join(dir, rest.join('/') || 'index.html') : null;
    if (!file || !file.startsWith(dir!) || !(await stat(file).catch(() => null))?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
