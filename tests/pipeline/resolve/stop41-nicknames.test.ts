// Stop 41: a person's nickname given after a description of the person ("X, a former police officer known as Y") is
// the person's alias, whatever the tagger read the nickname as. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans } from '../../helpers/spans.ts';

describe('a nickname after a description of the person', () => {
  it('"X, a former police officer known as Y": Y is X', () => {
    const text = 'Rene Dorval, a former police officer known as Hammer who leads a gang alliance, vowed to fight.';
    const es = entitiesFromSpans(text, [['Rene Dorval', 'PER'], ['Hammer', 'ORG']]);
    const rene = es.find((e) => e.name === 'Rene Dorval');
    expect(rene?.aliases).toContain('Hammer');
    expect(es.filter((e) => e.name === 'Hammer')).toEqual([]);
  });
  it('guard: a description naming another name breaks it', () => {
    const text = 'Rene Dorval, a former officer of the Port Authority known as PAX, vowed to fight.';
    const es = entitiesFromSpans(text, [['Rene Dorval', 'PER'], ['Port Authority', 'ORG'], ['PAX', 'ORG']]);
    expect(es.find((e) => e.name === 'Rene Dorval')?.aliases ?? []).not.toContain('PAX');
  });
});
