// PNG export of the canvas. The size asked for is checked against the browser's
// canvas limits first: a canvas over the limit comes out blank or cut, so the
// scale is lowered to fit and the caller is told.
import type { Core } from 'cytoscape';

export type PngRegion = 'view' | 'full';
export type PngBackground = 'white' | 'transparent';

export interface PngRequest {
  region: PngRegion;
  /** 1 to 4: output pixels per CSS pixel of the graph. */
  scale: number;
  background: PngBackground;
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

export async function exportPng(cy: Core, request: PngRequest): Promise<PngResult> {
  const { width, height } = regionSize(cy, request.region);
  const pad = request.region === 'full' ? FULL_PADDING : 0;
  const plan = planPng(width + 2 * pad, height + 2 * pad, request.scale);
  const bg = request.background === 'white' ? { bg: '#FFFFFF' } : {};
  const drawn = await cy.png({
    output: 'blob-promise',
    full: request.region === 'full',
    scale: plan.scale,
    // Setting maxWidth stops Cytoscape from also multiplying by the screen's
    // pixel ratio, so the file is exactly the planned size on any display.
    maxWidth: plan.width,
    ...(pad ? {} : bg),
  });
  if (!pad) return { blob: drawn, plan };
  return { blob: await withMargin(drawn, plan, pad, request.background), plan };
}

/** Draws the image centred on a canvas of the planned size, leaving the margin around it. */
async function withMargin(image: Blob, plan: PngPlan, pad: number, background: PngBackground): Promise<Blob> {
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
  ctx.drawImage(bitmap, Math.round(pad * plan.scale), Math.round(pad * plan.scale));
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('view/image-export: the browser could not encode the PNG'))), 'image/png'),
  );
}
