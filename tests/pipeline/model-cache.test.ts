// The gunzipped-model cache (src/pipeline/model-cache.ts): a parser or recogniser
// loaded from the kept bytes gives exactly what one decoded from the model file gives;
// a changed model file is not served stale bytes; a damaged cache entry falls back to
// the model file; entries of model files gone or changed are dropped at the next save.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARSER_MODEL_PATH, DependencyParser, loadParser, loadParserAsync, parserFromTableBytes, sharedParserTables, TABLES_VARIANT } from '../../src/pipeline/parse/index.ts';
import { decodeModel } from '../../src/pipeline/parse/model.ts';
import { pruneModelCache, readUnzipped, saveUnzipped, unzippedCacheDir } from '../../src/pipeline/model-cache.ts';
import { DEFAULT_MODEL_PATH as NER_MODEL_PATH, loadTagger, TABLE_VARIANT as NER_TABLE_VARIANT } from '../../src/pipeline/ner/index.ts';
import { decodeModel as decodeNerModel } from '../../src/pipeline/ner/model.ts';
import { NerTagger } from '../../src/pipeline/ner/tagger.ts';
import { WeightTable } from '../../src/pipeline/ner/weights.ts';
import { segment } from '../../src/pipeline/segment.ts';
import { DEFAULT_RELATION_MODEL_PATH, loadRelationClassifier } from '../../src/pipeline/relate/classifier/index.ts';
import { decodeRelationModel } from '../../src/pipeline/relate/classifier/model.ts';
import { DEFAULT_NEWS_MODEL_PATH, loadNewsModel } from '../../src/pipeline/relate/news-model/index.ts';
import { decodeNewsModel, decodeUnzippedNewsModel, type NewsModel } from '../../src/pipeline/relate/news-model/model.ts';

/** A news model as comparable values: its header fields, its features in order, and all their weights as one byte string (deep equality over 24k rows is slow). */
function newsFingerprint(m: NewsModel) {
  const rows = [...m.weights.values()];
  return {
    classes: m.classes, allowed: [...m.allowed].map(([k, v]) => [k, [...v]]), threshold: m.threshold, thresholds: m.thresholds, calibration: m.calibration, info: m.info,
    features: Int32Array.from(m.weights.keys()).join(','),
    weights: Buffer.concat(rows.map((r) => Buffer.from(r.buffer, r.byteOffset, r.byteLength))).toString('base64'),
  };
}

const WORDS = ['The', 'German', 'minister', 'met', 'the', 'president', 'of', 'Brazil', 'in', 'Paris', 'on', 'Monday', '.'];
const gz = readFileSync(DEFAULT_PARSER_MODEL_PATH);
const expected = new DependencyParser(decodeModel(gz)).parseWords(WORDS);
const SEG = segment({ id: 'cache', title: null, source: 'cache', text: 'Angela Merkel met Emmanuel Macron in Paris on Monday, the German government said. Siemens and the European Commission welcomed the talks.' });
const nerGz = readFileSync(NER_MODEL_PATH);
const expectedTags = new NerTagger(decodeNerModel(nerGz)).tag(SEG);

describe('gunzipped parser model cache', () => {
  let dir = '';
  const saved = process.env.KG_MODEL_CACHE;
  const copy = (name: string, from = DEFAULT_PARSER_MODEL_PATH) => { const p = path.join(dir, name); copyFileSync(from, p); return p; };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kg-model-cache-'));
    process.env.KG_MODEL_CACHE = path.join(dir, 'cache');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.KG_MODEL_CACHE; else process.env.KG_MODEL_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('a first load keeps the gunzipped bytes; a later load parses the same from them', async () => {
    const model = copy('first.bin.gz');
    expect(readUnzipped(model)).toBeNull();
    expect(loadParser(model).parseWords(WORDS)).toEqual(expected);
    const kept = readUnzipped(model);
    expect(kept && kept.equals(gunzipSync(gz))).toBe(true);
    // another path (its own entry) served from the cache, through the async loader
    const other = copy('second.bin.gz');
    saveUnzipped(other, kept!);
    expect((await loadParserAsync(other)).parseWords(WORDS)).toEqual(expected);
  });

  it('a model file changed since its bytes were kept is read again', () => {
    const model = copy('changed.bin.gz');
    saveUnzipped(model, gunzipSync(gz));
    expect(readUnzipped(model)).not.toBeNull();
    utimesSync(model, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(readUnzipped(model)).toBeNull();
  });

  it('a damaged cache entry falls back to the model file', () => {
    const model = copy('damaged.bin.gz');
    saveUnzipped(model, Buffer.from('KGPAR002 not a model'));
    expect(loadParser(model).parseWords(WORDS)).toEqual(expected);
  });

  it("the parser's run-time tables: kept on a first load, parsed from without the model, not served for a changed model file, ignored when damaged", async () => {
    const model = copy('tables.bin.gz');
    expect(readUnzipped(model, TABLES_VARIANT)).toBeNull();
    expect(loadParser(model).parseWords(WORDS)).toEqual(expected);
    const tables = readUnzipped(model, TABLES_VARIANT);
    expect(tables).not.toBeNull();
    // kept tables are all a load needs: a path whose model file is not a model at all parses from them
    const notAModel = path.join(dir, 'tables-only.bin.gz');
    writeFileSync(notAModel, 'not a parser model');
    saveUnzipped(notAModel, tables!, TABLES_VARIANT);
    expect((await loadParserAsync(notAModel)).parseWords(WORDS)).toEqual(expected);
    // kept tables are read into shared memory, on which another thread's parser runs as well (a parser built from the model has none)
    const shared = sharedParserTables(notAModel);
    expect(shared).toBeInstanceOf(SharedArrayBuffer);
    expect(parserFromTableBytes(Buffer.from(shared!))!.parseWords(WORDS)).toEqual(expected);
    expect(sharedParserTables(model)).toBeNull();
    expect(parserFromTableBytes(Buffer.from('not tables'))).toBeNull();
    // the model file changed since: its tables are not served
    utimesSync(notAModel, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(readUnzipped(notAModel, TABLES_VARIANT)).toBeNull();
    // damaged tables (cut short, or not tables) fall back to the model file
    const cut = copy('tables-cut.bin.gz');
    saveUnzipped(cut, tables!.subarray(0, tables!.length - 8), TABLES_VARIANT);
    expect(loadParser(cut).parseWords(WORDS)).toEqual(expected);
    const other = copy('tables-other.bin.gz');
    saveUnzipped(other, gunzipSync(gz), TABLES_VARIANT);
    expect((await loadParserAsync(other)).parseWords(WORDS)).toEqual(expected);
  });

  it('the recogniser: kept on a first load, the same tags from the kept bytes, a damaged entry ignored', () => {
    expect(expectedTags.length).toBeGreaterThan(3);
    const first = copy('ner-first.bin.gz', NER_MODEL_PATH);
    expect(loadTagger(first).tag(SEG)).toEqual(expectedTags);
    const kept = readUnzipped(first);
    expect(kept && kept.equals(gunzipSync(nerGz))).toBe(true);
    const second = copy('ner-second.bin.gz', NER_MODEL_PATH);
    saveUnzipped(second, kept!);
    expect(loadTagger(second).tag(SEG)).toEqual(expectedTags);
    const damaged = copy('ner-damaged.bin.gz', NER_MODEL_PATH);
    saveUnzipped(damaged, kept!.subarray(0, kept!.length >> 1));
    expect(loadTagger(damaged).tag(SEG)).toEqual(expectedTags);
  });

  it("the recogniser's weight table: kept on a first load, the same tags from the kept table, a damaged table rebuilt", () => {
    const first = copy('ner-table.bin.gz', NER_MODEL_PATH);
    expect(readUnzipped(first, NER_TABLE_VARIANT)).toBeNull();
    expect(loadTagger(first).tag(SEG)).toEqual(expectedTags);
    const table = readUnzipped(first, NER_TABLE_VARIANT);
    expect(table).not.toBeNull();
    // the kept table answers exactly as one built from the model
    const reloaded = WeightTable.fromBytes(table!);
    expect(reloaded).not.toBeNull();
    expect(new NerTagger(decodeNerModel(nerGz), { weights: reloaded! }).tag(SEG)).toEqual(expectedTags);
    // the table's own entry beside the gunzipped model's, and served to another path's load
    expect(readUnzipped(first)!.equals(gunzipSync(nerGz))).toBe(true);
    const second = copy('ner-table-second.bin.gz', NER_MODEL_PATH);
    saveUnzipped(second, table!, NER_TABLE_VARIANT);
    expect(loadTagger(second).tag(SEG)).toEqual(expectedTags);
    // cut short, or a directory that does not end where the rows do (a scan would run past them): not used
    expect(WeightTable.fromBytes(table!.subarray(0, table!.length - 4))).toBeNull();
    const full = Buffer.from(table!);
    const words = full.readInt32LE(12), entries = full.readInt32LE(16);
    full.writeUInt32LE(words + 5, 20 + 4 * (words + entries - 1));
    expect(WeightTable.fromBytes(full)).toBeNull();
    const damaged = copy('ner-table-damaged.bin.gz', NER_MODEL_PATH);
    saveUnzipped(damaged, full, NER_TABLE_VARIANT);
    expect(loadTagger(damaged).tag(SEG)).toEqual(expectedTags);
  });

  it('the relation classifier: kept on a first load, the same model from the kept bytes, a damaged entry ignored', () => {
    const relGz = readFileSync(DEFAULT_RELATION_MODEL_PATH);
    const expectedModel = decodeRelationModel(relGz);
    const first = copy('relations-first.bin.gz', DEFAULT_RELATION_MODEL_PATH);
    expect(readUnzipped(first)).toBeNull();
    expect(loadRelationClassifier(first).model).toEqual(expectedModel);
    const kept = readUnzipped(first);
    expect(kept && kept.equals(gunzipSync(relGz))).toBe(true);
    // kept bytes are all a load needs: a path whose model file is not a model at all loads from them
    const notAModel = path.join(dir, 'relations-kept-only.bin.gz');
    writeFileSync(notAModel, 'not a relation model');
    saveUnzipped(notAModel, kept!);
    expect(loadRelationClassifier(notAModel).model).toEqual(expectedModel);
    const damaged = copy('relations-damaged.bin.gz', DEFAULT_RELATION_MODEL_PATH);
    saveUnzipped(damaged, kept!.subarray(0, kept!.length >> 1));
    expect(loadRelationClassifier(damaged).model).toEqual(expectedModel);
  });

  it('the news relation model: kept on a first load, the same model from the kept bytes, a damaged entry ignored', () => {
    const newsGz = readFileSync(DEFAULT_NEWS_MODEL_PATH);
    const expectedModel = newsFingerprint(decodeNewsModel(newsGz));
    expect(decodeNewsModel(newsGz).weights.size).toBeGreaterThan(1000);
    const first = copy('news-first.bin.gz', DEFAULT_NEWS_MODEL_PATH);
    expect(readUnzipped(first)).toBeNull();
    expect(newsFingerprint(loadNewsModel(first))).toEqual(expectedModel);
    const kept = readUnzipped(first);
    expect(kept && kept.equals(gunzipSync(newsGz))).toBe(true);
    // kept bytes are all a load needs: a path whose model file is not a model at all loads from them
    const notAModel = path.join(dir, 'news-kept-only.bin.gz');
    writeFileSync(notAModel, 'not a news model');
    saveUnzipped(notAModel, kept!);
    expect(newsFingerprint(loadNewsModel(notAModel))).toEqual(expectedModel);
    const damaged = copy('news-damaged.bin.gz', DEFAULT_NEWS_MODEL_PATH);
    saveUnzipped(damaged, kept!.subarray(0, kept!.length - 3));
    expect(newsFingerprint(loadNewsModel(damaged))).toEqual(expectedModel);
    // a copy of the records at an offset that is not 4-aligned reads the same
    const shifted = Buffer.alloc(kept!.length + 1).subarray(1);
    kept!.copy(shifted);
    expect(newsFingerprint(decodeUnzippedNewsModel(shifted))).toEqual(expectedModel);
  });

  it('a save drops the entries no model file matches any more: the model gone or changed since; unrecorded entries once a day old', () => {
    const cache = path.join(dir, 'prune');
    process.env.KG_MODEL_CACHE = cache;
    try {
      const models = path.join(dir, 'prune-models');
      mkdirSync(models);
      const model = (name: string) => { const p = path.join(models, name); writeFileSync(p, name); return p; };
      const kept = model('kept.bin.gz'), gone = model('gone.bin.gz'), changed = model('changed.bin.gz');
      for (const m of [kept, gone, changed]) { saveUnzipped(m, Buffer.from(`bytes of ${m}`)); saveUnzipped(m, Buffer.from(`table of ${m}`), 'table'); }
      // kept by a version of the cache that recorded no model path: one fresh, one two days old
      writeFileSync(path.join(cache, 'old.bin.gz-0123abcd-0123456789ab.bin'), 'unrecorded');
      writeFileSync(path.join(cache, 'new.bin.gz-0123abcd-0123456789ab.bin'), 'unrecorded');
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
      utimesSync(path.join(cache, 'old.bin.gz-0123abcd-0123456789ab.bin'), twoDaysAgo, twoDaysAgo);
      const bins = () => readdirSync(cache).filter((f) => f.endsWith('.bin')).sort();
      expect(bins()).toHaveLength(8);
      rmSync(gone);
      utimesSync(changed, new Date(2001, 0, 1), new Date(2001, 0, 1));
      // nothing goes until the next save
      expect(bins()).toHaveLength(8);
      saveUnzipped(model('new.bin.gz'), Buffer.from('new bytes'));
      expect(bins().filter((f) => f.startsWith('gone.'))).toEqual([]);
      expect(bins().filter((f) => f.startsWith('changed.'))).toEqual([]);
      expect(bins().filter((f) => f.startsWith('old.'))).toEqual([]);
      expect(bins().filter((f) => f.startsWith('new.bin.gz-0123abcd'))).toHaveLength(1);
      expect(readUnzipped(kept)!.toString()).toBe(`bytes of ${kept}`);
      expect(readUnzipped(kept, 'table')!.toString()).toBe(`table of ${kept}`);
      // the gone model's records go with its entries; a changed model's is kept for its next save
      expect(readdirSync(cache).filter((f) => f.startsWith('gone.'))).toEqual([]);
      saveUnzipped(changed, Buffer.from('changed bytes'));
      expect(readUnzipped(changed)!.toString()).toBe('changed bytes');
      expect(bins()).toHaveLength(5);
    } finally {
      process.env.KG_MODEL_CACHE = path.join(dir, 'cache');
    }
  });

  it('the folder is bounded: past the limit the entries used least recently go, whoever kept them; a read marks an entry used', () => {
    const cache = path.join(dir, 'bound');
    process.env.KG_MODEL_CACHE = cache;
    try {
      const models = path.join(dir, 'bound-models');
      mkdirSync(models);
      const model = (name: string) => { const p = path.join(models, name); writeFileSync(p, name); return p; };
      const hoursAgo = (h: number) => new Date(Date.now() - h * 60 * 60 * 1000);
      const entryOf = (m: string) => readdirSync(cache).find((f) => f.startsWith(path.basename(m)) && f.endsWith('.bin'))!;
      // four models of live files, 1000 bytes each, kept 5, 4, 3 and 2 hours ago
      const ms = ['a.bin.gz', 'b.bin.gz', 'c.bin.gz', 'd.bin.gz'].map(model);
      ms.forEach((m, i) => {
        saveUnzipped(m, Buffer.alloc(1000, i));
        utimesSync(path.join(cache, entryOf(m)), hoursAgo(5 - i), hoursAgo(5 - i));
      });
      // and one without a record (an older version of the cache), kept an hour ago
      writeFileSync(path.join(cache, 'old.bin.gz-0123abcd-0123456789ab.bin'), Buffer.alloc(1000));
      utimesSync(path.join(cache, 'old.bin.gz-0123abcd-0123456789ab.bin'), hoursAgo(1), hoursAgo(1));
      // the oldest is read: used now
      expect(readUnzipped(ms[0]!)!.length).toBe(1000);
      pruneModelCache(cache, Date.now(), 2500);
      const left = readdirSync(cache).filter((f) => f.endsWith('.bin')).sort();
      expect(left).toEqual([entryOf(ms[0]!), 'old.bin.gz-0123abcd-0123456789ab.bin']);
      expect(readUnzipped(ms[0]!)!.equals(Buffer.alloc(1000, 0))).toBe(true);
    } finally {
      process.env.KG_MODEL_CACHE = path.join(dir, 'cache');
    }
  });

  it('KG_MODEL_CACHE=0 turns the cache off', () => {
    const before = process.env.KG_MODEL_CACHE;
    process.env.KG_MODEL_CACHE = '0';
    try {
      expect(unzippedCacheDir()).toBeNull();
      expect(readUnzipped(DEFAULT_PARSER_MODEL_PATH)).toBeNull();
    } finally { process.env.KG_MODEL_CACHE = before; }
  });
});
