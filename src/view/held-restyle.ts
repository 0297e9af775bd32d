// Many class changes restyled a time slice per task with Cytoscape drawing
// nothing meanwhile, then drawn once. Cytoscape offers either a batch (no
// drawing, but every element restyled at once in the first frame after it:
// 3 s at 5,000 nodes) or changes outside one (each slice followed by a redraw
// of the whole graph, up to 350 ms a frame). So a batch holds its render
// loop, each slice's style is applied in its own task, and before the batch
// ends the elements so restyled are taken off its list of elements to
// restyle: the one frame after it only draws. Uses Cytoscape's private
// `batchStyleEles` and `styleDirty` (3.34), kept to this module.
import type { Collection, Core, EventObject, SingularElementArgument } from 'cytoscape';
import { pstyle, rendererOf } from './cytoscape-internals.ts';

interface BatchInternals {
  _private: { batchStyleEles?: Collection };
}
interface ElementInternals {
  _private: { styleDirty?: boolean };
}

export type ClassChange = [SingularElementArgument, string, boolean];

export class HeldRestyle {
  readonly #cy: Core;
  /** Restyled here and not changed since. */
  readonly #clean: Collection;
  readonly #onClass = (e: EventObject) => {
    // A class changed by someone else after this restyled it: the batch's end restyles it again.
    if (this.#clean.has(e.target)) this.#clean.unmerge(e.target);
  };
  #ended = false;

  constructor(cy: Core) {
    this.#cy = cy;
    this.#clean = cy.collection();
    cy.startBatch();
    cy.on('class', this.#onClass);
  }

  /** Makes these changes and applies their elements' style now. */
  change(changes: readonly ClassChange[]): void {
    if (this.#ended) throw new Error('view/held-restyle: change() after end()');
    const changed = this.#cy.collection();
    for (const [ele, cls, on] of changes) changed.merge(ele.toggleClass(cls, on));
    changed.forEach((ele) => {
      (ele as unknown as ElementInternals)._private.styleDirty = true;
      void pstyle(ele, 'display');
    });
    this.#clean.merge(changed);
    // The renderer's own work for a restyled element (its cached pictures, what it draws of it), done
    // here too: left to the first frame after the batch, it took 200 ms at 5,000 nodes.
    changed.emit('style');
    rendererOf(this.#cy)?.flushRenderedStyleQueue?.();
  }

  /** Ends the batch: Cytoscape draws once, restyling only what changed under it without this. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    const cy = this.#cy;
    cy.off('class', this.#onClass);
    const own = (cy as unknown as BatchInternals)._private;
    if (own.batchStyleEles) own.batchStyleEles = own.batchStyleEles.difference(this.#clean);
    cy.endBatch();
  }
}
