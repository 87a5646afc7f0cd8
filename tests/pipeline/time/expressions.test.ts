import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../../src/pipeline/time/index.ts';

// The article is dated Friday 15 July 2022 unless a case says otherwise. Each case was worked out by
// hand before the code ran: [sentence, the expression's text, the value expected (null: left open)].
const FRIDAY = '2022-07-15';

const CASES: Array<[string, string, string | null]> = [
  // weekdays, read by the tense of the clause
  ['The ministers met on Thursday in Geneva.', 'on Thursday', '2022-07-14'],
  ['The ministers met on Friday in Geneva.', 'on Friday', '2022-07-15'],
  ['The ministers met on Monday.', 'on Monday', '2022-07-11'],
  ['The ministers will meet on Monday.', 'on Monday', '2022-07-18'],
  ['The ministers will meet on Friday.', 'on Friday', '2022-07-22'],
  ['Kuleba said on Thursday that Russia will recognise the two regions.', 'on Thursday', '2022-07-14'],
  ['Russia will recognise the two regions on Tuesday, Kuleba said.', 'on Tuesday', '2022-07-19'],
  ['On Wednesday, the two leaders signed the accord.', 'On Wednesday', '2022-07-13'],
  ['The leaders, who met on Sunday, agreed on a ceasefire.', 'on Sunday', '2022-07-10'],
  ['The president is due to visit Paris on Tuesday.', 'on Tuesday', '2022-07-19'],
  ['Talks are planned for Thursday.', 'Thursday', '2022-07-21'],
  ["Thursday's vote is the first since the war.", "Thursday's", null],
  ['The summit opens on Monday.', 'on Monday', null],
  ['Police arrested the suspect last Friday.', 'last Friday', '2022-07-08'],
  ['He was appointed last Tuesday.', 'last Tuesday', '2022-07-12'],
  ['The talks resume next Wednesday.', 'next Wednesday', '2022-07-20'],
  ['The talks resume this Wednesday.', 'this Wednesday', '2022-07-13'],
  // relative days
  ['The ministry said yesterday that talks had failed.', 'yesterday', '2022-07-14'],
  ['The ministry said today that talks had failed.', 'today', '2022-07-15'],
  ['The ministry will publish the list tomorrow.', 'tomorrow', '2022-07-16'],
  ['Rebels attacked the town last night.', 'last night', '2022-07-14'],
  ['The ship sank three days ago.', 'three days ago', '2022-07-12'],
  ['The ship sank 10 days ago.', '10 days ago', '2022-07-05'],
  ['The law was passed two months ago.', 'two months ago', '2022-05'],
  ['The company was founded 30 years ago.', '30 years ago', '1992'],
  ['The deal was signed a week ago.', 'a week ago', '2022-07'],
  ['The deal was signed several weeks ago.', 'several weeks ago', null],
  // weeks, months, years relative to the article
  ['Inflation rose last month.', 'last month', '2022-06'],
  ['Elections will be held next month.', 'next month', '2022-08'],
  ['The envoy arrived earlier this month.', 'earlier this month', '2022-07'],
  ['Exports fell last year.', 'last year', '2021'],
  ['A new round of talks is expected next year.', 'next year', '2023'],
  ['The bank cut rates earlier this year.', 'earlier this year', '2022'],
  ['The two sides met last week.', 'last week', '2022-07'],
  ['The two sides will meet next week.', 'next week', '2022-07'],
  // months without a year
  ['The treaty was signed last March.', 'last March', '2022-03'],
  ['The treaty will be signed next March.', 'next March', '2023-03'],
  ['The ministers met in March.', 'in March', '2022-03'],
  ['The ministers will meet in March.', 'in March', '2023-03'],
  ['The ministers met in September.', 'in September', '2021-09'],
  ['The ministers will meet in September.', 'in September', '2022-09'],
  ['Prices have risen since February.', 'since February', '2022-02'],
  ['The embassy stays closed until October.', 'until October', '2022-10'],
  ['The vote takes place in October.', 'in October', null],
  // day and month without a year
  ['The accord was signed on December 3.', 'December 3', '2021-12-03'],
  ['The accord will be signed on December 3.', 'December 3', '2022-12-03'],
  ['The accord was signed on 3 July.', '3 July', '2022-07-03'],
  ['The summit opens on 20 July.', '20 July', null],
  // years and absolute dates
  ['The region was annexed in 2014.', 'in 2014', '2014'],
  ['Relations have been frozen since 1994.', 'since 1994', '1994'],
  ['The plant employed 1994 people.', '', null],
  ['The treaty was signed on 6 December 1996 in Paris.', '6 December 1996', '1996-12-06'],
  ['The treaty was signed on December 6, 1996 in Paris.', 'December 6, 1996', '1996-12-06'],
  ['The war began in February 2022.', 'February 2022', '2022-02'],
];

describe('time expressions resolved against the article date (Friday 15 July 2022)', () => {
  it.each(CASES)('%s', (sentence, text, value) => {
    const found = findTimeExpressions(sentence, FRIDAY);
    if (!text) {
      expect(found.filter((f) => f.value)).toEqual([]);
      return;
    }
    const hit = found.find((f) => f.text === text);
    expect(hit, `expected "${text}" among ${JSON.stringify(found.map((f) => f.text))}`).toBeDefined();
    expect(hit!.value).toBe(value);
    expect(sentence.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it('at least 50 hand-checked cases, and every one right', () => {
    // the issue asks for >= 90% right on 50 own sentences and none resolved where ambiguous;
    // the table holds them all, so this counts it
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    const right = CASES.filter(([s, text, value]) => {
      const found = findTimeExpressions(s, FRIDAY);
      return text ? found.find((f) => f.text === text)?.value === value : !found.some((f) => f.value);
    });
    expect(right.length / CASES.length).toBeGreaterThanOrEqual(0.9);
  });

  it('without an article date only absolute dates get a value', () => {
    const found = findTimeExpressions('The accord, first drafted in 1994, was signed on Friday and ratified on 6 December 1996.', null);
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['in 1994', '1994'], ['on Friday', null], ['6 December 1996', '1996-12-06'],
    ]);
  });

  it('a date across a year boundary: "last December" in January is the previous year', () => {
    expect(findTimeExpressions('The talks collapsed last December.', '2023-01-10')[0]!.value).toBe('2022-12');
    expect(findTimeExpressions('The ministers met on Saturday.', '2023-01-02')[0]!.value).toBe('2022-12-31');
  });
});

// Patterns run only on sentences holding what they need (a digit, a month name, "ago", ...): the
// case-blind ones must still see their words in any case, the digit ones any digits.
describe('the cheap tests before each pattern keep every match', () => {
  const CASED: Array<[string, string, string | null]> = [
    ['THE MINISTRY SAID YESTERDAY THAT TALKS HAD FAILED.', 'YESTERDAY', '2022-07-14'],
    ['The ship sank Three Days AGO.', 'Three Days AGO', '2022-07-12'],
    ['Rebels attacked the town Last Night.', 'Last Night', '2022-07-14'],
    ['Inflation rose LAST MONTH.', 'LAST MONTH', '2022-06'],
    ['The talks resume This Morning.', 'This Morning', '2022-07-15'],
    ['The company was founded IN 1994.', 'IN 1994', '1994'],
    ['The ceasefire began on 3 July.', '3 July', '2022-07-03'],
    ['It was signed on July 3.', 'July 3', '2022-07-03'],
    ['It was signed in 2022-07-03 at noon.', '2022-07-03', '2022-07-03'],
  ];
  it.each(CASED)('%s', (sentence, text, value) => {
    const found = findTimeExpressions(sentence, FRIDAY);
    const hit = found.find((f) => f.text === text || f.text.endsWith(text));
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.value).toBe(value);
  });
  it('a sentence without digits, month names or time words has none', () => {
    expect(findTimeExpressions('The ministers met the rebels in the capital.', FRIDAY)).toEqual([]);
  });
});
