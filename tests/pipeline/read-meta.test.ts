// Titles and publication dates: what HTML pages declare (JSON-LD, Open Graph,
// article:published_time, <time>, <title>) and the headline of plain text,
// including CoNLL's capitalised news-wire headlines.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { htmlMeta, normalizeDate, titleOfText, type MetaDocument } from '../../src/pipeline/read-meta.ts';
import { readArticle } from '../../src/pipeline/read.ts';

const BODY = Array.from({ length: 5 }, (_, i) =>
  `<p>Paragraph ${i + 1}: Ukraine severed diplomatic ties with North Korea on Wednesday after Pyongyang recognised the Donetsk and Luhansk regions, the foreign ministry in Kyiv said in a statement.</p>`).join('\n');

const page = (head: string, body = `<article>${BODY}</article>`) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a></nav>${body}</body></html>`;
const meta = (html: string) => htmlMeta(parseHTML(html).document as unknown as MetaDocument);

describe('normalizeDate: ISO 8601 as precise as the source', () => {
  it.each([
    ['2022-07-14', '2022-07-14'],
    ['2022-07', '2022-07'],
    ['2022-07-14T09:30:00+03:00', '2022-07-14T09:30:00+03:00'],
    ['2022-07-14T09:30:00+0300', '2022-07-14T09:30:00+03:00'],
    ['2022-07-14T09:30:00.123Z', '2022-07-14T09:30:00.123Z'],
    ['2022-07-14T09:30', '2022-07-14T09:30'],
    ['2022-07-14 09:30:00', '2022-07-14T09:30:00'],
    ['  2022-07-14  ', '2022-07-14'],
    ['July 14, 2022', '2022-07-14'],
    ['Thursday, July 14th, 2022', '2022-07-14'],
    ['14 Jul 2022', '2022-07-14'],
    ['Thu, 14 Jul 2022 09:30:00 GMT', '2022-07-14T09:30:00Z'],
    ['Thu, 14 Jul 2022 09:30:00 +0300', '2022-07-14T06:30:00Z'],
  ])('%j -> %j', (input, expected) => expect(normalizeDate(input)).toBe(expected));

  it.each(['2022-02-30', '2022-13-01', '2022-07-14T25:00', 'yesterday', '14/07/2022', '', 'Smarch 3, 2022', '1656000000'])(
    '%j is not a date', (input) => expect(normalizeDate(input)).toBeNull());
});

describe('htmlMeta: the headline and the publication date a page declares', () => {
  it('prefers the JSON-LD NewsArticle headline, and article:published_time for the date', () => {
    const m = meta(page(`<title>Ukraine cuts ties | World | The Daily</title>
      <meta property="og:title" content="Ukraine cuts ties with North Korea">
      <meta property="article:published_time" content="2022-07-14T09:30:00+03:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ukraine severs ties with Pyongyang","datePublished":"2022-07-13"}</script>`));
    expect(m).toEqual({ title: 'Ukraine severs ties with Pyongyang', date: '2022-07-14T09:30:00+03:00', dateSource: 'html:article:published_time' });
  });

  it('reads JSON-LD inside @graph and arrays, decodes entities left in it, and skips a broken block', () => {
    const m = meta(page(`<script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"Organization","name":"The Daily"},{"@graph":[{"@type":"WebPage","name":"Home"},
        {"@type":["ReportageNewsArticle"],"headline":"Serbia &amp; Turkey sign a deal","datePublished":"2023-01-05T08:00:00Z"}]}]</script>`));
    expect(m).toEqual({ title: 'Serbia & Turkey sign a deal', date: '2023-01-05T08:00:00Z', dateSource: 'html:json-ld' });
  });

  it('falls back to og:title, then the first <h1>, then <title> without the site name', () => {
    expect(meta(page('<title>T | Site</title><meta property="og:title" content="The OG headline">', `<article><h1>The H1 headline</h1>${BODY}</article>`)).title).toBe('The OG headline');
    expect(meta(page('<title>T | Site</title>', `<article><h1>The H1 headline</h1>${BODY}</article>`)).title).toBe('The H1 headline');
    expect(meta(page('<title>Wang Yi visits India | Asia - Example News</title>')).title).toBe('Wang Yi visits India');
    // Too short a first part to be the headline: the whole title stays.
    expect(meta(page('<title>Brexit - what next?</title>')).title).toBe('Brexit - what next?');
    expect(meta(page('')).title).toBeNull();
  });

  it.each([
    ['<meta itemprop="datePublished" content="2021-11-02">', '2021-11-02', 'html:itemprop'],
    ['<meta name="PubDate" content="2021-11-02T10:00:00-05:00">', '2021-11-02T10:00:00-05:00', 'html:meta'],
    ['<meta name="dc.date.issued" content="November 2, 2021">', '2021-11-02', 'html:meta'],
  ])('finds the date in %s', (head, date, dateSource) => {
    expect(meta(page(head))).toMatchObject({ date, dateSource });
  });

  it('takes a <time datetime> of the article, and leaves the date out when nothing parses', () => {
    expect(meta(page('', `<article><time datetime="2020-02-29">29 Feb</time>${BODY}</article>`))).toMatchObject({ date: '2020-02-29', dateSource: 'html:time' });
    const none = meta(page('<meta property="article:published_time" content="last week">', `<article><time datetime="soon">x</time>${BODY}</article>`));
    expect(none).not.toHaveProperty('date');
    expect(none).not.toHaveProperty('dateSource');
  });
});

describe('readArticle keeps them', () => {
  it('an HTML article carries its title (first line of its text) and its date', () => {
    const html = page('<title>Ukraine cuts ties | The Daily</title><meta property="og:title" content="Ukraine cuts ties with North Korea"><meta property="article:published_time" content="2022-07-14">');
    const a = readArticle(Buffer.from(html), 'page.html');
    expect(a).toMatchObject({ title: 'Ukraine cuts ties with North Korea', date: '2022-07-14', dateSource: 'html:article:published_time' });
    expect(a.text.startsWith('Ukraine cuts ties with North Korea\n\n')).toBe(true);
  });

  it('plain text has no date field at all (datelines are not read yet)', () => {
    const a = readArticle(Buffer.from('Headline\n\nLONDON 1996-08-30\nBody.\n'), 'a.txt');
    expect(Object.keys(a).sort()).toEqual(['id', 'source', 'text', 'title']);
  });
});

describe('titleOfText', () => {
  it.each([
    ['Ukraine cuts ties with North Korea\n\nKYIV - ...', 'Ukraine cuts ties with North Korea'],
    // CoNLL-2003 documents: a capitalised headline, tokenised, of any length.
    ['CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .\nLONDON 1996-08-30\n', 'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY'],
    ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT AS ASIAN CUP DEFENCE OPENS IN THE DESERT .\nAL-AIN 1996-12-06\n',
      'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT AS ASIAN CUP DEFENCE OPENS IN THE DESERT'],
    ['\uFEFF\n  EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB .  \nPeter Blackburn\n', 'EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB'],
    ['This is a long first sentence that goes on and on and on for many words indeed.\nMore.', null],
    ['1996-08-30\nBody', '1996-08-30'],
  ])('%j -> %j', (text, title) => expect(titleOfText(text)).toBe(title));
});
