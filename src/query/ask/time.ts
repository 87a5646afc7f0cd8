// Questions about time. A period named at the end of a question ("... in July 2022", "... after
// 2022-01-01", "... between March and May 2022") narrows the graph to what was stated in it
// before any form answers; "When did X recognize Y?" lists the dates of the statements, "What
// happened between X and Y?" every relation of the pair with its date, and "What is new about X
// since DATE?" the relations first stated in the period.
import type { KnowledgeGraph } from '../../types.ts';
import { findAbsoluteDates } from '../../pipeline/time/absolute.ts';
import { addDays, addMonths, compareIso, formatDay, parseIsoDay } from '../../pipeline/time/calendar.ts';
import { entityRef, isAsserted, relationView, type EntityRef, type RelationView } from '../relations.ts';
import { restrictToWindow, type TimeWindow } from '../time-window.ts';
import { answer, verbRelations, type RelationAsk } from './builders.ts';
import { relationLines, type Answer } from './answer.ts';

/** A date as a question writes it: "2022-07-14", "2022-07", "2022", "July 2022", "14 July 2022". */
function dateOf(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return t;
  if (/^\d{4}-\d{2}$/.test(t)) return t;
  const found = findAbsoluteDates(t);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === t.length ? found[0]!.value : null;
}

/** The first date after all of `d` at its own precision ("2022-03" -> "2022-04"). */
function after(d: string): string {
  if (d.length === 4) return String(+d + 1);
  if (d.length === 7) { const m = addMonths(+d.slice(0, 4), +d.slice(5, 7), 1); return `${m.year}-${String(m.month).padStart(2, '0')}`; }
  return formatDay(addDays(parseIsoDay(d)!, 1));
}

/** The last date before all of `d` at its own precision. */
function before(d: string): string {
  if (d.length === 4) return String(+d - 1);
  if (d.length === 7) { const m = addMonths(+d.slice(0, 4), +d.slice(5, 7), -1); return `${m.year}-${String(m.month).padStart(2, '0')}`; }
  return formatDay(addDays(parseIsoDay(d)!, -1));
}

const DATE = String.raw`(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+\d{4})`;
const QUALIFIER = new RegExp(String.raw`^(?<rest>.+?),?\s+(?:(?<prep>in|during|on|since|after|from|before|until|till|by)\s+(?<date>${DATE})|between\s+(?<from>${DATE})\s+and\s+(?<to>${DATE}))$`);

export interface TimeQualified {
  /** The question without its period. */
  rest: string;
  window: TimeWindow;
  /** The period as the question wrote it. */
  phrase: string;
}

/** Split "Who met Kuleba after 2022-01-01" into the question and its period; null when it names none. */
export function splitTimeQualifier(question: string): TimeQualified | null {
  const m = QUALIFIER.exec(question);
  if (!m?.groups) return null;
  const g = m.groups;
  const phrase = question.slice(g.rest!.length).replace(/^,?\s+/, '');
  if (g.from) {
    const a = dateOf(g.from), b = dateOf(g.to!);
    return a && b && compareIso(a, b) <= 0 ? { rest: g.rest!, window: { since: a, until: b }, phrase } : null;
  }
  const d = dateOf(g.date!);
  if (!d) return null;
  const prep = g.prep!.toLowerCase();
  const window: TimeWindow =
    prep === 'since' || prep === 'from' ? { since: d }
      : prep === 'after' ? { since: after(d) }
        : prep === 'before' ? { until: before(d) }
          : prep === 'until' || prep === 'till' || prep === 'by' ? { until: d }
            : { since: d, until: d };
  return { rest: g.rest!, window, phrase };
}

/** "in 2022-07", "since 2022-01-02", "between 2022-03 and 2022-05": the window in words. */
export function windowWords(w: TimeWindow): string {
  if (w.since && w.until) return w.since === w.until ? `in ${w.since}` : `between ${w.since} and ${w.until}`;
  return w.since ? `since ${w.since}` : `until ${w.until}`;
}

/** The graph as stated within the window. */
export function graphIn(graph: KnowledgeGraph, window: TimeWindow): KnowledgeGraph {
  return restrictToWindow(graph, window);
}

function dated(r: RelationView): string {
  if (!r.firstSeen) return 'undated';
  return r.firstSeen === r.lastSeen ? r.firstSeen : `${r.firstSeen} to ${r.lastSeen}`;
}

const byDateOnly = (a: RelationView, b: RelationView) => compareIso(a.firstSeen ?? '9999', b.firstSeen ?? '9999');
const byDate = (a: RelationView, b: RelationView) => byDateOnly(a, b) || a.id.localeCompare(b.id);
/** "On 2022-07-13", "In 2022-07", "In 2022". */
const onDate = (d: string) => (d.length === 10 ? `On ${d}` : `In ${d}`);

/** "When did X recognize Y?": the dates of every matching statement, earliest first. */
export function when(graph: KnowledgeGraph, q: string, ask: RelationAsk, limit: number): Answer {
  const relations = verbRelations(graph, ask).sort(byDate);
  const subjects: EntityRef[] = [ask.subject, ask.object].filter((x): x is string => !!x).map((id) => entityRef(graph, id));
  const what = `${subjects[0]!.label} ${ask.verb.word.toLowerCase()}${subjects[1] ? ` ${subjects[1].label}` : ''}`;
  const asserted = relations.filter(isAsserted);
  const lines: string[] = [];
  if (!relations.length) lines.push(`The graph has no statement that ${what}.`);
  else if (!asserted.length) lines.push(`Not as a fact: the only statements that ${what} are negated, hypothetical or world knowledge.`);
  else {
    const first = asserted.find((r) => r.firstSeen);
    lines.push(first ? `${onDate(first.firstSeen!)} (the earliest dated statement): ${first.source.label} ${first.predicate} ${first.target.label}.` : `The statements that ${what} carry no date.`);
  }
  const shown = relations.slice(0, limit);
  for (const r of shown) lines.push(`  [${dated(r)}]`, ...relationLines(r, '  '));
  return answer(q, 'when', subjects, lines, { entities: subjects, relations: shown, truncated: relations.length > shown.length });
}

/** "What happened between X and Y?": every relation of the pair, by date, typed ones first where dates tie. */
export function between(graph: KnowledgeGraph, q: string, a: string, b: string, limit: number): Answer {
  const relations: RelationView[] = [];
  graph.forEachEdge(a, (edge, _attrs, source, target) => {
    if ((source === a && target === b) || (source === b && target === a)) relations.push(relationView(graph, edge));
  });
  relations.sort((x, y) => byDateOnly(x, y) || Number(x.kind === 'cooccurrence') - Number(y.kind === 'cooccurrence') || x.id.localeCompare(y.id));
  const subjects = [entityRef(graph, a), entityRef(graph, b)];
  const typed = relations.filter((r) => r.kind !== 'cooccurrence');
  const lines = [relations.length
    ? `${typed.length} stated relation${typed.length === 1 ? '' : 's'} between ${subjects[0]!.label} and ${subjects[1]!.label}${relations.length > typed.length ? ', and they are named together' : ''}:`
    : `Nothing connects ${subjects[0]!.label} and ${subjects[1]!.label} directly.`];
  const shown = relations.slice(0, limit);
  for (const r of shown) lines.push(`  [${dated(r)}]`, ...relationLines(r, '  '));
  return answer(q, 'between', subjects, lines, { entities: subjects, relations: shown, truncated: relations.length > shown.length });
}

/** "What is new about X since DATE?": relations whose first statement falls in the window. */
export function newSince(graph: KnowledgeGraph, q: string, id: string, window: TimeWindow, limit: number): Answer {
  const relations: RelationView[] = [];
  graph.forEachEdge(id, (edge, attrs) => {
    const first = attrs.firstSeen;
    if (!first) return;
    if (window.since && compareIso(first, window.since) < 0) return;
    if (window.until && compareIso(first, window.until) > 0) return;
    relations.push(relationView(graph, edge));
  });
  relations.sort(byDate);
  const subject = entityRef(graph, id);
  const shown = relations.slice(0, limit);
  const lines = [shown.length
    ? `${relations.length} relation${relations.length === 1 ? '' : 's'} of ${subject.label} first stated ${windowWords(window)}:`
    : `Nothing about ${subject.label} was first stated ${windowWords(window)}.`];
  for (const r of shown) lines.push(`  [${dated(r)}]`, ...relationLines(r, '  '));
  return answer(q, 'new-since', [subject], lines, { entities: shown.map((r) => (r.source.id === id ? r.target : r.source)), relations: shown, truncated: relations.length > shown.length, window });
}
