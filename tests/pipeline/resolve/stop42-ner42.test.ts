// Stop 42 (first reading of 374-397): people and bodies of one article that share a word. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans } from '../../helpers/spans.ts';

describe('a surname the article already used alone', () => {
  it('stays the first person\'s when a second person of the name is named in full', () => {
    const text = 'Police detained Maria Chen on Monday. Chen had fled in May. Records show she once used the name Chen Li Wei, a trader. Chen denies it.';
    const es = entitiesFromSpans(text, [['Maria Chen', 'PER'], ['Chen', 'PER', 1], ['Chen Li Wei', 'PER'], ['Chen', 'PER', 3]]);
    const maria = es.find((e) => e.name === 'Maria Chen');
    expect(maria?.mentions.map((m) => m.text)).toEqual(['Maria Chen', 'Chen', 'Chen']);
    expect(es.find((e) => e.name === 'Chen Li Wei')?.mentions.map((m) => m.text)).toEqual(['Chen Li Wei']);
  });
});

describe('a body by the plural of its head word', () => {
  it('"the Guards" after "the Republican Guards" is that body', () => {
    const text = 'The Republican Guards seized the port. Later the Guards withdrew.';
    const es = entitiesFromSpans(text, [['Republican Guards', 'ORG'], ['Guards', 'ORG', 1]]);
    expect(es.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Republican Guards']);
  });
});

describe('a head word alone when several bodies end in it', () => {
  it('is the one the article named before it first used the word alone', () => {
    const text = 'The European Commission fined the firm. The Commission said it abused its position. Ireland\'s Data Protection Commission fined it too. The Commission rejected the appeal.';
    const es = entitiesFromSpans(text, [['European Commission', 'ORG'], ['Commission', 'ORG', 1], ['Data Protection Commission', 'ORG'], ['Commission', 'ORG', 3]]);
    expect(es.find((e) => e.name === 'European Commission')?.mentions.length).toBe(3);
    expect(es.filter((e) => e.name === 'Commission')).toEqual([]);
  });
});
