import { describe, expect, it } from 'vitest';
import { articleDateOfText } from '../../../src/pipeline/time/index.ts';

// [article head, expected date, expected source]; null: the article has no date it can be given.
const CASES: Array<[string, string | null, string | null]> = [
  ['EU rejects call to boycott lamb .\nPeter Blackburn\nBRUSSELS 1996-08-22\nThe European Commission said ...', '1996-08-22', 'text:dateline'],
  ['Scores at the open .\nAKRON , Ohio 1996-08-22\nScores from the ...', '1996-08-22', 'text:dateline'],
  ['Debt buyback to hit results .\nMONTGOMERY , Ala .\n1996-08-22\nThe company said on Thursday ...', '1996-08-22', 'text:date-line'],
  ['Miss Universe hides behind veil of silence .\nKieran Murray\nLAS CRUCES , N.M. 1996-08-22\nMiss Universe ...', '1996-08-22', 'text:dateline'],
  ['Floods hit the south\nLYON, France, 13 July 2022 (AFP) - Heavy rain flooded the city on Tuesday.', '2022-07-13', 'text:dateline'],
  ['Port strike ends\nROTTERDAM, July 13, 2022 - Dockers returned to work.', '2022-07-13', 'text:dateline'],
  ['Central bank holds rates\nPublished: Friday, 6 December 1996\nThe bank kept its main rate ...', '1996-12-06', 'text:date-line'],
  ['Central bank holds rates\n13 July 2022 · 5 min read\nThe bank kept its main rate ...', '2022-07-13', 'text:date-line'],
  ['Central bank holds rates\nUpdated 13 July 2022, 10:32 BST\nThe bank kept its main rate ...', '2022-07-13', 'text:date-line'],
  ['Central bank holds rates\nJuly 2022\nThe bank kept its main rate ...', '2022-07', 'text:date-line'],
  // no year in the dateline: no date rather than a guess
  ['Port conditions update .\nLATTAKIA , Aug 10 - waiting time at Lattakia 24 hours .', null, null],
  ['Talks resume\nLONDON, Dec 6 (Reuters) - Ministers met on Friday.', null, null],
  // a date inside running text is what the story is about, not when it was written
  ['Treaty anniversary\nThe treaty signed on 6 December 1996 in Paris still stands, the ministers said on Friday in a long statement to the press.', null, null],
  // a date far below the top is not the article's
  [['Headline', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'PARIS 1996-08-22'].join('\n'), null, null],
  // numeric day/month orders cannot be told apart
  ['Bond sale\nDATE : 09/05/96\nThe authority sold bonds.', null, null],
];

describe('article date from the text', () => {
  it.each(CASES)('%j', (text, date, source) => {
    const found = articleDateOfText(text);
    expect(found?.date ?? null).toBe(date);
    expect(found?.source ?? null).toBe(source);
    if (found) expect(/\d/.test(text.slice(found.start, found.end))).toBe(true);
  });
});
