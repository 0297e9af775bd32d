// graphology-layout-forceatlas2's step function ships without types; only what
// force-layout.ts uses (node matrix: 10 floats per node, edge matrix: 3 per edge).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}
