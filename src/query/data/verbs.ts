// Verbs people use in relation questions ("Who recognized X?"), grouped with
// their synonyms and the CAMEO event codes (prefixes) they correspond to. A
// question's verb matches a relation when the relation's predicate contains a
// word of the group (any inflection) or its CAMEO code starts with one of the
// prefixes. Data, not code: add a group to teach the engine a new verb.

export interface VerbGroup {
  /** Base form, used in answers ("recognize"). */
  lemma: string;
  /** Other base forms meaning the same thing in news text. */
  synonyms: string[];
  /** Irregular inflections that the regular rules (s, ed, ing) do not produce. */
  irregular?: string[];
  /** CAMEO code prefixes of the same event class. */
  cameo: string[];
  /** The relation reads the same both ways ("A met B" = "B met A"). */
  symmetric?: boolean;
  reason: string;
}

export const VERB_GROUPS: VerbGroup[] = [
  { lemma: 'recognize', synonyms: ['recognise', 'acknowledge'], cameo: ['054'], reason: 'CAMEO 054 grant diplomatic recognition' },
  { lemma: 'meet', synonyms: ['talk', 'hold talks', 'negotiate', 'confer'], irregular: ['met'], cameo: ['04'], symmetric: true, reason: 'CAMEO 04 consult: meetings, visits, negotiations' },
  { lemma: 'visit', synonyms: ['host', 'travel'], cameo: ['042', '043'], reason: 'CAMEO 042/043 make or host a visit' },
  { lemma: 'call', synonyms: ['phone', 'telephone'], cameo: ['041'], symmetric: true, reason: 'CAMEO 041 discuss by telephone' },
  { lemma: 'condemn', synonyms: ['denounce', 'criticize', 'criticise', 'slam', 'decry'], cameo: ['111'], reason: 'CAMEO 111 criticize or denounce' },
  { lemma: 'accuse', synonyms: ['blame'], cameo: ['112'], reason: 'CAMEO 112 accuse' },
  { lemma: 'sever', synonyms: ['cut', 'break', 'suspend'], irregular: ['broke', 'broken'], cameo: ['161'], reason: 'CAMEO 161 reduce or break diplomatic relations' },
  { lemma: 'sanction', synonyms: ['embargo', 'boycott'], cameo: ['163'], reason: 'CAMEO 163 impose embargo, boycott or sanctions' },
  { lemma: 'expel', synonyms: ['deport'], cameo: ['166'], reason: 'CAMEO 166 expel or withdraw' },
  { lemma: 'sign', synonyms: ['conclude', 'ratify'], cameo: ['057'], reason: 'CAMEO 057 sign formal agreement' },
  { lemma: 'praise', synonyms: ['endorse', 'commend', 'welcome'], cameo: ['051'], reason: 'CAMEO 051 praise or endorse' },
  { lemma: 'support', synonyms: ['back', 'defend', 'aid', 'help', 'assist'], cameo: ['052', '053', '07'], reason: 'CAMEO 052/053 defend or rally support, 07 provide aid' },
  { lemma: 'ask', synonyms: ['urge', 'request', 'appeal', 'call on'], cameo: ['02'], reason: 'CAMEO 02 appeal' },
  { lemma: 'demand', synonyms: [], cameo: ['10'], reason: 'CAMEO 10 demand' },
  { lemma: 'reject', synonyms: ['refuse', 'dismiss'], cameo: ['12'], reason: 'CAMEO 12 reject' },
  { lemma: 'threaten', synonyms: ['warn'], cameo: ['13'], reason: 'CAMEO 13 threaten' },
  { lemma: 'protest', synonyms: [], cameo: ['14'], reason: 'CAMEO 14 protest' },
  { lemma: 'arrest', synonyms: ['detain', 'jail'], cameo: ['173'], reason: 'CAMEO 173 arrest or detain' },
  { lemma: 'attack', synonyms: ['strike', 'bomb', 'shell', 'assault', 'fight', 'shoot'], irregular: ['struck', 'fought', 'shot'], cameo: ['18', '19'], reason: 'CAMEO 18 assault, 19 fight' },
  { lemma: 'invade', synonyms: ['occupy', 'annex', 'seize'], cameo: ['192'], reason: 'CAMEO 192 occupy territory' },
  { lemma: 'accept', synonyms: ['receive', 'agree'], cameo: ['08'], reason: 'CAMEO 08 yield: accepting demands, decisions' },
  { lemma: 'send', synonyms: ['deliver', 'dispatch'], irregular: ['sent'], cameo: [], reason: 'letters, envoys, aid being sent' },
  { lemma: 'declare', synonyms: ['announce', 'proclaim', 'state', 'say'], irregular: ['said'], cameo: ['01'], reason: 'CAMEO 01 make public statement' },
  { lemma: 'lead', synonyms: ['head', 'chair', 'run', 'command'], irregular: ['led', 'ran'], cameo: [], reason: 'leadership, usually a role relation' },
  { lemma: 'join', synonyms: [], cameo: [], reason: 'membership, usually an affiliation relation' },
  { lemma: 'promise', synonyms: ['pledge', 'vow'], cameo: ['03'], reason: 'CAMEO 03 express intent to cooperate' },
  { lemma: 'investigate', synonyms: ['probe'], cameo: ['09'], reason: 'CAMEO 09 investigate' },
];

/** Words that look like verbs in a question but only carry tense or voice. */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall',
]);

/** Words between a verb and its object that the question may carry ("cut ties with X", "talk to X"). */
export const VERB_PARTICLES = [
  'diplomatic ties with', 'diplomatic relations with', 'ties with', 'relations with', 'talks with',
  'with', 'to', 'against', 'on', 'for', 'from', 'into', 'in', 'about', 'of', 'off', 'up',
];
