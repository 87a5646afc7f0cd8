// Where a person was, from a sentence that opens with its place: "In Hiroshima, Toshiyuki Mimaki, a co-chair of the
// group, wept", "On Thursday in Shanghai, Lula attended the inauguration", "In Tokyo, Chief Cabinet Secretary X said".
// A place set before the clause with a comma is where the whole clause happened, so its subject was there, whatever
// the verb. Read from the words, not the parse: parsers hang the name after such a comma on the place (as its
// apposition, conjunct or list member). Only a person named as the clause's subject, with nothing but a title,
// nationality word or honorific before the name and its verb right after it (or after an apposition set off by
// commas); never a clause with a modal or a negation ("In Geneva, X would meet"). Same rule and weight as the parse's
// reading of presence (grammar/presence.ts).
import type { Emit } from './found.ts';
import type { Ctx } from './phrases.ts';
import type { Unit } from './units.ts';
import { HONORIFICS } from '../recognize/words.ts';
import { isComma, isConj, isContent, isDet, isEntity, isModal, isNeg, isPlaceNoun, isPrep, isPunct, isRelative, PLACE_TYPES } from './classes.ts';
import { titleWord } from './title-phrase.ts';
import { endsNounPhrase } from './affiliation.ts';
import { isHeldParticiple, isPresenceParticiple, presencePast, SCENES } from './grammar/presence.ts';

export function extractFrontedScene(ctx: Ctx, emit: Emit): void {
  extractSpeakerPlace(ctx, emit);
  extractClausePresence(ctx, emit);
  extractVictimPlace(ctx, emit);
  extractPassivePresence(ctx, emit);
  extractFrontedParticiple(ctx, emit);
  const u = ctx.units;
  const at = openingPlace(u);
  if (!at) return;
  const k = clauseSubjectAfter(u, at.comma);
  if (k < 0) return;
  const person = u[k]!;
  emit({ source: person.entity!, target: at.place, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-fronted-place' });
}

/**
 * The person named as the subject of the clause that opens after the comma at `comma` (its verb right after the name or
 * after an apposition set off by commas): "..., Toshiyuki Mimaki, a co-chair of the group, wept", "..., the national
 * security adviser, Chang Ho-jin, said", "..., State Department spokesman X said". -1 when the clause does not open so.
 */
function clauseSubjectAfter(u: readonly Unit[], comma: number): number {
  let k = comma + 1;
  // (the person's title, nationality word, honorific, or the body the title is of: "State Department spokesman X")
  while (k < u.length && k < comma + 7 && !isPerson(u[k]) && (isDet(u[k]!.lower) || titleWord(u[k]!) || HONORIFICS.has(u[k]!.lower) || u[k]!.metonymy === 'demonym' || (isEntity(u[k]) && !u[k]!.partial && (u[k]!.type === 'organization' || u[k]!.type === 'country')))) k++;
  // ("In Seoul, the national security adviser, Chang Ho-jin, said": a description set off by commas, the name in
  // apposition to it)
  let described = false;
  if (!isPerson(u[k]) && isDet(u[comma + 1]?.lower ?? '')) {
    let c = comma + 2;
    while (c < comma + 8 && isContent(u[c]) && !u[c]!.entity && /^[a-z]/.test(u[c]!.text)) c++;
    if (c > comma + 2 && isComma(u[c]) && titleWord(u[c - 1]!) && isPerson(u[c + 1]) && isComma(u[c + 2])) { k = c + 1; described = true; }
  }
  if (!isPerson(u[k])) return -1;
  let v = described ? k + 2 : k + 1;
  // (an apposition set off by commas: "Toshiyuki Mimaki, a co-chair of the group, wept"; its noun may have a relative
  // clause, "a former head of the service who belongs to no party,")
  if (!described && isComma(u[v])) {
    let close = v + 1;
    while (close < u.length && close < v + 20 && !isComma(u[close]) && !(isRelative(u[close]!.lower) && close === v + 1)) close++;
    if (!isComma(u[close])) return -1;
    v = close + 1;
  }
  return clauseVerb(u[v]) ? k : -1;
}

/**
 * "Speaking to reporters in The Hague hours later, Mr X, a former ..., called the decision ...", "Addressing supporters
 * at a rally in Y, the main city of the region, X said": a sentence that opens with a participle of presence and its
 * place, then the clause it belongs to; the clause's subject was there. Read from the words: parsers often take the
 * participle for the sentence's root and the name for an apposition. The place is the participle's own (right after
 * it, or after the words of its scene, "to reporters", "a rally"); only words of time may follow it before the comma
 * ("hours later", "on Friday"), and a description of the place set off by commas may come before the subject.
 */
function extractFrontedParticiple(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  const first = u[0];
  if (!first || first.entity || !isPresenceParticiple(first.lower)) return;
  const at = scenePlace(u, u[1]?.lower === 'to' ? 2 : 1, false);
  if (at < 0) return;
  let comma = at + 1;
  while (comma < u.length && comma < at + 5 && !isComma(u[comma]) && !u[comma]!.entity && (TIME_WORD.test(u[comma]!.lower) || SPAN_END.test(u[comma]!.lower) || u[comma]!.lower === 'ago')) comma++;
  if (!isComma(u[comma])) return;
  let k = clauseSubjectAfter(u, comma);
  // (a description of the place first: "in Banja Luka, the main city of Republika Srpska, Mr X said")
  if (k < 0 && /^(?:the|a|an)$/.test(u[comma + 1]?.lower ?? '')) {
    let close = comma + 2;
    while (close < u.length && close < comma + 10 && !isComma(u[close]) && !isPerson(u[close]) && !isRelative(u[close]!.lower) && (!isEntity(u[close]) || PLACE_TYPES.has(u[close]!.type!))) close++;
    if (isComma(u[close]) && isPlaceNoun(lastWord(u, comma + 2, close))) k = clauseSubjectAfter(u, close);
  }
  if (k < 0) return;
  emit({ source: u[k]!.entity!, target: u[at]!.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-fronted-participle' });
}

/** The head noun of a description of a place from `from` to `to` (before its "of" phrase): "the main city of the south" -> city. */
function lastWord(u: readonly Unit[], from: number, to: number): string {
  let end = to;
  for (let i = from; i < to; i++) if (u[i]!.lower === 'of') { end = i; break; }
  return u[end - 1]?.lower ?? '';
}

/** "In X," or "On Thursday in X," at the sentence's start: the place and the comma closing the phrase. */
function openingPlace(u: readonly Unit[]): { place: string; comma: number } | undefined {
  for (let i = 0; i < 4 && i < u.length; i++) {
    const w = u[i]!;
    if (isEntity(w)) return undefined;
    if (w.lower !== 'in' && w.lower !== 'at') {
      // (only a time before the place: "On Thursday", "Earlier on Monday", "Later")
      if (i === 0 ? !/^(?:on|earlier|later|meanwhile|also|then|and|but)$/.test(w.lower) : !TIME_WORD.test(w.lower)) return undefined;
      continue;
    }
    const p = u[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const x = u[p];
    if (!isEntity(x) || x.partial || x.metonymy === 'demonym' || !PLACE_TYPES.has(x.type!) || !isComma(u[p + 1])) return undefined;
    return { place: x.entity!, comma: p + 1 };
  }
  return undefined;
}
const TIME_WORD = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|yesterday|earlier|later|week|last|this|\d+)$/;

function isPerson(x: Unit | undefined): x is Unit & { entity: string } {
  return isEntity(x) && !x.partial && x.type === 'person';
}

/** A word that can be the clause's verb right after its subject (not one that goes on with the name or asks). */
function clauseVerb(x: Unit | undefined): boolean {
  if (!x || x.entity || !/^[a-z]/.test(x.text)) return false;
  if (isModal(x.lower) || isNeg(x.lower) || isPrep(x.lower) || isConj(x.lower) || isDet(x.lower) || isRelative(x.lower)) return false;
  return /^(?:said|says|told|tells|was|has|had|wept|met|spoke|signed)$/.test(x.lower) || /(?:ed|es)$/.test(x.lower);
}

/**
 * "'...,' committee chair X told a news conference in Oslo", "X said in Geneva that ...": a person saying or telling
 * something, with only the scene of the telling between the verb and an "in"/"at" place, was there. Read from the
 * words, for the attributions after a quotation that the parse hangs on the quotation's own clause.
 */
function extractSpeakerPlace(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k + 2 < u.length; k++) {
    const person = u[k];
    // ("Kenya's sports minister, X, said in Cairo": the name in apposition to the speaker's title)
    const aside = isComma(u[k + 1]) && isComma(u[k - 1]) && titleWord(u[k - 2]) ? 1 : 0;
    if (!isPerson(person) || !SAYING.test(u[k + 1 + aside]?.lower ?? '')) continue;
    let j = k + 2 + aside;
    // (the scene: "a news conference", "reporters", "a rally")
    while (j < u.length && j < k + 6 && !u[j]!.entity && (isDet(u[j]!.lower) || SCENES.has(u[j]!.lower))) j++;
    if (u[j]?.lower !== 'in' && u[j]?.lower !== 'at') continue;
    const x = u[j + 1]?.lower === 'the' ? u[j + 2] : u[j + 1];
    // (the place ends its phrase: "in Oslo," not "in Oslo's case")
    const after = u[(u[j + 1]?.lower === 'the' ? j + 3 : j + 2)];
    if (!isEntity(x) || x.partial || x.metonymy === 'demonym' || !PLACE_TYPES.has(x.type!) || (after && (after.lower === "'s" || after.entity))) continue;
    emit({ source: person.entity, target: x.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-speaker-place' });
  }
}
const SAYING = /^(?:said|says|told|tells|added|adds)$/;

/** Nouns after a verb of presence whose own "in"/"at" place is where the verb happened: who was told or met, a site, what was signed. */
const SCENE_ENDS = new Set([...SCENES, 'judge', 'judges', 'jury', 'tribunal', 'committee', 'panel', 'delegates', 'delegation', 'delegations',
  'members', 'workers', 'lawmakers', 'legislators', 'students', 'troops', 'soldiers', 'officials', 'leaders', 'diplomats', 'ministers',
  'counterpart', 'counterparts', 'plant', 'factory', 'site', 'port', 'agreement', 'agreements', 'accord', 'accords', 'deal', 'deals', 'treaty',
  'treaties', 'pact', 'pacts', 'declaration', 'declarations', 'documents']);
/** Auxiliaries a done clause may have between its subject and verb ("had held", "was detained", "has been"). */
const DONE_AUX = /^(?:has|have|had|was|were|is|are|been)$/;
const BE = /^(?:was|were|is|are|been)$/;

/**
 * Where a person was, read from the words of a clause whose subject is the person (named right before the verb, or
 * before ", who"), for the clauses the parse hangs badly, relative clauses above all:
 *   "Rubio, who was in Istanbul for meetings", "Healey was in Warsaw on Monday"          (a form of "be" and the place)
 *   "X, who had held talks in Ankara", "X appeared before a judge in Seattle"           (a verb of presence, its scene)
 *   "X told thousands of members at a rally outside the plant in Hwaseong"
 *   "A and his counterpart, B, put their names to the agreement in Bishkek"              (signing)
 * The place is the first "in"/"at" place after the verb, with nothing between but words of the verb's scene (no name, no
 * clause word, at most fourteen words), and the last word before it the verb or a noun of its scene (an audience, a site, a
 * meeting, what was signed); after a verb of saying the scene opens with a preposition ("said at a rally in Goma", not
 * "said workers in Ohio ..."). Only a done clause: a past form, no modal, no negation.
 */
function extractClausePresence(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let v = 1; v < u.length; v++) {
    const x = u[v]!;
    if (x.entity || !/^[a-z]/.test(x.text)) continue;
    // the subject: a person right before the verb's auxiliaries, or before ", who"
    let a = v - 1;
    while (a > 0 && DONE_AUX.test(u[a]!.lower) && a > v - 3) a--;
    // "Hossein Amir-Abdollahian, speaking in Davos, said": a participle of presence in an aside after the name
    if (isPresenceParticiple(x.lower) && isComma(u[v - 1]) && isPerson(u[v - 2])) {
      const at = scenePlace(u, v + 1, false);
      if (at >= 0) emit({ source: u[v - 2]!.entity!, target: u[at]!.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-clause-place' });
      continue;
    }
    const p = subjectAt(u, a);
    if (p < 0) {
      // "Yang Hengjun, an Australian writer held in China": a participle of holding in the description of a name
      // ("Paul Whelan, a former U.S. Marine who has been held in Russia": or in a relative clause ending it)
      const q = describedBefore(u, u[a]?.lower === 'who' ? a : v);
      if (q >= 0 && isHeldParticiple(x.lower) && /^(?:in|at)$/.test(u[v + 1]?.lower ?? '')) {
        const at = placeAfter(u, v + 1);
        if (at >= 0) emit({ source: u[q]!.entity!, target: u[at]!.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-clause-place' });
      }
      continue;
    }
    let at: number;
    // "was in Istanbul": a form of "be" with the place
    if (BE.test(x.lower) && (u[v + 1]?.lower === 'in' || u[v + 1]?.lower === 'at')) at = placeAfter(u, v + 1);
    // "who had spent nearly eight years in Tehran's Evin prison", "spent two weeks in Geneva": time spent in a place
    else if (x.lower === 'spent' || x.lower === 'spends') at = spentIn(u, v + 1);
    // "returned from exile in Burkina Faso", "lived in exile in London"
    else if (/^(?:from|in|into)$/.test(u[v + 1]?.lower ?? '') && u[v + 2]?.lower === 'exile' && u[v + 3]?.lower === 'in' && /(?:ed|t)$/.test(x.lower)) at = placeAfter(u, v + 3);
    else {
      // "put their names to the agreement": signing
      const signing = x.lower === 'put' && /^(?:his|her|their)$/.test(u[v + 1]?.lower ?? '') && /^(?:names?|signatures?)$/.test(u[v + 2]?.lower ?? '') && u[v + 3]?.lower === 'to';
      const kind = signing ? 'presence' : presencePast(x.lower);
      if (!kind) continue;
      // ("swore in the new cabinet at the palace in Vienna": the particle is no place)
      // ("was shot dead in Maputo": the state the act left the person in)
      const from = signing ? v + 4 : (/^(?:swore|sworn)$/.test(x.lower) && u[v + 1]?.lower === 'in') || u[v + 1]?.lower === 'dead' ? v + 2 : v + 1;
      at = scenePlace(u, from, kind === 'saying');
    }
    if (at < 0) continue;
    const place = u[at]!;
    for (const id of subjects(u, p)) {
      emit({ source: id, target: place.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-clause-place' });
    }
  }
}

/** Done acts whose doers were where the act took place, read in the passive with their "by" agents. */
const DONE_THERE = /^(?:signed|handed|presented|unveiled|inaugurated|opened|announced|laid)$/;

/**
 * "The contract was signed at the presidential palace in Damascus by A, its chairman, and B", "The objects were handed
 * over at a ceremony in the Nigerian capital, Abuja, by Foreign Minister A and Culture Minister B": the agents of a
 * passive act of signing, handing over or announcing were in its place (the scene right after the verb, then "by").
 * Read from the words: the parse hangs the agent on the place.
 */
function extractPassivePresence(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let v = 1; v + 3 < u.length; v++) {
    if (!DONE_THERE.test(u[v]!.lower) || !/^(?:was|were|been|being)$/.test(u[v - 1]!.lower) || isNeg(u[v - 2]?.lower ?? '') || isModal(u[v - 2]?.lower ?? '')) continue;
    const from = u[v + 1]?.lower === 'over' ? v + 2 : v + 1;
    const at = scenePlace(u, from, false);
    if (at < 0) continue;
    let b = at + 1;
    if (isComma(u[b])) b++;
    if (u[b]?.lower !== 'by') continue;
    const people: string[] = [];
    let k = b + 1;
    while (k < u.length) {
      // (a title, a nationality or an honorific before the name: "German Foreign Minister A")
      let n = k;
      while (n < k + 5 && u[n] && !isPerson(u[n]) && (titleWord(u[n]) || HONORIFICS.has(u[n]!.lower) || u[n]!.metonymy === 'demonym')) n++;
      if (!isPerson(u[n])) break;
      people.push(u[n]!.entity!);
      k = n + 1;
      // (an apposition set off by commas: "A, CMA CGM's chairman and chief executive, and B")
      if (isComma(u[k])) {
        let c = k + 1;
        while (c < k + 10 && u[c] && !isComma(u[c]) && !isPerson(u[c]) && !isPunct(u[c])) c++;
        if (isComma(u[c]) && u[c + 1]?.lower === 'and') k = c;
        else if (isComma(u[c]) && c > k + 1) { k = c; }
      }
      if (isComma(u[k]) && u[k + 1]?.lower === 'and') k += 2;
      else if (u[k]?.lower === 'and') k++;
      else break;
    }
    // ("..., in the presence of interim President X": a witness of the act was there too)
    for (let w = k; w + 4 < u.length; w++) {
      if (u[w]!.lower !== 'in' || u[w + 1]?.lower !== 'the' || u[w + 2]?.lower !== 'presence' || u[w + 3]?.lower !== 'of') continue;
      // (each witness with a title, a country's possessive or a portfolio before the name: "India's Minister of Ports,
      // Shipping and Waterways, A, and Iran's Roads Minister B")
      for (let n = w + 4; n < u.length && n < w + 40; n++) {
        const y = u[n]!;
        if (isPerson(y)) { people.push(y.entity!); continue; }
        const filler = isComma(y) || y.lower === "'s" || /^(?:and|of|the|interim|acting)$/.test(y.lower) || titleWord(y) || HONORIFICS.has(y.lower)
          || (isEntity(y) && !y.partial && (y.type === 'country' || y.metonymy === 'demonym')) || (!y.entity && /^\p{Lu}/u.test(y.text));
        if (!filler) break;
      }
      break;
    }
    for (const id of people) {
      emit({ source: id, target: u[at]!.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-passive-agent' });
    }
  }
}

/**
 * The person who is the subject of a verb whose auxiliaries start after unit `a`: named right before them ("Zhao
 * appeared"), before ", who" ("Rubio, who was"), in apposition to the subject ("his counterpart, Emomali Rahmon, put"),
 * or before an aside set off by commas ("Zhao, widely known as CZ, appeared"; "Camara, who seized power ..., returned");
 * -1 when none.
 */
function subjectAt(u: readonly Unit[], a: number): number {
  if (isPerson(u[a])) return a;
  if (u[a]?.lower === 'who' && isComma(u[a - 1])) return isPerson(u[a - 2]) ? a - 2 : -1;
  if (!isComma(u[a])) return -1;
  if (isPerson(u[a - 1]) && isComma(u[a - 2])) return a - 1;
  // the aside: a relative clause of any length, or at most eight words
  let c = a - 1;
  while (c > 0 && !isComma(u[c]) && (a - c <= 8 || !isPunct(u[c]))) c--;
  if (!isComma(u[c]) || !isPerson(u[c - 1]) || (a - c > 9 && u[c + 1]?.lower !== 'who')) return -1;
  // (not a list of names: "A, B, C and D met")
  if (u[c + 1]?.lower !== 'who') for (let i = c + 1; i < a; i++) if ((isPerson(u[i]) && u[i]!.entity !== u[c - 1]!.entity) || (isConj(u[i]!.lower) && i === c + 1)) return -1;
  return c - 1;
}

/** The person a description ending before unit v is in apposition to ("X, an Australian writer <v>"); -1 when none. */
function describedBefore(u: readonly Unit[], v: number): number {
  let d = v - 1;
  // (a nationality or a country may qualify it: "an Australian writer", "a former U.S. Marine")
  while (d > v - 6 && d > 0 && (isContent(u[d]) || (isEntity(u[d]) && !u[d]!.partial && (u[d]!.metonymy === 'demonym' || u[d]!.type === 'country')))) d--;
  if (d === v - 1 || !/^(?:a|an|the)$/.test(u[d]?.lower ?? '') || !isComma(u[d - 1]) || !isPerson(u[d - 2])) return -1;
  return d - 2;
}

/**
 * The verb's place, from `from` (right after the verb): the "in"/"at" place right after it, or one after the words of
 * its scene; -1 when other words come between.
 */
function scenePlace(u: readonly Unit[], from: number, saying: boolean): number {
  let last = '';
  for (let j = from; j < u.length && j < from + 14; j++) {
    const w = u[j]!;
    if ((w.lower === 'in' || w.lower === 'at') && (j === from || SCENE_ENDS.has(last))) {
      const at = placeAfter(u, j);
      if (at >= 0) return at;
    }
    // ("at the Hofburg palace in Vienna": a building's name before its kind is part of the scene)
    if (w.entity && SCENE_ENDS.has(u[j + 1]?.lower ?? '')) continue;
    // ("was sentenced by a court in Antwerp": an agent's place is the agent's, not the person's)
    if (w.entity || (isPunct(w) && w.lower !== "'s") || isConj(w.lower) || isRelative(w.lower) || isModal(w.lower) || isNeg(w.lower) || w.lower === 'that' || w.lower === 'to' || w.lower === 'by') return -1;
    // (what a verb of saying is followed by is what was said, unless a preposition opens its scene)
    if (j === from && saying && !isPrep(w.lower)) return -1;
    last = w.lower;
  }
  return -1;
}

/** Words of a stretch of time ("nearly eight years", "the past two months", "more than a decade"). */
const SPAN_WORD = /^(?:nearly|almost|about|around|over|more|than|less|at|least|the|past|last|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|few|\d+|years?|months?|weeks?|days?|decades?|nights?|hours?)$/;
const SPAN_END = /^(?:years?|months?|weeks?|days?|decades?|nights?|hours?)$/;

/**
 * After "spent": the place of "<stretch of time> in|at <place>" (or "in <place>'s <prison|jail|...>"); -1 when none.
 */
function spentIn(u: readonly Unit[], from: number): number {
  let j = from;
  while (j < from + 6 && u[j] && !u[j]!.entity && SPAN_WORD.test(u[j]!.lower)) j++;
  if (j === from || !SPAN_END.test(u[j - 1]?.lower ?? '') || (u[j]?.lower !== 'in' && u[j]?.lower !== 'at')) return -1;
  const at = placeAfter(u, j);
  if (at >= 0) return at;
  // ("in Tehran's Evin prison": a site of the place, its own name allowed before its kind)
  const p = u[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  const x = u[p];
  if (!isEntity(x) || x.partial || x.metonymy === 'demonym' || !PLACE_TYPES.has(x.type!) || u[p + 1]?.lower !== "'s") return -1;
  const k = /^\p{Lu}/u.test(u[p + 2]?.text ?? '') && !SCENE_ENDS.has(u[p + 2]!.lower) ? p + 3 : p + 2;
  return CUSTODY.has(u[k]?.lower ?? '') ? p : -1;
}
const CUSTODY = new Set(['prison', 'jail', 'gaol', 'camp', 'hospital', 'detention', 'custody', 'penitentiary']);

/** The place named right after the "in"/"at" at `j` ("in Istanbul", "at the Hofburg"), ending its phrase; else -1. */
function placeAfter(u: readonly Unit[], j: number): number {
  let at = u[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  // ("in the settlement of Kiryat Arba", "in the city of Goma")
  if (at === j + 2 && !u[at]?.entity && isPlaceNoun(u[at]?.lower ?? '') && u[at + 1]?.lower === 'of') at += 2;
  // ("in the Nigerian capital, Abuja,": a description of the place, its name in apposition)
  else if (at === j + 2) {
    let n = at;
    while (n < at + 3 && u[n] && (u[n]!.metonymy === 'demonym' || (!u[n]!.entity && /^[a-z]+$/.test(u[n]!.text) && !isPlaceNoun(u[n]!.lower)))) n++;
    if (u[n] && !u[n]!.entity && isPlaceNoun(u[n]!.lower) && isComma(u[n + 1]) && isEntity(u[n + 2])) at = n + 2;
  }
  const place = u[at];
  const after = u[at + 1];
  // (not a building named before its kind, "at the Hofburg palace", nor a place describing another, "in the West Bank
  // self-rule enclave of Nablus")
  if (!isEntity(place) || place.partial || place.metonymy === 'demonym' || !PLACE_TYPES.has(place.type!) || (after && (after.lower === "'s" || after.entity || SCENE_ENDS.has(after.lower))) || !endsNounPhrase(after)) return -1;
  return at;
}

/** The person at `p` and one coordinated before it ("A and B", "A and his counterpart, B,"). */
function subjects(u: readonly Unit[], p: number): string[] {
  const out = [u[p]!.entity!];
  let q = p - 1;
  if (isComma(u[q])) {
    q--;
    let words = 0;
    while (q >= 0 && words < 4 && !isComma(u[q]) && u[q]!.lower !== 'and' && (!u[q]!.entity || u[q]!.metonymy === 'demonym')) { q--; words++; }
    if (words === 0) return out;
  }
  // (the second name's title, nationality or "his" may come between: "A and Chancellor B", "A and his Serbian counterpart B")
  // ("Ms A and Ms B": an honorific)
  if (q === p - 1) while (q > p - 5 && u[q] && ((!u[q]!.entity && (titleWord(u[q]!) || HONORIFICS.has(u[q]!.lower) || /^(?:his|her)$/.test(u[q]!.lower))) || u[q]!.metonymy === 'demonym')) q--;
  if (u[q]?.lower === 'and' && isPerson(u[q - 1])) out.push(u[q - 1]!.entity!);
  return out;
}

/**
 * Nouns of an act done to a person where the person was and lived on (not a killing: "the murder of King in Memphis"
 * is a Kill, and CoNLL04 does not count its place as where the victim was).
 */
const DONE_TO = new Set(['poisoning', 'arrest', 'detention', 'kidnapping', 'abduction', 'imprisonment', 'jailing']);

/**
 * "the poisoning of former spy Sergei Skripal in Salisbury", "the arrest of X at Istanbul airport": the person an act
 * was done to was in its place (a description of at most three lower-case words may come before the name).
 */
function extractVictimPlace(ctx: Ctx, emit: Emit): void {
  const u = ctx.units;
  for (let k = 0; k + 3 < u.length; k++) {
    if (!DONE_TO.has(u[k]!.lower) || u[k]!.entity || u[k + 1]?.lower !== 'of') continue;
    let p = k + 2;
    while (p < k + 5 && u[p] && !u[p]!.entity && /^[a-z][a-z-]*$/.test(u[p]!.text) && !isPrep(u[p]!.lower) && !isConj(u[p]!.lower)) p++;
    const person = u[p];
    if (!isPerson(person) || (u[p + 1]?.lower !== 'in' && u[p + 1]?.lower !== 'at')) continue;
    const at = u[p + 2]?.lower === 'the' ? p + 3 : p + 2;
    const place = u[at];
    const after = u[at + 1];
    if (!isEntity(place) || place.partial || place.metonymy === 'demonym' || !PLACE_TYPES.has(place.type!) || (after && (after.lower === "'s" || after.entity)) || !endsNounPhrase(after)) continue;
    emit({ source: person.entity, target: place.entity!, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s], rule: 'presence-victim-place' });
  }
}
