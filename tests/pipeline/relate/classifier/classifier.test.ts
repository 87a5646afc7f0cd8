// The learned relation classifier: training on a tiny CoNLL04-style corpus
// (deterministic, learns what it saw), the model file, and the shipped model
// through the whole pipeline on sentences written for these tests.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages } from '../../../../src/pipeline/analyze.ts';
import { segment } from '../../../../src/pipeline/segment.ts';
import { modelRelations } from '../../../../src/pipeline/relate/learned.ts';
import { loadRelationClassifier } from '../../../../src/pipeline/relate/classifier/index.ts';
import { gazetteerKnowledge } from '../../../../src/pipeline/relate/gazetteer-knowledge.ts';
import { findDateline } from '../../../../src/pipeline/relate/dateline.ts';
import { NO_KNOWLEDGE } from '../../../../src/pipeline/relate/knowledge.ts';
import { labelledSentences, readConll04, Conll04FormatError } from '../../../../src/pipeline/relate/classifier/conll04.ts';
import { RelationClassifier } from '../../../../src/pipeline/relate/classifier/classify.ts';
import { decodeRelationModel, encodeRelationModel, RelationModelFormatError } from '../../../../src/pipeline/relate/classifier/model.ts';
import { labelName } from '../../../../src/pipeline/relate/classifier/labels.ts';
import { trainOnConll04 } from '../../../../src/pipeline/relate/classifier/train-conll04.ts';
import { fitPlatt } from '../../../../src/pipeline/relate/classifier/train.ts';
import { TINY_CONLL04 } from './fixture.ts';

const train = (seed: number, epochs = 6) => trainOnConll04(TINY_CONLL04, TINY_CONLL04, {}, NO_KNOWLEDGE, { epochs, seed, bags: 2 });

describe('training on CoNLL04-style data', () => {
  const { model, report } = train(3);

  it('is deterministic: the same data and seed write the same bytes', () => {
    expect(encodeRelationModel(train(3).model).equals(encodeRelationModel(model))).toBe(true);
  });

  it('the seed only changes the order of the pairs: another seed learns the same data', () => {
    const other = train(4);
    expect(other.report.dev!.all.f).toBe(1);
  });

  it('learns its training data, every type and direction', () => {
    expect(report.dev!.all).toMatchObject({ tp: 9, gold: 9, f: 1 });
    const clf = new RelationClassifier(decodeRelationModel(encodeRelationModel(model)));
    const read = labelledSentences(TINY_CONLL04).map((ls) => clf.classify(ls.sentence).map((d) => `${d.a}-${d.b} ${labelName(d.label)}`));
    expect(read[2]).toEqual(['0-1 Kill>']); // "Ivan Petrov killed Karl Lund"
    expect(read[3]).toEqual(['0-1 Kill<']); // "Karl Lund was killed by Ivan Petrov"
    expect(read[4]).toEqual(['0-1 Live_In>', '0-2 Live_In>', '1-2 Located_In>']);
    expect(read[5]).toEqual([]); // "Ola Dahl met Anna Berg in Oslo": no relation
  });

  it('records how it was trained, and confidences are probabilities', () => {
    const back = decodeRelationModel(encodeRelationModel(model));
    expect(back.info).toMatchObject({ epochs: 6, seed: 3, bags: 2, trainSentences: 10, devSentences: 10 });
    expect(back.minConfidence).toBeGreaterThan(0);
    expect(back.minConfidence).toBeLessThanOrEqual(1);
    const clf = new RelationClassifier(back);
    for (const ls of labelledSentences(TINY_CONLL04)) {
      for (const d of clf.classify(ls.sentence)) {
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('Platt scaling', () => {
  it('maps larger margins to higher probabilities when larger margins are right more often', () => {
    const points: Array<[number, number]> = [];
    for (let m = -5; m <= 5; m++) for (let k = 0; k < 10; k++) points.push([m, k < 5 + m ? 1 : 0]);
    const { a, b } = fitPlatt(points);
    expect(a).toBeGreaterThan(0);
    const p = (m: number) => 1 / (1 + Math.exp(-(a * m + b)));
    expect(p(4)).toBeGreaterThan(0.8);
    expect(p(-4)).toBeLessThan(0.2);
  });
});

describe('CoNLL04 input and model files', () => {
  it.each([
    [{}, /expected a JSON array/],
    [[{ tokens: ['A'], tags: ['U-Peop', 'O'], relations: [] }], /item 0: expected tokens/],
    [[{ tokens: ['A', 'B'], tags: ['U-Peop', 'U-Org'], relations: [{ head: 0, tail: 5, type: 'Work_For' }] }], /item 0: relation .* does not point at two of its 2 entities/],
  ])('%j is refused with a message', (json, message) => {
    expect(() => readConll04(json)).toThrow(Conll04FormatError);
    expect(() => readConll04(json)).toThrow(message);
  });

  it.each([
    ['not gzip', Buffer.from('hello'), /not a gzip file/],
    ['another format', gzipSync(Buffer.from('KGNER002 and more bytes')), /missing the KGREL\d+ header/],
  ])('%s is refused', (_, bytes, message) => {
    expect(() => decodeRelationModel(bytes)).toThrow(RelationModelFormatError);
    expect(() => decodeRelationModel(bytes)).toThrow(message);
  });

  it('a truncated model is refused', () => {
    const raw = gunzipSync(encodeRelationModel(train(1, 1).model));
    expect(() => decodeRelationModel(gzipSync(raw.subarray(0, raw.length - 40)))).toThrow(/truncated|do not match/);
  });
});

describe('the shipped classifier', async () => {
  const stages = await loadStages();
  const classifier = loadRelationClassifier();
  /** What the model alone reads, on the pipeline's own names and parse (no rules). */
  const readModel = (text: string, withDateline = true) => {
    const seg = segment({ id: 'x', title: null, source: 'x.txt', text });
    const resolved = stages.resolve(seg, stages.recognize(seg, stages.tag(seg)));
    const entities = new Map(resolved.entities.map((e) => [e.id, e]));
    const prose = (s: number) => !seg.sentences[s]!.boilerplate && !seg.sentences[s]!.heading;
    return modelRelations(seg, resolved.mentions, entities, classifier, gazetteerKnowledge(), prose, stages.parse(seg), withDateline ? findDateline(seg) : undefined)
      .map((f) => ({ ...f, line: `${entities.get(f.source)!.name} -${f.kind}:${f.predicate}-> ${entities.get(f.target)!.name}` }));
  };
  /** The typed relations of the whole pipeline, rules and model. */
  const read = (text: string) => {
    const a = analyzeArticle({ id: 'x', title: null, source: 'x.txt', text }, stages);
    const name = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.relations.filter((r) => r.kind !== 'cooccurrence').map((r) => ({ ...r, line: `${name.get(r.source)} -${r.kind}:${r.predicate}-> ${name.get(r.target)}` }));
  };

  it.each([
    // CoNLL04's style: wire copy, ages and home towns in commas
    // "Conn." after a town is the state (the recogniser names it)
    ['Marie Ferraro , 50 , of Bethany , Conn. , was shot to death Thursday .', ['Bethany -location:located in-> Connecticut']],
    ['Walter Mears , a reporter for The Associated Press , wrote the story .', ['Walter Mears -affiliation:works for-> The Associated Press']],
    ['Lee Harvey Oswald assassinated President John F. Kennedy in Dallas .', ['Lee Harvey Oswald -event:killed-> John F. Kennedy']],
    // the same in the passive voice
    ['President John F. Kennedy was assassinated by Lee Harvey Oswald in Dallas .', ['Lee Harvey Oswald -event:killed-> John F. Kennedy']],
    // news style, both voices
    ['John Smith, a spokesman for Acme Corp., said the plant would close.', ['John Smith -role:spokesperson of-> Acme Corp.']],
    ['The fire burned near Lowman, Idaho, on Tuesday.', ['Lowman -location:located in-> Idaho']],
    ['Maria Lopez, who works for the World Bank, declined to comment.', ['Maria Lopez -affiliation:works for-> World Bank']],
    ['Carl Jensen killed Tom Baker in 1990.', ['Carl Jensen -event:killed-> Tom Baker']],
    ['Tom Baker was killed by Carl Jensen in 1990.', ['Carl Jensen -event:killed-> Tom Baker']],
  ])('reads on its own: %s', (text, expected) => {
    const found = readModel(text);
    expect(found.map((r) => r.line)).toEqual(expected);
    for (const r of found) {
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.sentences).toEqual([0]);
    }
  });

  it('a killing is an event with a CAMEO assault code; an assassination is 186', () => {
    expect(readModel('Carl Jensen killed Tom Baker in 1990.')[0]!.cameo).toMatch(/^18/);
    expect(readModel('Lee Harvey Oswald assassinated President John F. Kennedy in Dallas .')[0]!.cameo).toBe('186');
  });

  it('a modal between the two names makes the relation hypothetical; words outside them do not', () => {
    const could = readModel('Carl Jensen could have killed Tom Baker in 1990.')[0]!;
    expect(could.line).toBe('Carl Jensen -event:killed-> Tom Baker');
    expect(could.hypothetical).toBe(true);
    const plain = readModel('Anna Berg, who works for Siemens, did not comment.')[0]!;
    expect(plain.line).toBe('Anna Berg -affiliation:works for-> Siemens');
    expect(plain.negated).toBeUndefined();
  });

  it('reads nothing from a boilerplate line, a heading, or the names of a wire dateline', () => {
    expect(readModel('Photo: John Smith, a spokesman for Acme Corp. in Denver')).toEqual([]);
    expect(readModel('Carl Jensen Killed Tom Baker In Denver\n\nThe police were called.')).toEqual([]);
    const dateline = 'BRUSSELS (AP) - The European Union fined Apple on Monday.';
    // CoNLL04 would read "AP based in Brussels" off the dateline; split off as a heading, it is not prose.
    const seg = segment({ id: 'x', title: null, source: 'x.txt', text: dateline });
    expect(seg.sentences[0]!.heading).toBe(true);
    expect(readModel(dateline, false).map((r) => r.line)).not.toContain('AP -location:based in-> Brussels');
    expect(readModel(dateline).map((r) => r.line)).not.toContain('AP -location:based in-> Brussels');
  });

  it('in the pipeline, it reads a heading too (a source line states where the agency is), never a language as a place', () => {
    const text = 'Tokyo Kyodo in English 0712 GMT 3 Mar 94\n\nThe government said on Thursday that talks would resume.';
    expect(segment({ id: 'x', title: null, source: 'x.txt', text }).sentences[0]!.heading).toBe(true);
    expect(read(text).map((r) => `${r.line} ${r.by}`)).toEqual(['Kyodo -location:based in-> Tokyo model']);
    // still nothing from a wire dateline's names
    expect(read('BRUSSELS (AP) - The European Union fined Apple on Monday.').map((r) => r.line).filter((l) => l.startsWith('AP '))).toEqual([]);
  });

  it('reads nothing between a speaker and what the speaker said, and still reads within either', () => {
    // the speaker's phrase holds one name, the clause said the other: the text states no relation between them
    expect(read("Germany's cartel office said on Tuesday it would fine Brenner Logistik 12 million euros.").map((r) => r.line)).toEqual([]);
    expect(readModel('Walter Mears , a reporter for The Associated Press , said the talks had failed .').map((r) => r.line)).toEqual(['Walter Mears -affiliation:works for-> The Associated Press']);
    expect(readModel('The mayor said Walter Mears , a reporter for The Associated Press , had been hurt .').map((r) => r.line)).toEqual(['Walter Mears -affiliation:works for-> The Associated Press']);
  });

  it('in the pipeline, it speaks where no rule reads the pair', () => {
    // ("near Lowman, Idaho," is read by a rule, location-comma; "Lowman, a village in Idaho," by location-apposition-in,
    // which the rule then says instead of the model)
    expect(read('The fire burned near Lowman, a village in Idaho, on Tuesday.').map((r) => `${r.line} ${r.by}`)).toEqual(['Lowman -location:located in-> Idaho rule:location-apposition-in']);
    expect(read('Maria Lopez, who works for the World Bank, declined to comment.').map((r) => `${r.line} ${r.by}`)).toEqual(['Maria Lopez -affiliation:works for-> World Bank model']);
  });

  it('a rule that reads the pair more specifically wins, and the model does not repeat it', () => {
    const rels = read('Lee Harvey Oswald assassinated President John F. Kennedy in Dallas .');
    const pair = rels.filter((r) => r.line.startsWith('Lee Harvey Oswald') && r.line.endsWith('John F. Kennedy'));
    expect(pair).toHaveLength(1);
    expect(pair[0]!.by).toMatch(/^rule:/);
    const role = read('Microsoft chief executive Satya Nadella spoke in Paris.').filter((r) => r.line.startsWith('Satya Nadella') && !r.line.includes('-location:'));
    expect(role.map((r) => r.by)).toEqual([expect.stringMatching(/^rule:/)]);
  });
});
