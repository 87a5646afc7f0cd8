// A thread that adopts the gazetteer another thread built (kg extract and kg ingest on two
// threads: the helper posts it, the main thread adopts it) must answer every look-up as the
// thread that built it, and share the entries the builder shared (a city reached as a capital and
// by its id is one entry). Two fresh copies of the module stand for the two threads; the snapshot
// crosses between them by structured clone, as postMessage sends it.
import { describe, expect, it, vi } from 'vitest';

type Gazetteer = typeof import('../../../src/pipeline/gazetteer/index.ts');
const fresh = async (): Promise<Gazetteer> => {
  vi.resetModules();
  return import('../../../src/pipeline/gazetteer/index.ts');
};

const PLACES = ['Paris', 'Georgia', 'New York', 'Kiev', 'Washington', 'Hong Kong', 'Panama City', 'N. Korea', 'St Lucia', 'Donetsk Oblast', 'Springfield', 'The Hague', 'Black Sea'];

describe('adoptGazetteer', () => {
  it('answers as the thread that built the gazetteer, on the entries it posted', async () => {
    const builder = await fresh();
    builder.loadGazetteer();
    const snapshot = structuredClone(builder.gazetteerSnapshot());
    const adopter = await fresh();
    adopter.adoptGazetteer(snapshot);

    // the adopter runs on the posted entries, not on a build of its own
    expect(adopter.countryByCode('FR')).toBe(snapshot.index.byId.get('country:FR'));
    for (const name of PLACES) expect(adopter.lookupPlaceCandidates(name), name).toEqual(builder.lookupPlaceCandidates(name));
    for (const word of ['German', 'Americans', 'Welsh', 'North Korean']) expect(adopter.lookupDemonym(word), word).toEqual(builder.lookupDemonym(word));
    for (const name of ['Pyongyang', 'Kiev', 'Delhi']) expect(adopter.countryOfCapital(name), name).toEqual(builder.countryOfCapital(name));
    for (const words of ['new', 'buenos', 'paris']) expect(adopter.placeNameContinues(words), words).toBe(builder.placeNameContinues(words));

    // a capital city reached by its id is the entry the capitals index holds (the posted city entries are adopted with it)
    for (const iso of ['FR', 'JP', 'KE']) {
      const capital = adopter.capitalOf(iso)!;
      expect(capital).toEqual(builder.capitalOf(iso));
      expect(adopter.entryById(capital.id)).toBe(capital);
      expect(adopter.containing(capital.id)).toEqual(builder.containing(capital.id));
    }
  });

  it('leaves a thread that has its own gazetteer with it', async () => {
    const builder = await fresh();
    builder.loadGazetteer();
    const snapshot = structuredClone(builder.gazetteerSnapshot());
    const own = await fresh();
    own.loadGazetteer();
    const before = own.countryByCode('FR');
    own.adoptGazetteer(snapshot);
    expect(own.countryByCode('FR')).toBe(before);
    expect(own.countryByCode('FR')).not.toBe(snapshot.index.byId.get('country:FR'));
  });
});
