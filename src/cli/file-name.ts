// A file name as the bytes the file system holds, read as a document id: UTF-8
// where it is UTF-8, and each byte that is not written `\xff`. Node would read
// such a name with U+FFFD in place of the byte, a name no file has (so opening
// it fails with ENOENT), and two names could read the same; so the folder is
// listed as bytes, files are opened by their bytes, and only the id is text.
// By hand because TextDecoder either replaces bad bytes or throws, and the id
// must say which byte it was.

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How many bytes the UTF-8 sequence a lead byte starts has (0: not a lead byte). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The name as text: its UTF-8 characters, and `\xHH` for each byte that is not part of one. */
export function nameOfBytes(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes); // almost every name
  } catch {
    // escaped byte by byte below
  }
  let name = '';
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes[i]!);
    let char: string | null = null;
    if (n > 0 && i + n <= bytes.length) {
      try {
        // The decoder checks what the lead byte cannot: continuation bytes, overlong forms, surrogates.
        char = utf8.decode(bytes.subarray(i, i + n));
      } catch {
        char = null;
      }
    }
    if (char === null) {
      name += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i += 1;
    } else {
      name += char;
      i += n;
    }
  }
  return name;
}
