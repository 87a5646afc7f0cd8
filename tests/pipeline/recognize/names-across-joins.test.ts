// Names of unseen news the tagger cuts or types wrong in ways a reader does not: an Arabic name cut at "bin"
// after a title of two words, a lower-case "party" read into a party's name, a name read as an adjective before
// "region", a capital with ", where" after it, a firm of a person's shape after "analyst at", a town's name
// across a possessive. The tagger's reading is given as spans, so each table tests the rule and not the model;
// every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';
import type { Mention } from '../../../src/types.ts';

const shown = (ms: Mention[]) => ms.map((m) => `${m.text}/${m.type}`);

/** [text, tagger spans, mentions expected among the result ("text/type"), mentions that must not be there] */
type Case = [string, Spans, string[], string[]];
const check = ([text, spans, wanted, unwanted]: Case) => {
  const got = shown(mentions(text, spans));
  expect(got).toEqual(expect.arrayContaining(wanted));
  for (const u of unwanted) expect(got).not.toContain(u);
};

describe('"bin", "ibn", "bint" join the names of one person', () => {
  const cases: Case[] = [
    // after a title of two words, the father's name read as a place
    ['The envoy met Crown Prince Faisal bin Turki in the capital on Monday.', [['Prince Faisal', 'PER'], ['Turki', 'LOC']], ['Faisal bin Turki/person'], ['Faisal/person']],
    // the father's and family names read as a body
    ['Officials said Hamdan bin Rashid Al Nahyan opened the port.', [['Hamdan', 'PER'], ['Rashid Al Nahyan', 'ORG']], ['Hamdan bin Rashid Al Nahyan/person'], ['Rashid Al Nahyan/organization']],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('a lower-case kind of body after a party\'s name is no word of it', () => {
  const cases: Case[] = [
    ['She leads the Bright Future party, which won four seats.', [['Bright Future party', 'ORG']], ['Bright Future/organization'], ['Bright Future party/organization']],
    ['Fighters of the Sons of Liberty movement seized the town.', [['Sons of Liberty movement', 'ORG']], ['Sons of Liberty/organization'], []],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('a name read as an adjective before a lower-case "region" or "province" is the division', () => {
  const cases: Case[] = [
    ['Troops were sent to the Nakhon-Thani region after the floods.', [['Nakhon-Thani', 'MISC']], ['Nakhon-Thani/region'], []],
    // guard: a nationality word before "region" stays the country's mark
    ['The Bolivian region of Beni flooded.', [['Bolivian', 'MISC'], ['Beni', 'LOC']], ['Bolivian/country'], ['Bolivian/region']],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('a capital with ", where" after it is the city', () => {
  const cases: Case[] = [
    ['The rebel leader said from Nairobi, where the talks were held, that the truce would hold.', [['Nairobi', 'LOC']], ['Nairobi/city'], ['Nairobi/country']],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('after "analyst at" a name of a person\'s shape is the firm', () => {
  const cases: Case[] = [
    ['"Prices will fall," said an oil analyst at Tan Boon Kheng in Singapore.', [['Tan Boon Kheng', 'PER'], ['Singapore', 'LOC']], ['Tan Boon Kheng/organization'], []],
    ['"It is a bad sign," said Joan Lee, an economist at Kwan Hock Lim in Hong Kong.', [['Joan Lee', 'PER'], ['Kwan Hock Lim', 'PER'], ['Hong Kong', 'LOC']], ['Kwan Hock Lim/organization', 'Joan Lee/person'], []],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('a town\'s name across a possessive is one place', () => {
  const cases: Case[] = [
    ['Most refugees live in camps around Hart\'s Landing, in the north of the province.', [['Hart', 'ORG'], ['Landing', 'ORG']], ["Hart's Landing/location"], ['Hart/organization']],
    ['They moved to Bishop\'s Hollow last year.', [['Bishop', 'ORG'], ['Hollow', 'ORG']], ["Bishop's Hollow/location"], []],
    // guards: a known owner owns what follows; a person's shop is no town
    ['Users in Google\'s Android store complained.', [['Google', 'ORG'], ['Android', 'MISC']], [], ["Google's Android/location"]],
    ['We had lunch at Smith\'s Bakery.', [['Smith', 'PER'], ['Bakery', 'ORG']], [], ["Smith's Bakery/location"]],
  ];
  it.each(cases)('%s', (...c) => check(c));
});
