// Download names that say what the file is, and the one DOM edge that saves it.

export interface DownloadName {
  corpus: string;
  /** What was exported: "graph", "shown", "view-2x", "full-3x" … */
  scope: string;
  ext: string;
  date?: Date;
}

const slug = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'corpus';

/** e.g. "seeds-knowledge-graph-shown-2025-02-12.graphml" */
export function downloadName({ corpus, scope, ext, date = new Date() }: DownloadName): string {
  const day = date.toISOString().slice(0, 10);
  return `${slug(corpus)}-knowledge-graph-${slug(scope)}-${day}.${ext.replace(/^\./, '')}`;
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
