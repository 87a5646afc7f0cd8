// A wire dateline filed from two places joined by a slash names both places, each a city of its own; the first is where
// the story stands. Through the whole analysis as `kg extract` runs it; datelines written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';
import { segment } from '../../../src/pipeline/segment.ts';

let stages: Stages;
beforeAll(async () => { stages = await loadStages({ relationModel: false }); }, 120_000);
const cities = (text: string) => analyzeArticle({ id: 't', title: null, source: 'test', text } as never, stages)
  .entities.filter((e) => e.type === 'city').map((e) => e.name).sort();

describe('a dateline of two places joined by a slash', () => {
  it.each([
    ['TAIPEI/NEW DELHI, July 10 (Reuters) - Foxconn quit its chip venture on Monday.', ['New Delhi', 'Taipei']],
    ['WASHINGTON/NEW YORK (Reuters) - Pfizer said on Monday it would cut prices.', ['New York City', 'Washington, D.C.']],
    ['NAIROBI/KAMPALA (Reuters) - Kenya and Uganda agreed on Friday to reopen the border.', ['Kampala', 'Nairobi']],
  ])('%s', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it('splits the glued token at the slash only inside the dateline', () => {
    const seg = segment({ id: 't', title: null, source: 'test', text: 'TAIPEI/NEW DELHI (Reuters) - The AC/DC tour and the US/China talks went ahead.' } as never);
    const words = seg.tokens.map((t) => t.text);
    expect(words.slice(0, 4)).toEqual(['TAIPEI', '/', 'NEW', 'DELHI']);
    expect(words).toContain('AC/DC');
    expect(words).toContain('US/China');
  });
});

describe("a bare title's country in a story filed from two places", () => {
  const lines = async (text: string) => {
    const { readTypedLines } = await import('../relate/typed-lines.ts');
    return readTypedLines(text);
  };
  it('is the country the story names most when it is one of the two places\' countries', async () => {
    const text = 'TAIPEI/NEW DELHI, July 10 (Reuters) - Foxconn has quit a chip venture in India.\n\n'
      + 'India wants chip plants, and India has offered subsidies. India said it would find new partners.\n\n'
      + 'Prime Minister Arun Mehta said the plan would go ahead.';
    const got = await lines(text);
    expect(got).toContain('Arun Mehta -prime minister of-> India');
    expect(got).not.toContain('Arun Mehta -prime minister of-> Taiwan');
  });
});
