// A view as the address's fragment, so that a link reopens it: selection,
// kinds, statuses, articles, places, time range, "hide unconnected", focus,
// layout, zoom and pan.
// What is left at its default is left out of the link. Reading is strict:
// anything not understood is dropped, never applied half-way.
import type { ViewState } from './workspace-file.ts';
import { parseTimeRange, timeRangeText } from './timeline-dates.ts';

export type Viewport = NonNullable<ViewState['viewport']>;

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/** The fragment for a view, "#" included ("" for the default view). */
export function viewHash(view: ViewState, defaults: { kinds: readonly string[]; statuses: readonly string[] }): string {
  const p = new URLSearchParams();
  if (view.selection) p.set('sel', `${view.selection.type === 'node' ? 'n' : 'e'}:${view.selection.id}`);
  const differs = (values: readonly string[] | undefined, all: readonly string[]) => values !== undefined && (values.length !== all.length || all.some((v) => !values.includes(v)));
  // A list that is present but empty means "none"; absent means "all".
  if (differs(view.kinds, defaults.kinds)) (view.kinds!.length ? view.kinds! : ['']).forEach((k) => p.append('k', k));
  if (differs(view.statuses, defaults.statuses)) (view.statuses!.length ? view.statuses! : ['']).forEach((s) => p.append('s', s));
  if (view.articles) (view.articles.length ? view.articles : ['']).forEach((a) => p.append('a', a));
  // No place filter is "everywhere", so an empty list is left out too.
  view.places?.forEach((place) => p.append('p', place));
  if (view.timeRange) p.set('t', timeRangeText(view.timeRange));
  if (view.hideUnconnected !== undefined && view.hideUnconnected !== 'auto') p.set('u', view.hideUnconnected ? '1' : '0');
  if (view.focusHops) p.set('f', String(view.focusHops));
  if (view.layout) p.set('l', view.layout);
  if (view.viewport) {
    p.set('z', round(view.viewport.zoom, 4));
    p.set('x', round(view.viewport.x, 1));
    p.set('y', round(view.viewport.y, 1));
  }
  const text = p.toString();
  return text ? `#${text}` : '';
}

const list = (p: URLSearchParams, key: string): string[] | undefined => (p.has(key) ? p.getAll(key).filter((v) => v !== '') : undefined);
const finite = (text: string | null): number | null => (text !== null && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : null);

/** The view a fragment names, or null when it names none. */
export function parseViewHash(hash: string): ViewState | null {
  const text = hash.replace(/^#/, '');
  if (!text) return null;
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(text);
  } catch {
    return null;
  }
  const view: ViewState = {};
  const sel = /^([ne]):(.+)$/s.exec(p.get('sel') ?? '');
  if (sel) view.selection = { type: sel[1] === 'n' ? 'node' : 'edge', id: sel[2]! };
  const kinds = list(p, 'k');
  if (kinds) view.kinds = kinds;
  const statuses = list(p, 's');
  if (statuses) view.statuses = statuses;
  const articles = list(p, 'a');
  if (articles) view.articles = articles;
  const places = list(p, 'p');
  if (places?.length) view.places = places;
  const timeRange = parseTimeRange(p.get('t'));
  if (timeRange) view.timeRange = timeRange;
  const u = p.get('u');
  if (u === '1' || u === '0') view.hideUnconnected = u === '1';
  const f = p.get('f');
  if (f === '1' || f === '2') view.focusHops = Number(f) as 1 | 2;
  const layout = p.get('l');
  if (layout) view.layout = layout;
  const [zoom, x, y] = [finite(p.get('z')), finite(p.get('x')), finite(p.get('y'))];
  if (zoom !== null && zoom > 0 && x !== null && y !== null) view.viewport = { zoom, x, y };
  return Object.keys(view).length ? view : null;
}
