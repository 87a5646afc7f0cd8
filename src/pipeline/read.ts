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
  if (looksBinary(content)) throw new InputError(`read: ${source} looks like a binary file, not text; expected a .txt or .html article`);
  try {
    return utf8.decode(content);
  } catch {
    throw new InputError(`read: ${source} is not valid UTF-8; re-save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)`);
  }
}

function looksBinary(content: Buffer): boolean {
  const n = Math.min(content.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = content[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

export function readArticle(content: Buffer, source: string, format: ArticleFormat = formatOf(source) ?? 'text'): Article {
  const raw = decodeText(content, source);
  const { title, text, date: metaDate, dateSource: metaSource } = format === 'html' ? htmlToArticleText(raw) : { title: titleOfText(raw), text: raw, date: undefined, dateSource: undefined };
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

/** Flatten a DOM subtree into text with one line per block element. */
function blocksToText(root: DomNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') { flush(); return; }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n\n');
}

/** An HTML page's readable text (its headline first), with the headline and publication date it declares. */
export function htmlToArticleText(html: string): ArticleMeta & { text: string } {
  const { parseHTML, Readability } = htmlReaderModules();
  const { document } = parseHTML(html);
  // Metadata first: Readability is given a copy, but the fallback below strips the page.
  const meta = htmlMeta(document as unknown as MetaDocument);
  let body = '';
  try {
    const parsed = new Readability(document.cloneNode(true) as unknown as Document, { charThreshold: 200 }).parse();
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
