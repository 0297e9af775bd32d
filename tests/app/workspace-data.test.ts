// Telling a workspace file from a graph file by parsing it, not by its first
// characters: key order does not matter, and the marker must be the top-level
// "format", not a node's key or an attribute somewhere inside.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_FORMAT, parseWorkspace, workspaceData, workspaceText } from '../../src/app/lib/workspace-file.ts';
import { fixtureGraph } from '../fixtures/io/knowledge-graph.ts';

const articles = [{ id: 'yours/a.txt', title: 'A', published: null, text: 'Putin met Trump.', hidden: false, origin: 'a.txt', addedAt: '2024-01-02T00:00:00.000Z' }];
const saved = workspaceText({ corpus: 'seeds', articles, source: { type: 'articles' }, graph: fixtureGraph().export(), view: {} });

/** JSON with its keys sorted at every level, as `jq -S` writes it. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortedKeys(v)]));
}

const hasJq = ((): boolean => {
  try {
    execFileSync('jq', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('workspaceData', () => {
  it('recognises the app’s own workspace file', () => {
    expect(workspaceData(saved)).toEqual(JSON.parse(saved));
  });

  it('recognises it with its keys sorted: "format" after "articles" and a large "graph"', () => {
    const text = JSON.stringify(sortedKeys(JSON.parse(saved)), null, 2);
    expect(text.indexOf(`"${WORKSPACE_FORMAT}"`)).toBeGreaterThan(200);
    const data = workspaceData(text);
    expect(data).not.toBeNull();
    expect(parseWorkspace(data).articles).toEqual(articles);
  });

  it.runIf(hasJq)('recognises it as written by jq -S', () => {
    const text = execFileSync('jq', ['-S', '.'], { input: saved, encoding: 'utf8' });
    expect(text.indexOf('"format"')).toBeGreaterThan(text.indexOf('"articles"'));
    expect(parseWorkspace(workspaceData(text)).articles).toEqual(articles);
  });

  it('recognises it with the "/" of its marker escaped, as some JSON writers do', () => {
    const text = saved.replace(`"${WORKSPACE_FORMAT}"`, `"${WORKSPACE_FORMAT.replace('/', '\\/')}"`);
    expect(text).not.toContain(WORKSPACE_FORMAT);
    expect(workspaceData(text)).toEqual(JSON.parse(saved));
  });

  it('does not take a graph whose first node key is the marker for a workspace', () => {
    const graph = { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: [{ key: WORKSPACE_FORMAT, attributes: { label: 'x', kind: 'leader' } }], edges: [] };
    const text = JSON.stringify(graph);
    expect(text.slice(0, 200)).toContain(`"${WORKSPACE_FORMAT}"`);
    expect(workspaceData(text)).toBeNull();
  });

  it('does not take a marker inside an attribute, nor a file that is not JSON', () => {
    expect(workspaceData(JSON.stringify({ attributes: { format: WORKSPACE_FORMAT }, nodes: [], edges: [] }))).toBeNull();
    expect(workspaceData(`{"format":"${WORKSPACE_FORMAT}",`)).toBeNull();
    expect(workspaceData(`<graphml><!-- "format": "${WORKSPACE_FORMAT}" --></graphml>`)).toBeNull();
    expect(workspaceData(JSON.stringify([{ format: WORKSPACE_FORMAT }]))).toBeNull();
  });

  it('refuses JSON nested too deep to parse safely, naming the module', () => {
    expect(() => workspaceData(`{"format":"${WORKSPACE_FORMAT}","x":${'['.repeat(100)}${']'.repeat(100)}}`)).toThrow(/^app\/workspace-file: the JSON nests arrays or objects more than 64 levels deep/);
  });
});
