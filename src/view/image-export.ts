// PNG export of the canvas. The size asked for is checked against the browser's
// canvas limits first: a canvas over the limit comes out blank or cut, so the
// scale is lowered to fit and the caller is told. A report PNG adds a band
// under the graph: title, legend and source (report-band.ts).
import type { Core } from 'cytoscape';
import { REPORT_MIN_WIDTH, drawBand, layoutBand, type BandLayout, type ReportContent } from './report-band.ts';
import { graphKeyOf } from '../core/io/element-ids.ts';

export type PngRegion = 'view' | 'full';
export type PngBackground = 'white' | 'transparent';

export interface PngRequest {
  region: PngRegion;
  /** 1 to 4: output pixels per CSS pixel of the graph. */
  scale: number;
  background: PngBackground;
  /** The title, legend and source to draw under the graph; none: the graph alone. */
  report?: ReportContent;
}

/**
 * Conservative limits that hold in Chromium, Firefox and desktop Safari
 * (Chromium allows 32767 px a side and 2^28 px in all; a 2^26 px canvas is
 * already 256 MB of pixels).
 */
export const CANVAS_LIMITS = Object.freeze({ maxSide: 16384, maxArea: 2 ** 26 });

export interface PngPlan {
  /** Size of the region in CSS pixels. */
  baseWidth: number;
  baseHeight: number;
  requestedScale: number;
  /** The scale used: the requested one unless that breaks a limit. */
  scale: number;
  width: number;
  height: number;
  reduced: boolean;
}

/** Decides the output size for a region of `baseWidth` × `baseHeight` CSS pixels. */
export function planPng(baseWidth: number, baseHeight: number, requestedScale: number, limits = CANVAS_LIMITS): PngPlan {
  if (!(baseWidth > 0 && baseHeight > 0)) {
    throw new Error(`view/image-export: nothing to draw (region is ${baseWidth}×${baseHeight})`);
  }
  const requested = Math.min(4, Math.max(1, requestedScale));
  const bySide = limits.maxSide / Math.max(baseWidth, baseHeight);
  const byArea = Math.sqrt(limits.maxArea / (baseWidth * baseHeight));
  // Floor to two decimals so that rounding never pushes the size back over.
  const limit = Math.floor(Math.min(bySide, byArea) * 100) / 100;
  const scale = Math.min(requested, limit);
  return {
    baseWidth,
    baseHeight,
    requestedScale: requested,
    scale,
    width: Math.floor(baseWidth * scale),
    height: Math.floor(baseHeight * scale),
    reduced: scale < requested,
  };
}

/** The region's size in CSS pixels, as Cytoscape measures it for `cy.png()`. */
export function regionSize(cy: Core, region: PngRegion): { width: number; height: number } {
  if (region === 'view') {
    const rect = cy.container()?.getBoundingClientRect();
    return { width: rect?.width ?? cy.width(), height: rect?.height ?? cy.height() };
  }
  // The same box cy.png() draws: Cytoscape leaves hidden (display: none) elements out of it.
  const bb = cy.elements().boundingBox();
  return { width: Math.ceil(bb.w), height: Math.ceil(bb.h) };
}

export interface PngResult {
  blob: Blob;
  plan: PngPlan;
}

/** Margin around the whole graph, in CSS pixels: Cytoscape crops to the labels' very edge. */
export const FULL_PADDING = 24;

/** The graph keys of the nodes and edges the image of this region shows: those not hidden, and in view for 'view'. */
export function exportedIds(cy: Core, region: PngRegion): { nodes: string[]; edges: string[] } {
  const shown = cy.elements().not('.hidden');
  const ext = cy.extent();
  const inView = (bb: { x1: number; x2: number; y1: number; y2: number }) => bb.x1 <= ext.x2 && bb.x2 >= ext.x1 && bb.y1 <= ext.y2 && bb.y2 >= ext.y1;
  const picked = region === 'full' ? shown : shown.filter((e) => inView(e.boundingBox({ includeLabels: false })));
  return { nodes: picked.nodes().map(graphKeyOf), edges: picked.edges().map(graphKeyOf) };
}

/** Text widths as a 2D canvas measures them. */
function canvasMeasure(): (text: string, font: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('view/image-export: no 2D canvas context');
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

export async function exportPng(cy: Core, request: PngRequest): Promise<PngResult> {
  const { width, height } = regionSize(cy, request.region);
  const pad = request.region === 'full' ? FULL_PADDING : 0;
  const graphW = width + 2 * pad;
  const graphH = height + 2 * pad;
  const bandScale = reportScale(graphW);
  const band = request.report ? layoutBand(request.report, Math.max(graphW, REPORT_MIN_WIDTH) / bandScale, canvasMeasure()) : null;
  const plan = planPng(band ? band.width * bandScale : graphW, graphH + (band ? band.height * bandScale : 0), request.scale);
  const bg = request.background === 'white' ? { bg: '#FFFFFF' } : {};
  const drawn = await cy.png({
    output: 'blob-promise',
    full: request.region === 'full',
    scale: plan.scale,
    // Setting maxWidth stops Cytoscape from also multiplying by the screen's
    // pixel ratio, so the file is exactly the planned size on any display.
    maxWidth: Math.floor(graphW * plan.scale),
    ...(pad || band ? {} : bg),
  });
  if (!pad && !band) return { blob: drawn, plan };
  return { blob: await compose(drawn, plan, { pad, graphW, graphH, band, bandScale }, request.background), plan };
}

/** Graphs this wide (CSS px) and wider get the band's text larger, so it reads as well as the labels when the image is shrunk to a page. */
const REPORT_REFERENCE_WIDTH = 1000;

/** How much larger than its 13 px legend the band is drawn for a graph image of this width: 1 to 3. */
export function reportScale(graphWidth: number): number {
  return Math.min(3, Math.max(1, graphWidth / REPORT_REFERENCE_WIDTH));
}

interface Composition {
  pad: number;
  graphW: number;
  graphH: number;
  band: BandLayout | null;
  bandScale: number;
}

/** Draws the graph image (centred, with its margin) on a canvas of the planned size, and the report band under it. */
async function compose(image: Blob, plan: PngPlan, { pad, graphW, graphH, band, bandScale }: Composition, background: PngBackground): Promise<Blob> {
  const bitmap = await createImageBitmap(image);
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('view/image-export: no 2D canvas context');
  if (background === 'white') {
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, plan.width, plan.height);
  }
  const left = ((plan.baseWidth - graphW) / 2 + pad) * plan.scale;
  ctx.drawImage(bitmap, Math.round(left), Math.round(pad * plan.scale));
  bitmap.close();
  if (band) {
    ctx.save();
    ctx.scale(plan.scale, plan.scale);
    ctx.translate((plan.baseWidth - band.width * bandScale) / 2, graphH);
    ctx.scale(bandScale, bandScale);
    drawBand(ctx, band);
    ctx.restore();
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('view/image-export: the browser could not encode the PNG'))), 'image/png'),
  );
}
