// `window.kg`: the live Cytoscape instance and graphology graph, for power users and tests.
import type { Core } from 'cytoscape';
import type { KnowledgeGraph } from '../core/schema.ts';

declare global {
  interface Window {
    kg?: { cy: Core; graph: KnowledgeGraph };
  }
}

export {};
