// Calibration and thresholds chosen by cross-validation on the training data (the
// development data is then only measured), the second feature set and the models
// that predate it, and training sentences read as run time reads them.
import { describe, expect, it } from 'vitest';
import { loadStages } from '../../../../src/pipeline/analyze.ts';
import { NO_KNOWLEDGE } from '../../../../src/pipeline/relate/knowledge.ts';
import { articleSentences } from '../../../../src/pipeline/relate/learned.ts';
import { labelledSentences, type Conll04Item } from '../../../../src/pipeline/relate/classifier/conll04.ts';
import { examplesOf, RelationClassifier } from '../../../../src/pipeline/relate/classifier/classify.ts';
import { FeatureSink, pairFeatures, SentenceFeatures, stemOf, type PairSentence } from '../../../../src/pipeline/relate/classifier/features.ts';
import { encodeRelationModel } from '../../../../src/pipeline/relate/classifier/model.ts';
import { RELATION_TYPES } from '../../../../src/pipeline/relate/classifier/labels.ts';
import { trainOnConll04 } from '../../../../src/pipeline/relate/classifier/train-conll04.ts';
import { TINY_CONLL04 } from './fixture.ts';

// every item twice, items i and i + 10 in different folds (group mod 3): each held-out item has its copy in training
const TWICE = [...TINY_CONLL04, ...TINY_CONLL04];
const train = (dev: Conll04Item[] | null, extra: { targetPrecision?: number } = {}) =>
  trainOnConll04(TWICE, dev, {}, NO_KNOWLEDGE, { epochs: 6, seed: 3, bags: 2, folds: 3, minConfidence: 0, ...extra });

describe('cross-validated calibration', () => {
  const withDev = train(TINY_CONLL04);

  it('is deterministic, and the development data only measures: another dev file gives the same weights and thresholds', () => {
    expect(encodeRelationModel(train(TINY_CONLL04).model).equals(encodeRelationModel(withDev.model))).toBe(true);
    const other = train(TINY_CONLL04.slice(0, 4)).model, noDev = train(null).model;
    for (const m of [other, noDev]) {
      expect(m.calibration).toEqual(withDev.model.calibration);
      expect(m.typeMinConfidence).toEqual(withDev.model.typeMinConfidence);
      expect(Buffer.from(m.table.slots.buffer).equals(Buffer.from(withDev.model.table.slots.buffer))).toBe(true);
    }
    expect(withDev.model.info).toMatchObject({ folds: 3, featureSet: 2 });
    expect(withDev.report.dev!.all.gold).toBe(9);
  });

  it('fits each type its own threshold on the held-out decisions, and they read the training data again', () => {
    expect(withDev.report.typeThresholds).toHaveLength(RELATION_TYPES.length);
    for (const t of withDev.report.typeThresholds!) expect(t).toBeGreaterThanOrEqual(0);
    // each item has a copy in another fold: the held-out decisions find the relations
    expect(withDev.report.crossValidated!.all.gold).toBe(18);
    expect(withDev.report.crossValidated!.all.tp).toBeGreaterThanOrEqual(16);
    // larger margins are right more often on the held-out decisions, so confidence grows with the margin
    for (const c of withDev.model.calibration) expect(c.a).toBeGreaterThan(0);
    expect(withDev.report.dev!.all).toMatchObject({ tp: 9, gold: 9, f: 1 });
  });

  it('a target precision only raises thresholds', () => {
    const strict = train(TINY_CONLL04, { targetPrecision: 1 }).model;
    strict.typeMinConfidence.forEach((t, k) => expect(t).toBeGreaterThanOrEqual(withDev.model.typeMinConfidence[k]!));
  });
});

describe('feature sets', () => {
  it.each([
    ['killed', 'kill'], ['killing', 'kill'], ['kills', 'kill'], ['assassination', 'assassin'], ['workers', 'work'],
    ['of', 'of'], ['news', 'news'], ['based', 'bas'], ['bus', 'bus'],
  ])('stemOf(%s) = %s', (w, stem) => expect(stemOf(w)).toBe(stem));

  const sentence: PairSentence = {
    words: ['Anna', 'Berg', 'of', 'Oslo', 'was', 'killed'],
    mentions: [{ start: 0, end: 2, coarse: 0, fine: 'person' }, { start: 3, end: 4, coarse: 2, fine: 'city' }],
    syntax: { head: [-1, 0, 3, 0, 5, 0], deprel: ['root', 'flat', 'case', 'nmod', 'aux:pass', 'acl'], upos: ['PROPN', 'PROPN', 'ADP', 'PROPN', 'AUX', 'VERB'] },
  };
  const feats = (extended: boolean) => { const out = new FeatureSink(); pairFeatures(new SentenceFeatures(sentence, extended), 0, 1, out); return Array.from(out.hashes.subarray(0, out.length)); };

  it('set 2 keeps every feature of set 1 and adds its own (case markers, stems, word classes on the path)', () => {
    const one = feats(false), two = feats(true);
    expect(two.length).toBeGreaterThan(one.length);
    expect(one.every((h) => two.includes(h))).toBe(true);
  });

  it('a model without a recorded feature set is read with set 1, a model of set 2 with set 2', () => {
    const { model } = train(null);
    const old = new RelationClassifier({ ...model, info: { ...model.info, featureSet: undefined } });
    const now = new RelationClassifier(model);
    expect((old as unknown as { sentence: SentenceFeatures }).sentence.extended).toBe(false);
    expect((now as unknown as { sentence: SentenceFeatures }).sentence.extended).toBe(true);
    // and training writes set 2 features (here, without a parse: whether the gazetteer knows each name)
    const one = examplesOf(labelledSentences(TINY_CONLL04.slice(0, 1)), undefined, 1)[0]!.features;
    const two = examplesOf(labelledSentences(TINY_CONLL04.slice(0, 1)))[0]!.features;
    expect(two.length).toBeGreaterThan(one.length);
    expect(Array.from(one).every((h) => two.includes(h))).toBe(true);
  });

  // the two differ only in the third word after the second name ("his assassin" / "his neighbour")
  const outside = (word: string): PairSentence => ({
    words: ['Anna', 'Berg', 'met', 'Tom', 'Baker', ',', 'his', word, '.'],
    mentions: [{ start: 0, end: 2, coarse: 0, fine: 'person' }, { start: 3, end: 5, coarse: 0, fine: 'person' }],
  });
  const featsOf = (s: PairSentence, set: number) => { const out = new FeatureSink(); pairFeatures(new SentenceFeatures(s, set), 0, 1, out); return Array.from(out.hashes.subarray(0, out.length)); };

  it('set 3 keeps every feature of set 2 and sees a trigger word just outside the pair, which set 2 cannot', () => {
    const two = featsOf(sentence, 2), three = featsOf(sentence, 3);
    expect(three.length).toBeGreaterThan(two.length);
    expect(two.every((h) => three.includes(h))).toBe(true);
    expect(featsOf(outside('assassin'), 2)).toEqual(featsOf(outside('neighbour'), 2));
    expect(featsOf(outside('assassin'), 3)).not.toEqual(featsOf(outside('neighbour'), 3));
  });

  it('a model trained with set 3 records it, is read with set 3, and the same data and seed write the same bytes', () => {
    const three = () => trainOnConll04(TWICE, null, {}, NO_KNOWLEDGE, { epochs: 4, seed: 3, bags: 2, folds: 3, minConfidence: 0, featureSet: 3 }).model;
    const model = three();
    expect(model.info).toMatchObject({ featureSet: 3 });
    expect(encodeRelationModel(three()).equals(encodeRelationModel(model))).toBe(true);
    expect((new RelationClassifier(model) as unknown as { sentence: SentenceFeatures }).sentence.featureSet).toBe(3);
    // and its weights are not those of a set 2 model of the same data
    const two = trainOnConll04(TWICE, null, {}, NO_KNOWLEDGE, { epochs: 4, seed: 3, bags: 2, folds: 3, minConfidence: 0 }).model;
    expect(two.info).toMatchObject({ featureSet: 2 });
    expect(Buffer.from(model.table.slots.buffer).equals(Buffer.from(two.table.slots.buffer))).toBe(false);
  });
});

describe('training sentences read as run time reads them', async () => {
  const stages = await loadStages({ relationModel: false });
  const read = (seg: Parameters<typeof articleSentences>[0]) => articleSentences(seg, stages.resolve(seg, stages.recognize(seg, stages.tag(seg))), stages.parse(seg));
  // two sentences in one item: the segmenter splits them, and the relation across them is no pair
  const tok = (text: string) => text.split(' ');
  const words = tok('Maria Lopez works for the World Bank . John Smith lives in Oslo .');
  const tags = ['B-Peop', 'L-Peop', 'O', 'O', 'O', 'B-Org', 'L-Org', 'O', 'B-Peop', 'L-Peop', 'O', 'O', 'U-Loc', 'O'];
  const item: Conll04Item = { tokens: words, tags, relations: [{ head: 0, tail: 1, type: 'Work_For' }, { head: 2, tail: 3, type: 'Live_In' }, { head: 0, tail: 3, type: 'Live_In' }] };

  it('one labelled sentence per sentence of the segmenter, labelled where the names overlap gold ones', () => {
    const ls = labelledSentences([item], { read }, 'predicted');
    expect(ls).toHaveLength(2);
    expect(ls.every((x) => x.names === 'recognised' && x.item === 0)).toBe(true);
    const pairs = ls.map((x) => { const n = x.sentence.mentions.length; const out: string[] = []; for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (x.gold[a * n + b]) out.push(`${x.sentence.words.slice(x.sentence.mentions[a]!.start, x.sentence.mentions[a]!.end).join(' ')}|${x.sentence.words.slice(x.sentence.mentions[b]!.start, x.sentence.mentions[b]!.end).join(' ')}`); return out; });
    expect(pairs).toEqual([['Maria Lopez|World Bank'], ['John Smith|Oslo']]);
    // Maria Lopez lives in Oslo is stated across the two sentences: counted once, as unreachable Live_In
    expect(ls.reduce((a, x) => a + x.unreachable, 0)).toBe(1);
    expect(ls[0]!.unreachableByType).toEqual([0, 1, 0, 0, 0]);
  });

  it('a wire dateline\'s names are not read', () => {
    const dl: Conll04Item = { tokens: tok('BANGKOK, Thailand (AP) - John Smith works for the World Bank.'), tags: ['U-Loc', 'U-Loc', 'U-Org', 'O', 'B-Peop', 'L-Peop', 'O', 'O', 'O', 'B-Org', 'L-Org'], relations: [{ head: 2, tail: 0, type: 'OrgBased_In' }, { head: 3, tail: 4, type: 'Work_For' }] };
    const ls = labelledSentences([dl], { read }, 'predicted');
    const names = ls.flatMap((x) => x.sentence.mentions.map((m) => x.sentence.words.slice(m.start, m.end).join(' ')));
    expect(names).not.toContain('AP');
    expect(names).toContain('John Smith');
    // the agency based in the dateline's city is no pair: counted as unreachable
    expect(ls.reduce((a, x) => a + x.unreachableByType[3]!, 0)).toBe(1);
  });
});
