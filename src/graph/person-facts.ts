// What the corpus says about a person that can tell two people of one surname apart:
// the roles they hold ("president of France") and the countries they are tied to (by a
// role or an affiliation). Kept per article entity and per graph node, so a short form
// in one article ("Smith, the Australian coach") is only joined to a full name elsewhere
// when nothing of the kind contradicts it.
import type { ArticleNodeInputs } from './merge.ts';

export interface Facts {
  /** title -> holder id ("foreign minister of" -> "country:UA"). */
  roles: Map<string, string>;
  /** Country ids the person is tied to by a role or an affiliation. */
  countries: Set<string>;
}

const NONE: Facts = { roles: new Map(), countries: new Set() };

export class PersonFacts {
  private readonly byEntity = new Map<string, Map<string, Facts>>();
  private readonly byNode = new Map<string, Facts>();
  private readonly names = new Map<string, string>();

  /** Read one article's role and affiliation relations; `nodeOf` maps its entity ids to nodes. */
  addArticle(a: ArticleNodeInputs, nodeOf: ReadonlyMap<string, string>): void {
    let own: Map<string, Facts> | undefined;
    for (const r of a.relations) {
      if ((r.kind !== 'role' && r.kind !== 'affiliation') || r.negated || r.hypothetical) continue;
      own ??= this.byEntity.get(a.document.id) ?? this.byEntity.set(a.document.id, new Map()).get(a.document.id)!;
      const f = own.get(r.source) ?? own.set(r.source, { roles: new Map(), countries: new Set() }).get(r.source)!;
      if (r.kind === 'role') f.roles.set(r.predicate, r.target);
      if (r.target.startsWith('country:')) f.countries.add(r.target);
      const node = nodeOf.get(r.source);
      if (!node) continue;
      const n = this.byNode.get(node) ?? this.byNode.set(node, { roles: new Map(), countries: new Set() }).get(node)!;
      if (r.kind === 'role' && !n.roles.has(r.predicate)) n.roles.set(r.predicate, r.target);
      if (r.target.startsWith('country:')) n.countries.add(r.target);
    }
  }

  /** Remember the full name a node goes by. */
  name(node: string, name: string): void {
    const known = this.names.get(node);
    if (!known || name.length > known.length) this.names.set(node, name);
  }

  nameOf(node: string): string | undefined {
    return this.names.get(node);
  }

  ofEntity(doc: string, entity: string): Facts {
    return this.byEntity.get(doc)?.get(entity) ?? NONE;
  }

  ofNode(node: string): Facts {
    return this.byNode.get(node) ?? NONE;
  }

  /** Positive evidence: a role (title and holder) or a country both hold. */
  agrees(f: Facts, node: string): boolean {
    const n = this.ofNode(node);
    for (const [title, holder] of f.roles) if (n.roles.get(title) === holder) return true;
    for (const c of f.countries) if (n.countries.has(c)) return true;
    return false;
  }

  /** The same title held for different holders, or countries known on both sides with none shared. */
  contradicts(f: Facts, node: string): boolean {
    return factsConflict(f, this.ofNode(node)).length > 0;
  }
}

/** Readable conflicts between two people's facts (empty when none); `name` turns an id into what is shown. */
export function factsConflict(a: Facts, b: Facts, name: (id: string) => string = (id) => id): string[] {
  const out: string[] = [];
  for (const [title, holder] of a.roles) {
    const other = b.roles.get(title);
    if (other !== undefined && other !== holder) out.push(`${title} ${name(holder)} / ${name(other)}`);
  }
  if (a.countries.size && b.countries.size && ![...a.countries].some((c) => b.countries.has(c))) {
    out.push(`countries ${[...a.countries].map(name).join(', ')} / ${[...b.countries].map(name).join(', ')}`);
  }
  return out;
}
