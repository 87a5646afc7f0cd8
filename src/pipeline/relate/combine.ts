// Rules and the learned model together. The rules read specific constructions
// ("Foreign Minister X" gives "foreign minister of", "X severed ties with Y" an
// event with its own CAMEO code); the model reads CoNLL04's five coarse types
// from any wording. Where both speak about the same two entities in the same
// sentence, the more specific statement wins: a rule's relation stands and the
// model's is dropped, so nothing is said twice. One exception: a finding of world
// knowledge (basis "knowledge") is not something the sentence states; when the
// model reads the same relation in that sentence, the stated relation replaces the
// known one, as confident as the more confident of the two (the sentence states it
// and the gazetteer agrees). (relate.ts runs the model before gazetteer
// containment, which then skips the pairs the model stated.)
import type { Entity } from '../../types.ts';
import type { Found } from './found.ts';
import type { Knowledge } from './knowledge.ts';

/**
 * The rules' findings plus the model's where no rule already speaks about that pair in that sentence.
 * `elsewhere` (optional): a model finding it accepts contradicts what the rules state elsewhere in the article
 * and is dropped too (an organisation's home stated by a rule is not overruled by the model's guess of another).
 */
export function combineWithModel(rules: Found[], model: Found[], elsewhere?: (m: Found, rules: readonly Found[]) => boolean): Found[] {
  if (!model.length) return rules;
  // the model's findings by sentence (a few per article): each rule finding is compared with those of its sentences only
  const bySentence = new Map<number, number[]>();
  model.forEach((m, k) => { const list = bySentence.get(m.sentences[0]!); if (list) list.push(k); else bySentence.set(m.sentences[0]!, [k]); });
  const ruled = new Uint8Array(model.length); // 1: a rule reads the pair; 2: only world knowledge does, the same way round
  const known: Array<Found[] | undefined> = new Array(model.length);
  for (const r of rules) {
    if (r.kind === 'cooccurrence') continue;
    const knowledge = r.basis === 'knowledge';
    for (const s of r.sentences) {
      const list = bySentence.get(s);
      if (!list) continue;
      for (const k of list) {
        const m = model[k]!;
        const same = r.source === m.source && r.target === m.target, reversed = r.source === m.target && r.target === m.source;
        if (!same && !reversed) continue;
        if (!knowledge) ruled[k] = 1;
        else if (ruled[k] !== 1) {
          if (same && r.kind === m.kind) { ruled[k] = 2; (known[k] ??= []).push(r); } else ruled[k] = 1;
        }
      }
    }
  }
  // victims whose killer a rule states, by sentence: "Ruby, who killed Kennedy assassin Oswald" names who killed
  // Kennedy, so the model's guess of another killer of Kennedy in that sentence is not said
  // (and the other way round: "Oswald, who was charged with having assassinated President Kennedy, ... handed to
  // President Clinton": the rule names Oswald's victim, so the model's guess of another victim there is not said either)
  const killed = new Map<string, string[]>(), victims = new Map<string, string[]>();
  for (const r of rules) {
    if (!isViolence(r) || r.basis === 'knowledge') continue;
    for (const s of r.sentences) {
      const key = `${s}|${r.target}`; const list = killed.get(key); if (list) list.push(r.source); else killed.set(key, [r.source]);
      const by = `${s}|${r.source}`; const of = victims.get(by); if (of) of.push(r.target); else victims.set(by, [r.target]);
    }
  }
  const replaced = new Set<Found>();
  const added: Found[] = [];
  model.forEach((m, k) => {
    if (ruled[k] === 1) return;
    if (isViolence(m) && killed.get(`${m.sentences[0]}|${m.target}`)?.some((doer) => doer !== m.source)) return;
    if (isViolence(m) && victims.get(`${m.sentences[0]}|${m.source}`)?.some((victim) => victim !== m.target)) return;
    if (elsewhere?.(m, rules)) return;
    if (ruled[k] === 2) {
      for (const r of known[k]!) replaced.add(r);
      added.push({ ...m, confidence: Math.max(m.confidence, ...known[k]!.map((r) => r.confidence)) });
    } else added.push(m);
  });
  const out = replaced.size ? rules.filter((f) => !replaced.has(f)) : rules.slice();
  for (const m of added) out.push(m);
  return out;
}

/** An event of force: CAMEO roots 18 (assault), 19 (fight), 20 (mass violence). */
const isViolence = (f: Found): boolean => f.kind === 'event' && /^(?:18|19|20)/.test(f.cameo ?? '');

const ORGANIZATIONS = new Set(['organization', 'group']);

/**
 * The model's "based in" for an organisation whose home a rule states elsewhere in the article ("Sarvan, based in
 * Ahmedabad", "Indian drugmaker Sarvan") when the two places do not contain one another: the model's guess of
 * another country ("Sarvan's US sales") is not said.
 */
export function contradictsStatedHome(m: Found, rules: readonly Found[], entities: ReadonlyMap<string, Entity>, knowledge: Knowledge): boolean {
  if (m.kind !== 'location' || !ORGANIZATIONS.has(entities.get(m.source)?.type ?? '')) return false;
  const place = entities.get(m.target)?.gazetteerId;
  if (!place) return false;
  const homes = rules.filter((r) => r.source === m.source && r.basis !== 'knowledge' && (r.kind === 'location' || (r.kind === 'affiliation' && entities.get(r.target)?.type === 'country')));
  if (!homes.length) return false;
  const around = new Set([place, ...knowledge.containers(place)]);
  return homes.every((r) => {
    const home = entities.get(r.target)?.gazetteerId;
    if (!home) return false;
    return !around.has(home) && !knowledge.containers(home).includes(place);
  });
}
