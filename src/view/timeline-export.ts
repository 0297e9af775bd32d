// The timeline as a picture: its SVG as drawn (the marks in view, the axis,
// the brushed range), with the page's computed colours written into each
// element so the file needs no stylesheet, a title above and a source line
// below; and that SVG drawn on a canvas for a PNG. Text goes in as text
// nodes, never as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';
/** What the timeline's stylesheet sets that the picture must keep. */
const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor'] as const;
const TITLE_PX = 15;
const SOURCE_PX = 11;
const PAD = 12;

export interface TimelinePicture {
  svg: string;
  width: number;
  height: number;
}

/** At most `max` pixels of text at this size, cut with an ellipsis (measured on a canvas; a rough width without one). */
function fitted(text: string, px: number, max: number, font: string): string {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  const width = (s: string) => {
    if (!ctx) return s.length * px * 0.55;
    ctx.font = `${px}px ${font}`;
    return ctx.measureText(s).width;
  };
  if (width(text) <= max) return text;
  let cut = text.length;
  while (cut > 1 && width(`${text.slice(0, cut)}…`) > max) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export function timelinePicture(drawing: SVGSVGElement, { title, source }: { title: string; source: string }): TimelinePicture {
  const box = drawing.getBoundingClientRect();
  const [w, h] = [Math.round(box.width), Math.round(box.height)];
  const clone = drawing.cloneNode(true) as SVGSVGElement;
  // The brush's handles and the pointer's targets are not part of the picture.
  for (const el of clone.querySelectorAll('.overlay, .handle, .axis-band')) el.remove();
  const originals = drawing.querySelectorAll('*');
  const copies = clone.querySelectorAll('*');
  const byOriginal = new Map<Element, Element>();
  let j = 0;
  for (const original of originals) {
    // The removed elements are skipped: both lists are in document order.
    if (original.matches('.overlay, .handle, .axis-band')) continue;
    byOriginal.set(original, copies[j++]!);
  }
  for (const [original, copy] of byOriginal) {
    const cs = getComputedStyle(original);
    copy.setAttribute('style', STYLED.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
    copy.removeAttribute('tabindex');
  }
  const page = getComputedStyle(drawing.closest('.timeline') ?? drawing);
  const font = page.fontFamily;
  const top = PAD + TITLE_PX + 8;
  const height = top + h + SOURCE_PX + PAD + 8;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${w} ${height}`);
  const rect = document.createElementNS(SVG_NS, 'rect');
  const fill: [string, string][] = [['width', '100%'], ['height', '100%'], ['fill', page.backgroundColor]];
  for (const [k, v] of fill) rect.setAttribute(k, v);
  out.append(rect);
  const text = (content: string, y: number, px: number, weight: string, colour: string) => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(PAD));
    t.setAttribute('y', String(y));
    t.setAttribute('style', `font-family:${font};font-size:${px}px;font-weight:${weight};fill:${colour}`);
    t.textContent = fitted(content, px, w - 2 * PAD, font);
    out.append(t);
  };
  text(title, PAD + TITLE_PX, TITLE_PX, '600', page.color);
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${top})`);
  clone.removeAttribute('role');
  clone.removeAttribute('aria-label');
  body.append(clone);
  out.append(body);
  text(source, top + h + 8 + SOURCE_PX, SOURCE_PX, '400', page.color);
  return { svg: new XMLSerializer().serializeToString(out), width: w, height };
}

/** The picture as a PNG at `scale` times its size. */
export async function pictureToPng(picture: TimelinePicture, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, picture.width, picture.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('view/timeline-export: the PNG could not be made'))), 'image/png'));
}
