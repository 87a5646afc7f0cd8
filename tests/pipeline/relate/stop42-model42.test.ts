// What the CoNLL04 classifier may not read in news (learned.ts with model-vetoes.ts), run through segmentation,
// recognition, resolution and the parse with a stand-in classifier that pairs every person with every organisation
// (Work_For), every organisation with every place (OrgBased_In) and every place with every other place
// (Located_In): a title-case wire dateline, a headline's verb between two names, the other side of an act
// ("against", "told", "ambassador to") and a place given as a bearing's point of reference.
import { describe, expect, it } from 'vitest';

const WORK_FOR = 0, LOCATED_IN = 2, ORG_BASED_IN = 3;

async function reader() {
  const { segment } = await import('../../../src/pipeline/segment.ts');
  const { loadStages } = await import('../../../src/pipeline/analyze.ts');
  const { modelRelations } = await import('../../../src/pipeline/relate/learned.ts');
  const { NO_KNOWLEDGE } = await import('../../../src/pipeline/relate/knowledge.ts');
  const { labelOf, PEOP, ORG, LOC } = await import('../../../src/pipeline/relate/classifier/labels.ts');
  const typeOf = (head: number, tail: number) =>
    head === PEOP && tail === ORG ? WORK_FOR : head === ORG && tail === LOC ? ORG_BASED_IN : head === LOC && tail === LOC ? LOCATED_IN : -1;
  const stub = {
    usesSyntax: true,
    classify: (s: { mentions: ReadonlyArray<{ coarse: number }> }) => {
      const out: Array<{ a: number; b: number; label: number; confidence: number }> = [];
      for (let a = 0; a < s.mentions.length; a++) {
        for (let b = a + 1; b < s.mentions.length; b++) {
          const x = s.mentions[a]!.coarse, y = s.mentions[b]!.coarse;
          const forward = typeOf(x, y), backward = typeOf(y, x);
          if (forward >= 0) out.push({ a, b, label: labelOf(forward, true), confidence: 0.9 });
          else if (backward >= 0) out.push({ a, b, label: labelOf(backward, false), confidence: 0.9 });
        }
      }
      return out;
    },
  } as unknown as Parameters<typeof modelRelations>[3];
  const stages = await loadStages();
  const { findDateline } = await import('../../../src/pipeline/relate/dateline.ts');
  return (text: string) => {
    const seg = segment({ id: 'x', title: null, source: 'x.txt', text });
    const resolved = stages.resolve(seg, stages.recognize(seg, stages.tag(seg)));
    const parsed = stages.parse(seg);
    const entities = new Map(resolved.entities.map((e) => [e.id, e]));
    return modelRelations(seg, resolved.mentions, entities, stub, NO_KNOWLEDGE, () => true, parsed, findDateline(seg))
      .map((f) => `${entities.get(f.source)!.name} -> ${entities.get(f.target)!.name}`);
  };
}

describe('a title-case wire dateline names no end of a model relation', () => {
  it('the agency in brackets is not based in the place before it', async () => {
    const read = await reader();
    const out = read('Harbour strike\n\nPortland (AFP) - Thousands of dock workers at Corvell Shipping walked out on Monday.');
    expect(out.filter((r) => r.startsWith('AFP'))).toEqual([]);
  });
  it('nor with a qualifier after the place', async () => {
    const read = await reader();
    const out = read('Mill closes\n\nSpringfield, Oregon (AP) - The Delmont Paper mill will close in March, the company said.');
    expect(out.filter((r) => r.startsWith('AP ') || r.startsWith('AP -'))).toEqual([]);
  });
});

describe('a headline verb between two names makes them parties of one act', () => {
  it.each([
    ['Kavo Mining sued by Tarnia over river spill\n\nThe company denied the claims.', 'Kavo Mining -> Tarnia'],
    ['Norway signs fishing deal with Halvik Fisheries Group\n\nThe deal runs for ten years.', 'Halvik Fisheries Group -> Norway'],
  ])('%s', async (text, wrong) => {
    const read = await reader();
    expect(read(text)).not.toContain(wrong);
  });
  it('guard: a possessive in a headline still places the company', async () => {
    const read = await reader();
    expect(read("Norway's Equinor to cut 500 jobs\n\nThe company said on Monday it would cut 500 jobs.")).toContain('Equinor -> Norway');
  });
});

describe('the other side of an act is no employer', () => {
  it.each([
    ['Maria Okoye, who scored twice against Dunmore Rovers, was named player of the match.', 'Maria Okoye -> Dunmore Rovers'],
    ['Peter Lund, the head of the port authority, told Nordic Radio that the berths were full.', 'Peter Lund -> Nordic Radio'],
    ['Samir Haddad, a former ambassador to the Arab League, was named foreign minister.', 'Samir Haddad -> Arab League'],
    ['Amina Diallo, who won the Northgate Lending Group award in 2019, was arrested on Monday.', 'Amina Diallo -> Northgate Lending Group'],
    ['Leila Nasser, the deputy minister, said on Twitter that the talks had stalled.', 'Leila Nasser -> Twitter'],
    ['Governor Tom Reyes has shut down the online lenders known as the Northgate Lending Group.', 'Tom Reyes -> Northgate Lending Group'],
  ])('%s', async (text, wrong) => {
    const read = await reader();
    expect(read(text)).not.toContain(wrong);
  });
  it('guard: "worked for" still reads as an employer', async () => {
    const read = await reader();
    expect(read('Maria Okoye, who worked for Dunmore Rovers for a decade, was named coach.')).toContain('Maria Okoye -> Dunmore Rovers');
  });
});

describe('the agent of a passive verb after a place is not seated there', () => {
  it('"X certified by the Y"', async () => {
    const read = await reader();
    expect(read('Lesotho was certified free of measles by the Southern Health Alliance on Monday.')).not.toContain('Southern Health Alliance -> Lesotho');
  });
});

describe('a place given as a bearing\'s point of reference lies outside the other', () => {
  it('"in X, south of Y" puts neither in the other', async () => {
    const read = await reader();
    const out = read('The workers rallied at the plant in Ravenna, south of Venice, on Friday.');
    expect(out).not.toContain('Venice -> Ravenna');
    expect(out).not.toContain('Ravenna -> Venice');
  });
  it('guard: "in X, in Y province" still places X in Y', async () => {
    const read = await reader();
    expect(read('The plant in Ravenna, in Emilia-Romagna, will close.')).toContain('Ravenna -> Emilia-Romagna');
  });
});
