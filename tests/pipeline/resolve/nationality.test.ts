// A nationality word is a mention of its country where the text gives it as a person's nationality
// (the country carries the word's span, never as its name); elsewhere it names no entity.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import { resolve } from '../../../src/pipeline/resolve/index.ts';

const tagger = loadTagger();
function entities(text: string) {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return resolve(seg, recognize(seg, tagger.tag(seg))).entities;
}

describe('a nationality word before a person', () => {
  const cases: Array<[string, string, string]> = [
    ['The essay was written by the exiled Soviet poet Yuri Kublanovsky in 1982.', 'Soviet', 'country'],
    ['Israeli Prime Minister Yitzhak Shamir flew to Washington on Monday.', 'Israeli', 'country'],
    ['The prize went to Chilean pianist Claudio Arrau.', 'Chilean', 'country'],
    // the description in apposition after the name
    ['BERLIN (Reuters) - Olaf Scholz, the German chancellor, met Donald Tusk on Monday.', 'German', 'country'],
  ];
  it.each(cases)('%s', (text, word, type) => {
    const country = entities(text).find((e) => e.mentions.some((m) => m.text === word));
    expect(country?.type).toBe(type);
    // the word is no name of the country
    expect(country?.name).not.toBe(word);
    expect(country?.aliases).not.toContain(word);
  });

  it('guard: elsewhere a nationality word names no entity', () => {
    for (const text of ['Ten Soviet volunteers arrived in Yerevan on Friday.', 'Peace came when Bosnians and Croats signed.']) {
      expect(entities(text).some((e) => e.mentions.some((m) => /^(?:Soviet|Bosnians)$/.test(m.text)))).toBe(false);
    }
  });
});
