// Typed values as GraphML and GEXF files of other tools write them. Both
// formats declare a type per attribute; a value is read as that type when it
// is one, and kept as its text otherwise (so nothing a file says is lost).
// graph-tool writes booleans as 1/0, which XML Schema's boolean allows.

const NUMBER_TYPES: ReadonlySet<string> = new Set(['int', 'integer', 'long', 'short', 'byte', 'float', 'double', 'decimal']);

/** A boolean as XML Schema writes it (true/false/1/0, any case, spaces around), else null. */
export function readBoolean(text: string): boolean | null {
  switch (text.trim().toLowerCase()) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      return null;
  }
}

function readScalar(text: string, type: string): unknown {
  if (type === 'boolean') return readBoolean(text) ?? text;
  if (NUMBER_TYPES.has(type)) {
    const n = text.trim() === '' ? NaN : Number(text.trim());
    return Number.isFinite(n) ? n : text;
  }
  return text;
}

/** GEXF lists: "[a, b]", "a|b" or "a,b" (Gephi and graphology write them so). */
function listPieces(text: string): string[] {
  const t = text.trim();
  const inner = t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1) : t;
  if (inner.trim() === '') return [];
  return inner.split(inner.includes('|') ? '|' : ',').map((piece) => piece.trim().replace(/^(["'])(.*)\1$/, '$2'));
}

/** A value of a declared type (GraphML `attr.type`, GEXF `type`; case-insensitive). */
export function readTyped(text: string, declared: string): unknown {
  const type = declared.trim().toLowerCase();
  if (type.startsWith('list')) return listPieces(text).map((piece) => readScalar(piece, type.slice(4)));
  return readScalar(text, type);
}
