// Hostile HTML: nesting that overflowed the stack (10,000 <div>s) or took minutes
// of CPU (1 MB of unclosed tags) is refused before it is parsed, with a message
// naming the file; wide pages are read in time linear in their size.
import { describe, expect, it } from 'vitest';
import { htmlShape } from '../../src/pipeline/html-shape.ts';
import { MAX_HTML_DEPTH, readArticle } from '../../src/pipeline/read.ts';
import { InputError } from '../../src/errors.ts';

describe('htmlShape', () => {
  it.each([
    ['flat paragraphs', '<html><body><p>a<p>b<p>c</body></html>', 0],
    ['nested divs', '<div><div><div>x</div></div></div>', 3],
    ['void and self-closed tags open nothing', '<div><br><img src=x><hr/><span/>x</div>', 1],
    ['an end tag closes back to its element', '<div><span><b>x</div><div>y</div>', 3],
    ['a stray end tag is ignored', '<div></span></b>x</div>', 1],
    ['tags inside script and comments are not counted', '<div><script>"<div><div><div>"</script><!-- <div><div> --></div>', 1],
    ['unclosed tags nest', '<div><span><b>x'.repeat(10), 30],
    ['a tag without > never ends, and is not read again and again', '<a'.repeat(10_000), 0],
  ])('%s', (_, html, depth) => {
    expect(htmlShape(html).depth).toBe(depth);
  });
});

const page = (body: string) => Buffer.from(`<html><head><title>T</title></head><body>${body}</body></html>`);

describe('reading hostile HTML', () => {
  it.each([
    ['10,000 nested <div>s', '<div>'.repeat(10_000) + 'Germany criticised Poland.' + '</div>'.repeat(10_000)],
    ['1 MB of unclosed tags', '<div><span><b>x'.repeat(73_000)],
  ])('refuses %s with one line naming the file', (_, body) => {
    let error: unknown;
    try { readArticle(page(body), 'deep.html'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`^read: deep\\.html nests HTML elements \\d+ deep \\(an article page nests at most ${MAX_HTML_DEPTH}\\)`));
  });

  it('reads a page nested just under the limit', () => {
    const depth = MAX_HTML_DEPTH - 5;
    const a = readArticle(page('<div>'.repeat(depth) + '<p>Germany criticised Poland on Monday.</p>' + '</div>'.repeat(depth)), 'ok.html');
    expect(a.text).toContain('Germany criticised Poland on Monday.');
  });

  it('reads every paragraph of a 2 MB page of 20,000 paragraphs', () => {
    const p = '<p>Germany criticised Poland on Monday, officials said in a statement.</p>';
    const a = readArticle(page(`<article>${p.repeat(20_000)}</article>`), 'wide.html');
    expect(a.text.split('\n\n').filter((l) => l.startsWith('Germany')).length).toBe(20_000);
  });
});
