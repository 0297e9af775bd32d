// The timeline's marks: each meeting at the span its date covers (a day is a
// point, a month or a year a bar), stacked in lanes so that marks which would
// be drawn over one another are not; undated meetings apart. Pure: the
// component gives the time → pixel function of its current zoom.
import type { KnowledgeGraph, MeetingStatus } from '../core/schema.ts';
import { dateInterval, type DatePrecision } from '../app/lib/timeline-dates.ts';

export interface TimelineMeeting {
  id: string;
  label: string;
  date: string | null;
  status: MeetingStatus | undefined;
}

export interface TimelineMark extends TimelineMeeting {
  date: string;
  start: number;
  end: number;
  precision: DatePrecision;
}

export interface TimelineMarks {
  /** Earliest first. */
  dated: TimelineMark[];
  /** By label. */
  undated: TimelineMeeting[];
}

export function timelineMarks(graph: KnowledgeGraph): TimelineMarks {
  const meetings: TimelineMeeting[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === 'meeting') meetings.push({ id, label: a.label, date: a.date ?? null, status: a.status });
  });
  return marksOf(meetings);
}

/** The marks of these meetings (the graph's, or a server's in a range). */
export function marksOf(meetings: Iterable<TimelineMeeting>): TimelineMarks {
  const dated: TimelineMark[] = [];
  const undated: TimelineMeeting[] = [];
  for (const meeting of meetings) {
    const span = dateInterval(meeting.date);
    if (span) dated.push({ ...meeting, date: meeting.date!, ...span });
    else undated.push(meeting);
  }
  // A year before the days in it: the wider mark takes the lower lane.
  dated.sort((a, b) => a.start - b.start || b.end - a.end || a.label.localeCompare(b.label));
  undated.sort((a, b) => a.label.localeCompare(b.label));
  return { dated, undated };
}

const DAY_MS = 86_400_000;

/** The time the timeline shows before any zoom: every dated meeting, with a margin, and never less than a year. */
export function timelineDomain(marks: readonly TimelineMark[]): [number, number] {
  if (marks.length === 0) {
    const now = Date.now();
    return [now - 183 * DAY_MS, now + 183 * DAY_MS];
  }
  let start = Infinity;
  let end = -Infinity;
  for (const m of marks) {
    start = Math.min(start, m.start);
    end = Math.max(end, m.end);
  }
  const span = Math.max(365 * DAY_MS, end - start);
  const middle = (start + end) / 2;
  return [middle - span * 0.54, middle + span * 0.54];
}

/** Half the width of a day's mark, and the narrowest a bar is drawn, in pixels. */
export const POINT_RADIUS = 6;

export interface PlacedMark {
  mark: TimelineMark;
  /** Left and right edge in pixels (a point's are its centre ± POINT_RADIUS). */
  x0: number;
  x1: number;
  lane: number;
}

/**
 * Pixel extents and lanes for the marks (earliest first, as timelineMarks
 * gives them) at the zoom `x` maps time by: each mark takes the first lane
 * where it clears the one before by `gap` pixels; past `lanes`, it goes
 * where the lanes end earliest (drawn over, but nothing is dropped).
 */
export function placeMarks(marks: readonly TimelineMark[], x: (time: number) => number, lanes: number, gap = 3): PlacedMark[] {
  const laneEnds: number[] = [];
  const placed: PlacedMark[] = [];
  for (const mark of marks) {
    let x0: number;
    let x1: number;
    if (mark.precision === 'day') {
      const c = x((mark.start + mark.end) / 2);
      [x0, x1] = [c - POINT_RADIUS, c + POINT_RADIUS];
    } else {
      [x0, x1] = [x(mark.start), x(mark.end)];
      if (x1 - x0 < 2 * POINT_RADIUS) [x0, x1] = [(x0 + x1) / 2 - POINT_RADIUS, (x0 + x1) / 2 + POINT_RADIUS];
    }
    let lane = laneEnds.findIndex((end) => end + gap <= x0);
    if (lane < 0 && laneEnds.length < lanes) lane = laneEnds.push(-Infinity) - 1;
    if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane]!, x1);
    placed.push({ mark, x0, x1, lane });
  }
  return placed;
}

/** The meetings the selection concerns: a meeting itself, a node's meetings, an edge's meeting end. */
export function meetingsOfSelection(graph: KnowledgeGraph, selection: { type: 'node' | 'edge'; id: string } | null): Set<string> {
  const out = new Set<string>();
  if (!selection) return out;
  const isMeeting = (id: string) => graph.getNodeAttribute(id, 'kind') === 'meeting';
  if (selection.type === 'node') {
    if (!graph.hasNode(selection.id)) return out;
    if (isMeeting(selection.id)) out.add(selection.id);
    else for (const n of graph.neighbors(selection.id)) if (isMeeting(n)) out.add(n);
  } else if (graph.hasEdge(selection.id)) {
    for (const n of graph.extremities(selection.id)) if (isMeeting(n)) out.add(n);
  }
  return out;
}

/** How a group of marks is drawn: one path for all the marks of one status and state. */
export interface MarkLayer {
  key: string;
  status: MeetingStatus | 'none';
  state: 'dim' | 'shown' | 'lit';
  d: string;
  count: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function shapeOf(p: PlacedMark, y: number, grow = 0): string {
  if (p.mark.precision === 'day') {
    const c = r1((p.x0 + p.x1) / 2);
    const r = POINT_RADIUS + grow;
    return `M${c},${r1(y - r)}L${r1(c + r)},${r1(y)}L${c},${r1(y + r)}L${r1(c - r)},${r1(y)}Z`;
  }
  const [x0, x1, top, bottom] = [r1(p.x0 - grow), r1(p.x1 + grow), r1(y - 5 - grow), r1(y + 5 + grow)];
  return `M${x0},${top}H${x1}V${bottom}H${x0}Z`;
}

/**
 * The marks in view [0, width] as a few paths (one per status and state:
 * dimmed when the filters hide the meeting, lit when the selection concerns
 * it), drawn lit last, and the halo behind the lit ones. Thousands of SVG
 * elements, one per mark, took hundreds of milliseconds a frame to restyle
 * and lay out while zooming; a few paths take a few.
 */
export function markLayers(placed: readonly PlacedMark[], width: number, laneY: (lane: number) => number, shown: ReadonlySet<string>, lit: ReadonlySet<string>): { layers: MarkLayer[]; halo: string; halos: number } {
  const layers = new Map<string, MarkLayer>();
  const halo: string[] = [];
  for (const p of placed) {
    if (p.x1 < 0 || p.x0 > width) continue;
    const state = lit.has(p.mark.id) ? 'lit' : shown.has(p.mark.id) ? 'shown' : 'dim';
    const status = p.mark.status ?? 'none';
    const key = `${state}:${status}`;
    let layer = layers.get(key);
    if (!layer) layers.set(key, (layer = { key, status, state, d: '', count: 0 }));
    const y = laneY(p.lane);
    layer.d += shapeOf(p, y);
    layer.count += 1;
    if (state === 'lit') halo.push(shapeOf(p, y, 4));
  }
  const order = { dim: 0, shown: 1, lit: 2 };
  return { layers: [...layers.values()].sort((a, b) => order[a.state] - order[b.state]), halo: halo.join(''), halos: halo.length };
}

/** The mark under a point: in the lane the point is in, the one drawn last that covers it (a few pixels of slack). */
export function markAt(placed: readonly PlacedMark[], x: number, lane: number, slack = 2): number {
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]!;
    if (p.lane === lane && x >= p.x0 - slack && x <= p.x1 + slack) return i;
  }
  return -1;
}
