// Entities the relate stage needs but the article never names: a country named
// only by its adjective ("German Chancellor Olaf Scholz" -> Germany), a state
// named only in a dateline's abbreviation ("TUCSON, Ariz." -> Arizona). They are
// added to the analysis with no mention (no span of the text names them), so
// entity scores and name look-ups are unchanged, and only when a relation uses them.
import type { Entity, EntityType, Relation } from '../../types.ts';

export interface PlaceEntry {
  id: string;
  name: string;
  type: EntityType;
}

/**
 * Entities for the relation ends the resolved entities do not hold, looked up by gazetteer id
 * (`place`); ends that are no place the gazetteer knows are left alone.
 */
export function implicitEntities(entities: readonly Entity[], relations: readonly Relation[], place: (id: string) => PlaceEntry | undefined): Entity[] {
  const known = new Set(entities.map((e) => e.id));
  const out: Entity[] = [];
  for (const r of relations) {
    for (const id of [r.source, r.target]) {
      if (known.has(id)) continue;
      known.add(id);
      const p = place(id);
      if (p && p.id === id) out.push({ id, name: p.name, type: p.type, aliases: [], mentions: [], gazetteerId: id });
    }
  }
  return out;
}
