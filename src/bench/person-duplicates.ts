// Count likely duplicate people in a store's graph: pairs of person nodes where one's
// label is a short form (surname, title + surname, initials) of the other's full name.
// A pair whose nodes share a document is one resolution should have joined; across
// documents it is either a miss or two people with one surname (what `kg merges --suggest`
// is for). Measures issue 15's numbers on any corpus:
//   npx tsx src/bench/person-duplicates.ts --data DIR [--list N]
import { loadGraph } from '../store/graph-file.ts';
import type { KnowledgeGraph } from '../types.ts';
import { isFullName, personShortForm, surnameKey } from '../pipeline/resolve/short-forms.ts';

export interface DuplicatePair {
  full: string;
  short: string;
  rule: string;
  sameDocument: boolean;
}

export function personDuplicatePairs(graph: KnowledgeGraph): DuplicatePair[] {
  const fullBySurname = new Map<string, string[]>();
  const people: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== 'person') return;
    people.push(id);
    if (isFullName(a.label)) {
      const k = surnameKey(a.label);
      (fullBySurname.get(k) ?? fullBySurname.set(k, []).get(k)!).push(id);
    }
  });
  const pairs: DuplicatePair[] = [];
  for (const s of people) {
    const short = graph.getNodeAttribute(s, 'label');
    for (const f of fullBySurname.get(surnameKey(short)) ?? []) {
      if (f === s) continue;
      const full = graph.getNodeAttribute(f, 'label');
      const form = personShortForm(short, full);
      if (!form) continue;
      const docs = new Set(graph.getNodeAttribute(f, 'documents'));
      const sameDocument = graph.getNodeAttribute(s, 'documents').some((d) => docs.has(d));
      pairs.push({ full: `${full} [${f}]`, short: `${short} [${s}]`, rule: form.rule, sameDocument });
    }
  }
  return pairs;
}

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--data');
  if (at < 0 || !argv[at + 1]) {
    process.stderr.write('person-duplicates: expected --data DIR (a store made by kg ingest)\n');
    process.exit(64);
  }
  const listAt = argv.indexOf('--list');
  const list = listAt >= 0 ? Number(argv[listAt + 1]) : 0;
  const graph = loadGraph(argv[at + 1]!);
  const pairs = personDuplicatePairs(graph);
  const byRule: Record<string, { same: number; across: number }> = {};
  for (const p of pairs) {
    const r = (byRule[p.rule] ??= { same: 0, across: 0 });
    if (p.sameDocument) r.same++;
    else r.across++;
  }
  let persons = 0;
  graph.forEachNode((_, a) => { if (a.type === 'person') persons++; });
  const same = pairs.filter((p) => p.sameDocument);
  process.stdout.write(JSON.stringify({
    nodes: graph.order, persons, pairs: pairs.length, sameDocument: same.length, acrossDocuments: pairs.length - same.length, byRule,
  }) + '\n');
  for (const p of [...same, ...pairs.filter((x) => !x.sameDocument)].slice(0, list)) {
    process.stdout.write(`${p.sameDocument ? 'same-doc' : 'across  '} ${p.rule.padEnd(13)} ${p.short}  ->  ${p.full}\n`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) main();
