// How attribute values cross formats that only carry typed scalars (GraphML,
// GEXF) and come back unchanged.
//
// Each attribute name gets one column type per domain (graph, node, edge),
// derived from the values actually present: `string`, `int`, `double` or
// `boolean` when every value has that type, `json` for arrays, objects and
// names whose values mix types (those are written as JSON strings). Values a
// format cannot carry (null everywhere, '' in GEXF) go into one JSON attribute
// per element, `_omitted`, so that reading our own file back gives the same graph.

export type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'json';
export type Scalar = string | number | boolean;
/** Attribute name → column type, in first-seen order. */
export type Columns = Map<string, ColumnType>;
export type AttributeRecord = Record<string, unknown>;

/** Per element: the attributes the format could not carry, as a JSON object. */
export const OMITTED_ATTRIBUTE = '_omitted';

/**
 * Array attributes of the schema. Decoded from JSON even when a file has lost
 * the key descriptions that mark JSON columns (e.g. after networkx rewrote it).
 */
export const KNOWN_JSON_ATTRIBUTES: ReadonlySet<string> = new Set(['aliases', 'roles', 'evidence', 'corrected_fields', OMITTED_ATTRIBUTE]);

/** Coordinates are `double` even when a value happens to be whole (a country's centroid at 35°, 105°). */
const DOUBLE_ATTRIBUTES: ReadonlySet<string> = new Set(['lat', 'lon']);

export interface CodecOptions {
  /** Names the calling module in error messages. */
  module: string;
  /** Values this format cannot write; they travel in `_omitted`. */
  isOmitted: (value: unknown) => boolean;
}

export const isNull = (value: unknown): boolean => value === null;

// Java-based readers (yEd, Gephi, Cytoscape) read GraphML `int` as 32 bits.
const INT32_MAX = 2 ** 31 - 1;

function columnTypeOf(value: unknown): ColumnType {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) && Math.abs(value) <= INT32_MAX ? 'int' : 'double';
    default:
      return 'json';
  }
}

function mergeColumnTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'json';
}

// Plain assignment of a name such as "__proto__" (read from a file) would
// change the object's prototype instead of adding an attribute.
function setOwn(target: AttributeRecord, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

function entriesOf(record: object): [string, unknown][] {
  return Object.entries(record);
}

/** The columns needed to write these records (one per attribute name). */
export function inferColumns(records: Iterable<object>, options: CodecOptions): Columns {
  const columns: Columns = new Map();
  let anyOmitted = false;
  for (const record of records) {
    for (const [name, value] of entriesOf(record)) {
      if (name === OMITTED_ATTRIBUTE) {
        throw new Error(`${options.module}: the attribute name "${OMITTED_ATTRIBUTE}" is reserved (it carries values the format cannot hold)`);
      }
      if (value === undefined) continue;
      if (options.isOmitted(value)) {
        anyOmitted = true;
        continue;
      }
      const type = columnTypeOf(value) === 'int' && DOUBLE_ATTRIBUTES.has(name) ? 'double' : columnTypeOf(value);
      const previous = columns.get(name);
      columns.set(name, previous === undefined ? type : mergeColumnTypes(previous, type));
    }
  }
  if (anyOmitted) columns.set(OMITTED_ATTRIBUTE, 'json');
  return columns;
}

/**
 * One record's values as the format's scalars: JSON columns become JSON text
 * (produced by `toJson`, which lets XML writers escape what XML forbids).
 */
export function encodeRecord(
  record: object,
  columns: Columns,
  options: CodecOptions,
  toJson: (value: unknown) => string = JSON.stringify,
): Record<string, Scalar> {
  const encoded: Record<string, Scalar> = {};
  const omitted: AttributeRecord = {};
  let anyOmitted = false;
  for (const [name, value] of entriesOf(record)) {
    if (value === undefined) continue;
    if (options.isOmitted(value)) {
      setOwn(omitted, name, value);
      anyOmitted = true;
      continue;
    }
    const type = columns.get(name);
    if (type === undefined) throw new Error(`${options.module}: no column for attribute "${name}" (columns must come from inferColumns over the same records)`);
    setOwn(encoded, name, type === 'json' ? toJson(value) : value);
  }
  if (anyOmitted) encoded[OMITTED_ATTRIBUTE] = toJson(omitted);
  return encoded;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function parseDeclaredJson(text: unknown, name: string, module: string, where: string): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${module}: attribute "${name}" of ${where} is declared as JSON but is not valid JSON (${reason})`);
  }
}

function parseKnownJson(text: unknown): unknown {
  if (typeof text !== 'string' || !/^\s*[[{]/.test(text)) return text;
  try {
    const value: unknown = JSON.parse(text);
    return isContainer(value) ? value : text;
  } catch {
    return text;
  }
}

/**
 * The inverse of `encodeRecord` on what a parser read: JSON columns parsed
 * (`declaredJson` names them; known array attributes are parsed when they
 * hold JSON), `_omitted` merged back. `where` names the element in errors.
 */
export function decodeRecord(raw: AttributeRecord, declaredJson: ReadonlySet<string>, module: string, where: string): AttributeRecord {
  const decoded: AttributeRecord = {};
  for (const [name, value] of Object.entries(raw)) {
    if (name === OMITTED_ATTRIBUTE) {
      const omitted = parseDeclaredJson(value, name, module, where);
      if (!isContainer(omitted) || Array.isArray(omitted)) {
        throw new Error(`${module}: attribute "${OMITTED_ATTRIBUTE}" of ${where} should be a JSON object`);
      }
      for (const [omittedName, omittedValue] of Object.entries(omitted)) setOwn(decoded, omittedName, omittedValue);
    } else if (declaredJson.has(name)) {
      setOwn(decoded, name, parseDeclaredJson(value, name, module, where));
    } else if (KNOWN_JSON_ATTRIBUTES.has(name)) {
      setOwn(decoded, name, parseKnownJson(value));
    } else {
      setOwn(decoded, name, value);
    }
  }
  return decoded;
}
