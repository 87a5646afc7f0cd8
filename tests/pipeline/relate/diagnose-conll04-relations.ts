// Where CoNLL04 relation F1 is lost, relation by relation, scored as ../shared/tools/eval-conll04.mjs scores it (strict
// spans, the project's kinds mapped onto the five types by their ends' classes). Each gold relation not found goes in one
// bucket, by its worse end first:
//   ent-missed                no mention overlaps an end
//   ent-cut                   an end's mention overlaps it with other bounds (not a convention below)
//   ent-type                  an end's mention has its span with another class
//   ent-convention:<which>    the span differs only by CoNLL04's conventions: full-stop (the sentence's full stop glued
//                             to the name), title (a title or honorific we keep outside a person's name), town-state
//                             ("Town , State", two places for us)
//   norel                     both ends found; no relation of a CoNLL04 type between them
//   wrongtype / reversed      both ends found; another type, or the right type the other way round
//   repeated                  the gold states the relation again between other mentions of the same two entities
//                             ("NRC headquarters in Rockville ... NRC experts"): one entity-level relation is credited once
// and each predicted relation not in the gold, by what its ends are:
//   ent-nomention             an end has no mention (a country named by its nationality word, gazetteer knowledge)
//   ent-notgold               an end's mentions overlap no gold entity
//   ent-cut                   an end's mentions overlap a gold entity with other bounds (conventions included)
//   enttype                   both ends are gold spans, one of another class
//   norel-gold / wrongtype / reversed   both ends are gold entities: no gold relation between them, another type, the other way
// A "/knowledge" or "/context" suffix marks the relation's basis. The last lines give strict F1 as scored, without
// knowledge relations, with knowledge relations counted only when right (never against precision: how
// tests/fixtures/news/score.ts counts them), with only the full-stop convention forgiven (a gold token "Texas." matched
// by the name "Texas": what a scorer aligning predicted spans to the gold tokens would count), with both of the last two,
// and with all the span conventions forgiven (an upper bound of what spans alone lose). -v also lists the right ones, with the rule or model that found them.
// Run from the project root:
//   npx tsx tests/pipeline/relate/diagnose-conll04-relations.ts [DATA.json] [-v] [--rules]
import { readFileSync } from 'node:fs';
import { analyzeArticle, loadStages } from '../../../src/pipeline/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';
import { coarse, conllType } from './classifier/conll04-types.ts';

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith('.json')) ?? '../shared/data/conll04/conll04_dev.json';
const verbose = args.includes('-v');
const data = JSON.parse(readFileSync(file, 'utf8')) as Array<{ tokens: string[]; tags: string[]; relations: Array<{ head: number; tail: number; type: string }> }>;
// --rules: the rules alone (no CoNLL04 classifier, no news model), to see what they miss where the model has been trained
const stages = await loadStages(args.includes('--rules') ? { relationModel: false } : {});

const TYPES = ['Work_For', 'Live_In', 'Located_In', 'OrgBased_In', 'Kill'];
const TITLE = /^(?:[A-Z][a-z]*\.|President|Prince|Princess|King|Queen|Pope|Premier|Chancellor|Judge|Justice|Actress|Actor|Mayor|Sultan|Archduke|Sen|Rep|Gov|Gen|Rev|Dr|Mr|Mrs|Ms)$/;

type Span = { start: number; end: number };
type Gold = Span & { type: string; t0: number; t1: number };
const cnt = new Map<string, number>();
const inc = (k: string) => cnt.set(k, (cnt.get(k) ?? 0) + 1);
const lines: string[] = [];
const variants = { scored: [0, 0], noKnowledge: [0, 0], knowledgeRecallOnly: [0, 0], fullStopForgiven: [0, 0], fullStopKnowledgeRecallOnly: [0, 0], conventionsForgiven: [0, 0] };
let goldTotal = 0;

data.forEach((d, i) => {
  const offs: number[][] = [];
  let pos = 0;
  for (const t of d.tokens) { offs.push([pos, pos + t.length]); pos += t.length + 1; }
  const ents: Gold[] = [];
  let open: { type: string; start: number; t0: number } | null = null;
  d.tags.forEach((tag, k) => {
    const [b, ty] = tag === 'O' ? ['O', ''] : tag.split('-') as [string, string];
    if (b === 'U') ents.push({ type: ty, start: offs[k]![0]!, end: offs[k]![1]!, t0: k, t1: k + 1 });
    else if (b === 'B') open = { type: ty, start: offs[k]![0]!, t0: k };
    else if (b === 'L' && open) { ents.push({ ...open, end: offs[k]![1]!, t1: k + 1 }); open = null; }
  });
  const text = d.tokens.join(' ');
  const out: ArticleAnalysis = analyzeArticle({ id: `s${i}`, title: null, source: 'conll04', text: text + '\n' }, stages);
  const byId = new Map(out.entities.map((e) => [e.id, e]));
  const ms = out.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, cls: coarse(e.type), type: e.type })));
  const same = (m: Span, x: Span) => m.start === x.start && m.end === x.end;
  // a span that differs from the gold one only by a CoNLL04 convention
  const convention = (m: Span, g: Gold): string | null => {
    const toks = d.tokens.slice(g.t0, g.t1);
    if (m.start === g.start && m.end < g.end && /^ ?\.$/.test(text.slice(m.end, g.end))) return 'full-stop';
    if (m.start === g.start && toks.includes(',') && text.slice(m.end, g.end).startsWith(' ,')) return 'town-state';
    if (m.start > g.start && (m.end === g.end || /^ ?\.$/.test(text.slice(m.end, g.end))) && TITLE.test(toks[0]!)) return 'title';
    return null;
  };
  const endClass = (g: Gold): string => {
    if (ms.some((m) => same(m, g) && m.cls === g.type)) return 'ok';
    const exact = ms.find((m) => same(m, g));
    if (exact) return 'ent-type';
    const over = ms.filter((m) => m.start < g.end && g.start < m.end);
    if (!over.length) return 'ent-missed';
    const c = over.map((m) => convention(m, g)).find((x) => x);
    return c ? `ent-convention:${c}` : 'ent-cut';
  };
  const rank = (c: string) => ['ent-missed', 'ent-cut', 'ent-type'].indexOf(c) + 1 || (c.startsWith('ent-convention') ? 4 : 5);
  const preds = out.relations.flatMap((x) => {
    const s = byId.get(x.source), t = byId.get(x.target);
    const type = s && t ? conllType(x.kind, s.type, t.type, x.cameo) : null;
    return s && t && type ? [{ x, s, t, type }] : [];
  });
  goldTotal += d.relations.length;
  // the readings of strict F1 (knowledge: true leaves knowledge relations out, 'recall' counts them only when right)
  for (const [name, knowledge, lenient] of [['scored', false, false], ['noKnowledge', true, false], ['knowledgeRecallOnly', 'recall', false], ['fullStopForgiven', false, 'full-stop'], ['fullStopKnowledgeRecallOnly', 'recall', 'full-stop'], ['conventionsForgiven', false, true]] as const) {
    const used = new Set<number>();
    const match = (m: Span, g: Gold) => same(m, g) || (lenient === true ? convention(m, g) !== null : lenient ? convention(m, g) === lenient : false);
    for (const p of preds) {
      if (knowledge === true && p.x.basis === 'knowledge') continue;
      const k = d.relations.findIndex((r, j) => !used.has(j) && r.type === p.type
        && p.s.mentions.some((m) => match(m, ents[r.head]!)) && p.t.mentions.some((m) => match(m, ents[r.tail]!)));
      if (k < 0 && knowledge === 'recall' && p.x.basis === 'knowledge') continue;
      variants[name][1]++;
      if (k >= 0) { used.add(k); variants[name][0]++; }
    }
  }
  const hits = (e: { mentions: Span[] }, g: number) => e.mentions.some((m) => same(m, ents[g]!));
  const used = new Set<number>();
  const matched = new Set<number>();
  preds.forEach((p, n) => {
    const k = d.relations.findIndex((r, j) => !used.has(j) && r.type === p.type && hits(p.s, r.head) && hits(p.t, r.tail));
    if (k >= 0) {
      used.add(k); matched.add(n); inc(`TP ${p.type}`);
      if (verbose) lines.push(`#${i} TP ${p.type}: ${p.s.name} [${p.s.type}] -${p.x.predicate}-> ${p.t.name} [${p.t.type}] (${p.x.by}${p.x.confidence !== undefined ? ` ${p.x.confidence.toFixed(2)}` : ""})`);
    }
  });
  d.relations.forEach((r, j) => {
    if (used.has(j)) return;
    const ch = endClass(ents[r.head]!), ct = endClass(ents[r.tail]!);
    let why: string;
    if (ch === 'ok' && ct === 'ok') {
      const other = preds.find((p) => hits(p.s, r.head) && hits(p.t, r.tail));
      why = other?.type === r.type ? 'repeated' : other ? 'wrongtype' : preds.some((p) => p.type === r.type && hits(p.s, r.tail) && hits(p.t, r.head)) ? 'reversed' : 'norel';
    } else why = [ch, ct].filter((c) => c !== 'ok').sort((a, b) => rank(a) - rank(b))[0]!;
    inc(`FN ${r.type} ${why}`);
    if (verbose) lines.push(`#${i} FN ${r.type} ${why}: "${text.slice(ents[r.head]!.start, ents[r.head]!.end)}" -> "${text.slice(ents[r.tail]!.start, ents[r.tail]!.end)}"`);
  });
  preds.forEach((p, n) => {
    if (matched.has(n)) return;
    const goldOf = (e: { mentions: Span[] }) => ents.findIndex((g) => e.mentions.some((m) => same(m, g)));
    const a = goldOf(p.s), b = goldOf(p.t);
    let why: string;
    if (a >= 0 && b >= 0) {
      const typed = ents[a]!.type === coarse(p.s.type) && ents[b]!.type === coarse(p.t.type);
      const r = d.relations.find((x) => (x.head === a && x.tail === b) || (x.head === b && x.tail === a));
      why = !typed ? 'enttype' : r ? (r.head === a ? 'wrongtype' : 'reversed') : 'norel-gold';
    } else {
      const endOf = (e: { mentions: Span[] }) => !e.mentions.length ? 'ent-nomention'
        : !ents.some((g) => e.mentions.some((m) => m.start < g.end && g.start < m.end)) ? 'ent-notgold' : goldOf(e) >= 0 ? 'ok' : 'ent-cut';
      why = [endOf(p.s), endOf(p.t)].filter((c) => c !== 'ok').sort()[0]!;
    }
    if (p.x.basis !== 'stated') why += `/${p.x.basis}`;
    inc(`FP ${p.type} ${why}`);
    if (verbose) lines.push(`#${i} FP ${p.type} ${why}: ${p.s.name} [${p.s.type}] -${p.x.predicate}-> ${p.t.name} [${p.t.type}] (${p.x.by}${p.x.confidence !== undefined ? ` ${p.x.confidence.toFixed(2)}` : ""})`);
  });
});

if (verbose) console.log(lines.join('\n'));
const keys = [...new Set([...cnt.keys()].map((k) => k.replace(/^(\S+) \S+ ?/, '$1 ')))].sort();
console.log(['', ...TYPES, 'all'].join('\t'));
for (const k of keys) {
  const [a, ...rest] = k.split(' ');
  const r = rest.join(' ');
  const vals = TYPES.map((t) => cnt.get(`${a} ${t}${r ? ` ${r}` : ''}`) ?? 0);
  console.log([k.trim(), ...vals, vals.reduce((x, y) => x + y, 0)].join('\t'));
}
for (const [k, [tp, pred]] of Object.entries(variants)) {
  const P = tp! / pred!, R = tp! / goldTotal;
  console.log(`strict F1 ${k}: P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${((2 * P * R) / (P + R)).toFixed(3)} (${tp}/${goldTotal}, ${pred} pred)`);
}
