import { describe, expect, it } from 'vitest';
import { gazetteerKnowledge } from '../../../src/pipeline/relate/gazetteer-knowledge.ts';
import { entryById, lookupPlace } from '../../../src/pipeline/gazetteer/index.ts';
import { DISPUTED_TERRITORIES } from '../../../src/pipeline/relate/data/disputed.ts';
import { relate } from '../../../src/pipeline/relate/index.ts';
import { build } from './helpers.ts';

const k = gazetteerKnowledge();

describe('relate reads demonyms and containment from the gazetteer', () => {
  it.each([
    ['Ukrainian', 'country:UA'],
    ['Russian', 'country:RU'],
    ['French', 'country:FR'],
  ])('demonym %s -> %s', (word, id) => {
    expect(k.demonym(word)?.id).toBe(id);
  });

  it('a word that is not a demonym gives nothing', () => {
    expect(k.demonym('minister')).toBeUndefined();
  });

  it('a city is contained (eventually) in its country', () => {
    const odesa = lookupPlace('Odesa').find((e) => e.type === 'city')!;
    expect(k.containers(odesa.id)).toContain('country:UA');
  });

  it('relate() uses it by default: an unlinked demonym and gazetteer containment', () => {
    const odesa = lookupPlace('Odesa').find((e) => e.type === 'city')!;
    const { seg, resolved } = build('Ukrainian officials met in Odesa. Ukraine condemned Russia.', [
      ['Ukraine', 'ukraine', 'country', { gazetteerId: 'country:UA' }],
      ['Russia', 'russia', 'country', { gazetteerId: 'country:RU' }],
      ['Odesa', 'odesa', 'city', { gazetteerId: odesa.id }],
    ]);
    const typed = relate(seg, resolved).filter((r) => r.kind !== 'cooccurrence').map((r) => `${r.source} -${r.predicate}-> ${r.target}`);
    expect(typed).toContain('odesa -located in-> ukraine');
    expect(typed).toContain('ukraine -condemned-> russia');
    // "Ukrainian" was linked to the Ukraine entity: it co-occurs with Odesa
    expect(relate(seg, resolved).some((r) => r.kind === 'cooccurrence' && r.source === 'ukraine' && r.target === 'odesa')).toBe(true);
  });
});

describe('disputed territories are never placed by the gazetteer', () => {
  it('every listed territory is a gazetteer entry, with a reason', () => {
    for (const t of DISPUTED_TERRITORIES) {
      expect(entryById(t.id), t.id).toBeDefined();
      expect(t.reason.length, t.id).toBeGreaterThan(10);
    }
  });

  it.each(DISPUTED_TERRITORIES.map((t) => [t.name, t.id]))('%s (%s) has no container', (_name, id) => {
    expect(k.containers(id)).toEqual([]);
  });

  it.each([
    // [place, what it may lie in, what it must not be placed in through the disputed territory]
    ['Yalta', 'region:UA-43', 'country:UA'],
    ['Srinagar', 'region:IN-JK', 'country:IN'],
    ['Donetsk', 'region:UA-14', 'country:UA'],
  ])('%s lies in the disputed territory, and no further', (name, inside, beyond) => {
    const city = lookupPlace(name).find((e) => e.type === 'city');
    if (!city) return expect.unreachable(`${name} is not in the gazetteer`);
    const chain = k.containers(city.id);
    expect(chain).toContain(inside);
    expect(chain).not.toContain(beyond);
  });

  it('an undisputed region still reaches its country', () => {
    const lviv = lookupPlace('Lviv').find((e) => e.type === 'city')!;
    expect(k.containers(lviv.id)).toContain('country:UA');
  });
});
