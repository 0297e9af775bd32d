// What the CLI prints of outside text: control characters escaped, so a name
// stays on its line and cannot drive the terminal; and file names that are not
// UTF-8 read as ids that say which byte was not.
import { describe, expect, it } from 'vitest';
import { nameOfBytes } from '../../src/cli/file-name.ts';
import { printable, printableJson } from '../../src/cli/printable.ts';

describe('printable', () => {
  it.each([
    ['a newline and a tab', 'a\nwarning: b\tc', 'a\\nwarning: b\\tc'],
    ['a carriage return', 'done\rfake', 'done\\rfake'],
    ['an ANSI colour', 'red\u001b[31m.txt', 'red\\x1b[31m.txt'],
    ['DEL and a C1 control (CSI)', 'a\u007fb\u009b31m', 'a\\x7fb\\x9b31m'],
    ['the line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['bidi overrides and isolates', 'cod\u202egnp.txt \u2066x\u2069', 'cod\\u202egnp.txt \\u2066x\\u2069'],
    ['ordinary text, accents, emoji and backslashes', 'Zürich 🙂 \\x41 “quoted”', 'Zürich 🙂 \\x41 “quoted”'],
  ])('escapes %s', (_, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('keeps JSON valid and its layout, escaping what JSON.stringify leaves raw', () => {
    const value = { name: 'a\u2028b\u0085c\u202e\u007f', lines: 'one\ntwo' };
    const json = printableJson(JSON.stringify(value, null, 2));
    expect(json).toBe('{\n  "name": "a\\u2028b\\u0085c\\u202e\\u007f",\n  "lines": "one\\ntwo"\n}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('nameOfBytes', () => {
  it.each([
    ['a UTF-8 name, as it is', Buffer.from('Zürich 🙂.txt'), 'Zürich 🙂.txt'],
    ['a byte that is not UTF-8', Buffer.from([0x61, 0xff, 0x2e, 0x74, 0x78, 0x74]), 'a\\xff.txt'],
    ['a Latin-1 name', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]), 'caf\\xe9.md'],
    ['a cut sequence before ASCII', Buffer.from([0xe2, 0x82, 0x41]), '\\xe2\\x82A'],
    ['an overlong slash', Buffer.from([0xc0, 0xaf]), '\\xc0\\xaf'],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), '\\xed\\xa0\\x80'],
    ['good characters around a bad byte', Buffer.from([0xc3, 0xbc, 0x80, 0xe2, 0x82, 0xac]), 'ü\\x80€'],
  ])('reads %s', (_, bytes, name) => {
    expect(nameOfBytes(bytes)).toBe(name);
  });
});
