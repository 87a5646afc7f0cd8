// Role titles: the words that make "Ukrainian Foreign Minister Dmytro Kuleba" a
// role relation ("foreign minister of" Ukraine). A title is read as
// [modifiers...] head, e.g. "deputy foreign minister", "prime minister", "head".
// All lower-case; matching is case-insensitive.

export interface TitleHead {
  word: string;
  reason: string;
}

const heads = (reason: string, words: string): TitleHead[] => words.trim().split(/\s+/).map((word) => ({ word, reason }));

/**
 * A player's position, a title of the club ("Liverpool forward X", "X, the Chelsea goalkeeper,"); a nationality word
 * before it is no club ("Brazilian winger X": the player's nationality, read as such).
 */
export const PLAYER_POSITIONS: { words: string[]; reason: string } = {
  reason: 'a player\'s position in a club or national team',
  words: ['forward', 'striker', 'midfielder', 'goalkeeper', 'winger'],
};
/** The same words as a set, for the readers that ask whether a title's head is a player's position. */
export const PLAYER_POSITION_WORDS: ReadonlySet<string> = new Set(PLAYER_POSITIONS.words);

/** The last word of a title: the role itself. */
export const TITLE_HEADS: TitleHead[] = [
  ...heads('heads of state and government', 'president premier chancellor king queen emir sultan monarch prince shah taoiseach ruler dictator strongman'),
  ...heads('ministers and secretaries of a government', 'minister secretary secretary-general'),
  ...heads('the spouse of a head of state or government, an office of its own ("first lady")', 'lady gentleman'),
  ...heads('diplomats who represent a country or a movement abroad ("d\'affaires" ends "charge d\'affaires")', 'ambassador envoy diplomat consul emissary representative delegate attache attaché d\'affaires'),
  ...heads('leaders of an organisation, party, movement or region', 'head leader chief chairman chairwoman chair chairperson director director-general ceo cfo coo executive officer founder co-founder co-leader co-chair co-chairman co-chairwoman co-president owner co-owner boss governor mayor commander spokesman spokeswoman spokesperson coordinator organiser organizer'),
  ...heads('advisers attached to a government or leader', 'adviser advisor aide'),
  ...heads('people who run or captain a team or club', 'coach manager captain trainer'),
  ...heads(PLAYER_POSITIONS.reason, PLAYER_POSITIONS.words.join(' ')),
  ...heads('office holders whose role is tied to a body', 'senator lawmaker mp legislator speaker prosecutor prosecutor-general attorney-general judge justice general admiral ombudsman commissioner commissioner-general inspector'),
  // ("NASA Administrator Bill Nelson", "the agency's administrator")
  ...heads('the head of a government agency in the United States and elsewhere', 'administrator'),
  ...heads('journalists, whose paper or broadcaster is the body ("the Guardian\'s diplomatic editor")', 'editor correspondent reporter columnist commentator anchor'),
  ...heads('experts quoted with their employer ("an analyst at X", "a Stanford University economist")', 'analyst economist strategist researcher professor lecturer scientist fellow'),
  ...heads('lawyers and negotiators acting for a body', 'lawyer attorney counsel negotiator mediator'),
  // ("the U.N. special rapporteur on human rights in Afghanistan")
  ...heads('an expert a body names to report to it on a subject or a country', 'rapporteur'),
  ...heads('a deputy of a body or office ("its deputy, X")', 'deputy'),
  ...heads('abbreviated titles, written out in the predicate (TITLE_ABBREVIATIONS)', 'gov. sen. rep. gen. adm. col. lt. maj. capt. sgt. pres. amb. supt. insp. colonel lieutenant representative'),
  ...heads('the holder of the same office in another country ("his Turkish counterpart"): the office is read from the clause', 'counterpart'),
];

/** The words of TITLE_HEADS, for look-ups. */
export const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS.map((h) => h.word));

/** Abbreviated titles ("Illinois Gov. James Thompson", "Sen. X"), written out in the predicate. */
export const TITLE_ABBREVIATIONS: { reason: string; words: Record<string, string> } = {
  reason: 'news abbreviates titles before a name; the segmenter keeps their period',
  words: {
    'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'gen.': 'general', 'adm.': 'admiral',
    'col.': 'colonel', 'lt.': 'lieutenant', 'maj.': 'major', 'capt.': 'captain', 'sgt.': 'sergeant',
    'pres.': 'president', 'amb.': 'ambassador', 'supt.': 'superintendent', 'insp.': 'inspector',
  },
};

/** Words that may precede a title head and belong to the title ("foreign" minister, "deputy" head). */
export const TITLE_MODIFIERS: { words: string[]; reason: string } = {
  reason: 'portfolio and rank words that are part of the title itself',
  words: `foreign defence defense interior home finance economy economic energy justice health trade
    agriculture education culture transport environment labour labor digital information industry
    prime deputy vice acting first chief top senior special executive general state military crown
    security policy operating financial technology managing ministry
    majority minority party opposition head assistant team
    regional national supreme de-facto self-proclaimed secretary high
    diplomatic political economics business world competition commerce press communications public
    attorney associate principal research investment market markets emerging currency equity credit
    oil chief-executive affairs
    sports sport youth housing tourism fisheries water mines mining petroleum planning development science
    research innovation veterans women family welfare social employment immigration migration refugees
    infrastructure aviation maritime railways telecommunications climate land lands forestry heritage
    intelligence treasury revenue budget reconstruction integration reunification
    caretaker interim outgoing incoming district circuit magistrate appeals federal provincial army navy police spy
    presidential charge chargé commission council board committee cabinet
    sporting technical artistic creative medical commercial sales marketing editorial works`.trim().split(/\s+/),
};

/** Words that make a title a former or designated role: still a role, stated with less confidence. */
export const TITLE_TENSE_WORDS: { words: string[]; reason: string } = {
  reason: 'a former or future holder: the role is reported but not current',
  words: ['former', 'ex', 'outgoing', 'incoming', 'designate', 'late'],
};

/** Titles that end in "of <word>" and name no body: "Secretary of State", "Chief of Staff". */
export const TITLE_OF_WORDS: { words: string[]; reason: string } = {
  reason: 'the "of" phrase is part of the title, not the body',
  words: ['state', 'staff', 'defense', 'defence', 'justice', 'finance', 'commerce', 'treasury', 'homeland', 'security', 'police', 'cabinet', 'parliament'],
};

/**
 * Heads of titles of national office. "President Emmanuel Macron" with no country before the title is read
 * against the article's country (dateline, or the country it names most): basis "context". Other titles
 * ("Governor", "Mayor", "Ambassador", "CEO") name an office of a place or body the article's country does not tell.
 */
export const NATIONAL_TITLE_HEADS: { words: string[]; reason: string } = {
  reason: 'offices of a national government or head of state',
  words: ['president', 'premier', 'chancellor', 'minister', 'king', 'queen', 'emir', 'sultan', 'monarch', 'taoiseach', 'secretary', 'ruler', 'speaker'],
};

/**
 * States whose head of state is a monarch (ISO 3166 codes): they have no president, so a bare "President X" in a
 * story filed from Tokyo or London is another country's president, never the dateline country's.
 */
export const MONARCHIES: { codes: string[]; reason: string } = {
  reason: 'no national office called president: a context reading of "President X" against them is always wrong',
  codes: `GB JP ES NL BE LU DK NO SE MC LI AD CA AU NZ JM BS BB BZ AG KN LC VC GD PG SB TV TH KH MY BN BT SA JO MA KW QA
    BH OM SZ LS TO VA`.trim().split(/\s+/),
};

/**
 * States with no office called prime minister (presidential republics, and the chancellor republics): a context
 * reading of "Prime Minister X" against them (a story datelined BONN about Israel's prime minister) is always wrong.
 * Left out: states that had a prime minister for part of the period news covers (Kenya 2008-13, Zimbabwe 2009-13).
 */
export const NO_PRIME_MINISTER: { codes: string[]; reason: string } = {
  reason: 'no national office called prime minister',
  codes: `US DE AT CH MX BR AR CL CO VE EC BO PY UY CR PA GT HN SV NI DO ID PH NG ZA GH ZM IR CY`.trim().split(/\s+/),
};

/** The only states with a national office called chancellor (Germany and Austria; Britain's Chancellor of the Exchequer). */
export const CHANCELLOR_STATES: { codes: string[]; reason: string } = {
  reason: 'a national office called chancellor',
  codes: ['DE', 'AT', 'GB'],
};
