// Positions kept between visits, so reopening the same graph is instant: a
// laid-out graph's positions go to localStorage under a hash of its layout,
// nodes and edges. A full store drops the oldest entries; a missing or broken
// store just means laying out again.

const PREFIX = 'kg-layout:v1:';
/** Entries kept: a few graphs' worth (10,000 nodes take about 110 KB). */
const KEEP = 6;

/** FNV-1a (32 bit) over the layout name, node ids and edges: the same graph gets the same key. */
export function positionKey(layout: string, ids: readonly string[], edges: Uint32Array): string {
  let h = 0x811c9dc5;
  const mix = (code: number) => {
    h ^= code;
    h = Math.imul(h, 0x01000193);
  };
  for (const ch of layout) mix(ch.charCodeAt(0));
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
    mix(0);
  }
  for (let i = 0; i < edges.length; i++) mix(edges[i]! & 0xffff), mix(edges[i]! >>> 16);
  return `${PREFIX}${layout}:${ids.length}:${edges.length / 2}:${(h >>> 0).toString(36)}`;
}

function encode(positions: Float32Array): string {
  const bytes = new Uint8Array(positions.buffer, positions.byteOffset, positions.byteLength);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `${Date.now()}:${btoa(text)}`;
}

function decode(value: string): Float32Array | null {
  const text = atob(value.slice(value.indexOf(':') + 1));
  if (text.length % 4 !== 0) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

export interface PositionStore {
  get(key: string, nodes: number): Float32Array | null;
  set(key: string, positions: Float32Array): void;
}

export function localPositionStore(storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage): PositionStore {
  const entries = (): { key: string; at: number }[] => {
    const found: { key: string; at: number }[] = [];
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) found.push({ key, at: Number(storage.getItem(key)?.split(':', 1)[0]) || 0 });
    }
    return found.sort((a, b) => b.at - a.at);
  };
  return {
    get(key, nodes) {
      try {
        const value = storage?.getItem(key);
        const positions = value ? decode(value) : null;
        return positions && positions.length === 2 * nodes && positions.every(Number.isFinite) ? positions : null;
      } catch {
        return null;
      }
    },
    set(key, positions) {
      if (!storage) return;
      const value = encode(positions);
      for (const old of entries().slice(KEEP - 1)) storage.removeItem(old.key);
      try {
        storage.setItem(key, value);
      } catch {
        // Full: make room once, then give up quietly (the layout is only a cache).
        for (const old of entries()) storage.removeItem(old.key);
        try {
          storage.setItem(key, value);
        } catch {
          /* not kept */
        }
      }
    },
  };
}
