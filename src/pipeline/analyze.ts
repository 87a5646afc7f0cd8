// The whole per-article pipeline as one pure function:
// read (done by the caller) -> segment -> tag -> recognize -> resolve -> relate.
// Its result is exactly the `kg extract --json` contract.
import type { Article, ArticleAnalysis, Mention, Relation, Resolved, Segmented, TaggedSpan } from '../types.ts';
import { segment } from './segment.ts';
import { loadTagger } from './ner/index.ts';
import { recognize } from './recognize/index.ts';
import { resolve } from './resolve/index.ts';
import { relate } from './relate/index.ts';
import { loadRelationClassifier } from './relate/classifier/index.ts';

/** The stages after segmentation; each is a plain function of the previous stages' values. */
export interface Stages {
  tag(seg: Segmented): TaggedSpan[];
  recognize(seg: Segmented, tagged: TaggedSpan[]): Mention[];
  resolve(seg: Segmented, mentions: Mention[]): Resolved;
  relate(seg: Segmented, resolved: Resolved): Relation[];
}

export interface StageOptions {
  /** Relations from the learned classifier as well as the rules (default true). */
  relationModel?: boolean;
}

/** Load the stage implementations once (the tagger model is the slow part). */
export async function loadStages(options: StageOptions = {}): Promise<Stages> {
  const tagger = loadTagger();
  const classifier = options.relationModel === false ? undefined : loadRelationClassifier();
  return { tag: (seg) => tagger.tag(seg), recognize, resolve, relate: (seg, resolved) => relate(seg, resolved, { classifier }) };
}

export function analyzeArticle(article: Article, stages: Stages): ArticleAnalysis {
  const seg = segment(article);
  const tagged = stages.tag(seg);
  const mentions = stages.recognize(seg, tagged);
  const resolved = stages.resolve(seg, mentions);
  const relations = stages.relate(seg, resolved);
  return {
    document: { id: article.id, title: article.title, source: article.source, chars: article.text.length },
    entities: resolved.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      ...(e.gazetteerId ? { gazetteerId: e.gazetteerId } : {}),
      ...(e.merges?.length ? { merges: e.merges } : {}),
    })),
    relations,
  };
}
