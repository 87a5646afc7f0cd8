// How the CoNLL04 diagnostics read the project's entities and relations as CoNLL04's: entity types as Peop/Org/Loc,
// and a relation of a kind between two such types as one of the five CoNLL04 relation types (null when none).
const PLACE = new Set(['country', 'region', 'city', 'location']);

export const coarse = (t: string) => (t === 'person' ? 'Peop' : t === 'organization' ? 'Org' : PLACE.has(t) ? 'Loc' : null);

export function conllType(kind: string, st: string, tt: string, cameo?: string | null): string | null {
  const s = coarse(st), t = coarse(tt);
  if (s === 'Peop' && t === 'Org' && (kind === 'role' || kind === 'affiliation')) return 'Work_For';
  if (s === 'Peop' && t === 'Loc' && (kind === 'role' || kind === 'affiliation' || kind === 'location')) return 'Live_In';
  if (s === 'Loc' && t === 'Loc' && kind === 'location') return 'Located_In';
  if (s === 'Org' && t === 'Loc' && (kind === 'location' || kind === 'affiliation' || kind === 'role')) return 'OrgBased_In';
  if (s === 'Peop' && t === 'Peop' && kind === 'event' && /^(18|19|20)/.test(String(cameo ?? ''))) return 'Kill';
  return null;
}
