// The question engine on a realistic hand-built graph: each question form, the
// direction of verb questions, negated statements, ties, unknown names and
// questions it cannot parse.
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from './fixture-graph.ts';
import { ask, QuestionError, UnknownEntityError, QUESTION_FORMS } from '../../src/query/index.ts';

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
    expect(a.text.split('\n')[0]).toMatch(/connected to 31 person entities: .* and 11 more\.$/);
    expect(a.entities).toHaveLength(31);
    expect(a.relations).toHaveLength(5);
    expect(a.truncated).toBe(true);
  });
});
