// The Neo4j export: CSV files neo4j-admin reads (every header's type is one it
// knows, every relationship's ends are node ids of the file, arrays split on
// `;`) and a LOAD CSV script over the same columns.
import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, kindLabel, relationshipType, toNeo4j } from '../../../src/core/io/neo4j.ts';
import { sentencesFromTexts } from '../../../src/core/io/index.ts';
import { fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';

/** RFC 4180: fields separated by commas, quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') (quoted = true), (wasQuoted = true);
    else if (c === ',') row.push(field), (field = ''), (wasQuoted = false);
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (wasQuoted = false);
    else field += c;
  }
  if (field !== '' || wasQuoted || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** The types neo4j-admin's header format knows (besides the ID, LABEL, TYPE, START_ID, END_ID fields). */
const NEO4J_TYPES = new Set(['int', 'long', 'float', 'double', 'boolean', 'byte', 'short', 'char', 'string', 'point', 'date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration']);
const SPECIAL = new Set(['ID', 'LABEL', 'TYPE', 'START_ID', 'END_ID', 'IGNORE']);

function checkHeader(header: string[]): void {
  for (const column of header) {
    const colon = column.lastIndexOf(':');
    if (colon === -1) continue; // a string property
    const type = column.slice(colon + 1);
    expect(SPECIAL.has(type) || NEO4J_TYPES.has(type.replace(/\[\]$/, '')), `header ${column}`).toBe(true);
  }
}

describe('toNeo4j', () => {
  const graph = fixtureGraph();
  graph.mergeNodeAttributes('leader:putin', { mentions: 12, score: 0.5, confirmed: true } as object);
  const { files, notes } = toNeo4j(graph, { sentence: sentencesFromTexts(new Map([['a.txt', 'Putin and Trump met in Helsinki on July 16, 2018, for talks.']])) });
  const nodes = parseCsv(files.get('nodes.csv')!);
  const relationships = parseCsv(files.get('relationships.csv')!);

  it('writes nodes.csv, relationships.csv and import.cypher', () => {
    expect([...files.keys()]).toEqual(['nodes.csv', 'relationships.csv', 'import.cypher']);
  });

  it('gives every header a type neo4j-admin reads, with the id, label and type fields', () => {
    checkHeader(nodes[0]!);
    checkHeader(relationships[0]!);
    expect(nodes[0]).toEqual(expect.arrayContaining(['key:ID', 'label', 'kind', 'aliases:string[]', 'roles:string[]', 'evidence', 'evidence_text', 'mentions:long', 'score:double', 'confirmed:boolean', ':LABEL']));
    expect(relationships[0]!.slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'key']);
  });

  it('has one row per node and per relationship, each as wide as its header, and every relationship joins two node ids of the file', () => {
    expect(nodes.length - 1).toBe(graph.order);
    expect(relationships.length - 1).toBe(graph.size);
    for (const row of nodes) expect(row.length).toBe(nodes[0]!.length);
    for (const row of relationships) expect(row.length).toBe(relationships[0]!.length);
    const ids = new Set(nodes.slice(1).map((row) => row[0]));
    for (const row of relationships.slice(1)) {
      expect(ids.has(row[0]!) && ids.has(row[1]!), `${row[0]} → ${row[1]}`).toBe(true);
    }
  });

  it('writes values neo4j-admin reads back as the graph has them', () => {
    const column = (name: string) => nodes[0]!.indexOf(name);
    const putin = nodes.find((row) => row[0] === 'leader:putin')!;
    expect(putin[column('aliases:string[]')]!.split(ARRAY_DELIMITER)).toEqual(['Putin', 'President Putin', 'Mr. Putin']);
    expect(putin[column('mentions:long')]).toBe('12');
    expect(putin[column('confirmed:boolean')]).toBe('true');
    expect(JSON.parse(putin[column('evidence')]!)).toEqual(graph.getNodeAttribute('leader:putin', 'evidence'));
    // Its first sentence is in a.txt (0–42); sub/b.md is not at hand, so it has no line.
    expect(putin[column('evidence_text')]).toBe('[a.txt] Putin and Trump met in Helsinki on July 16');
    expect(putin[column(':LABEL')]).toBe('KgNode;Leader');
    // The label with quotes, a comma-free CR LF and a tab survives RFC 4180 quoting.
    const meeting = nodes.find((row) => row[0] === 'meeting:helsinki-2018')!;
    expect(meeting[column('label')]).toBe(graph.getNodeAttribute('meeting:helsinki-2018', 'label'));
    const i1 = relationships.find((row) => row[3] === 'i1')!;
    expect(i1.slice(0, 3)).toEqual(['leader:putin', 'leader:trump', 'INVITED']);
    expect(notes.join(' ')).toMatch(/empty lists .* no property/);
  });

  it('loads the same columns with LOAD CSV, converting each type', () => {
    const cypher = files.get('import.cypher')!;
    expect(cypher).toContain("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row");
    expect(cypher).toContain('n.`mentions` = toInteger(row.`mentions:long`)');
    expect(cypher).toContain("n.`aliases` = split(row.`aliases:string[]`, ';')");
    expect(cypher).toContain('n.`confirmed` = toBoolean(row.`confirmed:boolean`)');
    expect(cypher).toContain("MATCH (n:KgNode) WHERE n.kind = 'leader' SET n:`Leader`;");
    expect(cypher).toContain('CREATE (a)-[r:`PARTICIPANT` {key: row.key}]->(b)');
    expect(cypher).toMatch(/neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=";"/);
  });

  it('names labels and types as Neo4j spells them', () => {
    expect([kindLabel('leader'), kindLabel('bus stop'), relationshipType('related to'), relationshipType('held_at')]).toEqual(['Leader', 'BusStop', 'RELATED_TO', 'HELD_AT']);
  });
});
