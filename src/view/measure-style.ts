// Puts the chosen measure and colouring on the canvas through node data
// fields (`size`, `groupFill`, `groupBorder`, read by the stylesheet). Only
// nodes whose look changes are touched; a big graph's a slice a frame, each
// restyled and measured in its own task, as GraphCanvas.apply does for
// filters, so a switch is not one long task.
import type { Core, NodeSingular } from 'cytoscape';
import { prewarmLevels } from './cached-levels.ts';
import { pstyle } from './cytoscape-internals.ts';

export interface NodeLook {
  size: number;
  /** Null: coloured by kind. */
  colour: { fill: string; border: string } | null;
}

export interface LookOptions {
  /** Nodes changed per frame; all at once when left out (small graphs). */
  slice?: number;
  alive: () => boolean;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** After the last slice, Cytoscape's cached pictures are remade once the frames have settled. */
const PREWARM_AFTER_MS = 400;

/** Applies the looks; resolves once all are applied, or when `alive()` turns false. */
export async function applyNodeLooks(cy: Core, lookOf: (id: string) => NodeLook | undefined, { slice, alive }: LookOptions): Promise<void> {
  // A big graph's changes start in a task of their own, not the one that made the choice (and updated the page).
  if (slice !== undefined) await nextFrame();
  if (!alive() || cy.destroyed()) return;
  const changed: [NodeSingular, NodeLook][] = [];
  cy.nodes().forEach((n) => {
    const look = lookOf(n.id());
    if (!look) return;
    if (n.data('size') !== look.size || (n.data('groupFill') ?? null) !== (look.colour?.fill ?? null)) changed.push([n, look]);
  });
  const step = slice ?? Math.max(1, changed.length);
  for (let i = 0; i < changed.length; i += step) {
    if (i > 0) await nextFrame();
    if (!alive() || cy.destroyed()) return;
    const part = changed.slice(i, i + step);
    cy.batch(() => {
      for (const [n, look] of part) {
        n.data('size', look.size);
        if (look.colour) n.data({ groupFill: look.colour.fill, groupBorder: look.colour.border });
        else n.removeData('groupFill groupBorder');
      }
    });
    if (slice === undefined) continue;
    // Restyled and measured in this task rather than all at once in the next
    // frame: a new size moves the ends of the node's edges too.
    for (const [n] of part) {
      void pstyle(n, 'width');
      n.boundingBox();
      n.connectedEdges().forEach((e) => void e.boundingBox());
    }
  }
  if (slice !== undefined && changed.length > 0) setTimeout(() => alive() && !cy.destroyed() && void prewarmLevels(cy, alive), PREWARM_AFTER_MS);
}
