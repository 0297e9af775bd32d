// Which layout a graph opens with. The drawn size decides (defaultLayoutFor),
// unless the user picked a layout for this graph: that pick is kept in
// localStorage and wins while it is offered at the graph's size. "This graph"
// is the corpus plus where the graph came from (its own articles, or an
// imported file by name), not a hash of its content: adding an article to
// the corpus's graph leaves it the same graph for the user.
import { defaultLayoutFor, layoutsFor, LAYOUT_NAMES, type LayoutName } from './layouts.ts';

const PREFIX = 'kg-layout-choice:v1:';

/** Where the graph on screen came from: the corpus's articles (with the user's), or an imported graph file. */
export type GraphOrigin = { type: 'articles' } | { type: 'import'; name: string };

/** The key of the user's pick for a graph: stable while articles are added, hidden or removed. */
export function layoutChoiceKey(corpus: string, origin: GraphOrigin): string {
  return `${PREFIX}${corpus}:${origin.type === 'import' ? `import:${origin.name}` : 'articles'}`;
}

export const isLayoutName = (name: unknown): name is LayoutName => typeof name === 'string' && (LAYOUT_NAMES as readonly string[]).includes(name);

/** The layout a graph of `nodes` drawn nodes opens with: the user's pick while it is offered at that size, else the size's default. */
export function openingLayout(picked: string | null | undefined, nodes: number): LayoutName {
  return isLayoutName(picked) && layoutsFor(nodes).includes(picked) ? picked : defaultLayoutFor(nodes);
}

export interface LayoutChoices {
  get(key: string): LayoutName | null;
  set(key: string, layout: LayoutName): void;
}

export function localLayoutChoices(storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage): LayoutChoices {
  return {
    get(key) {
      try {
        const value = storage?.getItem(key);
        return isLayoutName(value) ? value : null;
      } catch {
        return null;
      }
    },
    set(key, layout) {
      try {
        storage?.setItem(key, layout);
      } catch {
        // A full or blocked store: the pick holds for this session only.
      }
    },
  };
}
