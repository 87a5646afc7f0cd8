// The shipped model on sentences written for this test (none is in the
// treebank): the constructions the relation extractor reads relations from.
import { describe, expect, it } from 'vitest';
import type { ParsedSentence } from '../../../src/types.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadParser } from '../../../src/pipeline/parse/index.ts';

function parseOne(text: string): ParsedSentence {
  const seg = segment({ id: 'x', title: null, source: 'x', text });
  expect(seg.sentences).toHaveLength(1);
  return loadParser().parse(seg).sentences[0]!;
}

/** "dep -rel-> head" for the word `dep` (first occurrence). */
function arc(p: ParsedSentence, dep: string): string {
  const w = p.words.find((x) => x.text === dep);
  if (!w) throw new Error(`no word "${dep}" in ${p.words.map((x) => x.text).join(' ')}`);
  return `${dep} -${w.deprel}-> ${w.head < 0 ? 'ROOT' : p.words[w.head]!.text}`;
}

describe('constructions the relation extractor relies on', () => {
  it.each([
    ['passive with agent', 'The breakaway republic was recognised by North Korea on Thursday.',
      ['republic -nsubj:pass-> recognised', 'was -aux:pass-> recognised', 'Korea -obl:agent-> recognised', 'by -case-> Korea']],
    ['passive with agent (another verb)', 'The embassy in Kyiv was closed by the government last year.',
      ['embassy -nsubj:pass-> closed', 'government -obl:agent-> closed']],
    ['apposition', 'Dmytro Kuleba, the foreign minister of Ukraine, condemned the decision.',
      ['minister -appos-> Dmytro', 'Dmytro -nsubj-> condemned', 'decision -obj-> condemned']],
    // EWT marks a title before a name as nmod:desc ("President Bill Clinton"), the name's parts as flat
    ['title + name', 'Foreign Minister Dmytro Kuleba met his Turkish counterpart on Friday.',
      ['Foreign -amod-> Minister', 'Minister -nmod:desc-> Dmytro', 'Kuleba -flat-> Dmytro', 'Dmytro -nsubj-> met', 'counterpart -obj-> met']],
    ['possessive', "Ukraine's president thanked the allies.",
      ['Ukraine -nmod:poss-> president', "'s -case-> Ukraine", 'president -nsubj-> thanked']],
    ['coordination of objects', 'Russia supplied weapons and fuel to the separatists.',
      ['weapons -obj-> supplied', 'fuel -conj-> weapons', 'and -cc-> fuel']],
    ['relative clause', 'Syria is one of the few countries that recognised the two regions.',
      ['recognised -acl:relcl-> countries', 'that -nsubj-> recognised']],
    ['xcomp', 'The government decided to recognise the new state.',
      ['recognise -xcomp-> decided', 'to -mark-> recognise', 'state -obj-> recognise']],
    ['nominal with "of"', 'The recognition of Donetsk angered Kyiv.',
      ['Donetsk -nmod-> recognition', 'of -case-> Donetsk', 'recognition -nsubj-> angered']],
    ['nominal with "by"', 'The invasion by Russia began in February.',
      ['Russia -nmod-> invasion', 'by -case-> Russia']],
    ['nominal with "between"', 'Talks between Ukraine and Russia ended without agreement.',
      ['Ukraine -nmod-> Talks', 'between -case-> Ukraine', 'Russia -conj-> Ukraine']],
  ])('%s: %s', (_name, text, expected) => {
    const p = parseOne(text);
    expect(expected.map((e) => arc(p, e.split(' ')[0]!))).toEqual(expected);
  });
});
