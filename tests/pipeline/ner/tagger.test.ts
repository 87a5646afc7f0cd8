// The shipped model on real text: the sample article, fresh sentences, headlines.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { DEFAULT_MODEL_PATH, loadTagger } from '../../../src/pipeline/ner/index.ts';
import { docInputFromSegmented } from '../../../src/pipeline/ner/tagger.ts';
import type { TaggedSpan } from '../../../src/types.ts';
import { InputError } from '../../../src/errors.ts';
import { ROOT } from '../../helpers/cli.ts';

const SAMPLE = path.join(ROOT, 'graph-data/articles/ukraine-cuts-ties-with-north-korea.txt');

function tagText(text: string) {
  const seg = segment({ id: 't', title: null, source: 't', text });
  const spans = loadTagger().tag(seg);
  const name = (s: TaggedSpan) => text.slice(seg.tokens[s.start]!.start, seg.tokens[s.end - 1]!.end);
  return { seg, spans, named: spans.map((s) => `${s.label} ${name(s)}`) };
}

describe('loadTagger', () => {
  it('loads the shipped model once per path', () => {
    expect(loadTagger()).toBe(loadTagger(DEFAULT_MODEL_PATH));
  });

  it('says what is wrong with a missing or corrupt model file', () => {
    expect(() => loadTagger('/nonexistent/ner.bin.gz')).toThrow(InputError);
    expect(() => loadTagger('/nonexistent/ner.bin.gz')).toThrow(/cannot be read \(ENOENT\).*npm run train:ner/);
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'kg-ner-')), 'bad.bin.gz');
    writeFileSync(bad, 'not a model');
    expect(() => loadTagger(bad)).toThrow(/is not a valid tagger model \(not a gzip file\)/);
  });
});

describe('tagging the sample article', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const { seg, spans, named } = tagText(text);

  it.each(['Choe Sun Hui', 'Sin Hong-chol', 'Denis Pushilin', 'Olga Makeyeva', 'Dmytro Kuleba', 'Vladimir Putin'])('finds the person %s', (person) => {
    expect(named).toContain(`PER ${person}`);
  });

  it.each(['Ukraine', 'North Korea', 'Russia', 'Moscow', 'Lithuania', 'Kaliningrad'])('finds the place %s', (place) => {
    expect(named).toContain(`LOC ${place}`);
  });

  it('does not read title-case headline words as names', () => {
    for (const bad of ['Cuts', 'Diplomatic', 'Ties', 'Recognizes', 'Offers', 'Citizenship']) {
      expect(named.filter((n) => n.includes(bad))).toEqual([]);
    }
  });

  it('reads names in title-case headlines as the body does', () => {
    const putin = named.filter((n) => n.endsWith(' Vladimir Putin'));
    expect(putin.length).toBeGreaterThanOrEqual(3);
    expect(new Set(putin)).toEqual(new Set(['PER Vladimir Putin']));
  });

  it('keeps every span inside one sentence', () => {
    for (const s of spans) {
      const sent = seg.tokens[s.start]!.sentence;
      expect(seg.tokens[s.end - 1]!.sentence).toBe(sent);
      expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('is deterministic', () => {
    expect(tagText(text).spans).toEqual(spans);
  });
});

describe('tagging unseen text', () => {
  it.each([
    ['Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday.', ['PER Olaf Scholz', 'PER Emmanuel Macron', 'LOC Paris']],
    ['Shares of Microsoft Corp rose 3 percent in New York, the company said.', ['ORG Microsoft Corp', 'LOC New York']],
    ['The International Monetary Fund cut its forecast for Brazil on Tuesday.', ['ORG International Monetary Fund', 'LOC Brazil']],
  ])('%s', (sentence, expected) => {
    const { named } = tagText(sentence);
    for (const e of expected) expect(named).toContain(e);
  });

  it('reads typographic quotes and dashes like their ASCII forms', () => {
    const curly = tagText('Russia’s foreign minister Sergei Lavrov said on Monday that “Ukraine’s army” had retreated.').spans;
    const ascii = tagText('Russia\'s foreign minister Sergei Lavrov said on Monday that "Ukraine\'s army" had retreated.').spans;
    expect(curly).toEqual(ascii);
    expect(curly.map((s) => s.label)).toEqual(['LOC', 'PER', 'LOC']);
  });

  it('reads an ALL-CAPS headline with the help of the article body', () => {
    const { named } = tagText('PUTIN MEETS ERDOGAN IN TEHRAN\nRussian President Vladimir Putin met Turkish President Tayyip Erdogan in Tehran on Tuesday.\n');
    expect(named).toEqual(expect.arrayContaining(['PER PUTIN', 'PER ERDOGAN', 'LOC TEHRAN', 'PER Vladimir Putin', 'LOC Tehran']));
  });

  it('finds nothing in text without names, and handles an empty document', () => {
    expect(tagText('the prices rose sharply in the second quarter, analysts said.').spans).toEqual([]);
    expect(tagText('').spans).toEqual([]);
  });

  it('copes with score tables', () => {
    const { named } = tagText('SOCCER - ENGLISH LEAGUE RESULTS\nLONDON 1996-08-30\nResults of English league matches on Saturday:\nArsenal 2 Chelsea 1\nLiverpool 0 Everton 0\n');
    expect(named).toEqual(expect.arrayContaining(['ORG Arsenal', 'ORG Chelsea', 'ORG Liverpool', 'ORG Everton']));
  });
});

describe('odd input', () => {
  it('tags every token once even when sentences leave gaps or overlap', () => {
    const { seg } = tagText('Angela Merkel met Emmanuel Macron in Paris .');
    const odd = { ...seg, sentences: [{ ...seg.sentences[0]!, tokenStart: 2, tokenEnd: 5 }, { ...seg.sentences[0]!, tokenStart: 4, tokenEnd: 6 }] };
    expect(docInputFromSegmented(odd)).toMatchObject({ sentStart: [0, 2, 5, 6], sentEnd: [2, 5, 6, 8] });
    const spans = loadTagger().tag(odd);
    for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
    expect(spans.map((s) => s.label)).toContain('LOC');
  });

  it.each([
    'Президент Украины Владимир Зеленский выступил в Киеве.',
    '北京 时间 周一 上午',
    '🙂🙂 ### ---- ' + 'x'.repeat(400) + ' İstanbul ǅemal',
  ])('copes with %j', (text) => {
    const { seg, spans } = tagText(text);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(seg.tokens.length);
      expect(seg.tokens[s.end - 1]!.sentence).toBe(seg.tokens[s.start]!.sentence);
    }
  });
});
