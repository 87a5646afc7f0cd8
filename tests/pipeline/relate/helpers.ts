// Hand-built inputs for the relate stage: a text, segmented by the real
// segmenter, and mentions given as [surface text, entity id, type, options].
// Every occurrence of the surface text (as whole words) becomes a mention.
import { segment } from '../../../src/pipeline/segment.ts';
import { relateDetailed } from '../../../src/pipeline/relate/index.ts';
import { tableKnowledge } from '../../../src/pipeline/relate/knowledge.ts';
import type { Knowledge } from '../../../src/pipeline/relate/knowledge.ts';
import type { Entity, EntityType, Relation, Resolved, ResolvedMention, Segmented } from '../../../src/types.ts';

export interface MentionOptions {
  metonymy?: 'capital-as-state' | 'demonym';
  gazetteerId?: string;
  /** As the resolver does for a demonym whose country the text never names: a mention, no entity. */
  noEntity?: boolean;
}
export type M = [surface: string, entity: string, type: EntityType, options?: MentionOptions];

export function build(text: string, mentions: M[]): { seg: Segmented; resolved: Resolved } {
  const seg = segment({ id: 'test', title: null, source: 'test.txt', text });
  const out: ResolvedMention[] = [];
  const entities = new Map<string, Entity>();
  // Longer surfaces first so "North Korea" wins over "Korea".
  const sorted = [...mentions].sort((a, b) => b[0].length - a[0].length);
  const taken: Array<[number, number]> = [];
  for (const [surface, id, type, opts] of sorted) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    let found = false;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + surface.length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      found = true;
      const sentence = seg.sentences.find((s) => start >= s.start && end <= s.end)!.index;
      const entityType = opts?.metonymy ? 'country' : type;
      out.push({ start, end, text: surface, type: entityType, sentence, reason: 'test', entity: id, ...(opts?.metonymy ? { metonymy: opts.metonymy } : {}) });
      if (opts?.noEntity) continue;
      const e = entities.get(id) ?? { id, name: opts?.metonymy ? id : surface, type: entityType, aliases: [], mentions: [], ...(opts?.gazetteerId ? { gazetteerId: opts.gazetteerId } : {}) };
      if (!opts?.metonymy && e.name !== surface && !e.aliases.includes(surface)) e.aliases.push(surface);
      e.mentions.push({ start, end, text: surface });
      entities.set(id, e);
    }
    if (!found) throw new Error(`test helper: "${surface}" does not occur in the text`);
  }
  out.sort((a, b) => a.start - b.start);
  return { seg, resolved: { entities: [...entities.values()], mentions: out } };
}

/** Demonyms of the countries the tests use. */
export const KNOWLEDGE: Knowledge = tableKnowledge({
  Ukrainian: { id: 'country:UA', name: 'Ukraine' },
  Russian: { id: 'country:RU', name: 'Russia' },
  French: { id: 'country:FR', name: 'France' },
  Chinese: { id: 'country:CN', name: 'China' },
  Indian: { id: 'country:IN', name: 'India' },
  German: { id: 'country:DE', name: 'Germany' },
  Polish: { id: 'country:PL', name: 'Poland' },
  Israeli: { id: 'country:IL', name: 'Israel' },
  Turkish: { id: 'country:TR', name: 'Turkey' },
}, {
  'city:odesa': ['region:UA-51', 'country:UA'],
  'region:UA-14': ['country:UA'],
});

/** Relations as compact strings "source -predicate-> target" (typed ones only unless asked). */
export function run(text: string, mentions: M[], knowledge: Knowledge = KNOWLEDGE) {
  const { seg, resolved } = build(text, mentions);
  return relateDetailed(seg, resolved, { knowledge });
}

export const show = (r: Pick<Relation, 'source' | 'target' | 'predicate'>) => `${r.source} -${r.predicate}-> ${r.target}`;
export const typed = (rs: Relation[]) => rs.filter((r) => r.kind !== 'cooccurrence');
