// One real thing, one node, across a corpus of short articles written here (shipped tagger
// included): short forms of a person join the one full name they fit unless roles or
// countries say otherwise; labels are the most complete name; same-named entities are
// told apart in their labels; what stays uncertain is listed as a suggestion.
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusGraph } from '../helpers/analyze.ts';
import { suggestMerges } from '../../src/query/index.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

const nodeOf = (g: KnowledgeGraph, label: string) => g.filterNodes((_, a) => a.label === label);

describe('people across articles', () => {
  let g: KnowledgeGraph;
  beforeAll(async () => {
    g = await corpusGraph([
      'Russian President Boris Yeltsin returned to the Kremlin on Monday.',
      'B. Yeltsin signed the decree, the Kremlin said.',
      'Mr Yeltsin, 65, met the Chinese premier on Tuesday.',
      'John Howard, the prime minister of Australia, said on Monday the election would be held in March.',
      'Michael Howard, the home secretary of Britain, said on Tuesday that prison numbers had risen.',
      'Howard, the prime minister of Australia, told reporters in Canberra that the tax would stay.',
      'Howard, the home secretary of Britain, told parliament that prisons were full.',
      'Mark Waugh scored a century at Lord\'s on Friday.',
      'S. Waugh took two wickets before lunch.',
    ]);
  });

  it('initials, a surname and a title with the surname join the one full name, each with its reason', () => {
    const [id] = nodeOf(g, 'Boris Yeltsin');
    expect(g.getNodeAttribute(id!, 'documents').sort()).toEqual(['doc0', 'doc1', 'doc2']);
    const merges = g.getNodeAttribute(id!, 'merges')!;
    expect(merges).toContainEqual(expect.objectContaining({ alias: 'B. Yeltsin', rule: 'initials across articles', doc: 'doc1' }));
    expect(merges).toContainEqual(expect.objectContaining({ alias: 'Yeltsin', rule: 'surname across articles', doc: 'doc2' }));
    expect(g.filterNodes((_, a) => /Yeltsin/.test(a.label))).toEqual([id]);
  });

  it('two people with one surname stay apart, and each surname goes to the one whose country and role fit', () => {
    const [john] = nodeOf(g, 'John Howard');
    const [michael] = nodeOf(g, 'Michael Howard');
    expect(john).toBeDefined();
    expect(michael).toBeDefined();
    expect(g.getNodeAttribute(john!, 'documents').sort()).toEqual(['doc3', 'doc5']);
    expect(g.getNodeAttribute(michael!, 'documents').sort()).toEqual(['doc4', 'doc6']);
    expect(nodeOf(g, 'Howard')).toEqual([]);
  });

  it('a family name written first joins the one full name it opens when a role agrees; one that opens several stays apart, as a suggestion', async () => {
    const h = await corpusGraph([
      'Li Peng, the premier of China, met the visitors in Beijing on Monday.',
      'The economy will grow, Li, the premier of China, told reporters in Shanghai on Tuesday.',
      'Lisa Raymond won in straight sets on Monday.',
      'Lisa said she was tired after the match.',
      'North Korean leader Kim Jong Il and his aide Kim Yong Nam visited Pyongyang.',
      'Kim said the harvest in Pyongyang was poor.',
    ]);
    expect(h.getNodeAttribute('person:li-peng', 'merges')).toContainEqual(expect.objectContaining({ alias: 'Li', rule: 'family name across articles', doc: 'doc1' }));
    expect(nodeOf(h, 'Li')).toEqual([]);
    // a given name alone, with nothing to back it, is left as it is
    expect(nodeOf(h, 'Lisa')).toHaveLength(1);
    expect(nodeOf(h, 'Kim')).toEqual(['person:kim']);
    expect(suggestMerges(h, { node: 'person:kim' }).map((x) => [x.into.label, x.rule])).toEqual([['Kim Jong Il', 'family-name'], ['Kim Yong Nam', 'family-name']]);
  });

  it('initials of another given name do not join', () => {
    expect(nodeOf(g, 'Mark Waugh')).toHaveLength(1);
    expect(nodeOf(g, 'S. Waugh')).toHaveLength(1);
  });
});

describe('labels', () => {
  it('a country goes by its name, not the shortening an article uses', async () => {
    const g = await corpusGraph(['America and Canada signed the deal in Ottawa. America will cut tariffs.']);
    expect(g.getNodeAttribute('country:US', 'label')).toBe('United States');
    expect(g.getNodeAttribute('country:US', 'aliases')).toContain('America');
  });

  it('a state named in full in one article and shortly in another is one country node', async () => {
    const g = await corpusGraph(['The Federal Republic of Yugoslavia signed the accord on Friday.', 'Yugoslavia and Croatia agreed to open embassies.']);
    expect(g.filterNodes((_, a) => /Yugoslavia/.test(a.label))).toEqual(['country:YUCS']);
    expect(g.getNodeAttributes('country:YUCS')).toMatchObject({ label: 'Yugoslavia', type: 'country' });
  });

  it('a company named with and without its legal form is one node, labelled as the gazetteer names it', async () => {
    const g = await corpusGraph(['Microsoft Corp said profits rose. Analysts praised the results.', 'Shares in Microsoft fell on Friday as analysts worried.']);
    expect(g.filterNodes((_, a) => a.type === 'organization')).toEqual(['org:microsoft']);
    expect(g.getNodeAttribute('org:microsoft', 'label')).toBe('Microsoft');
  });

  it('entities that share a name are qualified: "Foreign Ministry (Ukraine)", "Foreign Ministry (Russia)"', async () => {
    const g = await corpusGraph(["Ukraine's Foreign Ministry said the talks had failed.", "Russia's Foreign Ministry said the talks would go on."]);
    expect(g.getNodeAttribute('org:ua-foreign-ministry', 'label')).toBe('Foreign Ministry (Ukraine)');
    expect(g.getNodeAttribute('org:ru-foreign-ministry', 'label')).toBe('Foreign Ministry (Russia)');
    // the plain name still finds both
    expect(g.getNodeAttribute('org:ru-foreign-ministry', 'aliases')).toContain('Foreign Ministry');
  });
});

describe('suggestions', () => {
  const CORPUS = [
    'President Bill Clinton signed the bill in Washington on Monday.',
    'Hillary Clinton visited a school in Chicago on Tuesday.',
    'Clinton told reporters the economy was strong.',
    'Hillary Rodham Clinton spoke in Chicago about health care.',
    'George W. Bush spoke in Texas on Friday.',
    'George H.W. Bush visited Maine in July.',
    'George Bush arrived in Texas on Monday.',
  ];

  it('a name without its middle name joins the one fuller name; what several names fit stays apart', async () => {
    const g = await corpusGraph(CORPUS);
    expect(g.getNodeAttribute('person:hillary-rodham-clinton', 'merges')).toContainEqual(expect.objectContaining({ alias: 'Hillary Clinton', rule: 'middle name across articles' }));
    expect(g.filterNodes((_, a) => a.type === 'person').sort()).toEqual([
      'person:bill-clinton', 'person:clinton', 'person:george-bush', 'person:george-hw-bush', 'person:george-w-bush', 'person:hillary-rodham-clinton',
    ]);
  });

  it('lists what stays uncertain, ranked, with evidence for and against', async () => {
    const g = await corpusGraph(CORPUS);
    const s = suggestMerges(g);
    expect(s.map((x) => [x.from.label, x.into.label, x.rule])).toEqual([
      ['George Bush', 'George W. Bush', 'middle-name'], // a shared neighbour (Texas) ranks it first
      ['Clinton', 'Bill Clinton', 'surname'],
      ['Clinton', 'Hillary Rodham Clinton', 'surname'],
      ['George Bush', 'George H.W. Bush', 'middle-name'],
    ]);
    expect(s[0]!.for).toEqual(['"George Bush" is "George W. Bush" without a middle name', '1 shared neighbour: Texas']);
    expect(s[0]!.against).toEqual(['"George Bush" also fits "George H.W. Bush"']);
    expect(s[0]!.command).toBe('kg merge person:george-bush person:george-w-bush');
    // one entity's pairs only
    expect(suggestMerges(g, { node: 'person:bill-clinton' }).map((x) => x.from.id)).toEqual(['person:clinton']);
  });

  it('a contradiction counts against: the same title held in two countries', async () => {
    const g = await corpusGraph([
      'John Smith, the ambassador of Australia, arrived in Jakarta.',
      'Smith, the ambassador of Canada, left Jakarta on Friday.',
    ]);
    expect(nodeOf(g, 'Smith')).toHaveLength(1);
    const [s] = suggestMerges(g);
    expect(s).toMatchObject({ from: { label: 'Smith' }, into: { label: 'John Smith' } });
    expect(s!.against).toContain('contradicting ambassador of Canada / Australia');
  });
});
