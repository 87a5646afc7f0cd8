import { describe, expect, it } from 'vitest';
import { readArticle, titleOfText, htmlToArticleText } from '../../src/pipeline/read.ts';
import { InputError } from '../../src/errors.ts';

describe('readArticle', () => {
  it('keeps plain text exactly as decoded and derives a content id', () => {
    const text = 'Headline Here\n\nBody sentence one. Body two.\n';
    const a = readArticle(Buffer.from(text), 'a.txt');
    expect(a.text).toBe(text);
    expect(a.title).toBe('Headline Here');
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(readArticle(Buffer.from(text), 'other/path.txt').id).toBe(a.id);
  });

  it.each([
    [Buffer.alloc(0), /is empty/],
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), /binary/],
    [Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8/],
    [Buffer.from('   \n\n  '), /no article text/],
  ])('rejects bad input with a clear message (%#)', (buf, message) => {
    expect(() => readArticle(buf, 'bad.txt')).toThrow(InputError);
    expect(() => readArticle(buf, 'bad.txt')).toThrow(message);
  });

  it('takes no title from a first line that is a long finished sentence', () => {
    expect(titleOfText('This is a long first sentence that goes on and on and on for many words indeed.\nMore.')).toBeNull();
  });
});

describe('HTML articles', () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) =>
    `<p>Paragraph ${i + 1}: Chinese Foreign Minister Wang Yi met his Indian counterpart in New Delhi on Monday to discuss the border, officials said in a statement that ran to several sentences.</p>`).join('\n');
  const html = `<!doctype html><html><head><title>Wang Yi visits India | Example News</title><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav>
<header><div class="menu">Subscribe now</div></header>
<article><h1>Wang Yi visits India</h1>${paragraphs}</article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>`;

  it('extracts the article body as lines, drops navigation and scripts', () => {
    const { title, text } = htmlToArticleText(html);
    expect(title).toBe('Wang Yi visits India');
    expect(text).toContain('Chinese Foreign Minister Wang Yi met his Indian counterpart');
    expect(text).not.toContain('Home');
    expect(text).not.toContain('not text');
    expect(text).not.toContain('Subscribe');
    expect(text.split('\n').filter((l) => l.startsWith('Paragraph'))).toHaveLength(6);
  });

  it('reads .html sources through the HTML path', () => {
    const a = readArticle(Buffer.from(html), 'page.html');
    expect(a.text.startsWith('Wang Yi visits India')).toBe(true);
    expect(a.text).not.toContain('<p>');
  });
});
