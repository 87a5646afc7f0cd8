import { describe, expect, it } from 'vitest';
import { allVerbForms, nounForms, spellings, verbForms } from '../../../src/pipeline/relate/data/inflect.ts';
import { LEXICON } from '../../../src/pipeline/relate/data/lexicon.ts';
import { EVENT_TRIGGERS } from '../../../src/pipeline/relate/data/event-triggers.ts';
import { CAMEO_ROOTS } from '../../../src/pipeline/relate/data/cameo.ts';

describe('inflection of lexicon lemmas', () => {
  const cases: Array<[lemma: string, s: string, past: string[], participle: string[], ing: string[]]> = [
    ['sanction', 'sanctions', ['sanctioned'], ['sanctioned'], ['sanctioning']],
    ['recognize', 'recognizes', ['recognized'], ['recognized'], ['recognizing']],
    ['ban', 'bans', ['banned'], ['banned'], ['banning']],
    ['expel', 'expels', ['expelled'], ['expelled'], ['expelling']],
    ['visit', 'visits', ['visited'], ['visited'], ['visiting']],
    ['deny', 'denies', ['denied'], ['denied'], ['denying']],
    ['employ', 'employs', ['employed'], ['employed'], ['employing']],
    ['buy', 'buys', ['bought'], ['bought'], ['buying']],
    ['meet', 'meets', ['met'], ['met'], ['meeting']],
    ['take', 'takes', ['took'], ['taken'], ['taking']],
    ['sue', 'sues', ['sued'], ['sued'], ['suing']],
    ['veto', 'vetoes', ['vetoed'], ['vetoed'], ['vetoing']],
    ['embargo', 'embargoes', ['embargoed'], ['embargoed'], ['embargoing']],
    ['travel', 'travels', ['traveled', 'travelled'], ['traveled', 'travelled'], ['traveling', 'travelling']],
    ['freeze', 'freezes', ['froze'], ['frozen'], ['freezing']],
    ['withdraw', 'withdraws', ['withdrew'], ['withdrawn'], ['withdrawing']],
    ['admit', 'admits', ['admitted'], ['admitted'], ['admitting']],
    ['kidnap', 'kidnaps', ['kidnapped'], ['kidnapped'], ['kidnapping']],
    ['appeal', 'appeals', ['appealed'], ['appealed'], ['appealing']],
  ];
  it.each(cases)('%s', (lemma, s, past, participle, ing) => {
    expect(verbForms(lemma)).toEqual({ lemma, s, past, participle, ing });
  });

  it.each([
    ['criticize', ['criticize', 'criticise']],
    ['organization', ['organization', 'organisation']],
    ['recognized', ['recognized', 'recognised']],
    ['size', ['size', 'sise']],
    ['visit', ['visit']],
  ])('both spellings of %s', (word, expected) => {
    // "size" shows the rule is about the spelling only: the lexicon has no such lemma.
    expect(spellings(word)).toEqual(expected);
  });

  it('derives British forms of -ize verbs with their participles', () => {
    const f = allVerbForms('apologize');
    expect(f.forms).toEqual(expect.arrayContaining(['apologised', 'apologising', 'apologises', 'apologized']));
    expect(f.participles).toEqual(['apologized', 'apologised']);
  });

  it.each([
    ['sanction', ['sanction', 'sanctions']],
    ['embargo', ['embargo', 'embargoes']],
    ['authorization', ['authorization', 'authorizations', 'authorisation', 'authorisations']],
    ['talks', ['talks']],
  ])('noun forms of %s', (noun, expected) => {
    expect(nounForms(noun)).toEqual(expected);
  });
});

describe('the trigger lexicon', () => {
  it('has well beyond 40 entries and 200 verb lemmas', () => {
    expect(LEXICON.length).toBeGreaterThan(90);
    expect(LEXICON.reduce((n, e) => n + (e.verbs?.length ?? 0), 0)).toBeGreaterThan(200);
  });

  it('every entry has a reason, a unique id, a verb or noun, and a CAMEO code of a known family (or null, explained)', () => {
    const ids = new Set<string>();
    for (const e of LEXICON) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.reason.length, e.id).toBeGreaterThan(10);
      expect((e.verbs?.length ?? 0) + (e.nouns?.length ?? 0) + (e.fixedNouns?.length ?? 0), e.id).toBeGreaterThan(0);
      if (e.cameo === null) expect(e.reason, e.id).toMatch(/CAMEO/);
      else expect(CAMEO_ROOTS[e.cameo.slice(0, 2)], `${e.id} ${e.cameo}`).toBeDefined();
      for (const p of [...(e.objectPreps ?? []), ...(e.nounPreps ?? [])]) expect(p).toMatch(/^[a-z]+$/);
      if (e.prepOnly) expect(e.objectPreps?.length, e.id).toBeGreaterThan(0);
      if (e.skipObject) expect(e.prepOnly, e.id).toBe(true);
    }
  });

  it('covers the families news needs, in both spellings', () => {
    const byForm = new Map<string, string[]>();
    for (const t of EVENT_TRIGGERS) for (const f of [...(t.verbs ?? []), ...(t.nouns ?? [])]) byForm.set(f, [...(byForm.get(f) ?? []), t.cameo ?? 'none']);
    const expected: Array<[string, string]> = [
      ['criticised', '111'], ['criticized', '111'], ['condemnation', '111'], ['objections', '111'],
      ['recognised', '054'], ['sanctioned', '163'], ['embargoes', '163'], ['banned', '163'],
      ['acquired', '061'], ['purchase', '061'], ['merger', '061'], ['invested', '061'],
      ['assassinated', '186'], ['killing', '180'], ['detained', '173'], ['extradited', '174'],
      ['vetoed', '129'], ['opposed', '120'], ['urged', '020'], ['demanded', '100'], ['threatened', '130'],
      ['hosted', '043'], ['visited', '042'], ['summit', '040'], ['talks', '046'], ['welcomed', '051'],
      ['invaded', '190'], ['withdrew', '161'], ['fined', '172'], ['sued', '115'], ['pardoned', '084'],
      ['appointed', 'none'], ['defeated', 'none'],
    ];
    for (const [form, cameo] of expected) expect(byForm.get(form) ?? [], form).toContain(cameo);
  });

  it('leaves out forms that are mostly other words', () => {
    const forms = new Set(EVENT_TRIGGERS.flatMap((t) => t.verbs ?? []));
    for (const w of ['free', 'name', 'fine', 'bar', 'target', 'block', 'sentence', 'talks']) expect(forms.has(w), w).toBe(false);
    for (const w of ['freed', 'named', 'fined', 'barred', 'targeted', 'blocked', 'sentenced']) expect(forms.has(w), w).toBe(true);
  });
});
