// What an article says about itself besides its body: its headline and when it
// was published. Kept apart from read.ts because the sources of both keep
// growing (page metadata now; datelines in the text later). Every date is
// returned as ISO 8601 exactly as precise as its source ("2022-07-14" stays a
// day, "2022-07-14T09:30:00+03:00" keeps its time and offset) with a
// `dateSource` naming where it was found, so a reader can judge it.

/** The part of a DOM document this module reads (linkedom's and the browser's both fit). */
export interface MetaDocument {
  title: string;
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}
interface MetaElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface ArticleMeta {
  title: string | null;
  /** ISO 8601: a date, or a date and time with its offset when the source gives one. */
  date?: string;
  /** Where the date came from, e.g. 'html:article:published_time', 'html:json-ld', 'html:time'. */
  dateSource?: string;
}

// ---------------------------------------------------------------- dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A publication date as ISO 8601, as precise as given, or null when the value
 * is not a date. Accepts ISO 8601 (also with a space for "T", "+0300" offsets),
 * "14 July 2022", "July 14, 2022" and RFC 2822 ("Thu, 14 Jul 2022 09:30:00 GMT").
 */
export function normalizeDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    if (!validDay(Number(y), Number(mo), Number(d ?? 1))) return null;
    if (!d) return `${y}-${mo}`;
    let out = `${y}-${mo}-${d}`;
    if (h === undefined) return out;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
    out += `T${h}:${mi}${s === undefined ? '' : `:${s}${frac ?? ''}`}`;
    if (zone) out += zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return out;
  }
  // "14 July 2022", "July 14, 2022" (a day, no time).
  m = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(v) ?? null;
  const named = m ? { d: m[1]!, mon: m[2]!, y: m[3]! } : (() => {
    const n = /^(?:[a-z]+,?\s+)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(v);
    return n ? { d: n[2]!, mon: n[1]!, y: n[3]! } : null;
  })();
  if (named) {
    const month = MONTHS.indexOf(named.mon.slice(0, 3).toLowerCase()) + 1;
    const [y, d] = [Number(named.y), Number(named.d)];
    return month > 0 && validDay(y, month, d) ? `${named.y}-${pad(month)}-${pad(d)}` : null;
  }
  // RFC 2822 with a time: the instant, in UTC.
  if (/^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|UT|[+-]\d{4})$/i.test(v)) {
    const t = Date.parse(v);
    if (Number.isFinite(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

// ---------------------------------------------------------------- JSON-LD

const ARTICLE_TYPES = /^(?:[a-z]*NewsArticle|Article|Report|BlogPosting|LiveBlogPosting)$/i;

/** The article objects of every JSON-LD block: top level, arrays and @graph, a few levels deep at most. */
function jsonLdArticles(document: MetaDocument): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) { for (const v of value) visit(v, depth + 1); return; }
    const obj = value as Record<string, unknown>;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try { visit(JSON.parse(scripts[i]!.textContent ?? ''), 0); } catch { /* a broken block says nothing */ }
  }
  return out;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** JSON-LD text is plain text, but sites often leave HTML entities in it. */
function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(ENTITY, (_, dec, hex, name) => (name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(Number.parseInt(dec ?? hex, dec ? 10 : 16))))
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

// ---------------------------------------------------------------- title

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|·|::|»)\s+/;

/** A <title> usually ends with the site's name ("Headline | Section - Site"): keep the headline part. */
function headlineOfPageTitle(title: string): string | null {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const first = t.split(TITLE_SEPARATOR)[0]!.trim();
  return first.split(' ').length >= 3 ? first : t;
}

function metaContent(document: MetaDocument, selector: string): string | null {
  return cleanText(document.querySelector(selector)?.getAttribute('content') ?? null);
}

// ---------------------------------------------------------------- HTML

/** The headline and publication date a page declares, each from the most reliable source it has. */
export function htmlMeta(document: MetaDocument): ArticleMeta {
  const articles = jsonLdArticles(document);
  const h1 = cleanText(document.querySelector('h1')?.textContent ?? null);
  const title = articles.map((a) => cleanText(a.headline) ?? cleanText(a.name)).find(Boolean)
    ?? metaContent(document, 'meta[property="og:title"]')
    ?? metaContent(document, 'meta[name="twitter:title"]')
    ?? h1
    ?? headlineOfPageTitle(document.title ?? '');

  const candidates: Array<[string, () => string | null | undefined]> = [
    ['html:article:published_time', () => metaContent(document, 'meta[property="article:published_time"]')],
    ['html:json-ld', () => articles.map((a) => cleanText(a.datePublished)).find(Boolean)],
    ['html:itemprop', () => {
      const el = document.querySelector('[itemprop="datePublished"]');
      return cleanText(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null);
    }],
    ['html:meta', () => ['pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created', 'parsely-pub-date']
      .map((name) => metaContent(document, `meta[name="${name}" i]`)).find(Boolean)],
    ['html:time', () => {
      const el = document.querySelector('article time[datetime]') ?? document.querySelector('time[pubdate]') ?? document.querySelector('time[datetime]');
      return cleanText(el?.getAttribute('datetime') ?? null);
    }],
  ];
  for (const [source, read] of candidates) {
    const raw = read();
    const date = raw ? normalizeDate(raw) : null;
    if (date) return { title, date, dateSource: source };
  }
  return { title };
}

// ---------------------------------------------------------------- plain text

/**
 * The first line is the title when it looks like a headline: short and not a
 * finished sentence, or written in capitals as news-wire headlines are (CoNLL's
 * "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY ."), whose
 * tokenised final stop is dropped.
 */
export function titleOfText(text: string): string | null {
  const first = text.replace(/^\uFEFF/, '').split('\n').find((l) => l.trim())?.trim();
  if (!first || first.length > 250) return null;
  const capitals = /\p{Lu}/u.test(first) && !/\p{Ll}/u.test(first) && /\p{L}{2}/u.test(first);
  if (capitals) return first.replace(/\s+\.$/, '');
  if (/[.!?]["”’)]?$/.test(first) && first.split(/\s+/).length > 12) return null;
  return first;
}
