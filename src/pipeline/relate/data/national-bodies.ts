// The names of a state's own institutions, which news gives without the state ("the National Assembly",
// "the Supreme Court", "the State Department"): read against the article's country, or, for names only one
// state uses, against that state. Every list has its reason.

export interface WordList { words: ReadonlySet<string>; reason: string }
const list = (reason: string, words: string): WordList => ({ words: new Set(words.trim().split(/\s+/)), reason });

export const NATIONAL_OPENERS = list(
  '"National Accountability Bureau", "Federal Economic Competition Commission", "Supreme Electoral Council", "Central Election Commission", "State Securities Commission", "High Court": a word that opens the name of a state body',
  'national federal supreme central state constitutional high',
);

export const INSTITUTION_HEADS = list(
  'the noun a state body\'s name ends on (its last word, or the word before its "of"/"for" phrase); parties, armies, companies and unions are left out, and "congress" (a party\'s name as often: "National Congress for New Politics"; bare "Congress" is in WHOLE_NAMES)',
  `court courts assembly parliament senate council commission committee bureau directorate agency authority
   board department ministry office prosecutor prosecutors tribunal inspectorate service jury`,
);

export const WHOLE_NAMES = list(
  'a state body named by its bare noun ("Congress", "the National Assembly"): the article\'s own state',
  'congress parliament senate',
);

export const CHAMBER_MEMBERS = list(
  '"House of Representatives", "House of Commons", "Chamber of Deputies": who sits in a chamber of a parliament, after "House of"/"Chamber of"',
  'representatives commons lords deputies councillors delegates',
);

export const FOREIGN_WORDS = list(
  'words of bodies above or between states, which no one state holds ("International Court of Justice", "European Central Bank")',
  'international european world united nations african arab asian islamic inter-american interpol regional global commonwealth',
);

/** Names only the United States uses for its federal bodies, whatever country the story is about. */
export const US_BODIES = {
  reason: 'the United States\' federal departments as news names them ("the State Department said")',
  names: new Set([
    'state department', 'department of state', 'justice department', 'department of justice', 'treasury department',
    'department of the treasury', 'commerce department', 'department of commerce', 'defense department',
    'department of defense', 'department of homeland security', 'homeland security department', 'labor department',
    'department of labor', 'energy department', 'department of energy',
  ]),
};
