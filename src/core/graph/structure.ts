// The slow measures of the drawn graph, betweenness and Louvain groups: a
// module of their own, loaded when first asked for (in the measures worker for
// big graphs), so that the libraries they need are not in the first bundle.
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../seeded-random.ts';
import { GROUP_SEED, type MeasureInput, type Structure } from './measures.ts';

function undirected(input: MeasureInput): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < input.ids.length; i++) g.addNode(i);
  for (let i = 0; i < input.weights.length; i++) g.addEdge(input.pairs[2 * i]!, input.pairs[2 * i + 1]!, { weight: input.weights[i]! });
  return g;
}

/** The slow part (betweenness is O(nodes × edges)): run in a worker for big graphs. `onStep` says which half is running. */
export function computeStructure(input: MeasureInput, seed = GROUP_SEED, onStep?: (step: 'groups' | 'betweenness') => void): Structure {
  const g = undirected(input);
  const n = input.ids.length;
  onStep?.('groups');
  const community = new Int32Array(n);
  // Louvain needs an edge; with none every node is its own group.
  if (g.size > 0) {
    const found = louvain(g, { rng: seededRandom(seed), getEdgeWeight: 'weight' });
    for (let i = 0; i < n; i++) community[i] = found[String(i)]!;
  } else {
    for (let i = 0; i < n; i++) community[i] = i;
  }
  onStep?.('betweenness');
  // Unweighted: a broker is on the shortest paths, however often each link was reported.
  const centrality = betweennessCentrality(g, { getEdgeWeight: null, normalized: false });
  const betweenness = new Float64Array(n);
  for (let i = 0; i < n; i++) betweenness[i] = centrality[String(i)] ?? 0;
  return { betweenness, community };
}
