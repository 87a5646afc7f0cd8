// Entity errors of unseen news (first reading of 326-349), stop 40, each rule general. The tagger's reading is given
// as spans (what it said on sentences of the same shape); every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';

const typeOf = (text: string, spans: Spans, name: string) => mentions(text, spans).filter((m) => m.text === name).map((m) => m.type);

describe('a person named beside a title the tagger read as a body or a place', () => {
  const cases: Array<[string, Spans, string]> = [
    // a title in apposition after the name, opened by a possessor's name and "'s" (and long: nine words)
    ['The talks came days after Bo Ren, Laos\'s People\'s Party chief and state president, flew to Hanoi.', [['Bo Ren', 'ORG'], ['Laos', 'LOC'], ["People's Party", 'ORG'], ['Hanoi', 'LOC']], 'Bo Ren'],
    ['The deal was praised by Tam Vo, Acme\'s chief executive, on Friday.', [['Tam Vo', 'ORG'], ['Acme', 'ORG']], 'Tam Vo'],
    // a title in apposition before the name the tagger read as a place
    ['"We are ready," Daewon\'s chief executive, Kwon Min-seo, said on Monday.', [['Daewon', 'ORG'], ['Kwon Min-seo', 'LOC']], 'Kwon Min-seo'],
  ];
  it.each(cases)('%s', (text, spans, name) => {
    expect(typeOf(text, spans, name)).toEqual(['person']);
  });
  const guards: Array<[string, Spans, string, string]> = [
    // a place the gazetteer knows after a title and a comma stays the place
    ['The company\'s chief executive, Paris, said nothing.', [['Paris', 'LOC']], 'Paris', 'city'],
    // a capital in apposition to a description of no person stays the place
    ['Officials met in Vientiane, Laos\'s capital and largest city, on Monday.', [['Vientiane', 'LOC'], ['Laos', 'LOC']], 'Vientiane', 'city'],
  ];
  it.each(guards)('guard: %s', (text, spans, name, type) => {
    expect(typeOf(text, spans, name)).toEqual([type]);
  });
});
