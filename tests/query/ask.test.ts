// The question engine on a realistic hand-built graph: each question form, the
// direction of verb questions, negated statements, ties, unknown names and
// questions it cannot parse.
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from './fixture-graph.ts';
import { AmbiguousEntityError, ask, QuestionError, UnknownEntityError, QUESTION_FORMS } from '../../src/query/index.ts';
import { quoteEvidence } from '../../src/query/relations.ts';

const graph = fixtureGraph();
const labels = (list: { label: string }[]) => list.map((e) => e.label).sort();

describe('ask: question forms', () => {
  it.each([
    ['Who is connected to Kosovo?', 'connections', ['Aleksandar Vučić', 'Serbia', 'Spain', 'Turkey']],
    ['Who is Kosovo connected to?', 'connections', ['Aleksandar Vučić', 'Serbia', 'Spain', 'Turkey']],
    ['Which countries are connected to Kosovo?', 'connections', ['Serbia', 'Spain', 'Turkey']],
    ['Which people are connected to Turkey?', 'connections', ['Hakan Fidan', 'Recep Tayyip Erdoğan']],
    ['Who recognized Kosovo?', 'relation', ['Turkey']],
    ['Who did Turkey recognize?', 'relation', ['Kosovo']],
    ['Who was recognized by Turkey?', 'relation', ['Kosovo']],
    ['Who met Erdogan?', 'relation', ['Aleksandar Vučić', 'José Manuel Albares']],
    ['Who met with Vucic?', 'relation', ['Recep Tayyip Erdoğan']],
    ['Who did Erdoğan meet?', 'relation', ['Aleksandar Vučić', 'José Manuel Albares']],
    ['Who condemned Turkey?', 'relation', ['Serbia']],
    ['Which countries criticized Turkey?', 'relation', ['Serbia']],
    ['Who visited Ankara?', 'relation', ['José Manuel Albares']],
    ['Who is the foreign minister of Spain?', 'role-holder', ['José Manuel Albares']],
    ["Who is Turkey's foreign minister?", 'role-holder', ['Hakan Fidan']],
    ['Who is the president of Serbia?', 'role-holder', ['Aleksandar Vučić']],
    ['Who is the leader of Turkey?', 'role-holder', ['Recep Tayyip Erdoğan']],
    ["What is Albares's role?", 'role-of', ['Spain']],
    ['What is the role of Vucic?', 'role-of', ['Serbia']],
    ['What do Spain and Turkey have in common?', 'common', ['Kosovo', 'NATO']],
    ['Vučić', 'summary', ['Kosovo', 'Recep Tayyip Erdoğan', 'Serbia']],
    ['Tell me about Hakan Fidan', 'summary', ['Turkey']],
    ['Who are the people connected to Turkey?', 'connections', ['Hakan Fidan', 'Recep Tayyip Erdoğan']],
    ['List the countries connected to Kosovo', 'connections', ['Serbia', 'Spain', 'Turkey']],
    ['Which countries is Kosovo connected to?', 'connections', ['Serbia', 'Spain', 'Turkey']],
    ['Who recognized the independence of Kosovo?', 'relation', ['Turkey']],
    ['Which countries have recognised Kosovo?', 'relation', ['Turkey']],
    ['Where is Belgrade?', 'location', ['Serbia']],
    ['Who is the president of the Serbian state?', 'role-holder', ['Aleksandar Vučić']],
    ['Who visited the city of Ankara?', 'relation', ['José Manuel Albares']],
    ['Who condemned the Turkish government?', 'relation', ['Serbia']],
    ['Who is connected to both Spain and Turkey?', 'common', ['Kosovo', 'NATO']],
    ["Who are Vučić's connections?", 'connections', ['Kosovo', 'Recep Tayyip Erdoğan', 'Serbia']],
    ["Vucic's neighbours", 'connections', ['Kosovo', 'Recep Tayyip Erdoğan', 'Serbia']],
    ['Where is Ankara located?', 'location', ['Turkey']],
    ['Who is Hakan Fidan?', 'summary', ['Turkey']],
  ])('%s -> %s %j', (question, form, expected) => {
    const a = ask(graph, question);
    expect(a.form).toBe(form);
    expect(labels(a.entities)).toEqual([...expected].sort());
    expect(a.text.length).toBeGreaterThan(0);
  });

  it('answers a verb question with the evidence sentence of each relation', () => {
    const a = ask(graph, 'Who recognized Kosovo?');
    expect(a.text).toContain('Turkey recognized Kosovo');
    expect(a.text).toContain('"Kosovo declared independence from Serbia in 2008, and Turkey recognized Kosovo the following day."');
    expect(a.evidence.map((e) => e.text)).toContain('Kosovo declared independence from Serbia in 2008, and Turkey recognized Kosovo the following day.');
  });

  it('keeps a negated statement out of the answer but shows it as not asserted', () => {
    const a = ask(graph, 'Who recognized Kosovo?');
    expect(labels(a.entities)).toEqual(['Turkey']);
    expect(a.text).toMatch(/Not asserted as fact:\n {2}Spain recognized Kosovo \(negated\)/);
    const yn = ask(graph, 'Did Spain recognize Kosovo?');
    expect(yn.form).toBe('yes-no');
    expect(yn.text).toMatch(/^Not as a fact/);
    expect(ask(graph, 'Did Turkey recognize Kosovo?').text).toMatch(/^Yes: Turkey recognized Kosovo\./);
  });

  it('is direction-aware: the object of "Who recognized X?" is X, the subject of "Who did X recognize?" is X', () => {
    expect(labels(ask(graph, 'Who recognized Turkey?').entities)).toEqual([]);
    expect(labels(ask(graph, 'Who did Kosovo recognize?').entities)).toEqual([]);
    expect(labels(ask(graph, 'Who did Serbia condemn?').entities)).toEqual(['Turkey']);
  });

  it('answers a path question with every hop, its relation and its evidence, and all tied paths', () => {
    const a = ask(graph, 'How is Albares connected to Turkey?');
    expect(a.form).toBe('path');
    expect(a.paths).toHaveLength(2);
    expect(a.paths.map((p) => p.nodes.map((n) => n.label).join(' > ')).sort()).toEqual([
      'José Manuel Albares > Ankara > Turkey',
      'José Manuel Albares > Recep Tayyip Erdoğan > Turkey',
    ]);
    for (const p of a.paths) for (const h of p.hops) expect(h.relation.evidence[0]!.text.length).toBeGreaterThan(10);
    expect(a.text).toContain('by 2 equally good paths');
    expect(a.text).toContain('José Manuel Albares -[met]-> Recep Tayyip Erdoğan');
  });

  it.each([
    'What connects Albares and Vucic?',
    'How are Albares and Vucic related?',
    'Is Albares connected to Vucic?',
    'path between Albares and Vucic',
  ])('understands the path phrasing "%s"', (q) => {
    const a = ask(graph, q);
    expect(a.form).toBe('path');
    expect(a.paths[0]!.nodes.map((n) => n.label)).toEqual(['José Manuel Albares', 'Recep Tayyip Erdoğan', 'Aleksandar Vučić']);
    expect(a.paths[0]!.hops.map((h) => h.relation.predicate)).toEqual(['met', 'met']);
  });

  it('respects the hop limit', () => {
    const a = ask(graph, 'How is Hakan Fidan connected to Aleksandar Vučić?', { maxHops: 2 });
    expect(a.paths).toEqual([]);
    expect(a.text).toMatch(/No connection .* within 2 hops/);
    expect(ask(graph, 'How is Hakan Fidan connected to Aleksandar Vučić?', { maxHops: 3 }).paths[0]!.hops).toHaveLength(3);
  });

  it('suggests names for an unknown entity instead of failing silently', () => {
    expect(() => ask(graph, 'Who is connected to Kosova?')).toThrow(UnknownEntityError);
    expect(() => ask(graph, 'Who is connected to Kosova?')).toThrow(/did you mean "Kosovo"/);
    expect(() => ask(graph, 'Who recognized Serbai?')).toThrow(/no entity named "Serbai"; did you mean "Serbia"/);
    expect(() => ask(graph, 'Who is the foreign minister of Spian?')).toThrow(/no entity named "Spian"; did you mean "Spain"/);
    expect(() => ask(graph, 'Kosova')).toThrow(/did you mean "Kosovo"/);
  });

  it.each(['Why is the sky blue?', 'When did the war start?', '', '   ?'])('lists the forms it understands for "%s"', (q) => {
    let error: unknown;
    try { ask(graph, q); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(QuestionError);
    expect((error as Error).message).toContain('How is X connected to Y?');
    expect((error as Error).message).not.toContain('\n');
    expect((error as QuestionError).exitCode).not.toBe(0);
  });

  it('rejects an over-long question', () => {
    expect(() => ask(graph, 'Who is connected to ' + 'x'.repeat(600))).toThrow(/at most 500/);
  });

  it('exposes the list of forms for help texts', () => {
    expect(QUESTION_FORMS.length).toBeGreaterThanOrEqual(8);
  });
});

describe('ask never fails with anything but a one-line KgError', () => {
  it('on 2,000 seeded random questions made of question words, names and noise', async () => {
    const { KgError } = await import('../../src/errors.ts');
    const words = ['who', 'what', 'which', 'how', 'is', 'are', 'did', 'connected', 'to', 'and', 'of', 'the', 'countries', 'people',
      'recognized', 'met', 'with', 'in', 'common', 'have', 'role', "'s", 'Turkey', 'Kosovo', 'Vučić', 'Albares', 'Spain', 'Serbia',
      'NATO', '?', '"', '(', '*', '.*', '\\', 'Ã©', '\u0000', '😀', '   ', 'where', 'both', 'by', 'was'];
    let seed = 99;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 2000; i++) {
      const n = 1 + Math.floor(random() * 9);
      const q = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(random() < 0.8 ? ' ' : '');
      try {
        const a = ask(graph, q);
        expect(typeof a.text).toBe('string');
      } catch (e) {
        expect(e, `question ${JSON.stringify(q)}`).toBeInstanceOf(KgError);
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });
});

describe('ask on a hub', () => {
  it('names the first 20 neighbours in the sentence and lists the rest in the data', () => {
    const g = fixtureGraph();
    for (let i = 0; i < 30; i++) {
      g.addNode(`person:p${i}`, { label: `Person Number${i}`, type: 'person', aliases: [], mentions: 1, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
      g.addEdge(`person:p${i}`, 'country:XK', { kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, weight: 1, label: 'co-occurs with', confidence: 0.3, evidence: [] });
    }
    const a = ask(g, 'Which people are connected to Kosovo?', { limit: 5 });
    expect(a.text.split('\n')[0]).toMatch(/connected to 31 people: .* and 11 more\.$/);
    expect(a.entities).toHaveLength(31);
    expect(a.relations).toHaveLength(5);
    expect(a.truncated).toBe(true);
  });
});

describe('ask: names and wording the same everywhere', () => {
  const withLula = () => {
    const g = fixtureGraph();
    g.addNode('person:lula', { label: 'Luiz Inácio Lula da Silva', type: 'person', aliases: [], mentions: 3, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
    g.addNode('country:KP', { label: 'North Korea', type: 'country', aliases: [], mentions: 2, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
    g.addNode('country:KR', { label: 'South Korea', type: 'country', aliases: [], mentions: 1, documents: ['d1'], x: 0, y: 0, size: 1, color: '#000' });
    return g;
  };

  it('finds people by part of their name, as `kg entities` does ("Who is Lula?", "Inacio Lula")', () => {
    const g = withLula();
    expect(ask(g, 'Who is Lula?').subjects.map((s) => s.id)).toEqual(['person:lula']);
    expect(ask(g, 'Tell me about Inacio Lula').subjects.map((s) => s.id)).toEqual(['person:lula']);
    expect(ask(g, 'Lula da Silva').form).toBe('summary');
  });

  it('asks which one when a name fits several entities ("Korea")', () => {
    let error: unknown;
    try { ask(withLula(), 'Who is connected to Korea?'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(AmbiguousEntityError);
    expect((error as Error).message).toMatch(/"Korea" could be "North Korea" or "South Korea"/);
  });

  it.each(['Tell me something interesting', 'Give me the latest news please', 'what else'])(
    '"%s" is a question it does not know (the forms), not an unknown name', (q) => {
      expect(() => ask(graph, q)).toThrow(QuestionError);
    });

  it('a bare unknown name is still an unknown name', () => {
    expect(() => ask(graph, 'Zelensky')).toThrow(UnknownEntityError);
    expect(() => ask(graph, 'Volodymyr Zelensky')).toThrow(/no entity named "Volodymyr Zelensky"/);
  });

  it('lists a pair\'s stated relation and its co-occurrence as one line, the stated one first', () => {
    const g = fixtureGraph();
    const sentence = "Spain's Foreign Minister José Manuel Albares met Turkish President Recep Tayyip Erdoğan in Ankara on Monday.";
    g.addEdgeWithKey('co-albares-es', 'person:albares', 'country:ES', {
      kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, weight: 1, label: 'co-occurs with', confidence: 0.3,
      evidence: [{ doc: 'd1', text: sentence, start: 0, end: sentence.length }],
    });
    const a = ask(g, 'Who is connected to Spain?');
    expect(a.text).toContain('José Manuel Albares -[foreign minister of]-> Spain (role, co-occurring in 1 sentence)');
    expect(a.text).not.toMatch(/Albares -\[co-occurs with\]-> Spain|Spain -\[co-occurs with\]-> José/);
    // The data keeps both relations.
    expect(a.relations.map((r) => r.id)).toEqual(expect.arrayContaining(['co-albares-es']));
    const s = ask(g, 'Spain');
    expect(s.text.match(/Albares -\[/g)).toHaveLength(1);
  });

  it('a summary lists the events the entity took part in, as stated, without negated or hypothetical ones', () => {
    const text = ask(graph, 'Turkey').text;
    expect(text).toMatch(/^Events: (Turkey recognized Kosovo; Serbia condemned Turkey|Serbia condemned Turkey; Turkey recognized Kosovo)\.$/m);
    expect(text).not.toMatch(/^Events:.*would support/m);
  });

  it.each([
    ['Which cities are connected to Spain?', 'No city is connected to Spain.'],
    ['Which people are connected to Belgrade?', 'No person is connected to Belgrade.'],
    ['Which organizations are connected to Belgrade?', 'No organization is connected to Belgrade.'],
    ['Which places are connected to NATO?', 'NATO is connected to 2 places: '],
    ['Which countries are connected to Kosovo?', 'Kosovo is connected to 3 countries: '],
    ['Which people are connected to Turkey?', 'Turkey is connected to 2 people: '],
  ])('%s -> %s', (q, start) => expect(ask(graph, q).text.startsWith(start)).toBe(true));

  it('headings quote the verb as asked, not the lexicon\'s lemma ("criticized" finds "condemned")', () => {
    const a = ask(graph, 'Which countries criticized Turkey?');
    expect(a.text.split('\n')[0]).toBe('Relations to Turkey matching "criticized": Serbia.');
    expect(a.text).toContain('Serbia condemned Turkey');
    expect(ask(graph, 'Who did Turkey recognize?').text.split('\n')[0]).toBe('Relations from Turkey matching "recognize": Kosovo.');
    expect(ask(graph, 'Who condemned Kosovo?').text).toBe('No stated relation to Kosovo matches "condemned".');
  });

  it.each([
    ['Serbia condemned Turkey.', '"Serbia condemned Turkey."'],
    ['"We will not recognise Kosovo," Vučić said.', '“"We will not recognise Kosovo," Vučić said.”'],
    ['Vučić said: "never."', '“Vučić said: "never."”'],
    ['  two\nlines  ', '"two lines"'],
  ])('evidence %j is quoted once: %s', (text, line) => expect(quoteEvidence(text)).toBe(line));
});
