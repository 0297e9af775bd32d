// Typed context: components get the explorer state without prop drilling.
import { getContext, setContext } from 'svelte';
import type { Explorer } from './state/explorer.svelte.ts';
import type { Exporter } from './state/exporter.svelte.ts';
import type { Documents } from './state/documents.svelte.ts';
import type { Paths } from './state/paths.svelte.ts';
import type { Measures } from './state/measures.svelte.ts';
import type { Corrections } from './state/corrections.svelte.ts';

/** A setter and a getter for one piece of app state; the getter throws outside <App>. */
function typedContext<T>(name: string): { set: (value: T) => T; get: () => T } {
  const key = Symbol(name);
  return {
    set: (value) => setContext(key, value),
    get: () => {
      const value = getContext<T | undefined>(key);
      if (!value) throw new Error(`app/context: get${name[0]!.toUpperCase()}${name.slice(1)}() called outside <App>`);
      return value;
    },
  };
}

const explorer = typedContext<Explorer>('explorer');
const exporter = typedContext<Exporter>('exporter');
const documents = typedContext<Documents>('documents');
const paths = typedContext<Paths>('paths');
const measures = typedContext<Measures>('measures');
const corrections = typedContext<Corrections>('corrections');

export const setExplorer = explorer.set;
export const getExplorer = explorer.get;
export const setExporter = exporter.set;
export const getExporter = exporter.get;
export const setDocuments = documents.set;
export const getDocuments = documents.get;
export const setPaths = paths.set;
export const getPaths = paths.get;
export const setMeasures = measures.set;
export const getMeasures = measures.get;
export const setCorrections = corrections.set;
export const getCorrections = corrections.get;
