// Real parser output is well formed: one root per sentence, heads in range,
// no cycles, words in order with exact offsets; the relate-stage filter parses
// only the sentences it is asked for. On the sample articles always, and on
// the whole UD English EWT development split when ../shared has it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ParsedSentence, Segmented } from '../../../src/types.ts';
import { UPOS_TAGS } from '../../../src/types.ts';
import { readArticle } from '../../../src/pipeline/read.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { parseConllu } from '../../../src/pipeline/parse/conllu.ts';
import { loadParser } from '../../../src/pipeline/parse/index.ts';
import { SAMPLE_DIR } from '../../helpers/cli.ts';
import { sharedData } from '../../helpers/requirements.ts';

const dev = sharedData('data/ud-english-ewt/en_ewt-ud-dev.conllu', 'checking trees on the EWT development split');
const DEV = dev.path;

/** Problems with one tree given as heads (-1 = root) and relations; empty when well formed. */
function treeProblems(heads: number[], rels: string[]): string[] {
  const n = heads.length, out: string[] = [];
  const roots = heads.filter((h) => h === -1).length;
  if (roots !== 1) out.push(`${roots} roots`);
  heads.forEach((h, i) => {
    if (h < -1 || h >= n || h === i) out.push(`word ${i}: head ${h}`);
    if ((h === -1) !== (rels[i] === 'root')) out.push(`word ${i}: head ${h} with relation ${rels[i]}`);
    let x = i, steps = 0;
    while (x !== -1 && steps <= n) { x = heads[x]!; steps++; }
    if (steps > n) out.push(`word ${i}: cycle`);
  });
  return out;
}

function checkArticle(seg: Segmented, parsed: Array<ParsedSentence | null>): void {
  const text = seg.article.text;
  expect(parsed).toHaveLength(seg.sentences.length);
  parsed.forEach((ps, i) => {
    expect(ps).not.toBeNull();
    expect(ps!.sentence).toBe(i);
    const s = seg.sentences[i]!;
    expect(treeProblems(ps!.words.map((w) => w.head), ps!.words.map((w) => w.deprel))).toEqual([]);
    let last = s.start;
    for (const w of ps!.words) {
      expect(w.text).toBe(text.slice(w.start, w.end));
      expect(w.start).toBeGreaterThanOrEqual(last);
      expect(w.end).toBeLessThanOrEqual(s.end);
      expect(seg.tokens[w.token]!.sentence).toBe(i);
      expect(UPOS_TAGS).toContain(w.upos);
      last = w.end;
    }
    // every token is covered by its words
    expect(new Set(ps!.words.map((w) => w.token)).size).toBe(s.tokenEnd - s.tokenStart);
  });
}

describe('parser output is well formed', () => {
  it.each(readdirSync(SAMPLE_DIR).filter((f) => /\.(txt|html?)$/.test(f)))('on the sample article %s', (file) => {
    const seg = segment(readArticle(readFileSync(path.join(SAMPLE_DIR, file)), file));
    expect(seg.sentences.length).toBeGreaterThan(3);
    checkArticle(seg, loadParser().parse(seg).sentences);
  });

  it('parses only the sentences asked for', () => {
    const seg = segment({ id: 'x', title: null, source: 'x', text: 'One sentence here. Another one there. A third.' });
    const p = loadParser().parse(seg, (i) => i !== 1);
    expect(p.sentences.map((s) => (s ? s.sentence : null))).toEqual([0, null, 2]);
  });

  it('parseLazily parses a sentence only when its entry is read, and gives what parse gives', () => {
    const seg = segment({ id: 'x', title: null, source: 'x', text: 'Kyiv was shelled. Nothing else. Moscow denied it.' });
    const parser = loadParser();
    const eager = parser.parse(seg, (i) => i !== 1);
    const spy = vi.spyOn(parser, 'parseSentence');
    try {
      const lazy = parser.parseLazily(seg, (i) => i !== 1);
      expect(spy).toHaveBeenCalledTimes(0);
      expect(lazy.sentences[2]).toEqual(eager.sentences[2]);
      expect(lazy.sentences[2]).toBe(lazy.sentences[2]); // parsed once, then kept
      expect(spy).toHaveBeenCalledTimes(1);
      expect(lazy.sentences[1]).toBeNull();
      expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(eager)));
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('parseLazily hands out sentences parsed ahead as they were, only when their entry is read, and parses the others itself', () => {
    const seg = segment({ id: 'x', title: null, source: 'x', text: 'Kyiv was shelled. Nothing else. Moscow denied it.' });
    const parser = loadParser();
    const eager = parser.parse(seg);
    const ahead = new Map([[0, parser.parseSentence(seg, 0)]]);
    const spy = vi.spyOn(parser, 'parseSentence');
    try {
      const lazy = parser.parseLazily(seg, undefined, undefined, ahead);
      // an entry parsed ahead still reads as not yet parsed until it is read (the news model reads only parsed ones)
      for (let i = 0; i < 3; i++) expect(Object.getOwnPropertyDescriptor(lazy.sentences, i), `sentence ${i}`).toHaveProperty('get');
      expect(lazy.sentences[0]).toBe(ahead.get(0));
      expect(Object.getOwnPropertyDescriptor(lazy.sentences, 0)).toHaveProperty('value');
      expect(spy).toHaveBeenCalledTimes(0);
      expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(eager)));
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('parses sentences longer than its work arrays start with (256 words), and the short ones after them the same', () => {
    const parser = loadParser();
    const short = ['Kyiv', 'was', 'shelled', 'by', 'Russia', '.'];
    const before = parser.parseWords(short);
    const clause = ['The', 'minister', 'said', 'that', 'the', 'talks', 'in', 'Geneva', 'would', 'resume', 'on', 'Monday', ','];
    const long = [...Array.from({ length: 50 }, () => clause).flat(), 'officials', 'said', '.']; // 653 words
    const r = parser.parseWords(long);
    expect(r).toHaveLength(long.length);
    expect(treeProblems(r.map((w) => w.head), r.map((w) => w.deprel))).toEqual([]);
    expect(parser.parseWords(short)).toEqual(before);
  });

  it('returns an empty list for no words and one root for one word', () => {
    const parser = loadParser();
    expect(parser.parseWords([])).toEqual([]);
    expect(parser.parseWords(['Hello'])).toEqual([{ upos: expect.any(String), head: -1, deprel: 'root' }]);
  });

  it.skipIf(!dev.ok)('on every sentence of the EWT development split (gold tokenisation)', () => {
    const parser = loadParser();
    const bad: string[] = [];
    let sentences = 0;
    for (const s of parseConllu(readFileSync(DEV, 'utf8'), DEV)) {
      const r = parser.parseWords(s.words.map((w) => w.form));
      sentences++;
      const problems = treeProblems(r.map((w) => w.head), r.map((w) => w.deprel));
      if (problems.length) bad.push(`line ${s.line}: ${problems.join(', ')}`);
    }
    expect(sentences).toBe(2001);
    expect(bad).toEqual([]);
  }, 60_000); // 25k words and the model load: beyond vitest's 5 s default on a busy machine
});
