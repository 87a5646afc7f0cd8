// The one question engine behind `kg ask`, GET /api/ask and the viewer's
// question box. A question is tried against the forms below in order (most
// specific first); a form answers only when every name in it resolves to an
// entity, so "Who is the head of X?" and "Who is Bank of Y?" both work. When
// no form answers, the caller gets "did you mean" suggestions for the name that
// failed, or the list of forms the engine understands.
import type { EntityType, KnowledgeGraph } from '../../types.ts';
import { UsageError } from '../../errors.ts';
import { tryResolveEntity, unresolvedNameError } from '../resolve-name.ts';
import { isKnownVerb, verbQuery } from '../verbs.ts';
import { AUXILIARIES, VERB_PARTICLES } from '../data/verbs.ts';
import { TYPE_WORDS } from '../data/type-words.ts';
import { PATH_DEFAULTS } from '../paths.ts';
import * as build from './builders.ts';
import { ASK_DEFAULTS, type Answer, type AnswerForm, type AskOptions } from './answer.ts';

export type { Answer, AnswerForm, AskOptions } from './answer.ts';

/** Longest accepted question: longer input is not a question but a paste. */
export const MAX_QUESTION_LENGTH = 500;

interface Ctx {
  graph: KnowledgeGraph;
  question: string;
  lim: { limit: number; maxHops: number; maxPaths: number };
  /** Names that a form matched syntactically but that are not in the graph, in form order. */
  unknown: string[];
  predicateWords: Set<string>;
}

type Groups = Record<string, string | undefined>;

interface Form {
  form: AnswerForm;
  /** Shown to users who ask something the engine does not understand. */
  example: string;
  patterns: RegExp[];
  handle(g: Groups, ctx: Ctx): Answer | null;
}

function clean(name: string | undefined): string {
  return (name ?? '').trim().replace(/^["“'‘]+|["”'’]+$/g, '').replace(/[,;:]+$/, '').trim();
}

function entity(ctx: Ctx, name: string | undefined, record = true): string | null {
  const n = clean(name);
  if (!n) return null;
  const hit = tryResolveEntity(ctx.graph, n);
  if (!hit) { if (record) ctx.unknown.push(n); return null; }
  return hit.id;
}

/**
 * A name phrase that may carry extra words ("the Donetsk separatists"): the
 * whole phrase first, then its longest run of words that names an entity. Only
 * runs starting with a capital are tried, so common words never match alone.
 */
function entityInPhrase(ctx: Ctx, phrase: string | undefined): string | null {
  const whole = entity(ctx, phrase, false);
  if (whole) return whole;
  const words = clean(phrase).split(' ');
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!)) continue;
      const hit = entity(ctx, words.slice(i, i + len).join(' '), false);
      if (hit) return hit;
    }
  }
  return null;
}

/** Split "X and Y" / "X to Y" at the separator position where both sides are entities. */
function pair(ctx: Ctx, text: string | undefined, sep: RegExp): [string, string] | null {
  const t = clean(text);
  const splits: [string, string][] = [];
  for (const m of t.matchAll(new RegExp(sep.source, 'gi'))) {
    splits.push([t.slice(0, m.index), t.slice(m.index! + m[0].length)]);
  }
  let firstUnknown: string | null = null;
  for (const [l, r] of splits) {
    const a = entity(ctx, l, false), b = entity(ctx, r, false);
    if (a && b) return [a, b];
    if (!firstUnknown && (a || b)) firstUnknown = clean(a ? r : l);
  }
  if (splits.length) ctx.unknown.push(firstUnknown ?? clean(splits[0]![0]));
  return null;
}

/** `which countries` -> ['country']; undefined for "who"/"what"; null for a word that is no type. */
function types(word: string | undefined): EntityType[] | undefined | null {
  if (!word) return undefined;
  const t = TYPE_WORDS[word.toLowerCase()];
  if (!t) return null;
  return t.length ? t : undefined;
}

const PARTICLES = [...VERB_PARTICLES].sort((a, b) => b.length - a.length);
const SINGLE_PARTICLES = VERB_PARTICLES.filter((p) => !p.includes(' ')).join('|');

function stripLeadingParticle(text: string): string[] {
  const lower = text.toLowerCase();
  for (const p of PARTICLES) if (lower.startsWith(p + ' ')) return [text.slice(p.length + 1), text];
  return [text];
}

function stripTrailingParticle(text: string): string {
  const lower = text.toLowerCase();
  for (const p of PARTICLES) if (lower.endsWith(' ' + p)) return text.slice(0, -(p.length + 1));
  return text;
}

function verbOk(ctx: Ctx, word: string | undefined): boolean {
  return !!word && !AUXILIARIES.has(word.toLowerCase()) && isKnownVerb(word.toLowerCase(), ctx.predicateWords);
}

const WHO = String.raw`(?:who|whom|what|(?:which|what) (?<type>[a-z]+))`;
const BE = String.raw`(?:is|are|was|were)`;
const LINKED = String.raw`(?:connected|linked|related|tied|associated)`;

/** Anything else is tried as a bare name; when it names nothing, it was more likely a question the engine does not know. */
const BARE_NAME = /^(?!(?:who|whom|what|which|how|why|when|where|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b)(?<x>[^?]+)$/i;

/** A bare text that names nothing is reported as an unknown name (not as a question not understood) when it looks like one. */
function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  return words.length <= 2 || words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|de|da|al|von|van|bin|del|la|le)$/i.test(w));
}

const FORMS: Form[] = [
  {
    form: 'path', example: 'How is X connected to Y?',
    patterns: [
      new RegExp(String.raw`^how ${BE} (?<pair>.+ ${LINKED} (?:to|with) .+)$`, 'i'),
      new RegExp(String.raw`^${BE} (?<pair>.+ ${LINKED} (?:to|with) .+)$`, 'i'),
    ],
    handle: (g, ctx) => {
      const p = pair(ctx, g.pair, new RegExp(String.raw` ${LINKED} (?:to|with) `));
      return p ? build.path(ctx.graph, ctx.question, p[0], p[1], ctx.lim) : null;
    },
  },
  {
    form: 'path', example: 'What connects X and Y?',
    patterns: [
      new RegExp(String.raw`^how ${BE} (?<pair>.+) (?:connected|linked|related|tied)(?: to each other| together)?$`, 'i'),
      /^what (?:connects|links|ties|relates|joins) (?:both )?(?<pair>.+)$/i,
      /^(?:what is |show |find |show me )?(?:the )?(?:shortest )?(?:path|paths|connection|link|relationship|relation) (?:from|between) (?<pair>.+)$/i,
    ],
    handle: (g, ctx) => {
      const p = pair(ctx, g.pair, / (?:and|to|with) /);
      return p ? build.path(ctx.graph, ctx.question, p[0], p[1], ctx.lim) : null;
    },
  },
  {
    form: 'common', example: 'What do X and Y have in common?',
    patterns: [
      /^what (?:do|does|did) (?<pair>.+) have in common$/i,
      /^what (?:is|are) common to (?<pair>.+)$/i,
      /^(?:common|shared) (?:neighbou?rs|connections|links) (?:of|between|for) (?<pair>.+)$/i,
      new RegExp(String.raw`^(?:who|what|which [a-z]+) ${BE} ${LINKED} (?:to|with) both (?<pair>.+)$`, 'i'),
    ],
    handle: (g, ctx) => {
      const p = pair(ctx, g.pair, / (?:and|with) /);
      return p ? build.common(ctx.graph, ctx.question, p[0], p[1], ctx.lim) : null;
    },
  },
  {
    form: 'connections', example: 'Who is connected to X?  /  Which countries are connected to X?',
    patterns: [
      new RegExp(String.raw`^${WHO} ${BE} (?:directly )?${LINKED} (?:to|with) (?<x>.+)$`, 'i'),
      new RegExp(String.raw`^(?:(?:who|what|which) ${BE} |(?:list|show|find|name)(?: me)? )(?:all )?(?:the )?(?<type>[a-z]+) (?:that are |who are |which are )?${LINKED} (?:to|with) (?<x>.+)$`, 'i'),
      new RegExp(String.raw`^${WHO} ${BE} (?<x>.+?) ${LINKED} (?:to|with)$`, 'i'),
      new RegExp(String.raw`^${WHO} (?:does|did|do) (?<x>.+?) (?:connect|link|relate) (?:to|with)$`, 'i'),
      /^(?:list |show |show me )?(?:the |all )?(?:neighbou?rs|connections|relations|links) (?:of|for) (?<x>.+)$/i,
      /^(?:(?:who|what) (?:are|is) )?(?<x>.+?)['’]s? (?:neighbou?rs|connections|relations|links|contacts)$/i,
    ],
    handle: (g, ctx) => {
      const t = types(g.type);
      if (t === null) return null;
      const id = entity(ctx, g.x);
      return id ? build.connections(ctx.graph, ctx.question, id, t, ctx.lim) : null;
    },
  },
  {
    form: 'role-of', example: "What is X's role?",
    patterns: [
      new RegExp(String.raw`^what ${BE} (?<x>.+?)['’]s? (?:role|roles|position|positions|job|title|office|function)$`, 'i'),
      new RegExp(String.raw`^what ${BE} the (?:role|roles|position|job|title|office|function) of (?<x>.+)$`, 'i'),
      /^what (?:does|did) (?<x>.+?) do$/i,
      /^what (?:role|position|office|title) (?:does|did) (?<x>.+?) (?:hold|have|play)$/i,
    ],
    handle: (g, ctx) => {
      const id = entity(ctx, g.x);
      return id ? build.roleOf(ctx.graph, ctx.question, id, ctx.lim) : null;
    },
  },
  {
    form: 'role-holder', example: 'Who is the foreign minister of X?',
    patterns: [
      new RegExp(String.raw`^who ${BE} (?<rest>.+ of .+)$`, 'i'),
      new RegExp(String.raw`^who ${BE} (?<place>.+?)['’]s? (?<role>[^'’]+)$`, 'i'),
    ],
    handle: (g, ctx) => {
      if (g.rest) {
        // "Who is Bank of England?" names an entity: the summary form answers that.
        if (entity(ctx, g.rest, false)) return null;
        const parts = [...g.rest.matchAll(/ of /gi)];
        for (const m of parts) {
          const role = g.rest.slice(0, m.index);
          const place = entityInPhrase(ctx, g.rest.slice(m.index! + 4));
          if (place && role.split(' ').length <= 6) return build.roleHolder(ctx.graph, ctx.question, role, place, ctx.lim);
        }
        if (parts.length) ctx.unknown.push(clean(g.rest.slice(parts[0]!.index! + 4)));
        return null;
      }
      if (entity(ctx, `${g.place}'s ${g.role}`, false)) return null;
      const place = entity(ctx, g.place);
      return place ? build.roleHolder(ctx.graph, ctx.question, g.role!, place, ctx.lim) : null;
    },
  },
  {
    form: 'relation', example: 'Who was recognized by X?',
    patterns: [new RegExp(String.raw`^${WHO} (?:was|were|is|are|has been|have been|had been) (?<verb>[a-z]+) by (?<subject>.+)$`, 'i')],
    handle: (g, ctx) => {
      const t = types(g.type);
      if (t === null || !verbOk(ctx, g.verb)) return null;
      const subject = entity(ctx, g.subject);
      return subject ? build.relation(ctx.graph, ctx.question, { verb: verbQuery(g.verb!), subject, types: t }, ctx.lim) : null;
    },
  },
  {
    form: 'relation', example: 'Who did X recognize?',
    patterns: [new RegExp(String.raw`^${WHO} (?:did|does|do|has|have|had|will|would) (?<rest>.+ [a-z]+(?: [a-z]+)*)$`, 'i')],
    handle: (g, ctx) => {
      const t = types(g.type);
      if (t === null) return null;
      const rest = stripTrailingParticle(clean(g.rest));
      const cut = rest.lastIndexOf(' ');
      if (cut < 0) return null;
      const verb = rest.slice(cut + 1);
      if (!verbOk(ctx, verb)) return null;
      const subject = entity(ctx, rest.slice(0, cut));
      return subject ? build.relation(ctx.graph, ctx.question, { verb: verbQuery(verb), subject, types: t }, ctx.lim) : null;
    },
  },
  {
    form: 'relation', example: 'Who recognized X?  /  Which countries condemned X?',
    patterns: [new RegExp(String.raw`^${WHO} (?:(?:has|have|had|did|does|do) )?(?<verb>[a-z]+) (?<rest>.+)$`, 'i')],
    handle: (g, ctx) => {
      const t = types(g.type);
      if (t === null || !verbOk(ctx, g.verb)) return null;
      const options = stripLeadingParticle(clean(g.rest));
      // "Who recognized the independence of X?", "Who sent letters to X?": the entity follows a particle.
      for (const m of options[0]!.matchAll(new RegExp(String.raw` (?:${SINGLE_PARTICLES}) `, 'gi'))) {
        options.push(options[0]!.slice(m.index! + m[0].length));
      }
      for (const o of options) {
        const object = entity(ctx, o, false);
        if (object) return build.relation(ctx.graph, ctx.question, { verb: verbQuery(g.verb!), object, types: t }, ctx.lim);
      }
      const loose = entityInPhrase(ctx, options.at(-1));
      if (loose) return build.relation(ctx.graph, ctx.question, { verb: verbQuery(g.verb!), object: loose, types: t }, ctx.lim);
      ctx.unknown.push(clean(options[0]));
      return null;
    },
  },
  {
    form: 'yes-no', example: 'Did X recognize Y?',
    patterns: [/^(?:did|does|do|has|have|had) (?<rest>.+)$/i],
    handle: (g, ctx) => {
      const words = clean(g.rest).split(' ');
      for (let i = 1; i < words.length - 1; i++) {
        if (!verbOk(ctx, words[i])) continue;
        const subject = entity(ctx, words.slice(0, i).join(' '), false);
        if (!subject) continue;
        for (const o of stripLeadingParticle(words.slice(i + 1).join(' '))) {
          const object = entity(ctx, o, false);
          if (object) return build.relation(ctx.graph, ctx.question, { verb: verbQuery(words[i]!), subject, object }, ctx.lim);
        }
      }
      return null;
    },
  },
  {
    form: 'location', example: 'Where is X?',
    patterns: [new RegExp(String.raw`^where ${BE} (?<x>.+?)(?: located| situated| based)?$`, 'i')],
    handle: (g, ctx) => {
      const id = entity(ctx, g.x);
      return id ? build.location(ctx.graph, ctx.question, id, ctx.lim) : null;
    },
  },
  {
    form: 'summary', example: 'Who is X?  /  Tell me about X  /  X',
    patterns: [
      new RegExp(String.raw`^(?:who|what) ${BE} (?<x>.+)$`, 'i'),
      /^(?:tell me (?:more )?about|describe|show me|show|about|summari[sz]e|info on|information (?:on|about)) (?<x>.+)$/i,
      BARE_NAME,
    ],
    handle: (g, ctx) => {
      const id = entity(ctx, g.x);
      return id ? build.summary(ctx.graph, ctx.question, id, ctx.lim) : null;
    },
  },
];

/** The question forms the engine understands, one example each. */
export const QUESTION_FORMS: string[] = [...new Set(FORMS.map((f) => f.example))];

/** The question could not be understood; the message lists the forms that can. */
export class QuestionError extends UsageError {
  readonly forms = QUESTION_FORMS;
  constructor(message: string) {
    super(message);
    this.name = 'QuestionError';
  }
}

function predicateWords(graph: KnowledgeGraph): Set<string> {
  const words = new Set<string>();
  graph.forEachEdge((_e, a) => {
    if (a.kind === 'cooccurrence') return;
    for (const w of String(a.predicate ?? '').toLowerCase().split(/[^a-z]+/)) if (w.length > 2) words.add(w);
  });
  return words;
}

const predicateCache = new WeakMap<KnowledgeGraph, { size: number; words: Set<string> }>();

/**
 * Answer a question about the graph. Throws UnknownEntityError (InputError) with
 * suggestions when a name is not in the graph (AmbiguousEntityError, with the
 * candidates, when it fits several), QuestionError (UsageError) when the
 * question matches no known form.
 */
export function ask(graph: KnowledgeGraph, question: string, opts: AskOptions = {}): Answer {
  const q = question.replace(/\s+/g, ' ').trim().replace(/[?!.\s]+$/, '');
  if (!q) throw new QuestionError(`ask: the question is empty; try ${QUESTION_FORMS.map((f) => `"${f}"`).join(', ')}`);
  if (q.length > MAX_QUESTION_LENGTH) throw new QuestionError(`ask: the question is ${q.length} characters long; at most ${MAX_QUESTION_LENGTH} are accepted`);
  let cached = predicateCache.get(graph);
  if (!cached || cached.size !== graph.size) { cached = { size: graph.size, words: predicateWords(graph) }; predicateCache.set(graph, cached); }
  const maxHops = Math.min(opts.maxHops ?? ASK_DEFAULTS.maxHops, PATH_DEFAULTS.maxHopsLimit);
  const ctx: Ctx = {
    graph, question: question.trim(), unknown: [], predicateWords: cached.words,
    lim: { limit: opts.limit ?? ASK_DEFAULTS.limit, maxHops, maxPaths: opts.maxPaths ?? ASK_DEFAULTS.maxPaths },
  };
  let bareName: string | undefined;
  for (const form of FORMS) {
    for (const pattern of form.patterns) {
      const m = pattern.exec(q);
      if (!m) continue;
      const before = ctx.unknown.length;
      const answer = form.handle((m.groups ?? {}) as Groups, ctx);
      if (answer) return answer;
      if (pattern === BARE_NAME && ctx.unknown.length > before) bareName = ctx.unknown.pop();
    }
  }
  const notUnderstood = () => new QuestionError(`ask: cannot understand "${q}"; questions it understands: ${QUESTION_FORMS.map((f) => `"${f}"`).join(', ')}`);
  if (ctx.unknown.length) throw unresolvedNameError(graph, ctx.unknown[0]!);
  if (bareName !== undefined) {
    // "Kulebaa" or "Korea": a name, with suggestions or candidates. "Tell me something interesting": not a question it knows.
    const error = unresolvedNameError(graph, bareName);
    if (error.suggestions.length || looksLikeName(bareName)) throw error;
  }
  throw notUnderstood();
}
