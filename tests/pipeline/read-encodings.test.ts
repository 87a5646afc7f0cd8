// Text files as editors and tools save them: UTF-16 with its byte-order mark is
// decoded (it was reported as "binary"), and a NUL byte anywhere marks a binary
// file (only the first 8,192 bytes were looked at).
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/read.ts';
import { InputError } from '../../src/errors.ts';

const TEXT = 'Germany criticised Poland on Monday.\n\nBerlin said more on Tuesday, café owners said.\n';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => { const le = Buffer.from(s, 'utf16le'); for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!]; return Buffer.concat([Buffer.from([0xfe, 0xff]), le]); };

describe('reading text in other encodings', () => {
  it.each([
    ['UTF-16 little-endian', utf16le(TEXT)],
    ['UTF-16 big-endian', utf16be(TEXT)],
  ])('decodes %s by its byte-order mark, the same article as in UTF-8', (_, bytes) => {
    const a = readArticle(bytes, 'unicode.txt');
    expect(a.text).toBe(TEXT);
    expect(a.id).toBe(readArticle(Buffer.from(TEXT), 'utf8.txt').id);
  });

  it('decodes UTF-16 HTML', () => {
    const html = `<html><head><title>Talks</title></head><body><p>${'Germany criticised Poland on Monday, officials said. '.repeat(3)}</p></body></html>`;
    expect(readArticle(utf16le(html), 'page.html').text).toContain('Germany criticised Poland on Monday');
  });

  it.each([
    ['a NUL byte after 8 KB of text', Buffer.concat([Buffer.from('Germany criticised Poland. '.repeat(400)), Buffer.from([0]), Buffer.from('more text')]), /looks like a binary file/],
    ['a NUL byte at the very end', Buffer.concat([Buffer.from('Germany criticised Poland. '.repeat(1000)), Buffer.from([0])]), /looks like a binary file/],
    ['UTF-16 holding a NUL character', utf16le(`${TEXT}\u0000`), /looks like a binary file/],
    ['a UTF-16 mark before an odd number of bytes', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), /starts as UTF-16 \(little-endian\) but is not valid UTF-16; re-save it as UTF-8/],
  ])('refuses %s, naming the file', (_, bytes, message) => {
    expect(() => readArticle(bytes, 'odd.txt')).toThrow(InputError);
    expect(() => readArticle(bytes, 'odd.txt')).toThrow(new RegExp(`^read: odd\\.txt ${message.source}`));
  });
});
