// Stage 1, read: raw bytes of a file -> Article.
// Plain text is kept exactly as decoded (offsets of every later stage index into
// it); HTML goes through a real parser (linkedom) and Readability, which drops
// navigation, ads and other boilerplate, and its blocks become lines of text.
// The title and publication date come from read-meta.ts.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Article } from '../types.ts';
import { InputError } from '../errors.ts';
import { articleDateOfText } from './time/index.ts';
import { htmlMeta, titleOfText, type ArticleMeta, type MetaDocument } from './read-meta.ts';
import { htmlShape } from './html-shape.ts';

// The HTML reader is loaded on the first HTML article, not with the pipeline: linkedom alone
// costs ~130 ms of every `kg extract` start, and news wires and CoNLL come as plain text.
type HtmlReader = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let htmlReader: HtmlReader | undefined;
function htmlReaderModules(): HtmlReader {
  if (!htmlReader) {
    const require = createRequire(import.meta.url);
    htmlReader = { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  }
  return htmlReader;
}

export { titleOfText } from './read-meta.ts';

export type ArticleFormat = 'text' | 'html';

/** Larger inputs are not news articles; refusing them keeps memory bounded. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function formatOf(source: string): ArticleFormat | null {
  const lower = source.toLowerCase();
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'text';
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
  return null;
}

/** Content hash of the analysed text: the same article ingested twice gets the same id. */
export function articleId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Decode and sanity-check bytes; every failure says what was expected and what was found. */
export function decodeText(content: Buffer, source: string): string {
  if (content.length === 0) throw new InputError(`read: ${source} is empty; expected an article in UTF-8 text or HTML`);
  if (content.length > MAX_ARTICLE_BYTES) {
    const mb = (content.length / 1024 / 1024).toFixed(1);
    throw new InputError(`read: ${source} is ${mb} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (split the file into articles)`);
  }
  // UTF-16 (as Windows tools save "Unicode" text) says so with its byte-order mark, and is full of NUL bytes.
  const utf16 = content.length >= 2 ? UTF16_BOMS.find((b) => content[0] === b.bom[0] && content[1] === b.bom[1]) : undefined;
  if (utf16) {
    let text: string;
    try {
      text = utf16.decoder.decode(content);
    } catch {
      throw new InputError(`read: ${source} starts as UTF-16 (${utf16.name}) but is not valid UTF-16; re-save it as UTF-8`);
    }
    if (looksBinary(text)) throw new InputError(`read: ${source} looks like a binary file, not text; expected a .txt or .html article`);
    return text;
  }
  if (looksBinary(content)) throw new InputError(`read: ${source} looks like a binary file, not text; expected a .txt or .html article`);
  try {
    return utf8.decode(content);
  } catch {
    throw new InputError(`read: ${source} is not valid UTF-8; re-save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)`);
  }
}

const UTF16_BOMS = [
  { bom: [0xff, 0xfe], name: 'little-endian', decoder: new TextDecoder('utf-16le', { fatal: true }) },
  { bom: [0xfe, 0xff], name: 'big-endian', decoder: new TextDecoder('utf-16be', { fatal: true }) },
];

/**
 * A NUL anywhere (text never holds one: a binary file can start with a page of text), or
 * more than 10% control characters in the first 8 KB. Bytes of a file, or code units of
 * decoded UTF-16 text.
 */
function looksBinary(content: Buffer | string): boolean {
  if (typeof content === 'string' ? content.includes('\u0000') : content.includes(0)) return true;
  const n = Math.min(content.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = typeof content === 'string' ? content.charCodeAt(i) : content[i]!;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

export function readArticle(content: Buffer, source: string, format: ArticleFormat = formatOf(source) ?? 'text'): Article {
  const raw = decodeText(content, source);
  const { title, text, date: metaDate, dateSource: metaSource } = format === 'html' ? htmlToArticleText(raw, source) : { title: titleOfText(raw), text: raw, date: undefined, dateSource: undefined };
  if (!text.trim()) throw new InputError(`read: ${source} has no article text${format === 'html' ? ' (the HTML has no readable body)' : ''}`);
  // The page's own metadata first; failing that, a dateline or date line at the top of the text.
  const dateline = metaDate ? null : articleDateOfText(text);
  const date = metaDate ?? dateline?.date;
  const dateSource = metaDate ? metaSource : dateline?.source;
  return { id: articleId(text), title, source, text, ...(date ? { date, dateSource } : {}) };
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION',
  'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'DD', 'DT',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/**
 * Flatten a DOM subtree into text with one line per block element. A loop over an explicit
 * stack, not recursion: no nesting depth can overflow the call stack.
 */
function blocksToText(root: DomNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  /** Nodes to visit, last first; `null` marks the end of a block element. */
  const todo: Array<DomNode | null> = [root];
  while (todo.length) {
    const node = todo.pop()!;
    if (node === null) { flush(); continue; }
    if (node.nodeType === 3) { current += node.textContent ?? ''; continue; }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') { flush(); continue; }
    if (BLOCK.has(name)) { flush(); todo.push(null); }
    // linkedom builds the childNodes array afresh on every read: read it once
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) todo.push(children[i]!);
  }
  flush();
  return lines.join('\n\n');
}

/**
 * Deeper nesting than this is no article page: parsing and Readability cost grows
 * faster than the page (html-shape.ts), so such a page is refused before parsing.
 */
export const MAX_HTML_DEPTH = 256;
/** Past this many elements Readability is not run (its cost grows faster than the page); the body's text is read instead. */
export const MAX_READABILITY_ELEMENTS = 50_000;

/** An HTML page's readable text (its headline first), with the headline and publication date it declares. */
export function htmlToArticleText(html: string, source = 'the page'): ArticleMeta & { text: string } {
  const shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH) {
    throw new InputError(`read: ${source} nests HTML elements ${shape.depth} deep (an article page nests at most ${MAX_HTML_DEPTH}); it looks broken or hostile, so it was not read`);
  }
  const { parseHTML, Readability } = htmlReaderModules();
  const { document } = parseHTML(html);
  // Metadata first: Readability is given a copy, but the fallback below strips the page.
  const meta = htmlMeta(document as unknown as MetaDocument);
  let body = '';
  try {
    const parsed = shape.elements > MAX_READABILITY_ELEMENTS ? null : new Readability(document.cloneNode(true) as unknown as Document, { charThreshold: 200 }).parse();
    if (parsed?.content) {
      const { document: fragment } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
      body = blocksToText(fragment.body as unknown as DomNode);
    }
  } catch {
    body = '';
  }
  // Readability gives up on short pages; fall back to the body without page chrome.
  if (!body.trim()) {
    for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, form, script, style, noscript'))) el.remove();
    body = document.body ? blocksToText(document.body as unknown as DomNode) : '';
  }
  const { title } = meta;
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { ...meta, text };
}
