// The whole per-article pipeline as one pure function:
// read (done by the caller) -> segment -> tag -> recognize -> resolve -> parse -> relate
// (recognize asks the parse about sentence-opening words the tagger left out: recognize/subject-names.ts).
// Its result is exactly the `kg extract --json` contract.
import type { Article, ArticleAnalysis, Mention, Parsed, Relation, Resolved, Segmented, SyntaxSentence, TaggedSpan } from '../types.ts';
import { dateRelations } from './time/index.ts';
import { loadParserAsync, type NameSpan } from './parse/index.ts';
import { openingNameSentences, openingNames } from './recognize/subject-names.ts';
import { resolve } from './resolve/index.ts';
import { loadFirstStages, recognizeArticle, type Recognized } from './recognize-article.ts';
import { relate } from './relate/index.ts';
import { nameSpans, sentencesWithPairs, type ParsedAhead } from './parse-plan.ts';
import { isPresenceWord } from './relate/grammar/presence.ts';
import { implicitEntities } from './relate/implicit.ts';
import { entryById, loadGazetteer } from './gazetteer/index.ts';
import { loadRelationClassifier } from './relate/classifier/index.ts';
import { loadNewsModel } from './relate/news-model/index.ts';

/** The stages after segmentation; each is a plain function of the previous stages' values. */
export interface Stages {
  tag(seg: Segmented): TaggedSpan[];
  recognize(seg: Segmented, tagged: TaggedSpan[]): Mention[];
  resolve(seg: Segmented, mentions: Mention[]): Resolved;
  /**
   * UPOS, heads and relations of the sentences `which` accepts (all by default); the others are
   * null. May parse lazily: a sentence is parsed when its entry is first read.
   */
  /**
   * `names`: the recognised names (sorted by start), whose words the parser tags as names;
   * `ahead`: sentences already parsed with those names (parse-plan.ts), handed out as they are.
   */
  parse(seg: Segmented, which?: (sentenceIndex: number) => boolean, names?: readonly NameSpan[], ahead?: ParsedAhead): Parsed;
  relate(seg: Segmented, resolved: Resolved, parsed?: Parsed | null): Relation[];
}

export interface StageOptions {
  /** Emit world knowledge the text does not state (gazetteer containment, basis "knowledge"); default true. */
  knowledge?: boolean;
  /** Relations from the learned models (the CoNLL04 classifier and the news model) as well as the rules (default true). */
  relationModel?: boolean;
  /**
   * The news model as well (default off; opt in with true, and only with the learned models on). It is trained on
   * the project's own annotated news; on the blind batches read since stop 38 (302-373, 72 articles never trained on)
   * it made no relation at all, while it costs about a tenth of the analysis' CPU, so it is not run by default.
   */
  newsModel?: boolean;
}

export { loadFirstStages, recognizeArticle, type FirstStages, type Recognized } from './recognize-article.ts';
/**
 * The stages from resolution on (completeAnalysis): the second half. Resolution is here as well
 * because the names a sentence opens with are asked of the parse before it (recognize/subject-names.ts).
 */
export type SecondStages = Pick<Stages, 'resolve' | 'parse' | 'relate'>;

/** Load the stage implementations once (the tagger and parser models are the slow part). */
export async function loadStages(options: StageOptions = {}): Promise<Stages> {
  // The parser model's gunzip (its biggest part) runs on the thread pool while the others load.
  const second = loadSecondStages(options);
  second.catch(() => undefined); // awaited below; a failing tagger load must not leave it unhandled
  const first = loadFirstStages();
  return { ...first, ...(await second) };
}

/**
 * The second half's stages alone (the parser and the relation classifier are their models).
 * `gazetteer`: settles once another thread's gazetteer has been adopted (gazetteer/index.ts
 * adoptGazetteer), which is then waited for instead of building one; built here if it was not.
 */
export async function loadSecondStages(options: StageOptions = {}, gazetteer?: Promise<unknown>): Promise<SecondStages> {
  const parserLoading = loadParserAsync();
  parserLoading.catch(() => undefined); // awaited below; a failing classifier load must not leave it unhandled
  const knowledgeRelations = options.knowledge !== false;
  const classifier = options.relationModel === false ? undefined : loadRelationClassifier();
  const news = options.relationModel !== false && options.newsModel === true ? { news: { model: loadNewsModel() } } : {};
  if (gazetteer) await gazetteer.catch(() => undefined);
  loadGazetteer();
  const parser = await parserLoading;
  return {
    resolve,
    parse: (seg, which, names, ahead) => parser.parseLazily(seg, which, names, ahead),
    // where a sentence has a parse, the relate stage reads its events and appositions from the tree
    relate: (seg, resolved, parsed) => relate(seg, resolved, { knowledgeRelations, parsed, classifier, ...news }),
  };
}

export interface AnalyzeOptions {
  /** Parse every sentence and return the parse as `syntax` (`kg extract --json --with-syntax`). */
  syntax?: boolean;
}

export function analyzeArticle(article: Article, stages: Stages, options: AnalyzeOptions = {}): ArticleAnalysis {
  return completeAnalysis(recognizeArticle(article, stages), stages, options);
}

/**
 * The second half: names asked of the parse, resolution, parse, relate and date, and the analysis
 * as `kg extract --json` prints it.
 */
export function completeAnalysis(first: Recognized, stages: SecondStages, options: AnalyzeOptions = {}): ArticleAnalysis {
  const seg = first.seg, article = seg.article;
  const resolved = first.resolved ?? askAndResolve(seg, first.mentions, stages);
  // the trees a helper parsed ahead were parsed with these names: only where it resolved the names too
  const parsed = stages.parse(seg, options.syntax ? undefined : sentencesWithPairs(seg, resolved, isPresenceWord), nameSpans(resolved), first.resolved ? first.parsedAhead : undefined);
  // Dated after relate: the sentence's own time expression, else the article's date.
  const relations = dateRelations(stages.relate(seg, resolved, parsed), resolved.entities, article.date);
  // Countries or states a relation names only by adjective or abbreviation join the entities, mention-less.
  const entities = relations.length ? [...resolved.entities, ...implicitEntities(resolved.entities, relations, entryById)] : resolved.entities;
  return {
    document: {
      id: article.id, title: article.title, source: article.source, chars: article.text.length,
      ...(article.date ? { date: article.date, dateSource: article.dateSource } : {}),
    },
    entities: entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      ...(e.gazetteerId ? { gazetteerId: e.gazetteerId } : {}),
      ...(e.merges?.length ? { merges: e.merges } : {}),
    })),
    relations,
    ...(options.syntax ? { syntax: syntaxOf(seg, parsed) } : {}),
  };
}

/** Names asked of the parse (sentence-opening words the tagger left out), then resolution. */
function askAndResolve(seg: Segmented, found: Mention[], stages: SecondStages): Resolved {
  let mentions = found;
  // only sentences whose first word may be such a name are parsed for it
  const asked = openingNameSentences(seg, mentions);
  if (asked.size) {
    const probe = stages.parse(seg, (i) => asked.has(i));
    const opening = openingNames(seg, mentions, asked, (i) => probe.sentences[i] ?? null);
    if (opening.length) mentions = [...mentions, ...opening].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return stages.resolve(seg, mentions);
}

/** The parse in the public JSON shape (no token indices: offsets say where each word is). */
function syntaxOf(seg: Segmented, parsed: Parsed): SyntaxSentence[] {
  const out: SyntaxSentence[] = [];
  for (const ps of parsed.sentences) {
    if (!ps) continue;
    const s = seg.sentences[ps.sentence]!;
    out.push({
      sentence: ps.sentence, start: s.start, end: s.end, text: s.text,
      words: ps.words.map((w) => ({ start: w.start, end: w.end, text: w.text, upos: w.upos, head: w.head, deprel: w.deprel })),
    });
  }
  return out;
}
