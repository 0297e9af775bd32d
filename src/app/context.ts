// Typed context: components get the explorer state without prop drilling.
import { getContext, setContext } from 'svelte';
import type { Explorer } from './state/explorer.svelte.ts';
import type { Exporter } from './state/exporter.svelte.ts';
import type { Documents } from './state/documents.svelte.ts';

const EXPLORER = Symbol('explorer');
const EXPORTER = Symbol('exporter');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(EXPLORER, explorer);
}

export function getExplorer(): Explorer {
  const explorer = getContext<Explorer | undefined>(EXPLORER);
  if (!explorer) throw new Error('app/context: getExplorer() called outside <App>');
  return explorer;
}

export function setExporter(exporter: Exporter): Exporter {
  return setContext(EXPORTER, exporter);
}

export function getExporter(): Exporter {
  const exporter = getContext<Exporter | undefined>(EXPORTER);
  if (!exporter) throw new Error('app/context: getExporter() called outside <App>');
  return exporter;
}

const DOCUMENTS = Symbol('documents');

export function setDocuments(documents: Documents): Documents {
  return setContext(DOCUMENTS, documents);
}

export function getDocuments(): Documents {
  const documents = getContext<Documents | undefined>(DOCUMENTS);
  if (!documents) throw new Error('app/context: getDocuments() called outside <App>');
  return documents;
}
