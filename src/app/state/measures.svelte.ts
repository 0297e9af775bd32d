// What node size and colour mean: the measure nodes are sized by, colour by
// kind or by group, and the values behind them. Betweenness and groups are
// computed only once asked for, in a worker for big graphs, and kept for the
// graph they were computed on.
import type { KnowledgeGraph } from '../../core/schema.ts';
import {
  GROUP_SEED,
  betweennessById,
  countMeasures,
  groupNames,
  groupsOf,
  measureInput,
  mostCentral,
  type ColourMode,
  type Group,
  type MeasureInput,
  type SizeMeasure,
  type Structure,
} from '../../core/graph/measures.ts';
import { nodeSize, nodeSizeFor } from '../../view/elements.ts';
import type { NodeLook } from '../../view/measure-style.ts';
import { GROUP_COLOURS, OTHER_GROUP } from '../../view/style.ts';
import { measureInWorker, type MeasuresRun } from '../../workers/measures-client.ts';
import type { Explorer } from './explorer.svelte.ts';

/** Above this many drawn nodes betweenness and groups are computed in a worker. */
export const WORKER_ABOVE = 1000;

export const MEASURE_LABELS: Readonly<Record<SizeMeasure, string>> = Object.freeze({
  degree: 'Connections',
  betweenness: 'Betweenness',
  evidence: 'Excerpts',
  articles: 'Articles',
});

/** What each measure means, said under the menu. */
export const MEASURE_NOTES: Readonly<Record<SizeMeasure, string>> = Object.freeze({
  degree: 'Edges to other drawn nodes.',
  betweenness: 'How many shortest paths between others pass through the node: the brokers.',
  evidence: 'Excerpts that support the node.',
  articles: 'Articles the node is found in.',
});

export type MeasureStep = 'groups' | 'betweenness';

export interface ShownGroup extends Group {
  /** Who the group is named after. */
  names: string[];
  colour: { fill: string; border: string };
}

/** Groups drawn in their own colour; the rest share OTHER_GROUP. */
const coloured = (g: Group) => g.number <= GROUP_COLOURS.length && g.members.length > 1;

export class Measures {
  sizeBy = $state<SizeMeasure>('degree');
  colourBy = $state<ColourMode>('kind');
  /** The step running while betweenness and groups are computed. */
  step = $state<MeasureStep | null>(null);
  error = $state<string | null>(null);
  #computed = $state.raw<{ graph: KnowledgeGraph; input: MeasureInput; structure: Structure } | null>(null);
  #running: { graph: KnowledgeGraph; run: MeasuresRun | null } | null = null;
  readonly #explorer: Explorer;

  constructor(explorer: Explorer) {
    this.#explorer = explorer;
  }

  counts = $derived.by(() => {
    const graph = this.#explorer.graph;
    return graph ? countMeasures(graph) : null;
  });
  needsStructure = $derived(this.sizeBy === 'betweenness' || this.colourBy === 'group');
  #current = $derived.by(() => (this.#computed && this.#computed.graph === this.#explorer.graph ? this.#computed : null));

  /** The chosen measure by node id; null while betweenness is being computed. */
  values: ReadonlyMap<string, number> | null = $derived.by(() => {
    if (this.sizeBy !== 'betweenness') return this.counts?.[this.sizeBy] ?? null;
    const c = this.#current;
    return c ? betweennessById(c.input, c.structure) : null;
  });

  /** The five nodes highest by the chosen measure. */
  top: string[] = $derived(this.values ? mostCentral(this.values, 5) : []);

  groups: ShownGroup[] = $derived.by(() => {
    const c = this.#current;
    const graph = this.#explorer.graph;
    if (!c || !graph || !this.counts) return [];
    return groupsOf(c.input, c.structure, this.counts.degree).map((g) => ({
      ...g,
      names: groupNames(graph, g),
      colour: coloured(g) ? GROUP_COLOURS[g.number - 1]! : OTHER_GROUP,
    }));
  });

  /** How each node looks under the current choices; null until what they need is computed. */
  looks: ((id: string) => NodeLook | undefined) | null = $derived.by(() => {
    const values = this.values;
    const counts = this.counts;
    if (!values || !counts) return null;
    let colourOf: ((id: string) => NodeLook['colour']) | null = () => null;
    if (this.colourBy === 'group') {
      const byNode = new Map<string, ShownGroup['colour']>();
      for (const g of this.groups) for (const id of g.members) byNode.set(id, g.colour);
      colourOf = this.groups.length ? (id) => byNode.get(id) ?? OTHER_GROUP : null;
    }
    if (!colourOf) return null;
    const measure = this.sizeBy;
    let max = 0;
    for (const v of values.values()) max = Math.max(max, v);
    const sizeOf = (id: string) => (measure === 'degree' ? nodeSize(values.get(id) ?? 0) : nodeSizeFor(values.get(id) ?? 0, max));
    const colour = colourOf;
    return (id) => (values.has(id) ? { size: sizeOf(id), colour: colour(id) } : undefined);
  });

  /** Starts computing betweenness and groups for the loaded graph if the choices need them and they are not there. */
  ensure(): void {
    const graph = this.#explorer.graph;
    if (!graph || !this.needsStructure || this.#current || this.#running?.graph === graph) return;
    this.#running?.run?.cancel();
    this.error = null;
    const running: { graph: KnowledgeGraph; run: MeasuresRun | null } = { graph, run: null };
    this.#running = running;
    if ((this.counts?.degree.size ?? 0) <= WORKER_ABOVE) {
      // Small enough for this thread; the code is loaded on first use (it is not in the first bundle).
      void import('../../core/graph/structure.ts').then(
        ({ computeStructure }) => {
          if (this.#running !== running) return;
          this.#running = null;
          const input = measureInput(graph);
          this.#computed = { graph, input, structure: computeStructure(input, GROUP_SEED) };
        },
        (error: unknown) => {
          if (this.#running !== running) return;
          this.#running = null;
          this.error = error instanceof Error ? error.message : String(error);
        },
      );
      return;
    }
    this.step = 'groups';
    // The input is made in a task of its own, not in the one that made the choice.
    setTimeout(() => {
      if (this.#running !== running) return;
      const input = measureInput(graph);
      const run = measureInWorker(input, GROUP_SEED, (step) => {
        if (this.#running === running) this.step = step;
      });
      running.run = run;
      run.structure.then(
        (structure) => {
          if (this.#running !== running) return;
          this.#running = null;
          this.step = null;
          this.#computed = { graph, input, structure };
        },
        (error: unknown) => {
          if (this.#running !== running) return;
          this.#running = null;
          this.step = null;
          if (error instanceof DOMException && error.name === 'AbortError') return;
          this.error = error instanceof Error ? error.message : String(error);
        },
      );
    }, 0);
  }
}
