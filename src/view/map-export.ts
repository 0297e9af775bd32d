// The map as a file: the SVG on screen made standalone (the colours it takes
// from the page's CSS properties written onto each element, since those do
// not travel with it), a title above and a source line below; and as a PNG,
// that SVG drawn on a canvas.

/** The presentation properties the map's stylesheet sets: copied from the computed style. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor'] as const;
const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_H = 36;
const SOURCE_H = 26;

export interface MapCaption {
  title: string;
  source: string;
}

function paintInline(from: Element, to: Element): void {
  const style = getComputedStyle(from);
  for (const name of PAINT) {
    const value = style.getPropertyValue(name);
    if (value) to.setAttribute(name, value);
  }
  to.removeAttribute('class');
  for (const a of [...to.attributes]) if (/^(aria-|data-|role$|tabindex$)/.test(a.name)) to.removeAttribute(a.name);
  const kids = [...from.children];
  const copies = [...to.children];
  kids.forEach((child, i) => copies[i] && paintInline(child, copies[i]));
}

const line = (text: string, x: number, y: number, size: number, colour: string, weight = 400): SVGTextElement => {
  const t = document.createElementNS(SVG_NS, 'text');
  Object.entries({ x, y, fill: colour, 'font-size': size, 'font-weight': weight, 'font-family': 'system-ui, sans-serif' }).forEach(([k, v]) => t.setAttribute(k, String(v)));
  // Text content, never markup: names come from the articles.
  t.textContent = text;
  return t;
};

/** The map as a standalone SVG document, captioned. `skip` names elements left out (the box being drawn). */
export function mapSvg(svg: SVGSVGElement, caption: MapCaption, { skip = '.brush' } = {}): { text: string; width: number; height: number } {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const page = getComputedStyle(svg.parentElement ?? svg);
  const ink = page.color || '#111827';
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
  const map = svg.cloneNode(true) as SVGSVGElement;
  paintInline(svg, map);
  for (const el of map.querySelectorAll(skip)) el.remove();
  map.querySelectorAll('title').forEach((t) => t.remove());
  map.setAttribute('y', String(TITLE_H));
  const out = document.createElementNS(SVG_NS, 'svg');
  const total = height + TITLE_H + SOURCE_H;
  Object.entries({ xmlns: SVG_NS, width, height: total, viewBox: `0 0 ${width} ${total}` }).forEach(([k, v]) => out.setAttribute(k, String(v)));
  const bg = document.createElementNS(SVG_NS, 'rect');
  Object.entries({ width, height: total, fill: background }).forEach(([k, v]) => bg.setAttribute(k, String(v)));
  out.append(bg, line(caption.title, 12, 24, 16, ink, 700), map, line(caption.source, 12, height + TITLE_H + 18, 11, ink));
  return { text: new XMLSerializer().serializeToString(out), width, height: total };
}

/** The SVG drawn into a PNG at `scale` × its size. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('view/map-export: no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('view/map-export: the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
