// The report band under an exported graph: a title, a legend of the kinds and
// relations the image shows (their marks as on the canvas) and a source line.
// Laid out in CSS pixels from measured text, then drawn on a 2D canvas with
// fillText: no HTML. Wrapping is by hand because the 2D canvas has none.
import type { MeetingStatus, NodeKind, Relation } from '../core/schema.ts';
import { KIND_STYLES, RELATION_STYLES, STATUS_STYLES } from './style.ts';
import { SWATCH_DASH, swatchGeometry } from './swatch-shapes.ts';

export type LegendEntry = { kind: NodeKind; status?: MeetingStatus; label: string } | { relation: Relation; label: string };

export interface ReportContent {
  title: string;
  legend: readonly LegendEntry[];
  source: string;
}

/** Width of `text` drawn in `font` (a CSS font shorthand), in CSS pixels. */
export type Measure = (text: string, font: string) => number;

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const REPORT_FONTS = Object.freeze({
  title: `700 16px ${FAMILY}`,
  legend: `400 13px ${FAMILY}`,
  source: `400 12px ${FAMILY}`,
});
const INK = '#1F2937';
const MUTED = '#4B5563';

/** A band never narrower than this, so a small graph's text is not cut to a sliver. */
export const REPORT_MIN_WIDTH = 480;
const PAD = 16;
const TITLE_LINE = 21;
const TITLE_LINES = 2;
const SOURCE_LINE = 16;
const SOURCE_LINES = 3;
const ROW = 22;
/** A kind's mark is 16 px square; a relation's line 30 px long. */
const KIND_MARK = 16;
const LINE_MARK = 30;
const MARK_GAP = 6;
const ITEM_GAP = 18;
const SECTION_GAP = 10;

/**
 * Greedy word wrap into at most `maxLines` lines of `width`; a word wider than
 * a line is cut, and what does not fit ends the last line with an ellipsis.
 */
export function wrapText(text: string, width: number, fits: (line: string) => boolean, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) return withEllipsis(lines, fits);
    }
    // A word too long for a line of its own is cut where it stops fitting.
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      if (lines.length === maxLines) return withEllipsis(lines, fits);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The last line shortened until it fits with an ellipsis after it. */
function withEllipsis(lines: string[], fits: (line: string) => boolean): string[] {
  let last = lines[lines.length - 1]!;
  while (last && !fits(`${last}…`)) last = last.slice(0, -1);
  lines[lines.length - 1] = `${last.trimEnd()}…`;
  return lines;
}

export type BandItem =
  | { type: 'text'; text: string; x: number; y: number; font: string; color: string }
  | { type: 'mark'; entry: LegendEntry; x: number; y: number; w: number; h: number };

export interface BandLayout {
  width: number;
  height: number;
  /** Positions relative to the band's top-left corner; text `y` is its baseline. */
  items: BandItem[];
}

const isKind = (e: LegendEntry): e is Extract<LegendEntry, { kind: NodeKind }> => 'kind' in e;

export function layoutBand(content: ReportContent, width: number, measure: Measure): BandLayout {
  const items: BandItem[] = [];
  const inner = width - 2 * PAD;
  let y = PAD;
  const lines = (text: string, font: string, lineHeight: number, max: number, color: string, ascent: number) => {
    for (const line of wrapText(text, inner, (l) => measure(l, font) <= inner, max)) {
      items.push({ type: 'text', text: line, x: PAD, y: y + ascent, font, color });
      y += lineHeight;
    }
  };
  lines(content.title, REPORT_FONTS.title, TITLE_LINE, TITLE_LINES, INK, 16);
  // Kinds flow in rows, then relations start a row of their own.
  for (const group of [content.legend.filter(isKind), content.legend.filter((e) => !isKind(e))]) {
    if (!group.length) continue;
    y += SECTION_GAP;
    let x = PAD;
    for (const entry of group) {
      const markW = isKind(entry) ? KIND_MARK : LINE_MARK;
      const label = wrapText(entry.label, inner - markW - MARK_GAP, (l) => measure(l, REPORT_FONTS.legend) <= inner - markW - MARK_GAP, 1)[0] ?? '';
      const itemW = markW + MARK_GAP + measure(label, REPORT_FONTS.legend);
      if (x > PAD && x + itemW > PAD + inner) {
        x = PAD;
        y += ROW;
      }
      items.push({ type: 'mark', entry, x, y: y + (ROW - KIND_MARK) / 2, w: markW, h: KIND_MARK });
      items.push({ type: 'text', text: label, x: x + markW + MARK_GAP, y: y + 15, font: REPORT_FONTS.legend, color: INK });
      x += itemW + ITEM_GAP;
    }
    y += ROW;
  }
  y += SECTION_GAP;
  lines(content.source, REPORT_FONTS.source, SOURCE_LINE, SOURCE_LINES, MUTED, 12);
  return { width, height: Math.ceil(y + PAD - 4), items };
}

/** Draws the band with its top-left corner at the context's origin, in CSS pixels (the caller scales). */
export function drawBand(ctx: CanvasRenderingContext2D, band: BandLayout): void {
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const item of band.items) {
    if (item.type === 'text') {
      ctx.font = item.font;
      ctx.fillStyle = item.color;
      ctx.fillText(item.text, item.x, item.y);
    } else if (isKind(item.entry)) drawKindMark(ctx, item.entry, item.x, item.y, item.w);
    else drawRelationMark(ctx, item.entry.relation, item.x, item.y, item.w, item.h);
  }
}

function drawKindMark(ctx: CanvasRenderingContext2D, entry: Extract<LegendEntry, { kind: NodeKind }>, x: number, y: number, size: number): void {
  const style = KIND_STYLES[entry.kind];
  const geometry = swatchGeometry(style.shape);
  const k = size / 20;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(k, k);
  ctx.beginPath();
  if (geometry.type === 'polygon') {
    geometry.points.forEach(([px, py], i) => (i ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
    ctx.closePath();
  } else if (geometry.type === 'circle') {
    ctx.arc(geometry.cx, geometry.cy, geometry.r, 0, 2 * Math.PI);
  } else {
    ctx.roundRect(geometry.x, geometry.y, geometry.w, geometry.h, geometry.rx);
  }
  ctx.globalAlpha = entry.status ? STATUS_STYLES[entry.status].fillOpacity : 1;
  ctx.fillStyle = style.fill;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.setLineDash(entry.status ? SWATCH_DASH.border[STATUS_STYLES[entry.status].line] : []);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = style.border;
  ctx.stroke();
  ctx.restore();
}

function drawRelationMark(ctx: CanvasRenderingContext2D, relation: Relation, x: number, y: number, w: number, h: number): void {
  const style = RELATION_STYLES[relation];
  const mid = y + h / 2;
  const end = style.arrow ? x + w - 7 : x + w;
  ctx.save();
  ctx.strokeStyle = style.color;
  ctx.fillStyle = style.color;
  ctx.lineWidth = 2.2;
  ctx.setLineDash(SWATCH_DASH.line[style.line]);
  ctx.beginPath();
  ctx.moveTo(x + 1, mid);
  ctx.lineTo(end, mid);
  ctx.stroke();
  if (style.arrow) {
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(end, mid - 3.5);
    ctx.lineTo(x + w, mid);
    ctx.lineTo(end, mid + 3.5);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}
