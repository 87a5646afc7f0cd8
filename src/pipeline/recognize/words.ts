// Word lists the recogniser applies (data, kept apart from the rules that use them).
// All lower case.

/**
 * Words a tagger sometimes glues to the front of a name at a sentence start ("After Pyongyang"):
 * prepositions and conjunctions only, nothing that can begin a name ("The Hague", "New York").
 */
export const GLUED_LEADING_WORDS = new Set([
  'after', 'before', 'when', 'while', 'whilst', 'in', 'on', 'at', 'according', 'because', 'although', 'though', 'if',
  'since', 'as', 'but', 'and', 'or', 'however', 'meanwhile', 'during', 'with', 'without', 'from', 'for', 'by', 'to',
  'into', 'about', 'against', 'among', 'amid', 'between', 'despite', 'until', 'unless', 'whether', 'where', 'why',
  'how', 'what', 'which', 'who', 'whom', 'whose', 'than', 'also', 'then', 'yet', 'so',
  // adjectives that open a sentence before a title or a nationality ("Former Philippine first lady ...")
  'former', 'late', 'acting', 'outgoing', 'incoming', 'retired', 'jailed', 'ousted', 'exiled', 'veteran',
]);

/** Capitalised only because they start a sentence or a headline: never a name or part of one. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'after', 'before', 'when', 'while', 'whilst', 'in', 'on', 'at',
  'according', 'because', 'although', 'though', 'if', 'since', 'as', 'but', 'and', 'or', 'nor', 'however', 'meanwhile',
  'during', 'under', 'with', 'without', 'from', 'for', 'by', 'of', 'to', 'into', 'onto', 'over', 'about', 'against',
  'among', 'amid', 'between', 'through', 'throughout', 'despite', 'until', 'unless', 'whether', 'where', 'why', 'how',
  'what', 'which', 'who', 'whom', 'whose', 'any', 'all', 'some', 'many', 'most', 'more', 'much', 'few', 'several',
  'each', 'every', 'both', 'either', 'neither', 'no', 'not', 'yet', 'so', 'then', 'thus', 'also', 'still', 'even',
  'just', 'only', 'here', 'there', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'later', 'earlier', 'once',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may',
  'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'not', 'other', 'another', 'such', 'said', 'says',
  'following', 'including', 'regarding', 'concerning', 'per', 'via', 'like', 'unlike', 'near', 'towards', 'toward',
  'across', 'around', 'behind', 'beyond', 'inside', 'outside', 'within', 'upon', 'up', 'down', 'off', 'out', 'than',
  'again', 'further', 'instead', 'indeed', 'perhaps', 'maybe', 'well', 'already', 'separately', 'additionally',
  'furthermore', 'moreover', 'nevertheless', 'nonetheless', 'therefore', 'hence', 'overall', 'finally', 'first',
  'second', 'third', 'last', 'next', 'read', 'watch', 'photo', 'video', 'image', 'images', 'related', 'article',
  'breaking', 'update', 'updated', 'live', 'exclusive', 'opinion', 'analysis', 'editorial', 'note', 'source', 'sources',
]);

/** Month and weekday names, holidays and seasons: capitalised, never an entity on their own. */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.',
  'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan', 'eid', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'est', 'bst', 'cet',
]);

/**
 * Honorifics: a name right after one (or starting with one) is a person's, whatever the tagger guessed
 * for a lone surname ("Ms. Calico", "Dr. Sohn"). Only forms that are never a title of an office and
 * never start another kind of name.
 */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mme', 'mme.', 'mlle', 'mlle.', 'dr', 'dr.', 'messrs', 'messrs.']);

/**
 * Lower-case nouns that only name people, by occupation or circumstance: right before a name of a person's shape
 * ("the journalist Kola Ade", "activist Maria Ruiz") they say the name is a person's, whatever the tagger read.
 * Nouns a company can be called too ("investor", "producer", "designer", "developer") are left out.
 */
export const PERSON_NOUNS = new Set(`journalist reporter photographer blogger activist campaigner dissident protester lawyer
  attorney barrister businessman businesswoman entrepreneur billionaire tycoon oligarch banker economist analyst
  researcher scientist physicist chemist biologist historian philosopher scholar academic professor lecturer student
  teacher doctor surgeon physician nurse pilot soldier sergeant farmer writer author novelist poet playwright artist
  painter singer rapper actor actress comedian filmmaker striker midfielder defender goalkeeper footballer cricketer
  batsman bowler cyclist runner sprinter athlete boxer wrestler swimmer jockey golfer priest cleric imam rabbi pastor
  bishop monk nun suspect victim survivor witness refugee migrant prisoner detainee hostage veteran whistleblower
  hacker spy mayor-elect widow son daughter brother sister husband wife mother father grandson granddaughter
  fullback winger forward centre-back wing-back playmaker flanker hooker prop scrum-half fly-half wicketkeeper
  all-rounder opener skipper quarterback pitcher catcher shortstop outfielder rookie veteran
  composer inventor musician dancer sculptor diver placekicker`.split(/\s+/));

/** Compass words: "the West", "the North" are references, not names the gazetteer can place. */
export const DIRECTION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Capitalised common nouns and adjectives that news capitalises but that name nothing alone. */
export const NOT_NAMES = new Set([
  'god', 'internet', 'web', 'covid', 'covid-19', 'coronavirus', 'mr', 'mrs', 'ms', 'dr', 'islam', 'muslim', 'muslims',
  'christian', 'christians', 'jewish', 'jews', 'catholic', 'sunni', 'shia', 'shiite', 'communist', 'communists',
  'republican', 'republicans', 'democrat', 'democrats', 'conservative', 'conservatives', 'liberal', 'liberals',
  'english', 'french', 'spanish', 'arabic', 'officials', 'official', 'authorities', 'government', 'state', 'states',
  'city', 'country', 'region', 'province', 'capital', 'war', 'agenda', 'talks', 'crisis', 'ties', 'cuts', 'deal',
  'breakaway', 'proxies', 'separatists', 'separatist', 'rebels', 'forces', 'troops', 'army', 'police', 'people',
]);

/** Diseases: no one's name, whatever the tagger read ("Cholera has killed 300 people"). */
export const DISEASE_WORDS = new Set(['cholera', 'malaria', 'measles', 'typhoid', 'polio', 'tuberculosis', 'dengue', 'influenza',
  'diphtheria', 'meningitis', 'mpox', 'smallpox', 'leprosy', 'rabies', 'anthrax', 'plague', 'hepatitis']);

/** Fuels and raw materials: common nouns a tagger reads as a name when they open a sentence ("Petrol stations ..."). */
export const COMMODITY_NOUNS = new Set(['petrol', 'diesel', 'gasoline', 'kerosene', 'fuel', 'crude', 'oil', 'gas', 'coal',
  'electricity', 'wheat', 'maize', 'corn', 'rice', 'cocoa', 'coffee', 'cotton', 'timber', 'fertiliser', 'fertilizer', 'grain']);

/** Prepositions that make a following place a place ("an embassy in Moscow"), not an actor. */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'into', 'to', 'toward', 'towards', 'through',
  'throughout', 'via', 'over', 'within', 'beyond', 'downtown', 'central', 'northern', 'southern', 'eastern', 'western',
  'visit', 'visited', 'visiting', 'arrived', 'reached', 'entered', 'flew', 'travelled', 'traveled', 'based',
]);

/** Words before "from" that make it movement ("flights from Moscow"), so the place stays a place. */
export const MOVEMENT_WORDS = new Set([
  'flight', 'flights', 'flew', 'travel', 'travelled', 'traveled', 'returned', 'arrived', 'fled', 'miles', 'km',
  'kilometres', 'kilometers', 'road', 'train', 'trains', 'drive', 'route', 'evacuated', 'moved', 'came', 'trip',
  'exports', 'imports', 'shipments', 'reporting', 'reports', 'reported', 'correspondent', 'live',
]);

/** Words near a name that say it is a city, not the region of the same name. */
export const CITY_CONTEXT_WORDS = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'capital', 'port', 'downtown', 'mayor', 'suburb', 'suburbs',
  'streets', 'airport', 'residents', 'municipal', 'metropolis', 'hometown',
]);

/** Verbs that follow an actor: a capital in front of one acts for its state ("Pyongyang announced"). */
export const ACTOR_VERB_HINT = /^(?:said|says|say|announced|announces|stated|declared|declares|severed|severs|recognized|recognised|recognizes|recognises|accused|accuses|warned|warns|condemned|condemns|rejected|rejects|denied|denies|demanded|demands|urged|urges|called|calls|claimed|claims|insisted|insists|threatened|threatens|responded|responds|agreed|agrees|signed|signs|launched|launches|sent|sends|imposed|imposes|blamed|blames|wants|wanted|has|had|have|is|was|will|would|could|should|may|might|must|cannot|can|did|does|sought|seeks|plans|planned|hopes|hoped|refused|refuses|ordered|orders|expelled|expels|backed|backs|supports|supported|cut|cuts|broke|breaks|vowed|vows|pledged|pledges|retaliated|promised|promises|added|adds|confirmed|confirms|reported|reports|told|tells|issued|issues|asked|asks|ask|press|pressed|presses|pressured|pressures|persuaded|persuade|invited|invites|contacted|contacts)$/;

/** News-source verbs: a lone unknown name before one of these is a publication ("Independent reported"). */
export const SOURCE_VERBS = new Set(['reported', 'reports', 'reporting', 'wrote', 'writes', 'published', 'cited', 'quoted']);

/** Lower-case words that may sit inside a name ("Sea of Azov", "Bank of England", "Bashar al-Assad"). */
export const NAME_CONNECTORS = new Set(['of', 'in', 'de', 'da', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'for', 'and', 'the']);

/** Head words of a MISC span that make it an event ("World Cup", "Munich Security Conference"). */
export const EVENT_HEAD_WORDS = new Set([
  'cup', 'games', 'olympics', 'olympiad', 'summit', 'championship', 'championships', 'conference', 'forum', 'festival',
  'election', 'elections', 'expo', 'tournament', 'open', 'marathon', 'grand prix', 'world cup', 'congress', 'meeting',
]);

/** Prefixes of hyphenated nationality words: "pro-Russian", "anti-Western". */
export const STANCE_PREFIXES = new Set(['pro', 'anti', 'non', 'ex', 'post', 'pre']);

/** Combining forms that open a compound nationality word: "Indo-Fijian", "Afro-Brazilian", "Sino-Japanese". */
export const ETHNIC_PREFIXES = new Set(['indo', 'sino', 'afro', 'anglo', 'franco', 'russo', 'italo', 'greco', 'hispano', 'luso', 'euro']);

/** Adverbs of degree: before a nationality word they make it a description, never the start of a name ("the mainly Indo-Fijian X Party"). */
export const DEGREE_ADVERBS = new Set(['mainly', 'largely', 'predominantly', 'mostly', 'overwhelmingly', 'traditionally', 'chiefly', 'primarily', 'mainly-', 'majority']);

/** Adjectives of belief or ideology that describe a body after its name ("the Hamas Islamic militant group"). */
export const BELIEF_ADJECTIVES = new Set(['islamic', 'islamist', 'muslim', 'christian', 'jewish', 'catholic', 'protestant', 'sunni', 'shia', 'shiite', 'marxist', 'maoist', 'leftist', 'rightist', 'nationalist', 'separatist']);

/** Last words that make a capitalised name a place rather than a person ("Tiananmen Square", "Wall Street"). */
export const LOCATION_HEAD_WORDS = new Set([
  'square', 'street', 'avenue', 'road', 'boulevard', 'bridge', 'airport', 'park', 'palace', 'stadium', 'arena',
  'hall', 'tower', 'castle', 'cathedral', 'mosque', 'temple', 'island', 'islands', 'mountains', 'mountain', 'mount',
  'lake', 'river', 'valley', 'desert', 'bay', 'coast', 'plain', 'plains', 'heights', 'hills', 'forest', 'canal',
  'harbour', 'harbor', 'port', 'base', 'camp', 'field', 'dam', 'plant', 'station', 'border', 'crossing', 'corridor',
  'shoal', 'reef', 'atoll', 'peninsula', 'gulf', 'sea', 'ocean', 'strait', 'channel', 'glacier', 'volcano',
  ...['district', 'province', 'county', 'counties', 'prefecture', 'oblast', 'parish', 'township', 'governorate', 'canton'],
]);

/**
 * Heads that make a name a place even when the tagger says organisation: administrative divisions and
 * natural features ("Phetchabun Province", "Yucca Mountain"). Buildings, "City" and "County" are left out:
 * airports, stadiums, "Manchester City" and county cricket sides are organisations as often as places.
 */
export const PLACE_OVER_ORGANIZATION_HEADS = new Set([
  'district', 'province', 'prefecture', 'oblast', 'parish', 'township', 'governorate', 'canton',
  'mountain', 'mountains', 'mount', 'lake', 'river', 'valley', 'desert', 'forest', 'island', 'islands', 'peninsula',
  'gulf', 'sea', 'ocean', 'strait', 'glacier', 'volcano', 'bay', 'plateau',
]);

/**
 * Capitalised words that make a multi-word name something other than a person: "Human Rights",
 * "National League", "Federal Republic", "Financial Data". No person is called this.
 */
export const NON_PERSON_WORDS = new Set([
  'human', 'rights', 'national', 'international', 'global', 'federal', 'republic', 'democratic', 'democracy', 'people',
  'peoples', 'popular', 'united', 'union', 'league', 'great', 'lakes', 'interim', 'force', 'forces', 'financial',
  'data', 'economic', 'economy', 'market', 'markets', 'stock', 'stocks', 'share', 'shares', 'per', 'numbers', 'total',
  'top', 'lead', 'underwriter', 'senior', 'general', 'public', 'private', 'state', 'states', 'central', 'community',
  'social', 'socialist', 'liberal', 'conservative', 'labour', 'labor', 'green', 'greens', 'freedom', 'liberty',
  'independence', 'justice', 'peace', 'security', 'defence', 'defense', 'affairs', 'foreign', 'home', 'trade',
  'development', 'reconstruction', 'investment', 'holdings', 'consolidated', 'receipts', 'depositary', 'bond',
  'bonds', 'treasury', 'exchange', 'index', 'fund', 'funds', 'prize', 'award', 'cup', 'games', 'world', 'war',
  'wall', 'square', 'street', 'road', 'station', 'airport', 'university', 'college', 'school', 'hospital',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'old', 'upper', 'lower',
  'above', 'below', 'except', 'excluding', 'including', 'net', 'gross', 'profit', 'loss', 'revenue', 'sales',
  'quarter', 'annual', 'monthly', 'weekly', 'daily', 'news', 'press', 'times', 'post', 'herald', 'journal',
  'review', 'report', 'summary', 'results', 'standings', 'table', 'tables', 'index', 'committee', 'council',
  'agency', 'office', 'ministry', 'department', 'bureau', 'court', 'police', 'army', 'navy', 'air', 'military',
  'church', 'catholic', 'islamic', 'christian', 'jewish', 'muslim', 'front', 'movement', 'party', 'alliance',
]);

/**
 * Nouns that, right before a name, say it is an organisation: "mobile operator Safaricom",
 * "investment firm Helios", "the newspaper Granma", "carmaker Daimler". Each stands for a
 * business, a body or a publication, never for a person or a place.
 */
export const ORGANIZATION_CUE_BEFORE = new Set([
  'company', 'companies', 'firm', 'firms', 'operator', 'operators', 'bank', 'banks', 'lender', 'lenders', 'insurer',
  'insurers', 'broker', 'brokerage', 'carrier', 'airline', 'airlines', 'conglomerate', 'corporation', 'retailer',
  'manufacturer', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'producer', 'supplier', 'distributor',
  'refiner', 'miner', 'utility', 'subsidiary', 'affiliate', 'unit', 'consultancy', 'startup', 'start-up', 'giant', 'newspaper', 'daily',
  'weekly', 'tabloid', 'magazine', 'broadcaster', 'publisher', 'network', 'club', 'outfit', 'party', 'movement',
  'organisation', 'organization', 'charity', 'ngo', 'union', 'bloc', 'alliance', 'consortium', 'fund', 'regulator',
  'watchdog', 'agency', 'ministry', 'telecoms', 'telecom', 'developer', 'investor', 'insurer', 'bookmaker', 'exporter', 'importer',
  // "the conciliation service Acas", "defence contractor Halvard", "the militant group Hamas", "environmental groups, including X"
  'service', 'contractor', 'group', 'groups', 'charities', 'organisations', 'organizations', 'unions', 'parties', 'agencies',
  // "the department store chain Bhs", "the fashion brand Arket", "the record label Motown"
  'chain', 'brand', 'label',
  // criminal and armed groups ("the street gang X", "the drug cartel X", "the militia X")
  'gang', 'gangs', 'cartel', 'cartels', 'syndicate', 'militia', 'militias',
  // plurals before a list ("rival retailers X and Y", "the carmakers X and Y")
  'retailers', 'supermarket', 'supermarkets', 'grocer', 'grocers', 'carmakers', 'automakers', 'chipmakers', 'drugmakers',
  'manufacturers', 'producers', 'suppliers', 'distributors', 'refiners', 'miners', 'carriers', 'brokers', 'brokerages',
  'conglomerates', 'corporations', 'broadcasters', 'publishers', 'newspapers', 'regulators', 'watchdogs', 'contractors',
  'chains', 'brands', 'utilities', 'consultancies', 'startups', 'start-ups', 'exporters', 'importers', 'bookmakers',
]);

/**
 * Kinds of organisation that, ending an apposition after a name ("Kobold, a Denver-based investment firm,"),
 * make the name an organisation: only nouns no person is called ("developer", "investor", "producer" are).
 */
export const APPOSITION_ORGANIZATION_KINDS = new Set([
  'company', 'firm', 'group', 'bank', 'lender', 'insurer', 'carrier', 'airline', 'conglomerate', 'corporation', 'retailer',
  'manufacturer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'refiner', 'utility', 'subsidiary', 'consultancy',
  'startup', 'start-up', 'newspaper', 'tabloid', 'magazine', 'broadcaster', 'charity', 'consortium', 'fund', 'regulator',
  'watchdog', 'agency', 'chain', 'club', 'brewer', 'operator', 'provider', 'exchange', 'university', 'institute',
  'force', 'mission', 'militia', 'consortium', 'federation', 'association', 'union', 'contractor', 'gang', 'cartel',
  'organisation', 'organization', 'ngo', 'foundation', 'think-tank',
  // a company's parts and ties ("Taco Bell, a unit of Yum Brands", "X, an affiliate of Y")
  'unit', 'affiliate',
  // political bodies ("Georgian Dream, the party founded by ...", "X, the movement that ...")
  'party', 'movement',
  'shipbuilder', 'shipyard', 'steelmaker', 'planemaker', 'publisher', 'supplier', 'distributor',
  // a state's own bodies ("the Knesset, Israel's parliament", "X, the court set up under the peace deal")
  'parliament', 'legislature', 'court', 'tribunal', 'commission', 'council', 'body',
  // ("VKontakte, the social network he had founded")
  'network',
]);

/**
 * Offices and parts only an organisation has, after its possessive: "Network Rail's deputy chief executive",
 * "Keltmar's board", "the bank's shareholders" (a person has a "chief of staff", never a "chief executive").
 */
export const CORPORATE_POSSESSIONS = new Set(['chief executive', 'chairman', 'chairwoman', 'board', 'shareholders', 'ceo', 'headquarters', 'subsidiary', 'subsidiaries', 'workforce',
  // an airline's or a shipper's own ("X's planes and staff", "X's fleet")
  'planes', 'fleet', 'aircraft', 'jets',
  // a body's own organs and members ("X's ethics committee", "X's member states"; not "his campaign committee")
  'ethics committee', 'executive committee', 'disciplinary committee', 'appeals committee', 'member states', 'member countries',
  'member nations', 'secretary-general', 'secretary general', 'general secretary', 'secretariat', 'statutes']);

/** Words between a possessive and an office ("X's deputy chief executive", "X's new chairman"). */
export const OFFICE_MODIFIERS = new Set(['deputy', 'acting', 'interim', 'new', 'former', 'outgoing', 'incoming', 'executive', 'supervisory', 'managing']);

/** Nouns after which "of"/"in" introduces an organisation: "shares of Samsung", "a stake in Vodafone". */
// ("an affiliate of X": what a company is affiliated to is a company or a group)
export const ORGANIZATION_CUE_OF = new Set(['shares', 'stock', 'stake', 'stakes', 'subsidiary', 'unit', 'units', 'shareholders', 'shareholder', 'takeover', 'bid', 'affiliate', 'affiliates']);

/** Words right after a name that make it a company: "Samsung shares rose", "Fiat stock". */
export const ORGANIZATION_CUE_AFTER = new Set(['shares', 'stock', 'stocks', 'shareholders', 'subsidiary', 'spokesman', 'spokeswoman', 'spokesperson', 'party']);

export { FIELD_WORDS } from '../gazetteer/data/fields.ts';

/**
 * Peoples and faiths: a capitalised word naming an ethnic or religious group ("Hutu President X", "Shi'ite
 * leaders") is no organisation and owns no title.
 */
export const GROUP_IDENTITY_WORDS = new Set([
  'hutu', 'tutsi', 'kurd', 'kurds', 'kurdish', 'pashtun', 'hazara', 'baluch', 'tamil', 'sinhalese', "shi'ite", 'shiite', 'shia',
  'sunni', 'alawite', 'druze', 'maronite', 'copt', 'coptic', 'hindu', 'muslim', 'moslem', 'christian', 'jewish', 'catholic',
  'protestant', 'orthodox', 'sikh', 'buddhist', 'uighur', 'uyghur', 'rohingya', 'bedouin', 'berber', 'tuareg', 'fulani',
  'yoruba', 'igbo', 'hausa', 'zulu', 'xhosa', 'kikuyu', 'luo', 'amhara', 'oromo', 'tigrayan', 'arab', 'arabs', 'roma',
  'bosniak', 'bosniaks', 'hmong', 'kachin', 'maori', 'aboriginal', 'inuit',
]);

/** Adjectives that name a political party in news ("Conservative leader", "Republican senator"). */
export const PARTY_ADJECTIVES = new Set(['conservative', 'republican', 'democratic', 'socialist', 'liberal', 'labour', 'communist', 'green', 'nationalist', 'unionist']);
/** Offices held in or for a party, after its adjective. */
export const PARTY_OFFICES = new Set(['leader', 'leaders', 'chairman', 'chairwoman', 'chair', 'candidate', 'mp', 'mps', 'senator', 'senators', 'lawmaker', 'lawmakers', 'spokesman', 'spokeswoman', 'deputy', 'whip', 'congressman', 'congresswoman', 'governor']);


/** Languages a broadcast or newspaper is in ("Moscow INTERFAX in English", "Cairo AL-AHALI in Arabic"). */
export const LANGUAGE_NAMES = new Set(`english french spanish portuguese german italian dutch russian ukrainian belarusian polish czech slovak
hungarian romanian bulgarian serbian croatian serbo-croatian slovene macedonian albanian greek turkish arabic hebrew persian farsi dari pashto
urdu hindi bengali tamil nepali sinhala chinese mandarin cantonese japanese korean vietnamese thai lao khmer burmese indonesian malay tagalog
filipino swahili amharic somali hausa finnish swedish norwegian danish icelandic estonian latvian lithuanian georgian armenian azeri azerbaijani
kazakh uzbek kyrgyz tajik turkmen mongolian catalan basque`.split(/\s+/));
/**
 * Goods a company makes, before "maker", "producer" or "manufacturer" ("cement maker X", "steel producer X"): such a
 * compound names a company, never a person (unlike "film maker", "policy maker", "wine maker").
 */
export const GOODS_BEFORE_MAKER = new Set(['cement', 'steel', 'car', 'truck', 'lorry', 'bus', 'drug', 'chip', 'tyre', 'tire', 'glass', 'paper',
  'beer', 'aircraft', 'plane', 'engine', 'phone', 'handset', 'computer', 'toy', 'fertiliser', 'fertilizer', 'aluminium', 'aluminum', 'copper',
  'tobacco', 'cigarette', 'sugar', 'chocolate', 'auto', 'appliance', 'equipment', 'chemicals', 'battery', 'vaccine', 'generic', 'weapons', 'arms',
  'shoe', 'textile', 'clothing', 'furniture', 'soft-drink', 'drinks', 'food', 'snack', 'pulp', 'plastics', 'tractor', 'ship', 'rail',
  // goods only a company makes or mines ("the diamond producer", "cognac maker X"; not oil or gas, which countries and
  // states are called producers of too)
  'diamond', 'diamonds', 'spirits', 'cognac', 'brandy', 'whisky', 'whiskey', 'vodka', 'champagne', 'luxury', 'cosmetics', 'pharmaceuticals']);
/**
 * One word of such goods and "maker" ("truckmaker X", "toymaker X"): a company, as "truck maker X" is (not
 * "lawmaker", "policymaker", "filmmaker": people).
 */
export function isGoodsMakerWord(word: string): boolean {
  const m = /^([a-z]+)makers?$/.exec(word);
  return !!m && GOODS_BEFORE_MAKER.has(m[1]!);
}
/**
 * An armed or criminal group's noun after its name ("Russia's X mercenary group", "the X drug cartel"), and the
 * words that may stand between: "group" says it only after such a word ("the Smith group" may be a family's firm).
 */
export const ARMED_GROUP_MODIFIERS = new Set(['mercenary', 'militant', 'armed', 'rebel', 'paramilitary', 'criminal', 'terrorist', 'jihadist',
  'separatist', 'insurgent', 'extremist', 'islamist', 'drug', 'street', 'prison', 'crime', 'military']);
export const ARMED_GROUP_NOUNS = new Set(['gang', 'cartel', 'militia', 'group', 'faction', 'network']);
/** Abbreviations of things, not names ("Google's AI", "Tesla's EV", "the leading AI powers"). */
export const COMMON_ABBREVIATIONS = new Set(['AI', 'EV', 'TV', 'IT', 'IPO', 'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'VAT', 'LNG', 'HR', 'PR', 'ESG', 'AGM', 'IP', 'OS', 'PC', 'API', 'SUV', 'USB', 'GPS']);
/** The nouns after such goods. */
export const MAKER_NOUNS = new Set(['maker', 'makers', 'producer', 'producers', 'manufacturer', 'manufacturers']);
