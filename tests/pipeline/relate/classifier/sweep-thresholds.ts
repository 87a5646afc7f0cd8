// What a relation model's confidence thresholds trade: CoNLL04 dev (strict, as
// ../shared/tools/eval-conll04.mjs, within ~0.01) against the hand-annotated news
// sets (tests/fixtures/news/score.ts, plain and --fresh). Every article is analysed
// once with all thresholds at 0; each threshold vector then keeps the model's
// relations at or above it (approximate: a model relation below threshold may have
// kept a knowledge relation out).
// Run from the project root:
//   npx tsx tests/pipeline/relate/classifier/sweep-thresholds.ts [MODEL.bin.gz] [T,T,T,T,T ...] [-v] [-w]
// T,T,T,T,T: thresholds for Work_For, Live_In, Located_In, OrgBased_In, Kill (the model's own come first);
// -v lists the model's relations on the news sets with confidence and RIGHT/WRONG; -w the wrong ones per vector.
import { readFileSync } from 'node:fs';
import { loadStages, analyzeArticle } from '../../../../src/pipeline/analyze.ts';
import { relate } from '../../../../src/pipeline/relate/relate.ts';
import { readArticle } from '../../../../src/pipeline/read.ts';
import { RelationClassifier } from '../../../../src/pipeline/relate/classifier/index.ts';
import { decodeRelationModel } from '../../../../src/pipeline/relate/classifier/model.ts';
import { newsArticles, scoreAnalysis, total } from '../../../fixtures/news/score.ts';
import type { ArticleAnalysis, Relation } from '../../../../src/types.ts';
import { conllType } from './conll04-types.ts';

const args = process.argv.slice(2);
const modelPath = args.find((a) => a.endsWith('.gz')) ?? 'src/pipeline/relate/model/relations-conll04.bin.gz';
const model = decodeRelationModel(readFileSync(modelPath));
const zero = new RelationClassifier({ ...model, minConfidence: 0, typeMinConfidence: model.typeMinConfidence.map(() => 0) });
const stages = await loadStages({ relationModel: false });
stages.relate = (seg, resolved, parsed) => relate(seg, resolved, { parsed, classifier: zero });
const TYPES = ['Work_For', 'Live_In', 'Located_In', 'OrgBased_In', 'Kill'];
const typeOf = (a: ArticleAnalysis, r: Relation) => { const e = (id: string) => a.entities.find((x) => x.id === id)!; return conllType(r.kind, e(r.source)?.type, e(r.target)?.type, r.cameo); };
const keep = (a: ArticleAnalysis, th: number[]) => (r: Relation) => r.by !== 'model' || r.confidence >= th[TYPES.indexOf(typeOf(a, r) ?? 'Kill')]!;

// CoNLL04 dev
const data = JSON.parse(readFileSync('../shared/data/conll04/conll04_dev.json', 'utf8'));
const conll = data.map((d: any, i: number) => {
  const offs: number[][] = []; let pos = 0;
  for (const t of d.tokens) { offs.push([pos, pos + t.length]); pos += t.length + 1; }
  const ents: any[] = []; let open: any = null;
  d.tags.forEach((tag: string, k: number) => {
    const [b, ty] = tag === 'O' ? ['O', null] : tag.split('-');
    if (b === 'U') ents.push({ start: offs[k]![0], end: offs[k]![1] });
    else if (b === 'B') open = { start: offs[k]![0] };
    else if (b === 'L' && open) { ents.push({ ...open, end: offs[k]![1] }); open = null; }
  });
  const a = analyzeArticle({ id: `s${i}`, title: null, source: 'conll04', text: d.tokens.join(' ') + '\n' } as any, stages);
  return { a, ents, rels: d.relations };
});
function conllScore(th: number[]) {
  const tab = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, gold: 0 }]));
  for (const { a, ents, rels } of conll) {
    const byId = new Map(a.entities.map((e: any) => [e.id, e]));
    const used = new Set<number>();
    for (const g of rels) tab[g.type]!.gold++;
    for (const x of a.relations.filter(keep(a, th))) {
      const s: any = byId.get(x.source), t: any = byId.get(x.target);
      if (!s || !t) continue;
      const type = conllType(x.kind, s.type, t.type, x.cameo);
      if (!type) continue;
      tab[type]!.pred++;
      const same = (m: any, e: any) => m.start === e.start && m.end === e.end;
      const k = rels.findIndex((g: any, j: number) => !used.has(j) && g.type === type && s.mentions.some((m: any) => same(m, ents[g.head])) && t.mentions.some((m: any) => same(m, ents[g.tail])));
      if (k >= 0) { used.add(k); tab[type]!.tp++; }
    }
  }
  const f = (x: any) => { const P = x.pred ? x.tp / x.pred : 0, R = x.gold ? x.tp / x.gold : 0; return { P, R, F: P + R ? 2 * P * R / (P + R) : 0 }; };
  const all = f(TYPES.reduce((acc, t) => ({ tp: acc.tp + tab[t]!.tp, pred: acc.pred + tab[t]!.pred, gold: acc.gold + tab[t]!.gold }), { tp: 0, pred: 0, gold: 0 }));
  return `conll P=${all.P.toFixed(3)} R=${all.R.toFixed(3)} F1=${all.F.toFixed(3)} (${TYPES.map((t) => `${t} ${f(tab[t]).F.toFixed(2)}`).join(', ')})`;
}
const sets = (['news', 'fresh'] as const).map((set) => newsArticles(set).map((x) => ({ x, a: analyzeArticle(readArticle(readFileSync(x.path), x.path), stages) })));
function newsScore(th: number[], verbose = false) {
  return sets.map((set, k) => {
    const scores = set.map(({ x, a }) => {
      const s = scoreAnalysis({ ...a, relations: a.relations.filter(keep(a, th)) }, x.gold, x.alsoTrue);
      if (verbose) for (const w of s.wrong) console.log(`  ${x.file} wrong ${w}`);
      return s;
    });
    const t = total(scores);
    return `${k ? 'fresh' : 'news'} R=${t.recall.toFixed(3)} P=${t.precision.toFixed(3)}`;
  }).join('; ');
}
// the model's own relations on news with their confidence and correctness
for (const set of sets) for (const { x, a } of set) {
  for (const r of a.relations) {
    if (r.by !== 'model') continue;
    const s = scoreAnalysis({ ...a, relations: [r] }, [], x.gold.concat(x.alsoTrue));
    if (args.includes('-v')) console.log(`${x.file} ${typeOf(a, r)} ${r.confidence} ${s.correct ? 'RIGHT' : 'WRONG'} ${a.entities.find((e) => e.id === r.source)?.name} -> ${a.entities.find((e) => e.id === r.target)?.name}`);
  }
}
const grid: number[][] = [model.typeMinConfidence.map((t) => Math.max(t, model.minConfidence))];
for (const spec of args.filter((a) => /^[\d.,]+$/.test(a))) grid.push(spec.split(',').map(Number));
for (const th of grid) console.log(`th ${th.join(',')}: ${conllScore(th)} | ${newsScore(th, args.includes('-w'))}`);
