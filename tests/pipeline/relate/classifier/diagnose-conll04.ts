// Where CoNLL04 recall is lost, gold relation by gold relation, and what the rules,
// the model alone and both together score (strict, as ../shared/tools/eval-conll04.mjs;
// numbers differ from it by ~0.01 as it reads `kg extract --json` with implicit entities).
// Each gold relation not found is put in the first bucket that explains it:
//   span:head|tail|headtail    no mention has exactly the gold span
//   type:...                   the mention exists with another class
//   same-entity                both ends resolved to one entity
//   not-candidate              the classifier never saw the pair (other sentence, dateline, too far)
//   model:below-threshold      the model read the right type below its confidence threshold
//   model:wrong-type           the model read another type
//   model:reported-but-lost    the model reported it but a rule spoke about the pair
// Run from the project root:
//   npx tsx tests/pipeline/relate/classifier/diagnose-conll04.ts [DATA.json] [MODEL.bin.gz] [-v]
// -v lists every miss with its bucket and every wrong combined prediction with its rule.
import { readFileSync } from 'node:fs';
import { segment } from '../../../../src/pipeline/segment.ts';
import { loadStages } from '../../../../src/pipeline/analyze.ts';
import { relateDetailed } from '../../../../src/pipeline/relate/relate.ts';
import { RelationClassifier, loadRelationClassifier } from '../../../../src/pipeline/relate/classifier/index.ts';
import { decodeRelationModel } from '../../../../src/pipeline/relate/classifier/model.ts';
import type { PairSentence, ContainedIn } from '../../../../src/pipeline/relate/classifier/features.ts';
import { typeOfLabel, aIsHeadOf, RELATION_TYPES } from '../../../../src/pipeline/relate/classifier/labels.ts';
import { coarse, conllType } from './conll04-types.ts';

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith('.json')) ?? '../shared/data/conll04/conll04_dev.json';
const modelPath = args.find((a) => a.endsWith('.gz'));
const verbose = args.includes('-v');
const data = JSON.parse(readFileSync(file, 'utf8'));
const real = modelPath ? new RelationClassifier(decodeRelationModel(readFileSync(modelPath))) : loadRelationClassifier();
const zero = new RelationClassifier({ ...real.model, minConfidence: 0, typeMinConfidence: real.model.typeMinConfidence.map(() => 0) });
type Rec = { ps: PairSentence; a: number; b: number; label: number; confidence: number; reported: boolean };
let recs: Rec[] = [];
class Spy extends RelationClassifier {
  override classify(ps: PairSentence, within?: ContainedIn) {
    const all = zero.classify(ps, within);
    const kept = real.classify(ps, within);
    for (const d of all) recs.push({ ps, ...d, reported: kept.some((k) => k.a === d.a && k.b === d.b) });
    // pairs never candidates are absent from `all`
    return kept;
  }
}
const spy = new Spy(real.model);
const stages = await loadStages({ relationModel: false });
const TYPES = RELATION_TYPES as readonly string[];
const cnt: Record<string, number> = {};
const inc = (k: string) => { cnt[k] = (cnt[k] ?? 0) + 1; };
const score = { comb: { tp: 0, pred: 0 }, rules: { tp: 0, pred: 0 }, model: { tp: 0, pred: 0 } };
const perType: Record<string, Record<string, { tp: number; pred: number; gold: number }>> = {};
for (const w of ['comb', 'rules', 'model']) perType[w] = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
let goldN = 0;
const lines: string[] = [];
data.forEach((d: any, i: number) => {
  const offs: number[][] = []; let pos = 0;
  for (const t of d.tokens) { offs.push([pos, pos + t.length]); pos += t.length + 1; }
  const ents: any[] = []; let open: any = null;
  d.tags.forEach((tag: string, k: number) => {
    const [b, ty] = tag === 'O' ? ['O', null] : tag.split('-');
    if (b === 'U') ents.push({ type: ty, start: offs[k]![0], end: offs[k]![1] });
    else if (b === 'B') open = { type: ty, start: offs[k]![0] };
    else if (b === 'L' && open) { ents.push({ ...open, end: offs[k]![1] }); open = null; }
  });
  const text = d.tokens.join(' ');
  const article = { id: `s${i}`, title: null, source: 'conll04', text: text + '\n' } as any;
  const seg = segment(article);
  const tagged = stages.tag(seg);
  const mentions = stages.recognize(seg, tagged);
  const resolved = stages.resolve(seg, mentions);
  const parsed = stages.parse(seg);
  recs = [];
  const comb = relateDetailed(seg, resolved, { parsed, classifier: spy });
  const myRecs = recs;
  const rules = relateDetailed(seg, resolved, { parsed });
  const ent = new Map(resolved.entities.map((e) => [e.id, e]));
  const mentionAt = (g: any) => resolved.mentions.find((m) => m.start === g.start && m.end === g.end);
  const sentOfTok = (ps: PairSentence) => seg.sentences.findIndex((s) => s.tokenEnd - s.tokenStart === ps.words.length && ps.words.every((w, k) => seg.tokens[s.tokenStart + k]!.text === w));
  const spanOf = (ps: PairSentence, m: number) => { const s = seg.sentences[sentOfTok(ps)]!; const x = ps.mentions[m]!; return [seg.tokens[s.tokenStart + x.start]!.start, seg.tokens[s.tokenStart + x.end - 1]!.end]; };
  const evalSet = (rels: any[], which: string) => {
    const used = new Set<number>();
    for (const x of rels) {
      const s = ent.get(x.source), t = ent.get(x.target);
      if (!s || !t) continue;
      const type = conllType(x.kind, s.type, t.type, x.cameo);
      if (!type) continue;
      (score as any)[which].pred++; perType[which]![type]!.pred++;
      const k = d.relations.findIndex((gr: any, j: number) => !used.has(j) && gr.type === type && s.mentions.some((m) => m.start === ents[gr.head].start && m.end === ents[gr.head].end) && t.mentions.some((m) => m.start === ents[gr.tail].start && m.end === ents[gr.tail].end));
      if (k >= 0) { used.add(k); (score as any)[which].tp++; perType[which]![type]!.tp++; }
      if (which === 'comb') { inc(`by ${x.rule}|${k >= 0 ? 'right' : 'wrong'}`); if (k < 0 && verbose) lines.push(`#${i} WRONG ${x.rule} ${s.name} -${type}-> ${t.name} ${x.confidence}`); }
    }
    return used;
  };
  const usedC = evalSet(comb, 'comb');
  evalSet(rules, 'rules');
  // model only: reported decisions, by mention span
  const usedM = new Set<number>();
  for (const r of myRecs) {
    if (!r.reported) continue;
    const type = TYPES[typeOfLabel(r.label)]!;
    score.model.pred++; perType.model![type]!.pred++;
    const [h, t] = aIsHeadOf(r.label) ? [r.a, r.b] : [r.b, r.a];
    const hs = spanOf(r.ps, h), ts = spanOf(r.ps, t);
    const k = d.relations.findIndex((gr: any, j: number) => !usedM.has(j) && gr.type === type && ents[gr.head].start === hs[0] && ents[gr.head].end === hs[1] && ents[gr.tail].start === ts[0] && ents[gr.tail].end === ts[1]);
    if (k >= 0) { usedM.add(k); score.model.tp++; perType.model![type]!.tp++; }
  }
  d.relations.forEach((gr: any, j: number) => {
    goldN++;
    for (const w of ['comb', 'rules', 'model']) perType[w]![gr.type]!.gold++;
    const H = ents[gr.head], Tl = ents[gr.tail];
    const hm = mentionAt(H), tm = mentionAt(Tl);
    const hx = hm && coarse(ent.get(hm.entity)?.type ?? '') === H.type, tx = tm && coarse(ent.get(tm.entity)?.type ?? '') === Tl.type;
    let why: string;
    if (usedC.has(j)) why = 'found';
    else if (!hm || !tm) why = `span:${!hm ? 'head' : ''}${!tm ? 'tail' : ''}`;
    else if (!hx || !tx) why = `type:${!hx ? 'head' : ''}${!tx ? 'tail' : ''}`;
    else if (hm.entity === tm.entity) why = 'same-entity';
    else {
      // a model record for this pair?
      const rec = myRecs.find((r) => { const a = spanOf(r.ps, r.a), b = spanOf(r.ps, r.b); return (a[0] === H.start && a[1] === H.end && b[0] === Tl.start && b[1] === Tl.end) || (b[0] === H.start && b[1] === H.end && a[0] === Tl.start && a[1] === Tl.end); });
      if (!rec) why = hm.sentence !== tm.sentence ? 'not-candidate:other-sentence' : 'not-candidate';
      else if (TYPES[typeOfLabel(rec.label)] !== gr.type) why = `model:wrong-type(${TYPES[typeOfLabel(rec.label)]})`;
      else if (!rec.reported) why = `model:below-threshold`;
      else why = 'model:reported-but-lost';
      if (why.startsWith('model:below')) inc(`conf:${gr.type}:${Math.floor(rec!.confidence * 10) / 10}`);
    }
    inc(why); inc(`${why.split(':')[0]}|${gr.type}`);
    if (verbose && why !== 'found') lines.push(`#${i} ${why} ${text.slice(H.start, H.end)} -${gr.type}-> ${text.slice(Tl.start, Tl.end)}`);
  });
});
const f = (x: { tp: number; pred: number }) => { const P = x.pred ? x.tp / x.pred : 0, R = x.tp / goldN; return `P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${(P + R ? (2 * P * R) / (P + R) : 0).toFixed(3)}`; };
for (const w of ['comb', 'rules', 'model']) {
  const per = TYPES.map((t) => { const x = perType[w]![t]!; const P = x.pred ? x.tp / x.pred : 0, R = x.tp / x.gold; return `${t} ${(P + R ? 2 * P * R / (P + R) : 0).toFixed(2)}`; }).join(', ');
  console.log(`${w}: ${f((score as any)[w])} (${per})`);
}
if (verbose) console.log(lines.join('\n'));
console.log(Object.entries(cnt).sort().map(([k, v]) => `${k} ${v}`).join('\n'));
