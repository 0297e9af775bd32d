// Puts the chosen measure and colouring on the canvas through node data
// fields (`size`, `groupFill`, `groupBorder`, read by the stylesheet). Only
// nodes whose look changes are touched, in slices that each restyle within
// their own task, so a big graph's switch is never one long task.
import type { Core, NodeSingular } from 'cytoscape';
import { pstyle } from './cytoscape-internals.ts';
import { inSlices } from './staged-load.ts';

export interface NodeLook {
  size: number;
  /** Null: coloured by kind. */
  colour: { fill: string; border: string } | null;
}

/** Nodes restyled per step: a few hundred fit easily within the slice budget. */
const STEP = 200;

/** Applies the looks; resolves once all are applied, or when `alive()` turns false. */
export async function applyNodeLooks(cy: Core, lookOf: (id: string) => NodeLook | undefined, alive: () => boolean): Promise<void> {
  const changed: [NodeSingular, NodeLook][] = [];
  cy.nodes().forEach((n) => {
    const look = lookOf(n.id());
    if (!look) return;
    if (n.data('size') !== look.size || (n.data('groupFill') ?? null) !== (look.colour?.fill ?? null)) changed.push([n, look]);
  });
  await inSlices(
    changed.length,
    STEP,
    (from, to) => {
      const part = changed.slice(from, to);
      cy.batch(() => {
        for (const [n, look] of part) {
          n.data('size', look.size);
          if (look.colour) n.data({ groupFill: look.colour.fill, groupBorder: look.colour.border });
          else n.removeData('groupFill groupBorder');
        }
      });
      // Restyled here, in this task, rather than all at once in the next frame.
      for (const [n] of part) void pstyle(n, 'width');
    },
    alive,
  );
}
