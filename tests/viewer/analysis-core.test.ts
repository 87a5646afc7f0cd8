// The analyst features' pure core: which search-box texts are questions, and
// the URL parameters of the question, appearance, ego focus and table.
import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../viewer/src/core/question.ts';
import { analysisFromParams, analysisToParams, defaultAnalysis } from '../../viewer/src/core/analysis-state.ts';

describe('question form in the search box', () => {
  it.each([
    ['who is connected to Pushilin?', true],
    ['who is connected to Pushilin', true],
    ['How is Russia connected to Ukraine', true],
    ['What do Russia and Ukraine have in common?', true],
    ['Did North Korea recognize Donetsk', true],
    ['Tell me about Kuleba', true],
    ['show me the path between Kyiv and Moscow', true],
    ['neighbours of Ukraine', true],
    ['Kuleba?', false],
    ['Pushilin', false],
    ['Who', false],
    ['North Korea', false],
    ['Islamic State', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeQuestion(text)).toBe(expected);
  });
});

describe('analysis URL parameters', () => {
  const roundTrip = (query: string) => {
    const p = new URLSearchParams();
    analysisToParams(analysisFromParams(new URLSearchParams(query)), p);
    return p.toString();
  };

  it('writes nothing for the defaults', () => {
    const p = new URLSearchParams();
    analysisToParams(defaultAnalysis(), p);
    expect(p.toString()).toBe('');
  });

  it.each([
    ['ask=Who+is+X%3F&color=community&size=betweenness&table=entities', 'ask=Who+is+X%3F&color=community&size=betweenness&table=entities'],
    ['ego=country%3AUA&egoHops=3&egoWeight=2&egoKinds=role,event,bogus', 'ego=country%3AUA&egoHops=3&egoWeight=2&egoKinds=event%2Crole'],
    // Malformed values fall back to the defaults.
    ['color=rainbow&size=huge&table=chairs&egoHops=9', ''],
    ['ego=a&egoHops=7&egoWeight=-1', 'ego=a'],
  ])('%s', (query, expected) => {
    expect(roundTrip(query)).toBe(expected);
  });
});
