// Messages between the app and the extraction worker.
import type { SerializedGraph } from 'graphology-types';
import type { Doc, EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/schema.ts';

export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type ExtractRequest =
  /** Extract what is not cached yet, then build one graph over all the documents, in order. */
  | { id: number; type: 'build'; docs: Doc[] }
  /** Read a graph file of any origin. */
  | { id: number; type: 'import'; name: string; text: string }
  /** An HTML page's title and visible text (parse5: a 2 MB page can take a second). */
  | { id: number; type: 'html'; html: string };

export type ExtractResponse =
  | { id: number; type: 'progress'; done: number; total: number; doc: string }
  | { id: number; type: 'built'; graph: SerializedKnowledgeGraph; extractedMs: number; builtMs: number }
  | { id: number; type: 'imported'; graph: SerializedKnowledgeGraph; format: string; foreign: boolean; notes: string[] }
  | { id: number; type: 'html-text'; title: string | null; text: string }
  | { id: number; type: 'error'; message: string };
