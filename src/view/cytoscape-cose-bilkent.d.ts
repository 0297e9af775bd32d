// The cose-bilkent extension ships no types; its options are typed in ./layouts.ts.
declare module 'cytoscape-cose-bilkent' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}
