// The places index kept in the model cache (src/pipeline/gazetteer/kept-index.ts): a start reads
// the index an earlier build kept for the same sources, and answers as a build; an entry kept for
// other sources (a changed file under gazetteer/), damaged, or of another shape is never read as an
// index: the index is built and kept again. Fresh copies of the modules stand for new processes,
// on a cache folder of this test's own (KG_MODEL_CACHE).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Gazetteer = typeof import('../../../src/pipeline/gazetteer/index.ts');
type Kept = typeof import('../../../src/pipeline/gazetteer/kept-index.ts');
const fresh = async (): Promise<{ gazetteer: Gazetteer; kept: Kept }> => {
  vi.resetModules();
  return { gazetteer: await import('../../../src/pipeline/gazetteer/index.ts'), kept: await import('../../../src/pipeline/gazetteer/kept-index.ts') };
};

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-kept-places-'));
let before: string | undefined;
beforeAll(() => { before = process.env.KG_MODEL_CACHE; process.env.KG_MODEL_CACHE = DIR; });
afterAll(() => {
  if (before === undefined) delete process.env.KG_MODEL_CACHE; else process.env.KG_MODEL_CACHE = before;
  fs.rmSync(DIR, { recursive: true, force: true });
});

const entryFile = () => {
  const names = fs.readdirSync(DIR).filter((f) => /places-index.*\.bin$/.test(f));
  expect(names).toHaveLength(1);
  return path.join(DIR, names[0]!);
};
const PLACES = ['Paris', 'Georgia', 'New York', 'Kiev', 'Hong Kong', 'Springfield', 'The Hague'];
const answers = (g: Gazetteer) => ({
  places: PLACES.map((p) => g.lookupPlaceCandidates(p)),
  demonyms: ['German', 'Welsh'].map((w) => g.lookupDemonym(w)),
  capitals: ['FR', 'JP'].map((iso) => g.capitalOf(iso)),
  continues: ['new', 'buenos', 'paris'].map((w) => g.placeNameContinues(w)),
});
/** A kept entry whose France is renamed: a start that shows the name read the entry. */
const tampered = (kept: Kept, key: string) => {
  const value = kept.decodeKept(fs.readFileSync(entryFile()), kept.sourcesKey()) as { index: { byId: Map<string, { name: string }> } };
  value.index.byId.get('country:FR')!.name = 'Tampered France';
  return kept.encodeKept(key, value);
};

describe('the kept places index', () => {
  it('is kept by a build and read by the next start, which answers as the build', async () => {
    const first = await fresh();
    first.gazetteer.loadGazetteer();
    const built = answers(first.gazetteer);
    expect(fs.statSync(entryFile()).size).toBeGreaterThan(100_000);
    const next = await fresh();
    expect(answers(next.gazetteer)).toEqual(built);
    // the capital reached by its id is the entry the capitals index holds, as after a build
    const capital = next.gazetteer.capitalOf('FR')!;
    expect(next.gazetteer.entryById(capital.id)).toBe(capital);
    // and it was read, not built: an entry changed under the same key shows
    fs.writeFileSync(entryFile(), tampered(next.kept, next.kept.sourcesKey()));
    const reader = await fresh();
    expect(reader.gazetteer.countryByCode('FR')!.name).toBe('Tampered France');
  });

  it('is built again over an entry kept for other sources, a damaged one, or one of another shape', async () => {
    const { kept } = await fresh();
    const key = kept.sourcesKey();
    for (const bytes of [tampered(kept, 'another key'), Buffer.from('not an entry'), kept.encodeKept(key, { index: {} })]) {
      fs.writeFileSync(entryFile(), bytes);
      const start = await fresh();
      expect(start.gazetteer.countryByCode('FR')!.name).toBe('France');
      expect(start.kept.decodeKept(fs.readFileSync(entryFile()), key), 'kept again for these sources').toMatchObject({ index: { byId: expect.any(Map) } });
    }
  });

  it('has a key that changes with any file under the gazetteer folder', () => {
    const folder = fs.mkdtempSync(path.join(DIR, 'sources-'));
    fs.mkdirSync(path.join(folder, 'data'));
    fs.writeFileSync(path.join(folder, 'data', 'a.tsv'), 'x');
    return fresh().then(({ kept }) => {
      const a = kept.sourcesKey(folder);
      expect(kept.sourcesKey(folder)).toBe(a);
      fs.writeFileSync(path.join(folder, 'data', 'a.tsv'), 'xy');
      expect(kept.sourcesKey(folder)).not.toBe(a);
    });
  });
});
