// The built app (vite's dist/) as `kg serve` hands it out: files under the
// folder only (no way out of it by `..`, encoded or not), a content type from
// the extension, index.html for the folder itself.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The file `pathname` names inside `root`, or null when it names nothing there (or somewhere outside it). */
export async function appFile(root: string, pathname: string): Promise<{ file: string; size: number } | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const base = path.resolve(root);
  let file = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}

/** What a page from `kg serve` carries in its head: the app looks for it to start on the API, and a static host's page has none, so the app there asks nothing first. */
export const API_MARK = '<meta name="kg-api" content="/api">';

/** Sends the file (HEAD: its headers only); a page with the API's mark in its head. */
export async function sendFile(res: ServerResponse, found: { file: string; size: number }, head: boolean): Promise<void> {
  const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) {
    const html = await readFile(found.file, 'utf8');
    const page = Buffer.from(/<head(?:\s[^>]*)?>/i.test(html) ? html.replace(/<head(?:\s[^>]*)?>/i, (tag) => `${tag}\n    ${API_MARK}`) : html.replace(/^(<!doctype[^>]*>)?/i, (doctype) => `${doctype}${API_MARK}`));
    res.writeHead(200, { 'content-type': type, 'content-length': page.length, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' });
    res.end(head ? undefined : page);
    return;
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': found.size,
    'x-content-type-options': 'nosniff',
    // Hashed asset names change with their content; the page itself is asked for each time.
    'cache-control': /[\\/]assets[\\/]/.test(found.file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (head) {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    // Done when the response is, sent or not: a client that goes away mid-file must not hold up the requests behind it.
    res.on('close', () => {
      stream.destroy();
      resolve();
    });
    stream.pipe(res);
  });
}
