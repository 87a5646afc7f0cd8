// Family ties between people: who is whose son, daughter, wife or brother. In a who-is-connected-to-whom graph of
// news these are the ties behind dynasties, successions and family firms. News states them in three shapes:
//   possessor   "Duterte's daughter, Vice President Sara Duterte," / "taking over from his father Gurbanguly"
//   apposition  "Serdar Berdymukhamedov, the son of the former president, Gurbanguly ..." / "X, son of Y,"
//   apposition  "Sara Duterte, Duterte's daughter,"
// The relation goes from the relative to the person the kin noun is said of: "Sara Duterte -daughter of-> Rodrigo
// Duterte", kind affiliation (a tie of belonging, not an office).
import type { Unit } from './units.ts';
import type { Ctx } from './phrases.ts';
import type { Emit } from './found.ts';
import { isActorNoun, isComma, isEntity, isPluralPronoun, isPossessive, isSingularPronoun } from './classes.ts';
import { TITLE_HEAD_WORDS, TITLE_MODIFIERS, TITLE_TENSE_WORDS } from './data/titles.ts';
import { resolvePronoun } from './phrases.ts';

/** Nouns for a relative, singular (the tie's predicate is "<noun> of"). */
export const KIN_NOUNS = new Set([
  'son', 'daughter', 'wife', 'husband', 'widow', 'widower', 'spouse', 'brother', 'sister', 'father', 'mother',
  'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother',
  'son-in-law', 'daughter-in-law', 'brother-in-law', 'sister-in-law', 'father-in-law', 'mother-in-law',
  'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'half-brother', 'half-sister', 'fiancee', 'fiancée', 'fiance', 'fiancé',
]);

/**
 * Nouns for an elder relative, whose tie is written from the younger side: "his father X" gives "he -child of-> X",
 * as "X's son Y" gives "Y -son of-> X", so the graph's family ties point one way (younger to elder).
 */
const ELDER_NOUNS: Record<string, string> = {
  father: 'child', mother: 'child', stepfather: 'stepchild', stepmother: 'stepchild', 'father-in-law': 'child-in-law',
  'mother-in-law': 'child-in-law', grandfather: 'grandchild', grandmother: 'grandchild', uncle: 'nephew or niece', aunt: 'nephew or niece',
};

/**
 * A person's own staff, tied as kin are ("His lawyer, Pepe Lamah, said": a tie of belonging to the person, not an
 * office of a body); read here only after "his"/"her", whose owner this file resolves (the named "X's lawyer, Y" is
 * read with the titles).
 */
// ("Her coach, X, has denied wrongdoing": an athlete's coach or trainer is the athlete's, as a lawyer is a client's)
export const STAFF_NOUNS = new Set(['lawyer', 'attorney', 'aide', 'coach', 'trainer', 'physiotherapist']);
/**
 * A person's own people named after a person's possessive ("Sinner's fitness trainer, X", "Prabowo's running mate, X",
 * "her candidate, X"): tied to the person as kin are. Not a lawyer, attorney or aide there: the title readers give
 * "X's lawyer, Y" its role.
 */
export const OWN_PEOPLE_NOUNS = new Set(['coach', 'trainer', 'physiotherapist', 'candidate', 'mate']);
/** Words that qualify such a noun between the possessive and it ("fitness trainer", "running mate", "presidential candidate"). */
const OWN_PEOPLE_MODIFIERS = /^(?:fitness|personal|long-time|longtime|former|new|running|presidential|chosen|preferred|physical|conditioning)$/;
/** "Maduro ally Elvis Amoroso", "X, a close Nazarbayev ally,": a person's ally named with the name as modifier. */
export const ALLY_WORDS = new Set(['ally', 'loyalist', 'confidant', 'confidante', 'protege', 'protégé']);

const PERSON_PRONOUNS = new Set(['his', 'her']);
/** Lower-case words of a title before the relative's name ("former", "deputy", "senior"). */
const TITLE_WORDS = new Set([...TITLE_MODIFIERS.words, ...TITLE_TENSE_WORDS.words]);
/** Capitalised title words that may stand between the kin noun and the relative's name ("his daughter, Vice President X"). */
const MAX_TITLE_WORDS = 4;

const isPerson = (x: Unit | undefined): x is Unit & { entity: string } => isEntity(x) && x.type === 'person' && !x.partial;

/** The person named right after unit k: past a comma and up to a few capitalised title words. */
function relativeAfter(u: readonly Unit[], k: number): (Unit & { entity: string }) | undefined {
  let j = k + 1;
  if (isComma(u[j])) j++;
  // ("his brother, former congressman X": lower-case words of a title likewise)
  const titled = (x: Unit) => /^\p{Lu}/u.test(x.text) || TITLE_HEAD_WORDS.has(x.lower) || TITLE_WORDS.has(x.lower) || /^[a-z]+(?:man|woman)$/.test(x.lower);
  for (let t = 0; t < MAX_TITLE_WORDS && j < u.length && !isEntity(u[j]) && titled(u[j]!) && !isComma(u[j]); t++) j++;
  const x = u[j];
  return isPerson(x) ? x : undefined;
}

/**
 * Who "his"/"her" at unit k means: the person named last before it in the sentence, else the person the previous
 * sentence opens with as its subject ("Rusesabagina boycotted the hearings. His daughter, X, said"); nothing when
 * the previous sentence opens otherwise ("The leader of the party denied it, ... Mr Mubarak. His wife, X,": the
 * leader is no name).
 */
function pronounOwner(ctx: Ctx, k: number): { id: string; from: number[] } | undefined {
  const u = ctx.units;
  for (let p = k - 1; p >= 0; p--) {
    const x = u[p];
    if (isPerson(x)) return { id: x.entity, from: [] };
  }
  const s = ctx.s - 1;
  const su = s >= 0 ? ctx.sentences[s] : undefined;
  if (!su || su.sentence.boilerplate || su.sentence.heading) return undefined;
  // (a title or an honorific may come first: "President X", "Mr X")
  const opening = su.units.slice(0, 3);
  const at = opening.findIndex((x) => isEntity(x));
  const first = at >= 0 ? opening[at] : undefined;
  if (isPerson(first) && !opening.slice(0, at).some((x) => !/^\p{Lu}/u.test(x.text))) return { id: first.entity, from: [s] };
  // ("The walkout is the first strike in the company's history, whose late chairman X vowed ... His son, Y,": a
  // sentence whose subject is neither a name nor a person's description hands "his" the one person it names; not "The
  // leader of the party denied it, ... Mr Mubarak. His wife": the unnamed leader may be the one meant)
  // ("WADA said the people around Valieva should be investigated. Her coach, X,": a body opening the sentence is no
  // "his"/"her"; the one person the sentence names is)
  if (at >= 0 && at < 2 && !(first && (first.type === 'organization' || first.type === 'country') && !first.metonymy)) return undefined;
  // ("He was taken to prison, where X is also held. His wife, Y, has been charged", "In a video, he said ... His
  // brother, Y,": a sentence whose subject is "he"/"she", no person named before it, hands "his"/"her" what the pronoun
  // means there)
  const subject = ctx.units[k]!.lower === 'his' ? 'he' : 'she';
  const j = su.units.findIndex((x) => x.lower === subject || isPerson(x));
  // (the pronoun is that sentence's subject: opening it, or after a phrase fronted before it, "In a video, he said";
  // not one inside a clause, "A judge will decide whether he should stay in custody")
  const leads = j === 0 || (j > 0 && isComma(su.units[j - 1]) && FRONTING.test(su.units[0]!.lower));
  if (j >= 0 && su.units[j]!.lower === subject && leads) {
    const meant = resolvePronoun({ ...ctx, s, units: su.units, subjects: [] }, j);
    const id = meant?.ids.length === 1 ? meant.ids[0]! : undefined;
    if (id && ctx.entities.get(id)?.type === 'person') return { id, from: [...new Set([s, ...meant!.from])] };
  }
  if (su.units.slice(0, 4).some((x) => !x.entity && (TITLE_HEAD_WORDS.has(x.lower) || isActorNoun(x.lower) || isSingularPronoun(x.lower) || isPluralPronoun(x.lower)))) return undefined;
  const persons = new Set(su.units.filter(isPerson).map((x) => x.entity));
  return persons.size === 1 ? { id: [...persons][0]!, from: [s] } : undefined;
}

/** Words that open a phrase fronted before a sentence's subject ("In a video released on Sunday, he said"). */
const FRONTING = /^(?:in|on|at|after|before|during|since|speaking|asked|when|while|as|later|earlier|last)$/;

/** Words of age or birth order between an apposition's article and its kin noun ("the 37-year-old eldest son"). */
const KIN_MODIFIER = /^(?:\d+-year-old|eldest|oldest|youngest|younger|elder|older|only|first|second|third|estranged|adopted|late)$/;

export function extractKin(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  const report = (relative: string, of: string, noun: string, confidence: number, rule: string, from: number[] = []) => {
    if (relative === of) return;
    const younger = ELDER_NOUNS[noun];
    const [source, target, predicate] = younger ? [of, relative, `${younger} of`] : [relative, of, `${noun} of`];
    emit({ source, target, kind: 'affiliation', predicate, cameo: null, confidence, sentences: [ctx.s, ...from], rule });
  };
  for (let k = 1; k < u.length; k++) {
    const noun = u[k]!.lower;
    const before = u[k - 1]!;
    if (STAFF_NOUNS.has(noun) && !isEntity(u[k]) && PERSON_PRONOUNS.has(before.lower)) {
      const staff = relativeAfter(u, k);
      const owner = staff && pronounOwner(ctx, k - 1);
      if (staff && owner) report(staff.entity, owner.id, noun, 0.6, 'staff-pronoun', owner.from);
      continue;
    }
    // ("Prabowo's running mate, X", "Sinner's fitness trainer, X", "her candidate, X": the possessor's own people)
    if (OWN_PEOPLE_NOUNS.has(noun) && !isEntity(u[k]) && (noun !== 'mate' || before.lower === 'running')) {
      let p = k - 1;
      while (p > k - 3 && p > 0 && !u[p]!.entity && OWN_PEOPLE_MODIFIERS.test(u[p]!.lower)) p--;
      const staff = relativeAfter(u, k);
      const owner = !staff ? undefined : isPossessive(u[p]!.lower) && isPerson(u[p - 1]) ? { id: u[p - 1]!.entity!, from: [] as number[] }
        : PERSON_PRONOUNS.has(u[p]!.lower) ? pronounOwner(ctx, p) : undefined;
      if (staff && owner) report(staff.entity, owner.id, noun === 'mate' ? 'running mate' : noun, 0.6, 'staff-possessor', owner.from);
      continue;
    }
    // ("Maduro ally Elvis Amoroso"; "X, a close Nazarbayev ally,")
    if (ALLY_WORDS.has(noun) && !isEntity(u[k]) && isPerson(before)) {
      const named = isPerson(u[k + 1]) ? u[k + 1] : undefined;
      let a = k - 2;
      while (a > 0 && k - a <= 3 && !u[a]!.entity && /^(?:a|an|close|longtime|long-time|staunch|key|loyal|trusted)$/.test(u[a]!.lower)) a--;
      const described = !named && isComma(u[a]) && /^(?:a|an)$/.test(u[a + 1]?.lower ?? '') && isPerson(u[a - 1]) ? u[a - 1] : undefined;
      const ally = named ?? described;
      if (ally) report(ally.entity!, before.entity!, 'ally', 0.6, 'ally-modifier');
      continue;
    }
    if (!KIN_NOUNS.has(noun) || isEntity(u[k])) continue;
    // "Duterte's daughter, X" / "his father Gurbanguly": the possessor's relative is the person right after
    if (isPossessive(before.lower) && isPerson(u[k - 2])) {
      const relative = relativeAfter(u, k);
      if (relative) report(relative.entity, u[k - 2]!.entity!, noun, 0.75, 'kin-possessor');
      // "Sara Duterte, Duterte's daughter,": the person the apposition describes
      else if (isComma(u[k - 3]) && isPerson(u[k - 4]) && (isComma(u[k + 1]) || u[k + 1] === undefined || /^[.;]$/.test(u[k + 1]!.text))) {
        report(u[k - 4]!.entity!, u[k - 2]!.entity!, noun, 0.7, 'kin-apposition');
      }
      continue;
    }
    if (PERSON_PRONOUNS.has(before.lower)) {
      const relative = relativeAfter(u, k);
      if (!relative) continue;
      const owner = pronounOwner(ctx, k - 1);
      if (owner) report(relative.entity, owner.id, noun, 0.65, 'kin-pronoun', owner.from);
      continue;
    }
    // "X, the son of Y," / "X, son of Y": the apposition's person is the relative of the person after "of"
    // ("X, the 37-year-old daughter of Y", "X, the eldest son of Y": with words of age or birth order before the noun)
    let b = k - 1;
    while (b > k - 4 && b > 0 && !u[b]!.entity && KIN_MODIFIER.test(u[b]!.lower)) b--;
    const det = u[b]!.lower === 'the' || u[b]!.lower === 'a' || u[b]!.lower === 'an' ? 1 : 0;
    const start = b + 1 - det;
    if (u[k + 1]?.lower === 'of' && isComma(u[start - 1]) && isPerson(u[start - 2])) {
      const of = relativeAfterOf(u, k + 1);
      if (of) report(u[start - 2]!.entity!, of.entity, noun, 0.7, 'kin-apposition');
    }
  }
}

/** The person named after "of" at unit k, past "the late" / "former ..." descriptions of up to three words. */
function relativeAfterOf(u: readonly Unit[], k: number): (Unit & { entity: string }) | undefined {
  let j = k + 1;
  for (let t = 0; t < 3 && j < u.length && !isEntity(u[j]) && !isComma(u[j]); t++) j++;
  const x = isComma(u[j]) ? u[j + 1] : u[j];
  return isPerson(x) ? x : undefined;
}
