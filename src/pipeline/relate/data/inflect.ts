// English inflection for the trigger lexicon: the lexicon lists lemmas ("sanction",
// "buy", "criticise") and this derives every form a news sentence can use
// ("sanctions", "sanctioned", "sanctioning"; "bought"; "criticizes"). Regular
// rules cover most verbs; the irregular table and the final-consonant doubling
// list below are the exceptions, each a plain fact of English spelling.

export interface VerbForms {
  lemma: string;
  /** Third person singular present ("sanctions"). */
  s: string;
  past: string[];
  participle: string[];
  ing: string[];
}

/** Irregular verbs the lexicon uses: lemma -> [past forms, participle forms]. */
const IRREGULAR: Record<string, [string[], string[]]> = {
  meet: [['met'], ['met']], buy: [['bought'], ['bought']], sell: [['sold'], ['sold']], make: [['made'], ['made']], shake: [['shook'], ['shaken']],
  take: [['took'], ['taken']], strike: [['struck'], ['struck', 'stricken']], shoot: [['shot'], ['shot']],
  break: [['broke'], ['broken']], cut: [['cut'], ['cut']], fight: [['fought'], ['fought']],
  win: [['won'], ['won']], beat: [['beat'], ['beaten', 'beat']], send: [['sent'], ['sent']],
  lead: [['led'], ['led']], hold: [['held'], ['held']], withhold: [['withheld'], ['withheld']], seek: [['sought'], ['sought']],
  bring: [['brought'], ['brought']], freeze: [['froze'], ['frozen']], withdraw: [['withdrew'], ['withdrawn']],
  overthrow: [['overthrew'], ['overthrown']], give: [['gave'], ['given']], forbid: [['forbade', 'forbad'], ['forbidden']],
  keep: [['kept'], ['kept']], set: [['set'], ['set']], put: [['put'], ['put']], quit: [['quit'], ['quit']],
  slay: [['slew'], ['slain']], stand: [['stood'], ['stood']], speak: [['spoke'], ['spoken']],
  undertake: [['undertook'], ['undertaken']], overtake: [['overtook'], ['overtaken']], bid: [['bid'], ['bid']],
  lend: [['lent'], ['lent']], spend: [['spent'], ['spent']], grant: [['granted'], ['granted']],
  tell: [['told'], ['told']], teach: [['taught'], ['taught']], choose: [['chose'], ['chosen']],
  drive: [['drove'], ['driven']], rise: [['rose'], ['risen']], throw: [['threw'], ['thrown']],
  oversee: [['oversaw'], ['overseen']], see: [['saw'], ['seen']], go: [['went'], ['gone']],
  stab: [['stabbed'], ['stabbed']], shut: [['shut'], ['shut']], hit: [['hit'], ['hit']],
  bomb: [['bombed'], ['bombed']], begin: [['began'], ['begun']], forgive: [['forgave'], ['forgiven']],
  arise: [['arose'], ['arisen']], pay: [['paid'], ['paid']], lay: [['laid'], ['laid']],
  wage: [['waged'], ['waged']], fly: [['flew'], ['flown']], swear: [['swore'], ['sworn']],
  outbid: [['outbid'], ['outbid']], sue: [['sued'], ['sued']], tie: [['tied'], ['tied']],
  spin: [['spun'], ['spun']], fall: [['fell'], ['fallen']], leave: [['left'], ['left']],
  initial: [['initialled', 'initialed'], ['initialled', 'initialed']], build: [['built'], ['built']],
};

/** A prefixed irregular verb inflects like its base: "retake" -> "retook", "outsell" -> "outsold". */
const PREFIXES = ['re', 'out', 'over', 'under', 'up', 'mis', 'co'];
function irregularForms(lemma: string): [string[], string[]] | undefined {
  const own = IRREGULAR[lemma];
  if (own) return own;
  for (const p of PREFIXES) {
    const base = lemma.startsWith(p) && lemma.length - p.length >= 3 ? IRREGULAR[lemma.slice(p.length)] : undefined;
    if (base) return [base[0].map((f) => p + f), base[1].map((f) => p + f)];
  }
  return undefined;
}

/** Third person forms that no rule gives. */
const IRREGULAR_S: Record<string, string> = { go: 'goes', do: 'does', have: 'has' };

/**
 * Verbs stressed on a final consonant-vowel-consonant syllable double it ("expel" -> "expelled",
 * "admit" -> "admitted"); others do not ("visit" -> "visited"). One-syllable verbs follow the
 * rule without being listed ("ban" -> "banned").
 */
const DOUBLES = new Set(['expel', 'compel', 'admit', 'commit', 'acquit', 'control', 'patrol', 'occur', 'refer', 'prefer',
  'permit', 'submit', 'transfer', 'regret', 'equip', 'rebut', 'propel', 'repel', 'dispel', 'outbid', 'embed', 'abet',
  'remit', 'confer', 'defer', 'deter', 'incur', 'kidnap', 'worship', 'unplug', 'quit', 'readmit']);

/** Verbs in -l whose British spelling doubles it and American does not ("travelled", "traveled"). */
const L_BOTH = /(?:[^aeiou][aeiou]l)$/;

const VOWEL = /[aeiou]/;
const isCvc = (w: string) => /[^aeiou][aeiou][^aeiouwxy]$/.test(w);
const syllables = (w: string) => (w.match(/[aeiouy]+/g) ?? []).length;

function stem(lemma: string): { doubled: string[]; base: string } {
  const last = lemma[lemma.length - 1]!;
  if (DOUBLES.has(lemma) || (syllables(lemma) === 1 && isCvc(lemma))) return { doubled: [lemma + last], base: lemma };
  if (L_BOTH.test(lemma) && syllables(lemma) > 1) return { doubled: [lemma, lemma + 'l'], base: lemma };
  return { doubled: [lemma], base: lemma };
}

/** The third person singular of a verb (or plural of a noun): "sanctions", "watches", "replies". */
export function sForm(word: string): string {
  if (IRREGULAR_S[word]) return IRREGULAR_S[word]!;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/[^aeiou]o$/.test(word)) return word + 'es';
  return word + 's';
}

/** Every form of a one-word verb. */
export function verbForms(lemma: string): VerbForms {
  const s = sForm(lemma);
  const { doubled } = stem(lemma);
  let regularPast: string[];
  if (lemma.endsWith('e')) regularPast = [lemma + 'd'];
  else if (/[^aeiou]y$/.test(lemma)) regularPast = [lemma.slice(0, -1) + 'ied'];
  else regularPast = doubled.map((d) => d + 'ed');
  const irregular = irregularForms(lemma);
  const past = irregular ? irregular[0] : regularPast;
  const participle = irregular ? irregular[1] : regularPast;
  let ing: string[];
  if (/ie$/.test(lemma)) ing = [lemma.slice(0, -2) + 'ying'];
  else if (/ue$/.test(lemma)) ing = [lemma.slice(0, -1) + 'ing'];
  else if (/[^aeiou]e$/.test(lemma) && lemma !== 'be' && !/(?:ee|ye|oe)$/.test(lemma)) ing = [lemma.slice(0, -1) + 'ing'];
  else ing = doubled.map((d) => d + 'ing');
  return { lemma, s, past, participle, ing };
}

/**
 * "criticize" and "criticise", "organization" and "organisation": the lexicon writes -ize words in
 * American spelling and this adds the British one.
 */
export function spellings(word: string): string[] {
  return /iz(?:e|es|ed|ing|ation|ations)$/.test(word) ? [word, word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1')] : [word];
}

/** All inflected forms of a verb lemma, both spellings, with the participles apart. */
export function allVerbForms(lemma: string): { forms: string[]; participles: string[] } {
  const forms = new Set<string>();
  const participles = new Set<string>();
  for (const l of spellings(lemma)) {
    const f = verbForms(l);
    for (const x of [f.lemma, f.s, ...f.past, ...f.participle, ...f.ing]) forms.add(x);
    for (const x of f.participle) participles.add(x);
  }
  return { forms: [...forms], participles: [...participles] };
}

/** Singular and plural of a noun, both spellings ("sanction", "sanctions"; "criticism" stays). */
export function nounForms(noun: string, plural = true): string[] {
  const out = new Set<string>();
  for (const n of spellings(noun)) {
    out.add(n);
    if (plural && !/s$/.test(n) && VOWEL.test(n)) out.add(sForm(n));
  }
  return [...out];
}
