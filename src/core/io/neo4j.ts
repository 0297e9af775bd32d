// Neo4j export: a folder of CSV files in the layout `neo4j-admin database
// import full` reads, and a Cypher script that loads the same files with
// LOAD CSV into a running database.
//
//   nodes.csv          key:ID, then one column per attribute, :LABEL
//   relationships.csv  :START_ID, :END_ID, :TYPE, key, then one column per attribute
//   import.cypher      LOAD CSV statements (and the neo4j-admin command, in a comment)
//
// Headers carry types the way neo4j-admin reads them: `seats:long`,
// `score:double`, `active:boolean`, `aliases:string[]` (elements joined by
// `;`, the array delimiter); other lists and objects (evidence) are JSON text
// in a string column. A missing value, null and an empty list are an empty
// field: Neo4j stores no property. Labels are `KgNode` and the kind
// (`KgNode;Leader`); the relationship type is the relation in capitals
// (`PARTICIPANT`, `RELATED_TO`). Hand-written because no CSV library is a
// dependency, and the quoting rules needed are RFC 4180's few.
import type { KnowledgeGraph } from '../schema.ts';
import { type AttributeRecord, type ColumnType, inferColumns, isNull } from './attribute-codec.ts';
import { type ExportOptions, withEvidenceText } from './export-options.ts';

const MODULE = 'io/neo4j';
export const ARRAY_DELIMITER = ';';
export const NODE_LABEL = 'KgNode';

export interface Neo4jExport {
  /** File name → contents. */
  files: Map<string, string>;
  /** What did not carry over as it was, in words for the user. */
  notes: string[];
}

type Neo4jType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'json';

interface Column {
  name: string;
  /** The header's name (the attribute name, made safe for a CSV header). */
  header: string;
  type: Neo4jType;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A header name neo4j-admin splits correctly: no `:` (it starts the type), no quotes or line breaks. */
const safeName = (name: string): string => name.replace(/[:"\r\n,]/g, '_') || '_';

function columnsOf(records: AttributeRecord[], reserved: string[]): { columns: Column[]; renamed: string[] } {
  const inferred = inferColumns(records, { module: MODULE, isOmitted: isNull });
  const taken = new Set(reserved);
  const columns: Column[] = [];
  const renamed: string[] = [];
  for (const [name, type] of inferred) {
    let header = safeName(name);
    while (taken.has(header)) header = `${header}_`;
    taken.add(header);
    if (header !== name) renamed.push(name);
    columns.push({ name, header, type: neo4jType(name, type, records) });
  }
  return { columns, renamed };
}

function neo4jType(name: string, type: ColumnType, records: AttributeRecord[]): Neo4jType {
  if (type === 'int') return 'long';
  if (type !== 'json') return type;
  // A list of strings is a Neo4j array when no element holds the delimiter (neo4j-admin has no escape for it).
  // Evidence is a list of objects even where every list is empty.
  if (name === 'evidence') return 'json';
  const all = records.map((r) => r[name]).filter((v) => v !== undefined && v !== null);
  return all.every((v) => isStringList(v) && v.every((s) => !s.includes(ARRAY_DELIMITER))) ? 'string[]' : 'json';
}

const headerOf = (c: Column): string => (c.type === 'string' || c.type === 'json' ? c.header : `${c.header}:${c.type}`);

/** One CSV field: quoted when it must be (RFC 4180), quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) || text === '' || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: unknown, type: Neo4jType): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'string[]':
      return (value as string[]).length === 0 ? '' : field((value as string[]).join(ARRAY_DELIMITER));
    case 'json':
      return field(JSON.stringify(value));
    case 'string':
      return field(String(value));
    default:
      return String(value);
  }
}

const row = (cells: string[]): string => cells.join(',');

/** `participant` → `PARTICIPANT`, `related to` → `RELATED_TO`. */
export function relationshipType(relation: unknown): string {
  const type = String(relation).toUpperCase().replace(/[^A-Z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(type) ? type : `R_${type}`;
}

/** `leader` → `Leader`, `bus stop` → `BusStop`. */
export function kindLabel(kind: unknown): string {
  const label = String(kind).split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(label) ? label : `K${label}`;
}

const cypherString = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const cypherName = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

/** The Cypher that reads one column of a LOAD CSV row as its type. */
function cypherValue(c: Column): string {
  const read = `row.${cypherName(headerOf(c))}`;
  switch (c.type) {
    case 'long':
      return `toInteger(${read})`;
    case 'double':
      return `toFloat(${read})`;
    case 'boolean':
      return `toBoolean(${read})`;
    case 'string[]':
      return `split(${read}, ${cypherString(ARRAY_DELIMITER)})`;
    default:
      return read;
  }
}

const sets = (variable: string, columns: Column[]): string =>
  columns.length === 0 ? '' : `\nSET ${columns.map((c) => `${variable}.${cypherName(c.name)} = ${cypherValue(c)}`).join(',\n    ')}`;

function script(nodeColumns: Column[], edgeColumns: Column[], kinds: string[], types: string[]): string {
  const lines = [
    '// Loads nodes.csv and relationships.csv into a running Neo4j (5.x) with LOAD CSV.',
    "// Put both files in the database's import folder, then: cypher-shell -f import.cypher",
    '// Or, into a new, empty database, without this script:',
    `//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter="${ARRAY_DELIMITER}" --multiline-fields=true neo4j`,
    '',
    `CREATE CONSTRAINT kg_node_key IF NOT EXISTS FOR (n:${NODE_LABEL}) REQUIRE n.key IS UNIQUE;`,
    '',
    "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
    `CREATE (n:${NODE_LABEL} {key: row.\`key:ID\`})${sets('n', nodeColumns)};`,
    '',
  ];
  for (const kind of kinds) {
    lines.push(`MATCH (n:${NODE_LABEL}) WHERE n.kind = ${cypherString(kind)} SET n:${cypherName(kindLabel(kind))};`);
  }
  for (const type of types) {
    lines.push(
      '',
      "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
      `WITH row WHERE row.\`:TYPE\` = ${cypherString(type)}`,
      `MATCH (a:${NODE_LABEL} {key: row.\`:START_ID\`}), (b:${NODE_LABEL} {key: row.\`:END_ID\`})`,
      `CREATE (a)-[r:${cypherName(type)} {key: row.key}]->(b)${sets('r', edgeColumns)};`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The graph as neo4j-admin CSV files and a LOAD CSV script. */
export function toNeo4j(graph: KnowledgeGraph, options: ExportOptions = {}): Neo4jExport {
  const nodeRecords: AttributeRecord[] = [];
  const edgeRecords: AttributeRecord[] = [];
  graph.forEachNode((_key, attributes) => nodeRecords.push(withEvidenceText(attributes, options.sentence) as unknown as AttributeRecord));
  graph.forEachEdge((_key, attributes) => edgeRecords.push(withEvidenceText(attributes, options.sentence) as unknown as AttributeRecord));
  const nodes = columnsOf(nodeRecords, ['key']);
  const edges = columnsOf(edgeRecords, ['key']);

  const kinds = new Set<string>();
  const nodeLines = [row(['key:ID', ...nodes.columns.map(headerOf), ':LABEL'])];
  let i = 0;
  let emptyLists = 0;
  graph.forEachNode((key, attributes) => {
    const record = nodeRecords[i++]!;
    kinds.add(String(attributes.kind));
    for (const c of nodes.columns) if (c.type === 'string[]' && Array.isArray(record[c.name]) && (record[c.name] as unknown[]).length === 0) emptyLists++;
    nodeLines.push(row([field(key), ...nodes.columns.map((c) => cell(record[c.name], c.type)), field(`${NODE_LABEL}${ARRAY_DELIMITER}${kindLabel(attributes.kind)}`)]));
  });
  const types = new Set<string>();
  const edgeLines = [row([':START_ID', ':END_ID', ':TYPE', 'key', ...edges.columns.map(headerOf)])];
  let j = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    const record = edgeRecords[j++]!;
    const type = relationshipType(attributes.relation);
    types.add(type);
    edgeLines.push(row([field(source), field(target), field(type), field(key), ...edges.columns.map((c) => cell(record[c.name], c.type))]));
  });

  const notes: string[] = [];
  if (emptyLists > 0) notes.push(`${emptyLists} empty lists (such as no aliases) are empty fields, which Neo4j stores as no property`);
  const renamed = [...nodes.renamed, ...edges.renamed];
  if (renamed.length > 0) notes.push(`attribute names with characters a CSV header cannot hold were renamed: ${renamed.map((n) => JSON.stringify(n)).join(', ')}`);
  return {
    files: new Map([
      ['nodes.csv', `${nodeLines.join('\n')}\n`],
      ['relationships.csv', `${edgeLines.join('\n')}\n`],
      ['import.cypher', script(nodes.columns, edges.columns, [...kinds], [...types])],
    ]),
    notes,
  };
}
