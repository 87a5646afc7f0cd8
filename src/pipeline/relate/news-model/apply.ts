// The news model's decisions as the relate stage's findings (`by: "model:news"`), for the candidates the rules
// left open. A class becomes a kind and a readable predicate:
//   role>         role "<title> of" (the title read with the name, or one between or on the path)
//   member        affiliation "member of"
//   orgplace      location "based in";   location  location "located in";   affiliation  "affiliated with"
//   event:NN      event with the CAMEO code of a trigger on the path when it has that root (its predicate),
//                 else the root itself and the trigger word (or the root's name)
// The direction ">" makes A the source, "<" B. A pair the rules relate anywhere in the article gets nothing
// from the model (a second kind for a related pair was measured: it added wrong relations, no recall), nor
// does a person whose office the rules state (a role), or a place or organisation whose home they state
// (a location): the rules' reading is the more specific one. A
// pair and kind is said once per article, from its most confident sentence; negation and modality come from
// the cues the candidate read.
import { clamp, type Found } from '../found.ts';
import { cameoName } from '../data/cameo.ts';
import { TRIGGER_FORMS, type Candidate } from './features.ts';
import { decideNews, newsConfidence, pairKey, thresholdOf, type NewsModel, type Thresholds } from './model.ts';
import { hashed } from './features.ts';

/** The rule name the news model's findings carry; relate.ts reports it as `by: "model:news"`. */
export const NEWS_MODEL_RULE = 'model:news';

export interface NewsFinding { candidate: Candidate; label: string; margin: number }

/** Every candidate's best class and margin (before the threshold): what cross-validation sweeps. */
export function decideAll(model: NewsModel, candidates: readonly Candidate[]): NewsFinding[] {
  const out: NewsFinding[] = [];
  for (const c of candidates) {
    const d = decideNews(model, hashed(c.features), pairKey(c.a.type, c.b.type));
    if (d) out.push({ candidate: c, label: d.label, margin: d.margin });
  }
  return out;
}

/**
 * The findings at or above their class's threshold (default: the model's own; a number: one for every class; a
 * table: per family, the rest at the model's), as relate findings; `found` are the rules' (pairs they relate are left alone).
 */
export function newsFindings(model: NewsModel, decisions: readonly NewsFinding[], found: readonly Found[], threshold?: number | Thresholds): Found[] {
  const limits = threshold === undefined ? model : typeof threshold === 'number' ? { threshold, thresholds: {} } : { threshold: model.threshold, thresholds: threshold };
  const stated = new Set<string>();
  // what the rules already answered about one end: a person's office (any role, context included), an entity's home
  const answered = new Set<string>();
  for (const f of found) {
    if (f.kind === 'cooccurrence' || f.basis === 'knowledge') continue;
    stated.add(`${f.source}|${f.target}`); stated.add(`${f.target}|${f.source}`);
    if (f.kind === 'role' || f.kind === 'location') answered.add(`${f.source}|${f.kind}`);
  }
  // one finding per pair and kind in the article: the most confident sentence speaks for it
  const best = new Map<string, { f: Found; margin: number }>();
  for (const d of decisions) {
    if (d.margin < thresholdOf(limits, d.label, d.candidate.reach)) continue;
    const f = toFound(d.candidate, d.label, clamp(newsConfidence(model, d.margin)));
    if (!f || stated.has(`${f.source}|${f.target}`) || answered.has(`${f.source}|${f.kind}`)) continue;
    const key = `${f.source}|${f.target}|${f.kind}`;
    const old = best.get(key);
    if (!old || d.margin > old.margin) best.set(key, { f, margin: d.margin });
  }
  return [...best.values()].map((x) => x.f);
}

function toFound(c: Candidate, label: string, confidence: number): Found | undefined {
  const forward = label.endsWith('>');
  const cls = label.slice(0, -1);
  const [src, tgt] = forward ? [c.a, c.b] : [c.b, c.a];
  let kind: Found['kind'], predicate: string, cameo: string | null = null;
  if (cls === 'role') {
    const title = (src.title ? src.title.toLowerCase() : c.titles[0]) ?? 'official';
    kind = 'role'; predicate = `${title} of`;
  } else if (cls === 'member') { kind = 'affiliation'; predicate = 'member of'; }
  else if (cls === 'orgplace') { kind = 'location'; predicate = 'based in'; }
  else if (cls === 'location') { kind = 'location'; predicate = 'located in'; }
  else if (cls === 'affiliation') { kind = 'affiliation'; predicate = 'affiliated with'; }
  else if (cls.startsWith('event:')) {
    kind = 'event';
    const root = cls.slice(6);
    const hit = c.triggers.flatMap((t) => (TRIGGER_FORMS.get(t) ?? []).map((x) => ({ t, ...x }))).find((x) => root === '*' || (x.cameo ?? '').startsWith(root));
    if (hit) { cameo = root === '*' ? hit.cameo : hit.cameo ?? root; predicate = hit.predicate; }
    else { cameo = root === '*' ? null : root; predicate = c.triggers[0] ?? (root === '*' ? 'acted on' : (cameoName(root) ?? 'acted on').toLowerCase()); }
  } else return undefined;
  const sentences = c.antecedentSentence === undefined ? [c.s] : [c.antecedentSentence, c.s];
  const out: Found = { source: src.entity, target: tgt.entity, kind, predicate, cameo, confidence, sentences, rule: NEWS_MODEL_RULE };
  // A clause's modality belongs to its event: "President X said Indonesia did not want a conflict" still
  // names X president, and a title is no plan because the verb after it is one.
  if (kind === 'event') {
    if (c.negated) out.negated = true;
    else if (c.hypothetical) out.hypothetical = true;
  }
  return out;
}
