// A sentence that lists hundreds of names ("Leaders including A1 B1, A1 B2, ... met in
// Geneva") must cost work, relations and evidence in proportion to its length: all
// pairs of 400 names were 80,000 relations each citing the whole 5 KB sentence
// (1.3 GB of memory), and 1,600 names ran V8 out of memory.
import { describe, expect, it } from 'vitest';
import { relate } from '../../src/pipeline/relate/index.ts';
import { COOCCURRENCE_ALL_PAIRS, COOCCURRENCE_LIST_WINDOW } from '../../src/pipeline/relate/cooccurrence.ts';
import { analyzeTexts } from '../helpers/analyze.ts';
import { build, KNOWLEDGE } from './relate/helpers.ts';

const GIVEN = ['James', 'Maria', 'Ahmed', 'Olga', 'Pierre', 'Chen', 'Fatima', 'Lars', 'Sofia', 'Kenji', 'Amara', 'Diego', 'Ingrid', 'Ravi', 'Nadia', 'Tomas', 'Leila', 'Hugo', 'Yuki', 'Omar'];
const SURNAMES = ['Smith', 'Garcia', 'Khan', 'Petrov', 'Dubois', 'Wang', 'Haddad', 'Larsen', 'Rossi', 'Tanaka', 'Okafor', 'Lopez', 'Berg', 'Patel', 'Ivanova', 'Novak', 'Farah', 'Martin', 'Sato', 'Hassan'];
const SUFFIXES = ['', 'son', 'ski', 'ez'];

/** `given × surnames × suffixes` distinct full names. */
function names(given: number, surnames: number, suffixes = 1): string[] {
  const out: string[] = [];
  for (const x of SUFFIXES.slice(0, suffixes)) for (const g of GIVEN.slice(0, given)) for (const s of SURNAMES.slice(0, surnames)) out.push(`${g} ${s}${x}`);
  return out;
}
const listSentence = (list: string[]) => `Leaders including ${list.join(', ')} met in Geneva.`;

describe('co-occurrence in a sentence listing many names', () => {
  it.each([
    ['a few names: every pair', 5, 10],
    [`${COOCCURRENCE_ALL_PAIRS} names: still every pair`, COOCCURRENCE_ALL_PAIRS, COOCCURRENCE_ALL_PAIRS * (COOCCURRENCE_ALL_PAIRS - 1) / 2],
    ['400 names: each with the next few', 400, 400 * COOCCURRENCE_LIST_WINDOW - COOCCURRENCE_LIST_WINDOW * (COOCCURRENCE_LIST_WINDOW + 1) / 2],
  ])('%s', (_, count, pairs) => {
    const list = names(20, 20).slice(0, count);
    const text = listSentence(list);
    const { seg, resolved } = build(text, list.map((n) => [n, n.toLowerCase().replace(' ', '-'), 'person']));
    const rs = relate(seg, resolved, { knowledge: KNOWLEDGE }).filter((r) => r.kind === 'cooccurrence');
    expect(rs.length).toBe(pairs);
    // evidence is exact: the cited text is the article's text at the cited offsets, and names both ends
    for (const r of rs) {
      const e = r.evidence[0]!;
      expect(text.slice(e.start, e.end)).toBe(e.text);
      if (count > COOCCURRENCE_ALL_PAIRS) {
        expect(e.text.startsWith(resolved.entities.find((x) => x.id === r.source)!.name)).toBe(true);
        expect(e.text.endsWith(resolved.entities.find((x) => x.id === r.target)!.name)).toBe(true);
      }
    }
  });

  it('keeps the evidence of a 400-name sentence within a few times its length', () => {
    const list = names(20, 20);
    const text = listSentence(list);
    const { seg, resolved } = build(text, list.map((n) => [n, n.toLowerCase().replace(' ', '-'), 'person']));
    const cited = relate(seg, resolved, { knowledge: KNOWLEDGE }).reduce((n, r) => n + r.evidence.reduce((m, e) => m + e.text.length, 0), 0);
    // a character is cited by the pairs whose stretch holds it: at most 2 + 3 + ... + (window + 1) of them
    const w = COOCCURRENCE_LIST_WINDOW;
    expect(cited).toBeLessThanOrEqual(text.length * (w * (w + 3)) / 2);
  });
});

describe('the whole analysis of an article listing 1,600 names', () => {
  it('gives relations and output in proportion to the text', async () => {
    const text = `${listSentence(names(20, 20, 4))}\nThe talks ended on Friday.\n`;
    const [analysis] = await analyzeTexts([text]);
    const entities = analysis!.entities.length;
    expect(entities).toBeGreaterThan(400);
    expect(analysis!.relations.length).toBeLessThan(entities * (COOCCURRENCE_LIST_WINDOW + 2));
    expect(JSON.stringify(analysis).length).toBeLessThan(text.length * 100);
  }, 60_000);
});
