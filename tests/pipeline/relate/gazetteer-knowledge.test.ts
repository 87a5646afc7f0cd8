import { describe, expect, it } from 'vitest';
import { gazetteerKnowledge } from '../../../src/pipeline/relate/gazetteer-knowledge.ts';
import { lookupPlace } from '../../../src/pipeline/gazetteer/index.ts';
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
