// JSON export: graphology's own serialization (`graph.export()`), the format the
// evaluation script reads. The reader checks the shape before importing, so a
// wrong file fails with a message naming this module and the item at fault
// rather than with a graphology error deep inside `import`.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../schema.ts';
import { checkEdgeKey, checkNodeKey } from './safe-keys.ts';
import { messageOf } from './errors.ts';

const MODULE = 'io/json';

type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The graph as graphology's serialization, in JSON. */
export function toJSON(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isKey = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number';

function fail(problem: string): never {
  throw new Error(`${MODULE}: not a graphology serialization of a directed graph: ${problem}`);
}

/** Checks the shape `graph.import` expects, naming the first item at fault. */
function checkSerialization(data: unknown): asserts data is Partial<SerializedKnowledgeGraph> {
  if (!isPlainObject(data)) fail(`expected an object with "nodes" and "edges", got ${Array.isArray(data) ? 'an array' : typeof data}`);
  if (!Array.isArray(data.nodes)) fail('"nodes" is missing or not an array');
  if (data.edges !== undefined && !Array.isArray(data.edges)) fail('"edges" is not an array');
  if (data.attributes !== undefined && !isPlainObject(data.attributes)) fail('"attributes" is not an object');
  if (data.options !== undefined) {
    if (!isPlainObject(data.options)) fail('"options" is not an object');
    if (data.options.type === 'undirected') fail('options.type is "undirected"; the knowledge graph is directed');
    if (data.options.allowSelfLoops !== undefined && typeof data.options.allowSelfLoops !== 'boolean') fail('options.allowSelfLoops is not a boolean');
  }
  data.nodes.forEach((node: unknown, i: number) => {
    if (!isPlainObject(node)) fail(`nodes[${i}] is not an object`);
    if (!isKey(node.key)) fail(`nodes[${i}] has no "key"`);
    checkNodeKey(node.key, MODULE, `nodes[${i}]`);
    if (node.attributes !== undefined && !isPlainObject(node.attributes)) fail(`nodes[${i}].attributes is not an object`);
  });
  const edges: unknown[] = Array.isArray(data.edges) ? data.edges : [];
  edges.forEach((edge, i) => {
    if (!isPlainObject(edge)) fail(`edges[${i}] is not an object`);
    if (!isKey(edge.source) || !isKey(edge.target)) fail(`edges[${i}] needs "source" and "target"`);
    checkNodeKey(edge.source, MODULE, `edges[${i}].source`);
    checkNodeKey(edge.target, MODULE, `edges[${i}].target`);
    if (edge.key !== undefined && !isKey(edge.key)) fail(`edges[${i}].key is not a string`);
    checkEdgeKey(edge.key, MODULE, `edges[${i}]`);
    if (edge.undirected === true) fail(`edges[${i}] is undirected; the knowledge graph is directed`);
    if (edge.attributes !== undefined && !isPlainObject(edge.attributes)) fail(`edges[${i}].attributes is not an object`);
  });
}

/** Arrays and objects nested deeper than this are refused (a graph needs a handful of levels). */
export const MAX_JSON_DEPTH = 64;

/** Throws when JSON text nests arrays or objects deeper than MAX_JSON_DEPTH; a linear scan, before JSON.parse. */
export function checkJsonDepth(text: string, module: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) throw new Error(`${module}: the JSON nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep, which is refused`);
    } else if (c === 125 || c === 93) depth--;
  }
}

/** JSON.parse after the nesting check, with an error that names `module`. */
export function parseJsonText(text: string, module: string): unknown {
  checkJsonDepth(text, module);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${module}: the input is not valid JSON (${messageOf(error)})`);
  }
}

/**
 * Reads a graph written by `toJSON` (or any graphology serialization of a
 * directed graph). Attribute values are taken as they are, not checked
 * against the schema.
 */
export function fromJSON(text: string): KnowledgeGraph {
  if (typeof text !== 'string') throw new Error(`${MODULE}: expected the file's text as a string, got ${typeof text}`);
  return fromSerialized(parseJsonText(text, MODULE));
}

/** `fromJSON` of data already parsed (a graph inside a bigger JSON document), with the same checks. */
export function fromSerialized(data: unknown): KnowledgeGraph {
  checkSerialization(data);
  // The type is fixed (multi, directed); whether self-loops are allowed is kept.
  const allowSelfLoops = data.options?.allowSelfLoops !== false;
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops });
  try {
    graph.import({ attributes: data.attributes ?? {}, nodes: data.nodes ?? [], edges: data.edges ?? [] });
  } catch (error) {
    throw new Error(`${MODULE}: cannot import the serialization: ${messageOf(error)}`);
  }
  return graph;
}
