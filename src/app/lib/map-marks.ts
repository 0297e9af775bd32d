// What the map draws, from the graph: one mark per point where venues are
// (venues at the same point share it: the White House inside Washington),
// with the meetings held there by status; country nodes, drawn as their
// shapes; and the places that cannot be put on the map.
import { MEETING_STATUSES, type KnowledgeGraph, type MeetingStatus, type NodeAttributes } from '../../core/schema.ts';
import { containingPlaces, countriesByCode, meetingVenues } from './map-places.ts';

export interface PlaceMark {
  /** Where it is drawn, "lon,lat" to 4 decimals (about 10 m). */
  key: string;
  lon: number;
  lat: number;
  /** The places drawn here, the one with the most meetings first. */
  places: string[];
  label: string;
  /** The meetings held at these places (that the filters count), each once. */
  meetings: string[];
  byStatus: Record<MeetingStatus, number>;
}

export interface UnplacedPlace {
  id: string;
  label: string;
  kind: 'venue' | 'country';
  /** Why it is not on the map. */
  reason: string;
}

export interface MapContent {
  marks: PlaceMark[];
  /** Country nodes drawn as their shapes: node key → shape name. */
  countries: Map<string, string>;
  unplaced: UnplacedPlace[];
}

type Point = { lon: number; lat: number };

const hasPoint = (a: NodeAttributes): boolean => Number.isFinite(a.lat) && Number.isFinite(a.lon) && Math.abs(a.lat!) <= 90 && Math.abs(a.lon!) <= 180;

/** Every place with the meetings held in it (at it, or at a venue within it), in one pass over the meetings. */
export function meetingsByPlace(graph: KnowledgeGraph): Map<string, Set<string>> {
  const byCode = countriesByCode(graph);
  const byPlace = new Map<string, Set<string>>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'meeting') return;
    for (const venue of meetingVenues(graph, id)) {
      for (const place of containingPlaces(graph, venue, byCode)) {
        const meetings = byPlace.get(place) ?? new Set<string>();
        meetings.add(id);
        byPlace.set(place, meetings);
      }
    }
  });
  return byPlace;
}

/** A place's own coordinates, else those of the nearest place it lies in (`located_in`, walked up breadth-first). */
export function placePoint(graph: KnowledgeGraph, id: string): (Point & { via: string }) | null {
  const seen = new Set<string>();
  let frontier = [id];
  while (frontier.length) {
    const next: string[] = [];
    for (const at of frontier) {
      if (seen.has(at)) continue;
      seen.add(at);
      const a = graph.getNodeAttributes(at);
      if (hasPoint(a)) return { lon: a.lon!, lat: a.lat!, via: at };
      graph.forEachOutEdge(at, (_e, attrs, _s, target) => {
        if (attrs.relation === 'located_in') next.push(target);
      });
    }
    frontier = next;
  }
  return null;
}

export interface MapOptions {
  /** The shape name of a country node, when it has one on the map. */
  shapeOf?: (id: string, attrs: NodeAttributes) => string | undefined;
  /** Whether a meeting is counted (the filters other than the place filter); all by default. */
  counts?: (id: string, attrs: NodeAttributes) => boolean;
}

export function mapContent(graph: KnowledgeGraph, { shapeOf = () => undefined, counts = () => true }: MapOptions = {}): MapContent {
  const meetingsAt = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'meeting' || !counts(id, a)) return;
    for (const venue of meetingVenues(graph, id)) meetingsAt.set(venue, [...(meetingsAt.get(venue) ?? []), id]);
  });
  const points = new Map<string, { point: Point; places: string[] }>();
  const countries = new Map<string, string>();
  const unplaced: UnplacedPlace[] = [];
  const put = (id: string, point: Point) => {
    const key = `${point.lon.toFixed(4)},${point.lat.toFixed(4)}`;
    const at = points.get(key) ?? { point, places: [] };
    at.places.push(id);
    points.set(key, at);
  };
  graph.forEachNode((id, a) => {
    if (a.kind === 'country') {
      const shape = shapeOf(id, a);
      if (shape) countries.set(id, shape);
      else if (hasPoint(a)) put(id, { lon: a.lon!, lat: a.lat! });
      else unplaced.push({ id, label: a.label, kind: 'country', reason: 'no shape on the map and no coordinates' });
    } else if (a.kind === 'venue') {
      const point = placePoint(graph, id);
      if (point) put(id, point);
      else unplaced.push({ id, label: a.label, kind: 'venue', reason: 'no coordinates' });
    }
  });
  const marks = [...points].map(([key, { point, places }]) => {
    const count = (p: string) => meetingsAt.get(p)?.length ?? 0;
    places.sort((x, y) => count(y) - count(x) || graph.getNodeAttribute(x, 'label').localeCompare(graph.getNodeAttribute(y, 'label')));
    const meetings = [...new Set(places.flatMap((p) => meetingsAt.get(p) ?? []))];
    const byStatus = Object.fromEntries(MEETING_STATUSES.map((s) => [s, 0])) as Record<MeetingStatus, number>;
    for (const m of meetings) byStatus[graph.getNodeAttribute(m, 'status') ?? 'held'] += 1;
    const label = places.map((p) => graph.getNodeAttribute(p, 'label')).join(', ');
    return { key, lon: point.lon, lat: point.lat, places, label, meetings, byStatus };
  });
  // The busiest marks are drawn last, over the others.
  marks.sort((a, b) => a.meetings.length - b.meetings.length || a.key.localeCompare(b.key));
  unplaced.sort((a, b) => a.label.localeCompare(b.label));
  return { marks, countries, unplaced };
}

/** The places whose marks lie inside a box on screen ([x0, y0], [x1, y1]), given where each mark is drawn. */
export function placesInBox(marks: readonly PlaceMark[], at: (mark: PlaceMark) => [number, number] | null, box: [[number, number], [number, number]]): string[] {
  const [[x0, y0], [x1, y1]] = box;
  const [left, right, top, bottom] = [Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)];
  return marks.flatMap((mark) => {
    const p = at(mark);
    return p && p[0] >= left && p[0] <= right && p[1] >= top && p[1] <= bottom ? mark.places : [];
  });
}

/** The slices of a round mark by status: [status, start angle, end angle] in radians from 12 o'clock, clockwise. */
export function statusSlices(byStatus: Record<MeetingStatus, number>): [MeetingStatus, number, number][] {
  const total = MEETING_STATUSES.reduce((n, s) => n + byStatus[s], 0);
  if (total === 0) return [];
  let at = 0;
  return MEETING_STATUSES.filter((s) => byStatus[s] > 0).map((s) => {
    const end = at + (2 * Math.PI * byStatus[s]) / total;
    const slice: [MeetingStatus, number, number] = [s, at, end];
    at = end;
    return slice;
  });
}

/**
 * An SVG path for a slice of a disc centred on 0,0. Written here because the
 * only arc generator among D3's modules is d3-shape, which the app does not
 * otherwise need; a whole disc is two half arcs (one arc cannot close).
 */
export function slicePath(radius: number, start: number, end: number): string {
  const r = radius;
  const pt = (a: number) => `${(r * Math.sin(a)).toFixed(2)} ${(-r * Math.cos(a)).toFixed(2)}`;
  if (end - start >= 2 * Math.PI - 1e-9) return `M0 ${-r}A${r} ${r} 0 1 1 0 ${r}A${r} ${r} 0 1 1 0 ${-r}Z`;
  const large = end - start > Math.PI ? 1 : 0;
  return `M0 0L${pt(start)}A${r} ${r} 0 ${large} 1 ${pt(end)}Z`;
}

/** The marks' labels' font size, px. */
export const LABEL_SIZE = 12;

export interface LabelSpot {
  key: string;
  x: number;
  y: number;
  /** The mark's radius: the label starts beside it. */
  r: number;
  text: string;
}

/**
 * Which side of its mark each label goes, the most important first (the
 * order given): right, else left, else none when both would overlap a label
 * already placed. Widths are estimated from the text's length (about 0.55 em
 * a character), which is enough to keep names apart.
 */
export function placeLabels(spots: readonly LabelSpot[], fontSize = LABEL_SIZE): Map<string, 'right' | 'left'> {
  const placed: [number, number, number, number][] = [];
  const sides = new Map<string, 'right' | 'left'>();
  const free = (b: [number, number, number, number]) => placed.every(([l, t, r, btm]) => b[2] <= l || b[0] >= r || b[3] <= t || b[1] >= btm);
  for (const s of spots) {
    const w = s.text.length * fontSize * 0.55 + 4;
    // The text's baseline is a third of an em below the mark's centre.
    const [top, bottom] = [s.y + fontSize / 3 - fontSize * 0.75, s.y + fontSize / 3 + fontSize * 0.25];
    const right: [number, number, number, number] = [s.x + s.r + 2, top, s.x + s.r + 2 + w, bottom];
    const left: [number, number, number, number] = [s.x - s.r - 2 - w, top, s.x - s.r - 2, bottom];
    const side = free(right) ? 'right' : free(left) ? 'left' : null;
    if (!side) continue;
    placed.push(side === 'right' ? right : left);
    sides.set(s.key, side);
  }
  return sides;
}

/** The zoom that frames a box of the map ([x0, y0], [x1, y1] at zoom 1) in a width × height view: the scale (1 to `max`) and the shift. */
export function framing(box: [[number, number], [number, number]], width: number, height: number, { margin = 40, max = 4 } = {}): { k: number; x: number; y: number } {
  const [[x0, y0], [x1, y1]] = box;
  const k = Math.max(1, Math.min(max, (width - 2 * margin) / Math.max(1, x1 - x0), (height - 2 * margin) / Math.max(1, y1 - y0)));
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}
