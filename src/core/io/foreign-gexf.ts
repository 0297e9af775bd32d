// GEXF as other tools write it (Gephi, networkx, graphology, gexf.net samples,
// GEXF 1.0–1.3), read with xmldom into plain records. Hand-written rather
// than graphology-gexf because that parser keeps only the last <attributes>
// block of a class (Gephi writes a static and a dynamic one), names
// attributes by their id unless it is a number, reads `1` as boolean false,
// and gathers the attvalues of nested nodes into their parent.
//
// Attributes are named by their title; viz data becomes color, size, x, y, z,
// shape, thickness; an edge's label, kind and weight keep those names; a
// nested node records its parent's id in `parent`.
//
// Dynamic graphs: an element's own time span stays in `start` / `end` (and
// `startopen`, `endopen`, `timestamp`, `timestamps` as written), its spells in
// `spells` ([{start, end}]); an attribute with values over time becomes the
// list of them, [{value, start, end}] (a single value without bounds stays a
// plain value). The timeline draws meetings' dates, not these times, so the import notes say so.
import type { AttributeRecord } from './attribute-codec.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode } from './foreign-graphml.ts';
import { readTyped } from './foreign-values.ts';
import { checkEdgeKey, checkNodeKey } from './safe-keys.ts';
import { parseXmlDocument } from './xml.ts';

const MODULE = 'io/gexf';

interface AttributeSpec {
  title: string;
  type: string;
}

interface Model {
  specs: Map<string, AttributeSpec>;
  defaults: AttributeRecord;
}

function setOwn(target: AttributeRecord, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

const localName = (element: Element): string => element.localName ?? element.nodeName;

function childElements(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && localName(child as Element) === name) found.push(child as Element);
  }
  return found;
}

/** Every <attributes> block of a class, merged (class defaults to node). */
function readModel(document: Document, domain: 'node' | 'edge'): Model {
  const model: Model = { specs: new Map(), defaults: {} };
  const blocks = document.getElementsByTagName('attributes');
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks.item(i)!;
    if ((block.getAttribute('class') || 'node') !== domain) continue;
    for (const attribute of childElements(block, 'attribute')) {
      const id = attribute.getAttribute('id') || attribute.getAttribute('for');
      if (!id) continue;
      const spec = { title: attribute.getAttribute('title') || id, type: attribute.getAttribute('type') || 'string' };
      model.specs.set(id, spec);
      const fallback = childElements(attribute, 'default')[0];
      if (fallback) setOwn(model.defaults, spec.title, readTyped(fallback.textContent ?? '', spec.type));
    }
  }
  return model;
}

/** The time bounds GEXF puts on elements, spells and attvalues, by their own names. */
const TIME_NAMES = ['start', 'startopen', 'end', 'endopen', 'timestamp', 'timestamps'] as const;

function timeOf(element: Element): AttributeRecord | null {
  let time: AttributeRecord | null = null;
  for (const name of TIME_NAMES) {
    const value = element.getAttribute(name);
    if (value !== null && value !== '') (time ??= {})[name] = value;
  }
  return time;
}

/** What a graph's dynamics came to, for the import notes. */
/** The line an element starts on (xmldom's locator, see xml.ts), or 0. */
const lineOf = (element: Element): number => (element as Element & { lineNumber?: number }).lineNumber ?? 0;

interface Dynamics {
  timed: number;
  dynamicValues: Set<string>;
  nested: number;
  /** Nodes written more than once, for their times of presence. */
  reappearing: Set<string>;
  /** The first of them, and the lines it is written on, for the message. */
  firstRepeat?: { key: string; lines: [number, number] };
}

const SPAN_NAMES = ['start', 'startopen', 'end', 'endopen'] as const;

/** The element's time of presence as spells: its spells, else its own span. */
function spellsOf(attributes: AttributeRecord): AttributeRecord[] {
  if (Array.isArray(attributes.spells)) return attributes.spells as AttributeRecord[];
  const span: AttributeRecord = {};
  for (const name of SPAN_NAMES) if (attributes[name] !== undefined) span[name] = attributes[name];
  return Object.keys(span).length > 0 ? [span] : [];
}

const isTimeList = (v: unknown): v is AttributeRecord[] => Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && 'value' in x);

/** Another appearance of a node: its span joins the spells, its values over time join the lists; other values stay the first's. */
function mergeAppearance(first: AttributeRecord, again: AttributeRecord): void {
  const spells = [...spellsOf(first), ...spellsOf(again)];
  for (const name of SPAN_NAMES) delete first[name];
  setOwn(first, 'spells', spells);
  for (const [name, value] of Object.entries(again)) {
    if ((SPAN_NAMES as readonly string[]).includes(name) || name === 'spells') continue;
    const had = first[name];
    if (had === undefined) setOwn(first, name, value);
    else if (isTimeList(had) && isTimeList(value)) setOwn(first, name, [...had, ...value]);
  }
}

/** The element's own attvalues (not those of nodes nested in it), then its defaults. */
function attvaluesOf(element: Element, model: Model, attributes: AttributeRecord, dynamics: Dynamics): void {
  const series = new Map<string, { value: unknown; time: AttributeRecord | null }[]>();
  for (const list of childElements(element, 'attvalues')) {
    for (const value of childElements(list, 'attvalue')) {
      // GEXF 1.0 names the attribute with `id`; xmldom gives '' for a missing attribute.
      const id = value.getAttribute('for') || value.getAttribute('id') || '';
      const spec = model.specs.get(id);
      const name = spec?.title ?? id;
      const values = series.get(name) ?? [];
      values.push({ value: readTyped(value.getAttribute('value') ?? '', spec?.type ?? 'string'), time: timeOf(value) });
      series.set(name, values);
    }
  }
  for (const [name, values] of series) {
    if (values.length === 1 && values[0]!.time === null) setOwn(attributes, name, values[0]!.value);
    else {
      dynamics.dynamicValues.add(name);
      setOwn(attributes, name, values.map(({ value, time }) => ({ value, ...time })));
    }
  }
  for (const [name, value] of Object.entries(model.defaults)) if (!Object.hasOwn(attributes, name)) setOwn(attributes, name, value);
}

/** The element's time span and spells, as attributes (what the file says, unchanged). */
function lifetimeOf(element: Element, attributes: AttributeRecord, dynamics: Dynamics): void {
  const time = timeOf(element);
  const spells = childElements(element, 'spells').flatMap((list) => childElements(list, 'spell')).map((spell) => timeOf(spell) ?? {});
  for (const [name, value] of Object.entries(time ?? {})) if (!Object.hasOwn(attributes, name)) setOwn(attributes, name, value);
  if (spells.length > 0 && !Object.hasOwn(attributes, 'spells')) setOwn(attributes, 'spells', spells);
  if (time !== null || spells.length > 0) dynamics.timed++;
}

function dynamicsNotes(dynamics: Dynamics, graphElement: Element): string[] {
  const notes: string[] = [];
  if (dynamics.timed > 0 || dynamics.dynamicValues.size > 0 || graphElement.getAttribute('mode') === 'dynamic') {
    const parts = [];
    if (dynamics.timed > 0) parts.push(`${dynamics.timed} nodes and edges have a time span or spells (kept as start, end and spells)`);
    if (dynamics.dynamicValues.size > 0) parts.push(`the attributes ${[...dynamics.dynamicValues].map((n) => JSON.stringify(n)).join(', ')} change over time (kept as lists of {value, start, end})`);
    notes.push(`This graph changes over time${parts.length ? `: ${parts.join('; ')}` : ''}. Everything is drawn at once (the timeline shows meetings' dates, not these times); the times are shown in each node's and edge's details.`);
  }
  if (dynamics.reappearing.size > 0) {
    const first = dynamics.firstRepeat;
    const example = first ? ` (the first, node id "${first.key}", is written on lines ${first.lines[0]} and ${first.lines[1]})` : '';
    const n = dynamics.reappearing.size;
    notes.push(`${n} node ${n === 1 ? 'id is' : 'ids are'} used more than once${example}, each time for another span of time: each id is read as one node, present in all its spans (kept in "spells").`);
  }
  if (dynamics.nested > 0) notes.push(`${dynamics.nested} nodes are nested inside others (a hierarchy); they are drawn side by side, each with its parent's id in the attribute "parent".`);
  return notes;
}

function number(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** viz:color, viz:size, viz:position, viz:shape, viz:thickness (any namespace prefix). */
function vizOf(element: Element, attributes: AttributeRecord): void {
  const viz = (name: string) => childElements(element, name)[0];
  const color = viz('color');
  if (color) {
    const [r, g, b, a] = ['r', 'g', 'b', 'a'].map((c) => color.getAttribute(c));
    setOwn(attributes, 'color', color.getAttribute('hex') || (a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`));
  }
  const position = viz('position');
  for (const axis of ['x', 'y', 'z']) {
    const value = number(position?.getAttribute(axis) ?? null);
    if (value !== undefined) setOwn(attributes, axis, value);
  }
  for (const name of ['size', 'thickness']) {
    const value = number(viz(name)?.getAttribute('value') ?? null);
    if (value !== undefined) setOwn(attributes, name, value);
  }
  const shape = viz('shape')?.getAttribute('value');
  if (shape) setOwn(attributes, 'shape', shape);
}

function metaOf(document: Document): AttributeRecord {
  const attributes: AttributeRecord = {};
  const meta = document.getElementsByTagName('meta').item(0);
  if (!meta) return attributes;
  const modified = meta.getAttribute('lastmodifieddate');
  if (modified) attributes.lastModifiedDate = modified;
  for (let child = meta.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) setOwn(attributes, localName(child as Element), (child.textContent ?? '').trim());
  }
  return attributes;
}

/** The closest <node> around this one, for nested (hierarchical) graphs. */
function parentNode(element: Element): Element | null {
  for (let up = element.parentNode; up; up = up.parentNode) {
    if (up.nodeType === 1 && localName(up as Element) === 'node') return up as Element;
  }
  return null;
}

/** Reads any GEXF into plain records; throws an Error naming the problem. */
export function readForeignGEXF(text: string): ForeignGraph {
  const document = parseXmlDocument(text, MODULE, 'gexf');
  const graphElement = document.getElementsByTagName('graph').item(0);
  if (!graphElement) throw new Error(`${MODULE}: the file has no <graph> element`);
  // GEXF's default edge type is undirected; "mutual" is undirected too.
  const defaultType = graphElement.getAttribute('defaultedgetype') || 'undirected';

  const nodeModel = readModel(document, 'node');
  const dynamics: Dynamics = { timed: 0, dynamicValues: new Set(), nested: 0, reappearing: new Set() };
  const nodes: ForeignNode[] = [];
  const byKey = new Map<string, ForeignNode>();
  const firstElement = new Map<string, Element>();
  const ids = new Set<string>();
  const nodeElements = document.getElementsByTagName('node');
  for (let i = 0; i < nodeElements.length; i++) {
    const element = nodeElements.item(i)!;
    const where = `<node> #${i + 1}`;
    if (!element.hasAttribute('id')) throw new Error(`${MODULE}: ${where} has no id`);
    const key = element.getAttribute('id')!;
    checkNodeKey(key, MODULE, where);
    const earlier = byKey.get(key);
    if (earlier) {
      // A dynamic graph may write a node again for each time it is present: one node, one spell each.
      if (!timeOf(element) || !(earlier.attributes.start !== undefined || earlier.attributes.end !== undefined || earlier.attributes.spells !== undefined)) {
        throw new Error(`${MODULE}: the node id "${key}" is used twice (${where})`);
      }
      const again: AttributeRecord = {};
      attvaluesOf(element, nodeModel, again, dynamics);
      lifetimeOf(element, again, dynamics);
      dynamics.timed--;
      mergeAppearance(earlier.attributes, again);
      dynamics.reappearing.add(key);
      dynamics.firstRepeat ??= { key, lines: [lineOf(firstElement.get(key)!), lineOf(element)] };
      continue;
    }
    ids.add(key);
    const attributes: AttributeRecord = {};
    const label = element.getAttribute('label');
    if (label) attributes.label = label;
    attvaluesOf(element, nodeModel, attributes, dynamics);
    vizOf(element, attributes);
    lifetimeOf(element, attributes, dynamics);
    const parent = parentNode(element)?.getAttribute('id') ?? element.getAttribute('pid');
    if (parent) {
      setOwn(attributes, 'parent', parent);
      dynamics.nested++;
    }
    const node = { key, attributes };
    nodes.push(node);
    firstElement.set(key, element);
    byKey.set(key, node);
  }

  const edgeModel = readModel(document, 'edge');
  const edges: ForeignEdge[] = [];
  const edgeIds = new Set<string>();
  const edgeElements = document.getElementsByTagName('edge');
  for (let i = 0; i < edgeElements.length; i++) {
    const element = edgeElements.item(i)!;
    const where = `<edge> #${i + 1}`;
    const source = element.getAttribute('source');
    const target = element.getAttribute('target');
    if (!source || !target) throw new Error(`${MODULE}: ${where} needs both a source and a target`);
    for (const end of [source, target]) {
      if (!ids.has(end)) throw new Error(`${MODULE}: ${where} points to the node "${end}", which the file does not define`);
    }
    if (element.hasAttribute('id')) checkEdgeKey(element.getAttribute('id'), MODULE, where);
    const id = element.getAttribute('id') || null;
    if (id !== null) {
      if (edgeIds.has(id)) throw new Error(`${MODULE}: the edge id "${id}" is used twice (${where})`);
      edgeIds.add(id);
    }
    const attributes: AttributeRecord = {};
    for (const name of ['label', 'kind']) {
      const value = element.getAttribute(name);
      if (value) setOwn(attributes, name, value);
    }
    const weight = number(element.getAttribute('weight'));
    if (weight !== undefined) attributes.weight = weight;
    attvaluesOf(element, edgeModel, attributes, dynamics);
    vizOf(element, attributes);
    lifetimeOf(element, attributes, dynamics);
    const type = element.getAttribute('type') || defaultType;
    edges.push({ key: id, source, target, directed: type === 'directed', attributes });
  }
  const attributes = metaOf(document);
  for (const name of ['mode', 'timeformat', 'timerepresentation', 'start', 'end']) {
    const value = graphElement.getAttribute(name);
    if (value && !Object.hasOwn(attributes, name)) setOwn(attributes, name, value);
  }
  return { attributes, nodes, edges, notes: dynamicsNotes(dynamics, graphElement) };
}
