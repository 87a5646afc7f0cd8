// Where a person is, read from the parse: the place of a clause whose subject is the person and whose verb says the
// person was there (speaking, signing, meeting, arriving, living, being held):
//   "President X, speaking at a church in South Carolina, blamed ..."     X in South Carolina
//   "he told supporters in Jakarta after the ruling"                      (he = X) in Jakarta
//   "In Tokyo, Chief Cabinet Secretary X said ..."                        X in Tokyo
//   "the agreement, signed in Rome by A and B,"                           A and B in Rome
//   "X, the activist held in Greenland since July,", "X, who lives in France,"
// The place is an "in"/"at" phrase of the verb (or of the noun it names the scene with: "at a church in", "told a
// rally in"); with a verb of travel, a "to" phrase too ("flew back to Islamabad"). Only verbs of presence: "invested
// in India" or "won the election in Peru" put nobody anywhere.
import type { Emit } from '../found.ts';
import type { Arg, Ctx } from '../phrases.ts';
import type { Unit } from '../units.ts';
import type { Tree } from './tree.ts';
import { keepTypes } from '../phrases.ts';
import { argOf, conjoinedArgs, modalityOf, subjectOf, withCase } from './events.ts';
import { allVerbForms } from '../data/inflect.ts';
import { PERSON_TYPES, PLACE_TYPES } from '../classes.ts';

const forms = (lemmas: string) => lemmas.split(/\s+/).filter(Boolean).flatMap((l) => allVerbForms(l).forms);
/** Verbs whose subject is where the clause's "in"/"at" phrase says: saying, meeting, signing, living, being held. */
const PRESENCE_LEMMAS = `say tell speak address announce declare warn insist add vow pledge urge
  sign meet host greet receive attend visit arrive land appear gather rally campaign vote
  swear live reside stay hold detain arrest jail imprison sentence try convict release free
  kill shoot murder assassinate stab wound injure abduct kidnap
  compete train skate test`.split(/\s+/).filter(Boolean);
const PRESENCE = new Set(forms(PRESENCE_LEMMAS.join(' ')));
/** Verbs whose object is what is said, not who hears it ("said workers in Ohio would lose their jobs"). */
const SAYING = new Set(forms('say announce declare warn insist add vow pledge urge'));
const PRESENT_BASE = new Set(PRESENCE_LEMMAS);
const STAYING = new Set(['lives', 'resides', 'stays']);
/** A verb of presence in -ing ("speaking", "meeting"), for an aside after a name ("X, speaking in Davos, said"). */
export const isPresenceParticiple = (w: string): boolean => PRESENCE.has(w) && /ing$/.test(w) && !SAYING.has(w.replace(/ing$/, ''));
/**
 * A done form of a verb of presence ("told", "had held", "was detained", "appeared"), and whether it is a verb of saying
 * (whose first words after it are what is said, not a scene): for readers of the words (fronted-scene.ts).
 */
export function presencePast(w: string): 'saying' | 'presence' | undefined {
  // ("lives in", "resides in": a state holds in the present)
  if (STAYING.has(w)) return 'presence';
  if (!PRESENCE.has(w) || /(?:ing|s)$/.test(w) || PRESENT_BASE.has(w)) return undefined;
  return SAYING.has(w) ? 'saying' : 'presence';
}
/** Verbs of travel, whose "to" phrase is where the subject ends up. */
const TRAVEL_LEMMAS = new Set(['arrive', 'fly', 'return', 'travel', 'go', 'come', 'head']);
const TRAVEL = new Set(forms([...TRAVEL_LEMMAS].join(' ')));
/** Words whose passive subject is the person held or sworn in, not a doer ("held in", "detained in", "was sworn in at"). */
const HELD = new Set(forms('swear hold detain arrest jail imprison sentence try convict release free kill shoot murder assassinate stab wound injure abduct kidnap'));
/** A participle of holding someone ("held", "detained", "jailed"), for readers of the words (fronted-scene.ts). */
export const isHeldParticiple = (w: string): boolean => HELD.has(w) && !PRESENT_BASE.has(w) && !/(?:ing|s)$/.test(w);
/** Verbs whose object person is held where the verb's place says, in the active too ("detained X at a hotel in Y"). */
const TAKING = new Set(forms('detain arrest jail imprison capture apprehend'));
/** Verbs whose object person is where the subject is ("met Xi Jinping in San Francisco": both were there). */
const MEETING = new Set(forms('meet greet receive host'));
/** Nouns for the scene of a statement, whose own "in" phrase places the speaker ("a church in", "a rally in"). */
export const SCENES = new Set(['church', 'rally', 'rallies', 'meeting', 'summit', 'conference', 'ceremony', 'event', 'gathering', 'forum', 'reporters',
  'supporters', 'crowd', 'crowds', 'audience', 'journalists', 'hall', 'stadium', 'arena', 'venue', 'courthouse', 'court', 'parliament', 'hotel', 'palace', 'airport', 'base', 'school', 'university', 'hospital', 'prison', 'camp', 'office', 'residence', 'embassy', 'headquarters', 'session', 'news', 'briefing', 'interview', 'speech', 'address', 'talks', 'visit',
  // (where an athlete competed: "tested positive at the Russian championships in St. Petersburg")
  'championships', 'championship', 'games', 'olympics', 'tournament']);
/** Scene nouns that are buildings, which a town's name before them places ("a London prison", "a Nairobi hotel"). */
const BUILDINGS = new Set(['prison', 'jail', 'hotel', 'hospital', 'courthouse', 'palace', 'airport', 'embassy', 'residence', 'office',
  'headquarters', 'school', 'university', 'camp', 'hall', 'stadium', 'arena']);
/** Scene nouns a deed of any verb is done at ("at a ceremony in Tokyo"): events and buildings one is present at. */
const DEED_SCENES = new Set(['ceremony', 'summit', 'rally', 'conference', 'meeting', 'gathering', 'forum', 'briefing', 'session', 'event',
  'courthouse', 'palace', 'hotel', 'airport', 'embassy', 'headquarters', 'residence']);

const AT = ['in', 'at', 'outside', 'inside'];
const MODIFIED = new Set(['obl', 'obj', 'iobj']);

/** Past forms of verbs of leaving: whose "for" phrase is where the subject went, and whose object place where it was ("left N'Djamena", "has left for Togo"). */
const LEFT = new Set(['left', 'departed']);

/** Is the word a form of a verb this reader reads, or a scene noun a deed is done at (a cue for the sentence, cues.ts)? */
export const isPresenceWord = (w: string): boolean => PRESENCE.has(w) || TRAVEL.has(w) || LEFT.has(w) || w === 'exile' || DEED_SCENES.has(w);

export function extractPresence(ctx: Ctx, tree: Tree, emit: Emit): void {
  for (let v = 0; v < tree.size; v++) {
    const w = tree.lower[v]!;
    // ("was sworn in at State House": the parse may read a participle of holding or swearing as an adjective)
    if (tree.upos(v) !== 'VERB' && !(tree.upos(v) === 'ADJ' && isHeldParticiple(w) && tree.children(v, 'cop').length)) continue;
    // ("put their names to the convention at a ceremony in Tokyo": any deed done at a scene in a place puts its doer there)
    if (!isPresenceWord(w)) { if (tree.upos(v) === 'VERB') sceneOfDeed(ctx, tree, v, emit); continue; }
    // ("goes on to Costa Rica", "arrives in Paris on Thursday": a trip told in the present is a trip still ahead)
    if (TRAVEL.has(w) && !doneTravel(tree, v)) continue;
    const places = LEFT.has(w) ? placesLeft(ctx, tree, v) : [...new Set([...placesOf(ctx, tree, v, TRAVEL.has(w)), ...arrestPlaces(ctx, tree, v)])];
    if (!places.length) continue;
    const found = peopleAt(ctx, tree, v, HELD.has(w));
    // ("who met Chinese President Xi Jinping in San Francisco": whom one meets is there too)
    const met = found && MEETING.has(w) ? keepTypes(ctx, conjoinedArgs(ctx, tree, tree.exactly(v, 'obj')), PERSON_TYPES) : undefined;
    // ("police detained X at a hotel in Tangerang": whom one arrests or detains is there, whoever did it)
    // ("X was arrested by police in Antwerp": in the passive, its subject, whoever the agent)
    const taken = TAKING.has(w) ? keepTypes(ctx, conjoinedArgs(ctx, tree, tree.exactly(v, tree.children(v, 'aux:pass').length ? 'nsubj:pass' : 'obj')), PERSON_TYPES) : undefined;
    const first = found ?? taken;
    if (!first) continue;
    const people = { ...first, ids: [...new Set([found, met, taken].flatMap((a) => a?.ids ?? []))] };
    // (only where the person was: "are expected to meet in Washington" places nobody yet)
    const modality = modalityOf(tree, v);
    if (modality.negated || modality.hypothetical) continue;
    // ("Speaking in Geneva next week, X will present the plan": a participle's clause is as done as the clause it opens)
    if (tree.rel(v) === 'advcl' && /ing$/.test(w) && tree.head(v) >= 0) {
      const main = modalityOf(tree, tree.head(v));
      if (main.negated || main.hypothetical) continue;
    }
    for (const person of people.ids) {
      for (const place of places) {
        emit({ source: person, target: place, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s, ...people.from], rule: 'grammar-presence' });
      }
    }
  }
  extractExile(ctx, tree, emit);
}

/**
 * "X saw the contingent off at a ceremony in Nairobi", "X surrendered to marshals at a federal courthouse in San Jose":
 * the person subject of a verb whose "at" phrase is a scene noun with an "in" place was in that place. Only "at" with a
 * scene noun: "won the election in Peru" or "invested in India" put nobody anywhere.
 */
function sceneOfDeed(ctx: Ctx, tree: Tree, v: number, emit: Emit): void {
  // ("saw the contingent off at a ceremony": "at" need not be the phrase's first case word)
  const at = (c: number) => tree.children(c, 'case').some((k) => tree.lower[k] === 'at');
  const scenes = [...tree.children(v, 'obl'),
    // ("surrendered to marshals at a courthouse in": the parse may hang the scene on another phrase of the verb)
    ...tree.children(v).filter((c) => tree.rel(c) === 'obl' || tree.rel(c) === 'obj').flatMap((c) => tree.children(c, 'nmod'))]
    .filter((c) => at(c) && tree.entityUnit(c) < 0 && DEED_SCENES.has(tree.lower[c]!));
  if (!scenes.length) return;
  const places: string[] = [];
  for (const c of scenes) for (const n of withCase(tree, c, ['in'], ['nmod'])) addPlace(places, namedPlace(ctx, tree, n));
  if (!places.length) return;
  const people = peopleAt(ctx, tree, v, false);
  const modality = modalityOf(tree, v);
  if (!people || modality.negated || modality.hypothetical) return;
  for (const person of people.ids) for (const place of places) {
    emit({ source: person, target: place, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s, ...people.from], rule: 'grammar-presence-scene' });
  }
}

/**
 * Is travel verb v told as done: a past form or a participle ("flew", "has arrived", "having landed"), not the present
 * of an itinerary ("goes on to", "flies to", "is heading to") or a bare form ("will travel to")?
 */
function doneTravel(tree: Tree, v: number): boolean {
  const w = tree.lower[v]!;
  if (/ing$/.test(w) || /s$/.test(w)) return false;
  // ("has come back": a bare form is a participle only after "have")
  return !TRAVEL_LEMMAS.has(w) || tree.children(v, 'aux').some((a) => /^(?:has|have|had|having)$/.test(tree.lower[a]!));
}

/**
 * "returned from exile in Burkina Faso", "lived in exile in London", "fled into exile in Egypt": the person of the
 * clause was in the place of the exile.
 */
function extractExile(ctx: Ctx, tree: Tree, emit: Emit): void {
  for (let n = 0; n < tree.size; n++) {
    if (tree.lower[n] !== 'exile' || tree.upos(n) !== 'NOUN') continue;
    const v = tree.head(n);
    if (v < 0 || tree.upos(v) !== 'VERB' || !/^(?:from|in|into)$/.test(tree.caseOf(n) ?? '')) continue;
    const places = [...withCase(tree, n, ['in'], ['nmod']), ...withCase(tree, v, ['in'], ['obl']).filter((c) => c > n)]
      .flatMap((c) => namedPlace(ctx, tree, c) ?? []);
    if (!places.length) continue;
    const { arg, modality } = subjectOf(ctx, tree, v);
    const people = keepTypes(ctx, arg, PERSON_TYPES);
    if (!people || modality.negated || modality.hypothetical || modalityOf(tree, v).hypothetical) continue;
    for (const person of people.ids) for (const place of new Set(places)) {
      emit({ source: person, target: place, kind: 'location', predicate: 'in', cameo: null, confidence: 0.6, sentences: [ctx.s, ...people.from], rule: 'grammar-presence-exile' });
    }
  }
}

/** The people of verb v: its subject (of a participle, the noun it describes), its passive agent, or, for a verb of holding someone, its passive subject. */
function peopleAt(ctx: Ctx, tree: Tree, v: number, held: boolean): Arg | undefined {
  // (a passive subject with an active one beside it is a parse error: "Committee chair X told a news conference")
  const passive = tree.children(v, 'aux:pass').length > 0 || (tree.children(v, 'nsubj:pass').length > 0 && !tree.children(v, 'nsubj').length);
  const agent = tree.children(v, 'obl:agent');
  let arg: Arg | undefined;
  if (agent.length) arg = conjoinedArgs(ctx, tree, agent);
  else if (passive) arg = held ? conjoinedArgs(ctx, tree, tree.children(v, 'nsubj:pass')) : undefined;
  // ("Paul Watson, the activist held in Greenland": a participle describing a noun describes its person)
  else if (tree.rel(v) === 'acl' && /ed$|held$/.test(tree.lower[v]!)) arg = held ? argOf(ctx, tree, tree.head(v)) ?? apposedPerson(ctx, tree, tree.head(v)) : undefined;
  else {
    // ("His Pacific minister, Zed Seselja, had flown to Honiara": the name in apposition to the subject noun)
    // ("Saudi Arabia's energy minister, Prince X, told": the parse may make the name a second subject)
    const subjects = tree.exactly(v, 'nsubj');
    const named = subjects.flatMap((s) => tree.entityUnit(s) < 0 ? tree.children(s, 'appos').filter((a) => tree.entityUnit(a) >= 0) : subjects.length > 1 ? [s] : []);
    arg = named.length ? conjoinedArgs(ctx, tree, named) : subjectOf(ctx, tree, v).arg;
  }
  return keepTypes(ctx, arg, PERSON_TYPES);
}

/** The person a description is in apposition to ("X, the anti-whaling activist held in ..."). */
function apposedPerson(ctx: Ctx, tree: Tree, noun: number): Arg | undefined {
  if (tree.rel(noun) !== 'appos') return undefined;
  return argOf(ctx, tree, tree.head(noun));
}

/** The place node n names: a whole mention of a town, region or country, not a demonym ("French"); else undefined. */
function namedPlace(ctx: Ctx, tree: Tree, n: number): string | undefined {
  const k = tree.entityUnit(n);
  const x: Unit | undefined = k >= 0 ? ctx.units[k] : undefined;
  return x?.entity && !x.partial && x.metonymy !== 'demonym' && PLACE_TYPES.has(x.type!) ? x.entity : undefined;
}

/** Adds a place to a list of places once. */
function addPlace(places: string[], place: string | undefined): void {
  if (place && !places.includes(place)) places.push(place);
}

/** "has left for Togo" (where the subject went), "left N'Djamena after talks" (where it was): places of a verb of leaving. */
function placesLeft(ctx: Ctx, tree: Tree, v: number): string[] {
  const out: string[] = [];
  for (const c of [...withCase(tree, v, ['for'], ['obl']), ...tree.exactly(v, 'obj')]) addPlace(out, namedPlace(ctx, tree, c));
  return out;
}

/**
 * "was arrested by police in Antwerp", "detained by security forces at a hotel in Y": the parse hangs the place on the
 * unnamed agent of an arrest, but police arrest where they are. Not a named agent ("a court in Antwerp" sits there).
 */
function arrestPlaces(ctx: Ctx, tree: Tree, v: number): string[] {
  if (!TAKING.has(tree.lower[v]!)) return [];
  const out: string[] = [];
  for (const a of tree.children(v, 'obl:agent')) {
    if (tree.entityUnit(a) >= 0) continue;
    for (const n of withCase(tree, a, AT, ['nmod'])) addPlace(out, namedPlace(ctx, tree, n));
  }
  return out;
}

/** The places verb v is said to happen in: its "in"/"at" phrases (a travel verb's "to" too), or those of a scene noun it governs. */
function placesOf(ctx: Ctx, tree: Tree, v: number, travel: boolean): string[] {
  const out: string[] = [];
  const add = (c: number) => addPlace(out, namedPlace(ctx, tree, c));
  // ("was shot dead in Maputo": the place may hang on the verb's predicative complement)
  // ("at State House in Freetown", "at al-Yamamah Palace in Riyadh": a named site with an "in" place puts one in that place)
  // (a site, not a town: "refugee camps in Cox's Bazar in Bangladesh" are in Cox's Bazar)
  const addSite = (c: number) => {
    const site = ctx.units[tree.entityUnit(c)]?.type === 'location';
    const inner = site ? withCase(tree, c, ['in'], ['nmod']).filter((n) => tree.entityUnit(n) >= 0) : [];
    if (inner.length) inner.forEach(add);
    else add(c);
  };
  // ("flew back to Islamabad": the parse may hang the place on "back")
  const heads = [v, ...tree.children(v, 'xcomp').filter((x) => tree.upos(x) === 'ADJ'), ...(travel ? tree.children(v, 'advmod').filter((x) => /^(?:back|home)$/.test(tree.lower[x]!)) : [])];
  for (const c of heads.flatMap((h) => withCase(tree, h, travel ? [...AT, 'to'] : AT, ['obl']))) {
    // ("living outside Mozambique": a place the verb is outside of is where the person is not; "outside the courthouse
    // in X" is a scene's)
    if (tree.entityUnit(c) >= 0) { if (tree.caseOf(c) !== 'outside') addSite(c); continue; }
    // ("held in a London prison", "spoke at a Nairobi hotel": the town may stand before a building; not before an event,
    // "urged restraint in Geneva talks")
    if (SCENES.has(tree.lower[c]!)) for (const n of [...withCase(tree, c, AT, ['nmod']), ...(BUILDINGS.has(tree.lower[c]!) ? tree.children(c, 'compound') : [])]) add(n);
  }
  // ("was sworn in for a second term at State House in Freetown": the parse may hang the "at" phrase on another phrase)
  for (const o of heads.flatMap((h) => tree.children(h, 'obl')).filter((o) => tree.entityUnit(o) < 0)) {
    for (const c of withCase(tree, o, ['at'], ['nmod'])) {
      if (tree.entityUnit(c) >= 0) addSite(c);
      else if (SCENES.has(tree.lower[c]!)) for (const n of withCase(tree, c, AT, ['nmod'])) add(n);
    }
  }
  // ("announced the decision at the body's headquarters in Cairo": the parse may hang the scene on the object)
  for (const o of tree.exactly(v, 'obj')) {
    for (const c of withCase(tree, o, AT, ['nmod'])) if (tree.entityUnit(c) < 0 && SCENES.has(tree.lower[c]!)) for (const n of withCase(tree, c, AT, ['nmod'])) add(n);
  }
  // ("met Chinese President Xi Jinping in San Francisco": the parse may hang the place on the person met)
  // ("met his French counterpart, Florence Parly, in Jakarta": or on a description of the person, the name in apposition)
  for (const o of tree.exactly(v, 'obj')) {
    const k = tree.entityUnit(o);
    const person = (j: number) => j >= 0 && ctx.units[j]!.type === 'person';
    if (person(k) || (k < 0 && tree.children(o, 'appos').some((a) => person(tree.entityUnit(a))))) for (const n of withCase(tree, o, AT, ['nmod'])) add(n);
  }
  // ("told a rally in Goma", "told reporters in Jakarta")
  for (const o of tree.children(v).filter((c) => MODIFIED.has(tree.rel(c)) && !tree.caseOf(c) && SCENES.has(tree.lower[c]!))) {
    for (const n of withCase(tree, o, AT, ['nmod'])) {
      add(n);
      // ("told reporters outside the courthouse in Guatemala City": the scene of the hearers has its own place)
      if (tree.entityUnit(n) < 0 && SCENES.has(tree.lower[n]!)) for (const m of withCase(tree, n, AT, ['nmod'])) add(m);
    }
  }
  return out;
}
