// Data contracts between pipeline stages. Every stage takes one of these and
// returns the next; nothing here touches the file system.
//
//   read      : raw file content           -> Article
//   segment   : Article                    -> Segmented (sentences, tokens, boilerplate flags)
//   parse     : Segmented                  -> Parsed (UPOS, head, UD relation per word)
//   recognize : Segmented                  -> Mention[] (typed spans)
//   resolve   : Segmented + Mention[]      -> Entity[] (one per real thing, aliases, merge reasons)
//   relate    : Segmented + Entity[]       -> Relation[] (typed, with evidence)
//   analyze   : all of the above           -> ArticleAnalysis (the `kg extract --json` contract)
//   graph     : ArticleAnalysis[]          -> KnowledgeGraph (graphology, laid out)

/** Entity types of the public contract (`kg extract --json`). */
export type EntityType =
  | 'person' | 'organization' | 'country' | 'region' | 'city' | 'location'
  | 'group' | 'event' | 'other';

export const ENTITY_TYPES: readonly EntityType[] = [
  'person', 'organization', 'country', 'region', 'city', 'location', 'group', 'event', 'other',
];

/** Relation kinds of the public contract. */
export type RelationKind = 'role' | 'location' | 'event' | 'affiliation' | 'cooccurrence';

export const RELATION_KINDS: readonly RelationKind[] = ['role', 'location', 'event', 'affiliation', 'cooccurrence'];

/**
 * Where a relation comes from: `stated` by the text, read from the text with its `context`
 * (the dateline, the country the article is about), or world `knowledge` the text never states
 * (gazetteer containment). Knowledge is never presented as what an article said.
 */
export type RelationBasis = 'stated' | 'context' | 'knowledge';

export const RELATION_BASES: readonly RelationBasis[] = ['stated', 'context', 'knowledge'];

/** A slice of the article text: JS string indices (UTF-16), end exclusive; text === article.text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------- read

export interface Article {
  /** Stable id derived from the content (hash), so re-ingesting the same article is a no-op. */
  id: string;
  title: string | null;
  /** Where it came from: a file path or URL as given by the user. */
  source: string;
  /** The article text as analysed: offsets in every later stage index into this string. */
  text: string;
  /** Publication date, ISO 8601 as precise as its source ("2022-07-14", "2022-07-14T09:30:00+03:00"); absent when none was found. */
  date?: string;
  /** Where `date` was found: 'html:article:published_time', 'html:json-ld', 'html:itemprop', 'html:meta', 'html:time', 'text:dateline', 'text:date-line', 'option' (--date), 'sidecar' (.meta.json). */
  dateSource?: string;
}

// ---------------------------------------------------------------- segment

export interface Token extends Span {
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Photo credits, "Read Also:" lines, social handles...: kept for offsets, never a source of relations. */
  boilerplate: boolean;
  /** A heading line (title, cross-heading) rather than running prose. */
  heading: boolean;
  /** Index of the first token of this sentence in Segmented.tokens, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Segmented {
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
}

// ---------------------------------------------------------------- parse

/** Universal part-of-speech tags (UD v2). */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

export const UPOS_TAGS: readonly Upos[] = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
];

/**
 * One syntactic word of a parsed sentence. Words follow UD tokenisation, which may split one
 * segment token ("don't" -> "do" + "n't"); every word still points into the article text.
 */
export interface SyntaxWord extends Span {
  /** Index into Segmented.tokens of the token this word comes from. */
  token: number;
  upos: Upos;
  /** Index of the head word within the same sentence's `words`, or -1 for the root. */
  head: number;
  /** UD v2 relation with its subtype kept ("nsubj:pass", "nmod:poss", "obl:agent", "acl:relcl"); "root" for the root. */
  deprel: string;
}

export interface ParsedSentence {
  /** Index of the sentence in Segmented.sentences. */
  sentence: number;
  words: SyntaxWord[];
}

/** The parse stage's output: one entry per sentence, null where the sentence was not parsed. */
export interface Parsed {
  sentences: Array<ParsedSentence | null>;
}

// ---------------------------------------------------------------- recognize

/** Coarse label proposed by the statistical tagger (CoNLL-2003 types). */
export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A span the tagger proposes, in token indices [start, end) over Segmented.tokens. */
export interface TaggedSpan {
  start: number;
  end: number;
  label: NerLabel;
  /** Model confidence in [0, 1] when the tagger can give one. */
  score?: number;
}

/** Where a gazetteer entry comes from and what it is. */
export interface GazetteerEntry {
  /** Canonical id: `country:UA`, `region:UA-14`, `city:702658`, `location:black-sea` ... */
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 of the country the place belongs to (for countries, its own code). */
  country?: string;
  /** Id of the containing place the gazetteer knows (region of a city, country of a region). */
  within?: string;
  /** Capital city name, for countries. */
  capital?: string;
  population?: number;
}

export interface Mention extends Span {
  type: EntityType;
  /** Index of the sentence the mention is in. */
  sentence: number;
  /** Canonical gazetteer id when linked. */
  gazetteerId?: string;
  /** A title or role word right before or around the name ("Foreign Minister"), if any. */
  title?: string;
  /** Why this span was taken as a name: 'ner', 'gazetteer', 'title', 'apposition', ... */
  reason: string;
  /** The mention refers to a country through its capital or demonym ("Pyongyang announced"). */
  metonymy?: 'capital-as-state' | 'demonym';
}

// ---------------------------------------------------------------- resolve

/** A mention after resolution: which entity it refers to. */
export interface ResolvedMention extends Mention {
  entity: string;
}

/** What the resolve stage hands to relate and to the graph. */
export interface Resolved {
  entities: Entity[];
  mentions: ResolvedMention[];
}

export interface MergeReason {
  /** The alias or mention text that was joined to the entity. */
  alias: string;
  /** 'surname', 'acronym', 'gazetteer-alternate-name', 'capital-as-state', 'fuzzy', 'user' ... */
  rule: string;
  detail?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  gazetteerId?: string;
  merges?: MergeReason[];
}

// ---------------------------------------------------------------- relate

export interface Relation {
  source: string; // entity id
  target: string; // entity id
  kind: RelationKind;
  /** Readable predicate: "foreign minister of", "located in", "recognized", "co-occurs with". */
  predicate: string;
  /** CAMEO event code for kind 'event' (e.g. "054", "161"), else null. */
  cameo: string | null;
  confidence: number;
  /** Evidence sentences (spans of the article text). */
  evidence: Span[];
  /** The statement is negated ("did not recognize"): not asserted as fact. */
  negated?: boolean;
  /** The statement is hypothetical or modal ("would require"): not asserted as fact. */
  hypothetical?: boolean;
  /** Who the statement is attributed to ("according to Kuleba"), entity id or raw text. */
  attribution?: string;
  /** When it held, ISO 8601 as precise as the text: "2022-07-14", "2022-03", "1994". */
  date?: string;
  /** Where `date` came from: a time expression of the evidence sentence, or the article's date. */
  dateFrom?: 'text' | 'article';
  /**
   * Stated, from context or world knowledge (see RelationBasis). The relate stage sets it on every
   * relation; analyses stored before it existed lack it and are read as `stated`.
   */
  basis?: RelationBasis;
  /** Which component found it: `rule:<name>` for a grammar or pattern rule, `model` for the CoNLL04 classifier, `model:news` for the model learned from annotated news (relate/news-model). */
  by?: string;
}

// ---------------------------------------------------------------- analyze (public contract)

export interface DocumentInfo {
  id: string;
  title: string | null;
  source: string;
  chars: number;
  /** As Article.date / Article.dateSource: present only when the article gave a date. */
  date?: string;
  dateSource?: string;
}

/** Exactly the JSON printed by `kg extract --json` (one per input file). */
export interface ArticleAnalysis {
  document: DocumentInfo;
  entities: Entity[];
  relations: Relation[];
  /** Only with `kg extract --json --with-syntax`: every sentence's words with tag, head and relation. */
  syntax?: SyntaxSentence[];
}

/** One parsed sentence in `kg extract --json --with-syntax`: its span and its UD words. */
export interface SyntaxSentence extends Span {
  /** Index of the sentence in the article (Segmented.sentences). */
  sentence: number;
  /** `head` is the index of the head word in this list, -1 for the root. */
  words: Array<Span & { upos: Upos; head: number; deprel: string }>;
}

// ---------------------------------------------------------------- graph

export interface EvidenceRef {
  /** Document id (Article.id). */
  doc: string;
  text: string;
  start: number;
  end: number;
  /** When the statement held (Relation.date), when known. */
  date?: string;
}

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  /** Total mention count over all documents. */
  mentions: number;
  /** Ids of the documents that mention the entity. */
  documents: string[];
  gazetteerId?: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Why mentions from different articles (or names within one) ended up in this node. */
  merges?: NodeMergeReason[];
  /** First and last publication dates (ISO day) of the articles that mention it, when they are dated. */
  firstSeen?: string;
  lastSeen?: string;
}

/** A merge recorded on a graph node: within one article (from resolve), across articles, or by the user. */
export interface NodeMergeReason extends MergeReason {
  /** Document the merged name came from, when it came from one. */
  doc?: string;
}

/** One side of a suggested merge. */
export interface SuggestedEntity {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
}

/** Two nodes that may be one entity, for a person to confirm with `kg merge` (`kg merges --suggest`, `/api/merges/suggestions`). */
export interface MergeSuggestion {
  /** The shorter or less complete name, and the entity it may belong to. */
  from: SuggestedEntity;
  into: SuggestedEntity;
  /** How the names relate: 'surname', 'initials', 'title-surname', 'middle-name', 'family-name', 'spelling', 'organisation-short-form', 'acronym'. */
  rule: string;
  /** Higher is likelier; suggestions are listed by it. */
  score: number;
  /** Evidence that they are one entity, and that they are not. */
  for: string[];
  against: string[];
  /** The correction that accepts it. */
  command: string;
}

export interface EdgeAttributes {
  kind: RelationKind;
  predicate: string;
  cameo: string | null;
  /** For cooccurrence: number of sentences; for typed relations: number of supporting statements. */
  weight: number;
  /** Display label, usually the predicate. */
  label: string;
  confidence: number;
  evidence: EvidenceRef[];
  negated?: boolean;
  hypothetical?: boolean;
  size?: number;
  color?: string;
  /** Earliest and latest dates of the statements behind it (Relation.date), when any is dated. */
  firstSeen?: string;
  lastSeen?: string;
  /**
   * Absent when the articles state the relation; `context` when read with an article's context (dateline,
   * dominant country); `knowledge` when it is world knowledge no article states (then `evidence` is empty
   * and `weight` counts the articles naming both ends). The firmest basis of the merged relations wins.
   */
  basis?: RelationBasis;
}

export interface DocumentRecord extends DocumentInfo {
  /** Entity count and relation count of the analysis, for listings. */
  entities: number;
  relations: number;
}

export interface GraphAttributes {
  name?: string;
  /** Documents merged into this graph, by id. */
  documents: Record<string, DocumentRecord>;
  createdAt?: string;
}

/** The knowledge graph: a directed multigraph (parallel relations between two entities stay apart). */
export type KnowledgeGraph = import('graphology').MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * One colour per entity type, shared by the graph builder, the exports and the viewer legend.
 * Chosen with the relation colours below so that any two of the fourteen stay apart (CIEDE2000
 * at least 7) for normal vision and for simulated protanopia, deuteranopia and tritanopia
 * (tests/graph/palette.test.ts); the former Tableau colours put person and country 0.7 apart
 * for deuteranopes.
 */
export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#e9230a',
  organization: '#2a6cf1',
  country: '#1bc66c',
  region: '#e27d10',
  city: '#a7d93b',
  location: '#96bfff',
  group: '#ff8eab',
  event: '#b68aff',
  other: '#7e7241',
};

/**
 * One colour per relation kind, its own palette: dark (lines over mid-tone discs), none of them
 * an entity type's colour, so a red line never reads as "person".
 */
export const KIND_COLORS: Record<RelationKind, string> = {
  role: '#5e32c1',
  location: '#5a593d',
  event: '#633347',
  affiliation: '#19726d',
  cooccurrence: '#bbbbbb',
};
