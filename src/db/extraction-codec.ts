// An article's extraction as bytes, and back. V8's structured clone (what
// worker threads already pass extractions by): it keeps Maps, undefined, and
// objects shared within the extraction (an invitation's visit is one of its
// meeting frames), which the graph build relies on and JSON would lose.
import { deserialize, serialize } from 'node:v8';
import type { DocumentExtraction } from '../core/index.ts';

export const encodeExtraction = (x: DocumentExtraction): Uint8Array => serialize(x);

export const decodeExtraction = (bytes: Uint8Array): DocumentExtraction => deserialize(bytes) as DocumentExtraction;
