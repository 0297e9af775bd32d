// Fetching the graph the app opens: the built graph.json, or `?graph=URL`.
// A URL from the address bar is untrusted: it is fetched only from this
// site's origin or an origin the deployment lists (VITE_GRAPH_ORIGINS), over
// http(s), without following redirects (which could leave the origin), and
// its body is read as a stream and dropped past MAX_GRAPH_BYTES, so a huge
// file is never held whole. The text then gets the checks every importer
// makes (JSON depth, then parseGraphAsset's shape, schema and size checks).
import { checkJsonDepth } from '../../core/io/json.ts';
import { MAX_GRAPH_BYTES } from '../../core/io/limits.ts';
import { formatBytes } from './article-input.ts';
import { parseGraphAsset, type LoadedGraph } from './graph-asset.ts';

const MODULE = 'app/graph-fetch';

export interface GraphFetchOptions {
  fetch: typeof fetch;
  /** The page's address, which relative URLs are resolved against and whose origin is trusted. */
  base: string;
  /** Other origins graphs may come from (VITE_GRAPH_ORIGINS). */
  origins?: readonly string[];
  maxBytes?: number;
}

/** The origins in a comma-separated list such as VITE_GRAPH_ORIGINS; entries that are not http(s) URLs are left out. */
export function parseOrigins(list: string | undefined): string[] {
  return (list ?? '').split(',').flatMap((entry) => {
    try {
      const url = new URL(entry.trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

/** The URL to fetch, resolved against `base`; throws when its scheme or origin is not allowed. */
export function graphRequestUrl(raw: string, base: string, origins: readonly string[] = []): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new Error(`${MODULE}: ${JSON.stringify(raw)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${MODULE}: graphs are fetched only over http or https, not ${url.protocol.replace(/:$/, '')}:`);
  }
  const own = new URL(base).origin;
  if (url.origin !== own && !origins.includes(url.origin)) {
    const allowed = [own, ...origins].join(', ');
    throw new Error(`${MODULE}: ${url.origin} is another site; graphs are fetched only from ${allowed}`);
  }
  return url;
}

/** The body as UTF-8 text, refused as soon as it is known to be over `maxBytes` (Content-Length first, then the bytes counted as they arrive). */
export async function readCappedText(response: Response, maxBytes: number): Promise<string> {
  const tooBig = (what: string) => new Error(`${MODULE}: the graph is ${what}; graphs can be at most ${formatBytes(maxBytes)}`);
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig(formatBytes(declared));
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  const decode = (bytes?: Uint8Array) => {
    try {
      parts.push(bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode());
    } catch {
      throw new Error(`${MODULE}: the graph is not UTF-8 text`);
    }
  };
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooBig(formatBytes(bytes.byteLength));
    decode(bytes);
  } else {
    const reader = response.body.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooBig(`more than ${formatBytes(maxBytes)}`);
      }
      decode(value);
    }
  }
  decode();
  return parts.join('');
}

/** Fetches, reads and checks the graph at `raw`; throws an Error saying what is wrong. */
export async function fetchGraphAsset(raw: string, options: GraphFetchOptions): Promise<LoadedGraph> {
  const url = graphRequestUrl(raw, options.base, options.origins);
  const sameOrigin = url.origin === new URL(options.base).origin;
  let response: Response;
  try {
    response = await options.fetch(url.href, { mode: sameOrigin ? 'same-origin' : 'cors', credentials: 'same-origin', redirect: 'error' });
  } catch (error) {
    throw new Error(`${MODULE}: ${url.href} could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new Error(`${MODULE}: ${url.href} answered ${response.status} ${response.statusText}`.trimEnd());
  const text = await readCappedText(response, options.maxBytes ?? MAX_GRAPH_BYTES);
  checkJsonDepth(text, MODULE);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${MODULE}: the graph is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseGraphAsset(json);
}
