// Node keys read from a file are untrusted input. graphology keeps adjacency in
// plain objects indexed by node key, so a node named like an Object.prototype
// property ("constructor", "toString", …) corrupts its edges, and "__proto__"
// even writes onto Object.prototype. The readers refuse such keys before
// graphology sees them.

/** Throws when `key` would break graphology's adjacency. */
export function checkNodeKey(key: unknown, module: string, where: string): void {
  if (typeof key === 'string' && key in Object.prototype) {
    throw new Error(`${module}: ${where} uses the node key "${key}", which graphology cannot store safely (it names a built-in object property)`);
  }
}

/** Checks every node id and edge endpoint of a GraphML or GEXF document. */
export function checkDocumentNodeKeys(document: Document, module: string): void {
  const nodes = document.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) checkNodeKey(nodes.item(i)?.getAttribute('id'), module, `<node> #${i + 1}`);
  const edges = document.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const edge = edges.item(i);
    checkNodeKey(edge?.getAttribute('source'), module, `<edge> #${i + 1}`);
    checkNodeKey(edge?.getAttribute('target'), module, `<edge> #${i + 1}`);
  }
}
