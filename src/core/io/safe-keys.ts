// Node and edge ids read from a file are untrusted input. graphology keeps
// adjacency in plain objects indexed by node key, so a node named like an
// Object.prototype property ("constructor", "toString", …) corrupts its edges,
// and "__proto__" even writes onto Object.prototype. Cytoscape cannot create
// an element whose id is empty or only whitespace, so such a graph would import
// and then never draw. The readers refuse both before graphology sees them,
// naming the item at fault.

/** Whether an id is empty once trimmed (Cytoscape's own test for an invalid id). */
const isBlank = (key: string): boolean => key.trim() === '';

function checkNotBlank(key: unknown, module: string, where: string): void {
  if ((typeof key === 'string' || typeof key === 'number') && isBlank(String(key))) {
    throw new Error(`${module}: ${where} has an empty id (${JSON.stringify(String(key))}); ids must have a visible character`);
  }
}

/** Throws when `key` would break graphology's adjacency or cannot be drawn. */
export function checkNodeKey(key: unknown, module: string, where: string): void {
  checkNotBlank(key, module, where);
  if (typeof key === 'string' && key in Object.prototype) {
    throw new Error(`${module}: ${where} uses the node key "${key}", which graphology cannot store safely (it names a built-in object property)`);
  }
}

/** Throws when an edge's own id (not its endpoints) cannot be drawn; a missing id is fine. */
export function checkEdgeKey(key: unknown, module: string, where: string): void {
  if (key !== undefined && key !== null) checkNotBlank(key, module, where);
}

/** Checks every node id, edge id and edge endpoint of a GraphML or GEXF document. */
export function checkDocumentNodeKeys(document: Document, module: string): void {
  const nodes = document.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes.item(i);
    if (!node?.hasAttribute('id')) throw new Error(`${module}: <node> #${i + 1} has no id`);
    checkNodeKey(node.getAttribute('id'), module, `<node> #${i + 1}`);
  }
  const edges = document.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const edge = edges.item(i);
    if (edge?.hasAttribute('id')) checkEdgeKey(edge.getAttribute('id'), module, `<edge> #${i + 1}`);
    checkNodeKey(edge?.getAttribute('source'), module, `<edge> #${i + 1}'s source`);
    checkNodeKey(edge?.getAttribute('target'), module, `<edge> #${i + 1}'s target`);
  }
}
