// Decide which graph node each article's entity becomes, and record why.
// Within an article, resolve already joined aliases. Across articles:
//   1. the same canonical id is the same node (gazetteer ids, full-name ids);
//   2. people with the same full name stay apart when their roles contradict
//      (e.g. "president of France" in one article, "president of Brazil" in another);
//   3. a surname-only person joins the one full name in the corpus with that surname;
//   4. user corrections (kg merge / kg split) are applied last and survive re-ingestion.
import type { ArticleAnalysis, NodeMergeReason } from '../types.ts';

export interface Corrections {
  /** Merge node `from` into node `into` (node ids). */
  merges: Array<{ from: string; into: string; at?: string }>;
  /** Keep every article's mention of this node apart. */
  splits: Array<{ node: string; at?: string }>;
}

export const NO_CORRECTIONS: Corrections = { merges: [], splits: [] };

export interface NodeAssignment {
  /** `${docId}\u0000${entityId}` -> node id */
  nodeOf: Map<string, string>;
  /** node id -> reasons for every join into it */
  reasons: Map<string, NodeMergeReason[]>;
}

export const assignmentKey = (doc: string, entity: string): string => `${doc}\u0000${entity}`;

/** Reasons per node, one per (alias, rule): the first article that made the join is the one recorded. */
class ReasonBook {
  readonly byNode = new Map<string, NodeMergeReason[]>();
  private readonly keys = new Set<string>();

  add(node: string, reason: NodeMergeReason): void {
    const key = `${node}\u0000${reason.alias}\u0000${reason.rule}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    const list = this.byNode.get(node);
    if (list) list.push(reason);
    else this.byNode.set(node, [reason]);
  }
}

/** For each person in one article, the roles it holds ("title|holder id"), sorted. */
function rolesByPerson(a: ArticleAnalysis): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const r of a.relations) {
    if (r.kind !== 'role' || r.negated) continue;
    (out.get(r.source) ?? out.set(r.source, new Set()).get(r.source)!).add(`${r.predicate}|${r.target}`);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** Two role sets contradict when both are known and they share no holder of the same title. */
function contradicts(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const titles = (xs: string[]) => new Map(xs.map((x) => x.split('|') as [string, string]));
  const ta = titles(a);
  const tb = titles(b);
  for (const [title, target] of ta) if (tb.has(title) && tb.get(title) !== target) return true;
  return false;
}

export function assignNodes(analyses: ArticleAnalysis[], corrections: Corrections = NO_CORRECTIONS): NodeAssignment {
  const nodeOf = new Map<string, string>();
  const book = new ReasonBook();
  const split = new Set(corrections.splits.map((s) => s.node));

  // Within-article merges come from resolve.
  for (const a of analyses) {
    for (const e of a.entities) {
      for (const m of e.merges ?? []) book.add(e.id, { ...m, doc: a.document.id });
    }
  }

  // 1 + 2: same id, unless the person's roles contradict an earlier holder of that id.
  const holders = new Map<string, Array<{ node: string; roles: string[] }>>();
  for (const a of analyses) {
    const roleMap = rolesByPerson(a);
    for (const e of a.entities) {
      const key = assignmentKey(a.document.id, e.id);
      if (split.has(e.id)) { nodeOf.set(key, `${e.id}@${a.document.id}`); continue; }
      const roles = e.type === 'person' ? roleMap.get(e.id) ?? [] : [];
      const known = holders.get(e.id);
      if (!known) {
        holders.set(e.id, [{ node: e.id, roles }]);
        nodeOf.set(key, e.id);
        continue;
      }
      const fit = known.find((h) => !contradicts(h.roles, roles));
      if (fit) {
        nodeOf.set(key, fit.node);
        fit.roles = [...new Set([...fit.roles, ...roles])].sort();
        book.add(fit.node, { alias: e.name, rule: e.id.startsWith('person:') ? 'same full name across articles' : 'same canonical id across articles', detail: e.id, doc: a.document.id });
      } else {
        const node = `${e.id}~${known.length + 1}`;
        known.push({ node, roles });
        nodeOf.set(key, node);
        book.add(node, { alias: e.name, rule: 'kept apart: conflicting roles', detail: roles.join(', '), doc: a.document.id });
      }
    }
  }

  // 3: a lone surname joins the single full name that ends with it.
  const fullNames = new Map<string, Set<string>>();
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'person') continue;
      const parts = e.name.split(/\s+/);
      if (parts.length < 2) continue;
      const surname = parts[parts.length - 1]!.toLowerCase();
      const node = nodeOf.get(assignmentKey(a.document.id, e.id))!;
      (fullNames.get(surname) ?? fullNames.set(surname, new Set()).get(surname)!).add(node);
    }
  }
  for (const a of analyses) {
    for (const e of a.entities) {
      if (e.type !== 'person' || /\s/.test(e.name) || split.has(e.id)) continue;
      const candidates = fullNames.get(e.name.toLowerCase());
      if (!candidates || candidates.size !== 1) continue;
      const [target] = [...candidates];
      const key = assignmentKey(a.document.id, e.id);
      if (nodeOf.get(key) === target) continue;
      nodeOf.set(key, target!);
      book.add(target!, { alias: e.name, rule: 'surname across articles', detail: `the only full name in the corpus ending in "${e.name}"`, doc: a.document.id });
    }
  }

  // 4: user merges, following chains (A into B, B into C).
  const into = new Map(corrections.merges.map((m) => [m.from, m.into]));
  const follow = (node: string): string => {
    const seen = new Set<string>();
    let current = node;
    while (into.has(current) && !seen.has(current)) { seen.add(current); current = into.get(current)!; }
    return current;
  };
  for (const [key, node] of nodeOf) {
    const target = follow(node);
    if (target !== node) {
      nodeOf.set(key, target);
      book.add(target, { alias: node, rule: 'user', detail: 'kg merge' });
      for (const r of book.byNode.get(node) ?? []) book.add(target, r);
    }
  }
  return { nodeOf, reasons: book.byNode };
}
