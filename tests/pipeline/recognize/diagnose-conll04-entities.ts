// Where CoNLL04 entity mentions are lost, gold entity by gold entity (Peop/Org/Loc, strict spans and
// coarse types as ../shared/tools/eval-conll04.mjs scores them: every mention of every entity that
// `kg extract --json` prints, implicit entities included). Each gold entity goes in one bucket:
//   found                   a mention has its span and its class
//   type:<ours>             a mention has its span with another class (or no class: other, group, event)
//   convention:full-stop    the gold span ends on the sentence's full stop ("Ethiopia .")
//   convention:title        the gold span starts with a title we keep outside a person's name
//   convention:town-state   the gold span is "Town , State" (two places for us)
//   cut                     a mention overlaps it with other bounds
//   missed                  no mention overlaps it
// Predicted mentions matching no gold entity are counted as spurious (by class).
// Run from the project root:
//   npx tsx tests/pipeline/recognize/diagnose-conll04-entities.ts [DATA.json] [-v] [--rel-only]
// -v lists every entity not found with its bucket and sentence number; --rel-only counts only
// entities that are an end of a gold relation.
import { readFileSync } from 'node:fs';
import { analyzeArticle, loadStages } from '../../../src/pipeline/analyze.ts';

const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith('.json')) ?? '../shared/data/conll04/conll04_dev.json';
const verbose = args.includes('-v');
const relOnly = args.includes('--rel-only');
const data = JSON.parse(readFileSync(file, 'utf8'));
const stages = await loadStages();
const PLACE = new Set(['country', 'region', 'city', 'location']);
const coarse = (t: string) => (t === 'person' ? 'Peop' : t === 'organization' ? 'Org' : PLACE.has(t) ? 'Loc' : null);
const TITLE = /^(?:President|Gov\.|Sen\.|Rep\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Lt\.|Col\.|Capt\.|Sgt\.|Judge|Justice|King|Queen|Prince|Pope|Prime|Premier|Chancellor|Secretary|Attorney|Gov|Sen|Rep|Mayor|Rev\.|Sir|Lord|Adm\.|Maj\.|Cmdr\.)$/;
const cnt: Record<string, number> = {};
const inc = (k: string) => { cnt[k] = (cnt[k] ?? 0) + 1; };
const lines: string[] = [];
let tp = 0, pred = 0, gold = 0;
data.forEach((d: any, i: number) => {
  const offs: number[][] = []; let pos = 0;
  for (const t of d.tokens) { offs.push([pos, pos + t.length]); pos += t.length + 1; }
  const ents: any[] = []; let open: any = null;
  d.tags.forEach((tag: string, k: number) => {
    const [b, ty] = tag === 'O' ? ['O', null] : tag.split('-');
    if (b === 'U') ents.push({ type: ty, start: offs[k]![0], end: offs[k]![1], t0: k, t1: k + 1 });
    else if (b === 'B') open = { type: ty, start: offs[k]![0], t0: k };
    else if (b === 'L' && open) { ents.push({ ...open, end: offs[k]![1], t1: k + 1 }); open = null; }
  });
  const text = d.tokens.join(' ');
  const out = analyzeArticle({ id: `s${i}`, title: null, source: 'conll04', text: text + '\n' } as any, stages);
  const ms = out.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, cls: coarse(e.type), type: e.type })));
  const ends = new Set<number>(d.relations.flatMap((r: any) => [r.head, r.tail]));
  const goldE = ents.map((e, k) => ({ ...e, k })).filter((e) => e.type !== 'Other');
  gold += goldE.length;
  for (const m of ms) {
    if (!m.cls) continue;
    pred++;
    if (goldE.some((x) => x.type === m.cls && x.start === m.start && x.end === m.end)) tp++;
    else if (!goldE.some((x) => x.start === m.start && x.end === m.end)) {
      const o = ents.find((x) => x.start < m.end && m.start < x.end);
      if (!relOnly) inc(`spurious:${m.cls}${o ? (o.type === 'Other' ? ':over-Other' : ':overlapping') : ''}`);
      if (verbose && !relOnly) lines.push(`#${i} SPURIOUS ${m.cls}(${m.type}) "${m.text}"${o ? ` over gold ${o.type} "${text.slice(o.start, o.end)}"` : ''}`);
    }
  }
  for (const e of goldE) {
    if (relOnly && !ends.has(e.k)) continue;
    const toks: string[] = d.tokens.slice(e.t0, e.t1);
    const exact = ms.filter((m) => m.start === e.start && m.end === e.end);
    let why: string;
    if (exact.some((m) => m.cls === e.type)) why = 'found';
    else if (exact.length) why = `type:${exact[0]!.type}`;
    else if (toks.length > 1 && toks[toks.length - 1] === '.' && e.t1 === d.tokens.length) why = 'convention:full-stop';
    else if (toks.length > 1 && /\.$/.test(toks[toks.length - 1]!) && e.t1 === d.tokens.length) why = 'convention:full-stop';
    else if (e.type === 'Peop' && toks.length > 1 && TITLE.test(toks[0]!)) why = 'convention:title';
    else if (e.type === 'Loc' && toks.includes(',')) why = 'convention:town-state';
    else if (ms.some((m) => m.start < e.end && e.start < m.end)) why = 'cut';
    else why = 'missed';
    inc(`${why.split(':')[0] === 'type' ? why : why}|${e.type}`);
    inc(why.startsWith('type:') ? 'type' : why);
    if (verbose && why !== 'found') {
      const over = ms.filter((m) => m.start < e.end && e.start < m.end).map((m) => `${m.cls ?? m.type}"${m.text}"`).join(' ');
      lines.push(`#${i} ${why} ${e.type} "${text.slice(e.start, e.end)}"${over ? ` ours: ${over}` : ''} | ${text.slice(Math.max(0, e.start - 40), e.end + 40)}`);
    }
  }
});
const P = tp / pred, R = tp / gold;
if (verbose) console.log(lines.join('\n'));
console.log(Object.entries(cnt).sort().map(([k, v]) => `${k} ${v}`).join('\n'));
console.log(`entity mentions: P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${((2 * P * R) / (P + R)).toFixed(3)} (${tp}/${gold}, ${pred} pred)`);
