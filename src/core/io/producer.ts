// Which tool wrote a graph file, from the marks each leaves: a comment, a
// <creator>, a generated_by field, the way it names its keys. Said to the user
// (`kg convert`), and used where a tool's habits change how a file is read
// (igraph writes a missing value as "" and keeps the original ids in `id`).
import type { GraphFormat } from './foreign.ts';

const HEAD = 8192;

function graphmlProducer(head: string): string {
  if (/<!--\s*Created by igraph/.test(head)) return 'igraph';
  if (/<!--\s*Created by yFiles for HTML/.test(head)) return 'yEd Live / yFiles for HTML';
  if (/<!--\s*Created by yFiles for Java/.test(head) || /<!--\s*Created by yFiles/.test(head)) return 'yEd / yFiles for Java';
  if (/yfiles\.type="nodegraphics"[^>]*attr\.name="yfiles\.nodegraphics"/.test(head) && /attr\.name="evidence"/.test(head)) return 'news-kg';
  if (/parse\.nodeids="free"\s+parse\.edgeids="free"\s+parse\.order="nodesfirst"/.test(head) || /<!-- property keys -->/.test(head)) return 'graph-tool';
  if (/yfiles\.type=/.test(head)) return 'yEd';
  if (/attr\.name="(SUID|shared name)"/.test(head)) return 'Cytoscape desktop';
  if (/<key id="d\d+" for="/.test(head) || /<graphml[^>]*>\s*<graph edgedefault=/.test(head)) return 'networkx';
  if (/attr\.name="(r|Modularity Class)"/.test(head) || /id="edgelabel"/.test(head)) return 'Gephi';
  // Gephi (Lite) samples: positions as x and y keys, a tooltip.
  if (/<key id="x" for="node" attr\.name="x"/.test(head) && /<key id="y" for="node" attr\.name="y"/.test(head)) return 'Gephi (x/y keys)';
  return 'unknown GraphML writer';
}

function gexfProducer(head: string): string {
  const version = /<gexf[^>]*\sversion="([^"]+)"/.exec(head)?.[1];
  const creator = /<creator>([^<]*)<\/creator>/.exec(head)?.[1]?.trim();
  if (/<kgcodec>/.test(head)) return 'news-kg';
  // GEXF 1.0 has no version attribute; its namespace was Gephi's own.
  const legacy = /<gexf[^>]*xmlns="http:\/\/www\.gephi\.org\/gexf"/.test(head) ? 'Gephi-era GEXF 1.0 writer' : '';
  // graphology-gexf's own mark: its GEXF 1.2 header misspells the viz namespace.
  if (head.includes('xmlns:viz="http:///www.gexf.net/1.1draft/viz"')) return `graphology-gexf${version ? ` (GEXF ${version})` : ''}`;
  const writer = creator || (/<authors>([^<]*)<\/authors>/.exec(head)?.[1]?.trim() ?? '') || legacy;
  return `${writer || 'unknown GEXF writer'}${version ? ` (GEXF ${version})` : ''}`;
}

function jsonProducer(head: string): string {
  const generated = /"generated_by"\s*:\s*"([^"]+)"/.exec(head)?.[1];
  if (generated) return generated.startsWith('news-kg') ? 'news-kg (Cytoscape JSON)' : `Cytoscape desktop (${generated})`;
  const trimmed = head.trimStart();
  if (trimmed.startsWith('[')) return 'Cytoscape.js (element list)';
  if (/"elements"\s*:/.test(head)) return 'Cytoscape.js';
  if (/"links"\s*:/.test(head)) return 'networkx (node-link JSON)';
  if (/"nodes"\s*:\s*\[\s*\{\s*"key"/.test(head) || /"attributes"\s*:/.test(head)) return 'graphology';
  return 'unknown JSON writer';
}

/** The tool that wrote this file, as far as its first characters tell. */
export function producerOf(text: string, format: GraphFormat): string {
  const head = text.slice(0, HEAD);
  switch (format) {
    case 'graphml':
      return graphmlProducer(head);
    case 'gexf':
      return gexfProducer(text.slice(0, 64 * 1024));
    case 'json':
      return jsonProducer(head);
  }
}
