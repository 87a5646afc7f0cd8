// Who killed whom when the victim is named inside the phrase for the killer ("Kennedy assassin Lee Oswald"), read
// through the whole pipeline (parser, rules and the learned classifier).
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis, Parsed } from '../../../src/types.ts';
import { build, KNOWLEDGE, show } from './helpers.ts';
import { parseConllu } from './conllu.ts';
import { relateDetailed } from '../../../src/pipeline/relate/index.ts';

function violence(a: ArticleAnalysis): string[] {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations.filter((r) => r.kind === 'event' && /^(?:18|19|20)/.test(r.cameo ?? '')).map((r) => `${name(r.source)} -> ${name(r.target)}`);
}

describe('a verb whose object is "<victim> assassin <doer>"', () => {
  // the parse hangs the victim's name on the verb as its object and the doer's name as an oblique
  const text = 'His clients have included Tom Hale, who killed Robert F. Morrow assassin Dale Ervin Pike, and Mary and Ann Cole.';

  it('the object is the doer named after the noun, not the victim before it', async () => {
    const [a] = await analyzeTexts([text]);
    const got = violence(a!);
    expect(got).toContain('Tom Hale -> Dale Ervin Pike');
    expect(got).toContain('Dale Ervin Pike -> Robert F. Morrow');
    expect(got).not.toContain('Tom Hale -> Robert F. Morrow');
  });

  it('a relative clause set off by commas ends at ", and": the names after it are no victims', async () => {
    const [a] = await analyzeTexts([text]);
    const got = violence(a!);
    expect(got).not.toContain('Tom Hale -> Mary');
    expect(got).not.toContain('Tom Hale -> Ann Cole');
  });

  it('(guard) a relative clause still takes coordinated objects without the comma', async () => {
    const [a] = await analyzeTexts(['Police arrested Tom Hale, who killed Dale Pike and Ann Cole in 1990.']);
    const got = violence(a!);
    expect(got).toContain('Tom Hale -> Dale Pike');
    expect(got).toContain('Tom Hale -> Ann Cole');
  });
});

describe('the parse hangs the victim on the verb as its object and the doer as an oblique', () => {
  it('"who killed John F. Morrow assassin Lee Pike": the grammar reader\'s object is the doer', () => {
    const text = 'Her clients have included Tom Hale, who killed John F. Morrow assassin Lee Pike, and Jim Cole.';
    const conllu = `
1 Her PRON 2 nmod:poss
2 clients NOUN 4 nsubj
3 have AUX 4 aux
4 included VERB 0 root
5 Tom PROPN 4 obj
6 Hale PROPN 5 flat
7 , PUNCT 9 punct
8 who PRON 9 nsubj
9 killed VERB 5 acl:relcl
10 John PROPN 9 obj
11 F. PROPN 10 flat
12 Morrow PROPN 10 flat
13 assassin NOUN 14 compound
14 Lee PROPN 9 obl
15 Pike PROPN 14 flat
16 , PUNCT 19 punct
17 and CCONJ 19 cc
18 Jim PROPN 19 compound
19 Cole PROPN 14 conj
20 . PUNCT 4 punct`;
    const { seg, resolved } = build(text, [['Tom Hale', 'hale', 'person'], ['John F. Morrow', 'morrow', 'person'], ['Lee Pike', 'pike', 'person'], ['Jim Cole', 'cole', 'person']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event').map((r) => show(r));
    expect(found).toContain('hale -killed-> pike');
    expect(found).not.toContain('hale -killed-> morrow');
    expect(found).not.toContain('hale -killed-> cole');
  });
});
