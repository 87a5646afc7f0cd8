// Decide which graph node each article's entity becomes, and record why.
// Within an article, resolve already joined aliases. Across articles:
//   1. the same canonical id is the same node (gazetteer ids, full-name ids);
//   2. people with the same full name stay apart when their roles contradict
//      (e.g. "president of France" in one article, "president of Brazil" in another);
//   3. a surname-only person joins the one full name in the corpus with that surname;
//   4. user corrections (kg merge / kg split) are applied last and survive re-ingestion.
import type { Entity, NodeMergeReason, Relation } from '../types.ts';
import { firstAndLast, isFullName, personShortForm, surnameKey, type ShortForm } from '../pipeline/resolve/short-forms.ts';
import { PersonFacts, type Facts } from './person-facts.ts';
import { nameKey } from '../pipeline/gazetteer/index.ts';

/** Who made a correction and why, when they said (the viewer asks for a reason). */
export interface CorrectionNote {
  /** Why, in the user's words. */
  reason?: string;
  /** Where it was made: the command line (absent) or the viewer. */
  by?: 'viewer';
}

export interface Corrections {
  /** Merge node `from` into node `into` (node ids). */
  merges: Array<{ from: string; into: string; at?: string } & CorrectionNote>;
  /** Keep every article's mention of this node apart. */
  splits: Array<{ node: string; at?: string } & CorrectionNote>;
}

export const NO_CORRECTIONS: Corrections = { merges: [], splits: [] };

/**
 * What node assignment reads of one article: its entities, and its role and
 * affiliation relations (the facts that keep two people of one name apart). An
 * ArticleAnalysis is one; the graph build hands over a digest without mentions
 * and evidence, so a corpus of 100,000 articles need not be held in memory whole.
 */
export interface ArticleNodeInputs {
  document: { id: string };
  entities: ReadonlyArray<Pick<Entity, 'id' | 'name' | 'type' | 'merges'>>;
  relations: ReadonlyArray<Pick<Relation, 'kind' | 'source' | 'target' | 'predicate' | 'negated' | 'hypothetical'>>;
}

export interface NodeAssignment {
  /** document id -> entity id -> node id (per document, so a caller looks a document up once, not every relation) */
  nodeOf: Map<string, Map<string, string>>;
  /** node id -> reasons for every join into it */
  reasons: Map<string, NodeMergeReason[]>;
}

/** Reasons per node, one per (alias, rule): the first article that made the join is the one recorded. */
class ReasonBook {
  readonly byNode = new Map<string, NodeMergeReason[]>();
  /** node -> rule -> aliases recorded (nested, so no key string is built for each of the ~100,000 joins at 10,000 articles) */
  private readonly recorded = new Map<string, Map<string, Set<string>>>();

  add(node: string, reason: NodeMergeReason): void {
    let rules = this.recorded.get(node);
    if (!rules) this.recorded.set(node, (rules = new Map()));
    let aliases = rules.get(reason.rule);
    if (!aliases) rules.set(reason.rule, (aliases = new Set()));
    if (aliases.has(reason.alias)) return;
    aliases.add(reason.alias);
    const list = this.byNode.get(node);
    if (list) list.push(reason);
    else this.byNode.set(node, [reason]);
  }
}

/** For each person in one article, the roles it holds ("title|holder id"), sorted. */
function rolesByPerson(a: ArticleNodeInputs): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const r of a.relations) {
    if (r.kind !== 'role' || r.negated) continue;
    (out.get(r.source) ?? out.set(r.source, new Set()).get(r.source)!).add(`${r.predicate}|${r.target}`);
  }
  const sorted = new Map<string, string[]>();
  for (const [person, roles] of out) sorted.set(person, [...roles].sort());
  return sorted;
}

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/** Title -> holder id of "title|holder id" roles. */
function titles(roles: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const role of roles) {
    const [title, holder] = role.split('|') as [string, string];
    out.set(title, holder);
  }
  return out;
}

/** Two role sets (as titles) contradict when both are known and they share no holder of the same title. */
function contradicts(ta: ReadonlyMap<string, string>, tb: ReadonlyMap<string, string>): boolean {
  if (!ta.size || !tb.size) return false;
  for (const [title, target] of ta) if (tb.has(title) && tb.get(title) !== target) return true;
  return false;
}

/**
 * A node that a canonical id has become, with the roles of the people in it
 * (sorted, no repeats). Their titles are kept alongside and remade only when a
 * role is new, instead of for every comparison: a person named in many articles
 * is compared with every holder of the id once per article.
 */
interface Holder {
  node: string;
  roles: string[];
  titles: ReadonlyMap<string, string>;
}

function addRoles(h: Holder, roles: string[]): void {
  let changed = false;
  for (const role of roles) if (!h.roles.includes(role)) { changed = true; break; }
  if (!changed) return;
  h.roles = [...new Set([...h.roles, ...roles])].sort();
  h.titles = titles(h.roles);
}

/**
 * The name-shape questions node assignment asks, answered once per distinct name:
 * a corpus names the same people over and over (1,162 CoNLL documents ask about
 * the same few thousand names ~40,000 times, ~120 ms of word splitting).
 */
class NameShapes {
  private readonly full = new Map<string, boolean>();
  private readonly ends = new Map<string, ReturnType<typeof firstAndLast>>();
  private readonly surnames = new Map<string, string>();

  isFullName(name: string): boolean {
    let v = this.full.get(name);
    if (v === undefined) this.full.set(name, (v = isFullName(name)));
    return v;
  }

  firstAndLast(name: string): ReturnType<typeof firstAndLast> {
    if (this.ends.has(name)) return this.ends.get(name);
    const v = firstAndLast(name);
    this.ends.set(name, v);
    return v;
  }

  surnameKey(name: string): string {
    let v = this.surnames.get(name);
    if (v === undefined) this.surnames.set(name, (v = surnameKey(name)));
    return v;
  }
}

export function assignNodes(analyses: readonly ArticleNodeInputs[], corrections: Corrections = NO_CORRECTIONS): NodeAssignment {
  const shapes = new NameShapes();
  const nodeOf = new Map<string, Map<string, string>>();
  const entitiesOf = (doc: string): Map<string, string> => nodeOf.get(doc) ?? nodeOf.set(doc, new Map()).get(doc)!;
  const book = new ReasonBook();
  const split = new Set(corrections.splits.map((s) => s.node));

  // Within-article merges come from resolve.
  for (const a of analyses) {
    for (const e of a.entities) {
      for (const m of e.merges ?? []) book.add(e.id, { ...m, doc: a.document.id });
    }
  }

  // 1 + 2: same id, unless the person's roles contradict an earlier holder of that id.
  const holders = new Map<string, Holder[]>();
  for (const a of analyses) {
    const roleMap = rolesByPerson(a);
    const nodeOfEntity = entitiesOf(a.document.id);
    for (const e of a.entities) {
      if (split.has(e.id)) { nodeOfEntity.set(e.id, `${e.id}@${a.document.id}`); continue; }
      const roles = e.type === 'person' ? roleMap.get(e.id) ?? [] : [];
      const roleTitles = roles.length ? titles(roles) : NO_TITLES;
      const known = holders.get(e.id);
      if (!known) {
        holders.set(e.id, [{ node: e.id, roles, titles: roleTitles }]);
        nodeOfEntity.set(e.id, e.id);
        continue;
      }
      let fit: Holder | undefined;
      for (const h of known) if (!contradicts(h.titles, roleTitles)) { fit = h; break; }
      if (fit) {
        nodeOfEntity.set(e.id, fit.node);
        addRoles(fit, roles);
        book.add(fit.node, { alias: e.name, rule: e.id.startsWith('person:') ? 'same full name across articles' : 'same canonical id across articles', detail: e.id, doc: a.document.id });
      } else {
        const node = `${e.id}~${known.length + 1}`;
        known.push({ node, roles, titles: roleTitles });
        nodeOfEntity.set(e.id, node);
        book.add(node, { alias: e.name, rule: 'kept apart: conflicting roles', detail: roles.join(', '), doc: a.document.id });
      }
    }
  }

  const facts = new PersonFacts();
  for (const a of analyses) facts.addArticle(a, nodeOf.get(a.document.id)!);

  // 3a: a full name without the middle name or initial ("Donald Trump") joins the one fuller name
  //     of the corpus with the same first and last names ("Donald J. Trump"), unless facts contradict
  const fuller = new Map<string, Set<string>>();
  const fullerName = new Map<string, string>();
  for (const a of analyses) {
    const nodeOfEntity = nodeOf.get(a.document.id)!;
    for (const e of a.entities) {
      const ends = e.type === 'person' && shapes.isFullName(e.name) ? shapes.firstAndLast(e.name) : undefined;
      if (!ends || !ends.middle) continue;
      const node = nodeOfEntity.get(e.id)!;
      (fuller.get(ends.key) ?? fuller.set(ends.key, new Set()).get(ends.key)!).add(node);
      fullerName.set(node, e.name);
    }
  }
  if (fuller.size) {
    for (const a of analyses) {
      const nodeOfEntity = nodeOf.get(a.document.id)!;
      for (const e of a.entities) {
        const ends = e.type === 'person' && !split.has(e.id) ? shapes.firstAndLast(e.name) : undefined;
        if (!ends || ends.middle) continue;
        const own = facts.ofEntity(a.document.id, e.id);
        const fits = [...fuller.get(ends.key) ?? []].filter((node) => !facts.contradicts(own, node));
        if (fits.length !== 1 || nodeOfEntity.get(e.id) === fits[0]) continue;
        nodeOfEntity.set(e.id, fits[0]!);
        book.add(fits[0]!, { alias: e.name, rule: 'middle name across articles', detail: `"${e.name}" is "${fullerName.get(fits[0]!)}" without the middle name: the only such name in the corpus`, doc: a.document.id });
      }
    }
  }

  // 3b: a surname, title + surname or initials ("Yeltsin", "Mr Blair", "B. Yeltsin") joins the one full
  //     name of the corpus it is a short form of, unless their roles or countries contradict
  const fullBySurname = new Map<string, Set<string>>();
  /** Full names by their first word: a family name written first ("Xi" of "Xi Jinping"). */
  const fullByFirst = new Map<string, Set<string>>();
  for (const a of analyses) {
    const nodeOfEntity = nodeOf.get(a.document.id)!;
    for (const e of a.entities) {
      if (e.type !== 'person' || !shapes.isFullName(e.name)) continue;
      const key = shapes.surnameKey(e.name);
      (fullBySurname.get(key) ?? fullBySurname.set(key, new Set()).get(key)!).add(nodeOfEntity.get(e.id)!);
      const first = shapes.firstAndLast(e.name)?.key.split('|')[0];
      if (first) (fullByFirst.get(first) ?? fullByFirst.set(first, new Set()).get(first)!).add(nodeOfEntity.get(e.id)!);
      facts.name(nodeOfEntity.get(e.id)!, e.name);
    }
  }
  const joinFamilyName = (word: string, own: Facts, doc: string, entity: string, nodeOfEntity: Map<string, string>) => {
    // a given name alone ("Lisa", "Chelsea") looks the same: only a role or country both share is evidence enough
    const fits = [...fullByFirst.get(nameKey(word)) ?? []].filter((node) => !facts.contradicts(own, node) && facts.agrees(own, node));
    if (fits.length !== 1 || nodeOfEntity.get(entity) === fits[0]) return;
    nodeOfEntity.set(entity, fits[0]!);
    book.add(fits[0]!, {
      alias: word, rule: 'family name across articles',
      detail: `"${word}" opens "${facts.nameOf(fits[0]!)}", the only full name in the corpus that does and shares a role or country with it`, doc,
    });
  };
  for (const a of analyses) {
    const nodeOfEntity = nodeOf.get(a.document.id)!;
    for (const e of a.entities) {
      // a lone capitalised word ('other') may be a surname too
      if ((e.type !== 'person' && e.type !== 'other') || split.has(e.id) || shapes.isFullName(e.name)) continue;
      const candidates = fullBySurname.get(shapes.surnameKey(e.name));
      const own = facts.ofEntity(a.document.id, e.id);
      if (!candidates) {
        // no full name ends with the word: it may be a family name written first ("Xi" of "Xi Jinping")
        if (!/\s/.test(e.name)) joinFamilyName(e.name, own, a.document.id, e.id, nodeOfEntity);
        continue;
      }
      let target: string | undefined;
      let form: ShortForm | undefined;
      let fits = 0;
      for (const node of candidates) {
        const f = personShortForm(e.name, facts.nameOf(node)!);
        if (!f || facts.contradicts(own, node)) continue;
        fits++;
        target = node;
        form = f;
      }
      if (fits !== 1 || nodeOfEntity.get(e.id) === target) continue;
      nodeOfEntity.set(e.id, target!);
      const others = candidates.size - 1;
      book.add(target!, {
        alias: e.name,
        rule: `${form!.rule === 'initials' ? 'initials' : 'surname'} across articles`,
        detail: `${form!.detail}: the only such full name in the corpus${others ? ` whose roles and countries do not contradict it (${others} other${others > 1 ? 's' : ''} with that surname)` : ''}`,
        doc: a.document.id,
      });
    }
  }

  // 4: user merges, following chains (A into B, B into C).
  const into = new Map(corrections.merges.map((m) => [m.from, m.into]));
  // The reason recorded with each user merge: where it was made, and why when the user said.
  const said = new Map(corrections.merges.map((m) => [m.from, [m.by === 'viewer' ? 'merged in the viewer' : 'kg merge', m.reason].filter(Boolean).join(': ')]));
  const follow = (node: string): string => {
    const seen = new Set<string>();
    let current = node;
    while (into.has(current) && !seen.has(current)) { seen.add(current); current = into.get(current)!; }
    return current;
  };
  if (into.size) {
    for (const nodeOfEntity of nodeOf.values()) {
      for (const [entity, node] of nodeOfEntity) {
        const target = follow(node);
        if (target !== node) {
          nodeOfEntity.set(entity, target);
          book.add(target, { alias: node, rule: 'user', detail: said.get(node) ?? 'kg merge' });
          for (const r of book.byNode.get(node) ?? []) book.add(target, r);
        }
      }
    }
  }
  return { nodeOf, reasons: book.byNode };
}
