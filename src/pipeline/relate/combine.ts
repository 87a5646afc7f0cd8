// Rules and the learned model together. The rules read specific constructions
// ("Foreign Minister X" gives "foreign minister of", "X severed ties with Y" an
// event with its own CAMEO code); the model reads CoNLL04's five coarse types
// from any wording. Where both speak about the same two entities in the same
// sentence, the more specific statement wins: a rule's relation stands and the
// model's is dropped, so nothing is said twice. One exception: containment the
// gazetteer supplies is world knowledge, not something the sentence states; when
// the model reads the same containment in that sentence, the stated relation
// replaces the known one, as confident as the more confident of the two (the
// sentence states it and the gazetteer agrees).
import type { Found } from './found.ts';

/** Rules whose findings come from world knowledge rather than from the sentence. */
const KNOWLEDGE_RULES = new Set(['location-gazetteer']);

const pairKey = (s: number, a: string, b: string) => (a < b ? `${s}|${a}|${b}` : `${s}|${b}|${a}`);

/** The rules' findings plus the model's where no rule already speaks about that pair in that sentence. */
export function combineWithModel(rules: Found[], model: Found[]): Found[] {
  if (!model.length) return rules;
  const stated = new Map<string, Found[]>();
  for (const f of rules) {
    if (f.kind === 'cooccurrence') continue;
    for (const s of f.sentences) {
      const k = pairKey(s, f.source, f.target);
      const list = stated.get(k);
      if (list) list.push(f); else stated.set(k, [f]);
    }
  }
  const replaced = new Set<Found>();
  const added: Found[] = [];
  for (const m of model) {
    const others = stated.get(pairKey(m.sentences[0]!, m.source, m.target));
    if (!others) { added.push(m); continue; }
    if (others.some((r) => !KNOWLEDGE_RULES.has(r.rule))) continue;
    // only world knowledge speaks here: a stated containment in the same direction replaces it
    const same = others.filter((r) => r.kind === m.kind && r.source === m.source && r.target === m.target);
    if (!same.length) continue;
    for (const r of same) replaced.add(r);
    added.push({ ...m, confidence: Math.max(m.confidence, ...same.map((r) => r.confidence)) });
  }
  const out = replaced.size ? rules.filter((f) => !replaced.has(f)) : rules.slice();
  for (const m of added) out.push(m);
  return out;
}
