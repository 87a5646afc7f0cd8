// The event lexicon in the shape the pattern readers match on: every inflected
// form spelled out, compiled once from the lemma entries of lexicon.ts. Verb
// forms, past participles (after a form of "be", or before "by X", the clause is
// passive) and noun forms are kept apart.
import { LEXICON, type LexiconEntry } from './lexicon.ts';
import { allVerbForms, nounForms } from './inflect.ts';

export interface EventTrigger extends Omit<LexiconEntry, 'verbs' | 'nouns' | 'fixedNouns' | 'excludeForms'> {
  /** The verb lemmas the entry was written with. */
  lemmas: string[];
  /** Every inflected verb form. */
  verbs?: string[];
  /** Past participles among the verb forms. */
  participles?: string[];
  /** Noun forms, singular and plural. */
  nouns?: string[];
}

export function compileEntry(e: LexiconEntry): EventTrigger {
  const { verbs: lemmas, nouns, fixedNouns, excludeForms, ...rest } = e;
  const skip = new Set(excludeForms ?? []);
  const out: EventTrigger = { ...rest, lemmas: lemmas ?? [] };
  if (lemmas?.length) {
    const forms = new Set<string>();
    const participles = new Set<string>();
    for (const l of lemmas) {
      const f = allVerbForms(l);
      for (const x of f.forms) if (!skip.has(x)) forms.add(x);
      for (const x of f.participles) if (!skip.has(x)) participles.add(x);
    }
    out.verbs = [...forms];
    out.participles = [...participles];
  }
  const nounList = [...(nouns ?? []).flatMap((n) => nounForms(n)), ...(fixedNouns ?? [])].filter((x) => !skip.has(x));
  if (nounList.length) out.nouns = [...new Set(nounList)];
  return out;
}

export const EVENT_TRIGGERS: EventTrigger[] = LEXICON.map(compileEntry);
