// The view in the address: the fragment follows the view (a new history
// entry for each new view, the same entry while only zoom and pan move), a
// link opens the view it names, and back / forward step through views.
import { MEETING_STATUSES } from '../../core/schema.ts';
import { parseViewHash, viewHash } from '../lib/view-link.ts';
import type { Documents } from './documents.svelte.ts';
import { DRAWN_KINDS } from './filters.svelte.ts';

const DEFAULTS = { kinds: DRAWN_KINDS, statuses: MEETING_STATUSES };

/** A fragment without its zoom and pan: what tells one view from another. */
const withoutViewport = (hash: string): string => {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of ['z', 'x', 'y']) p.delete(key);
  return p.toString();
};

export class ViewLink {
  #documents: Documents;
  /** The view on opening replaces the entry that opened it, never adds one. */
  #opened = false;

  constructor(documents: Documents) {
    this.#documents = documents;
  }

  /** Once the stored view is back: the address's view wins, then the address follows the view. Returns the cleanup. */
  start(): () => void {
    const linked = parseViewHash(location.hash);
    if (linked) this.#documents.showView(linked);
    const onPop = () => this.#documents.showView(parseViewHash(location.hash) ?? {});
    window.addEventListener('popstate', onPop);
    const stop = $effect.root(() => {
      $effect(() => this.#write(viewHash(this.#documents.viewState(), DEFAULTS)));
    });
    return () => {
      stop();
      window.removeEventListener('popstate', onPop);
    };
  }

  #write(hash: string): void {
    if (hash === location.hash) {
      this.#opened = true;
      return;
    }
    const url = `${location.pathname}${location.search}${hash}`;
    // Zoom and pan alone do not make a new entry: back goes to the previous view, not the previous scroll.
    if (!this.#opened || withoutViewport(hash) === withoutViewport(location.hash)) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
    this.#opened = true;
  }
}
