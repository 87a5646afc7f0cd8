// Title and role words: they announce a person's name ("Foreign Minister Dmytro
// ...", "the ambassador, ...") but are never names themselves. Keys are lower case;
// the value is the normalised title reported on mentions and role relations.

export const TITLES: Record<string, string> = {
  // heads of state and government
  'president': 'president', 'vice president': 'vice president', 'vice-president': 'vice president',
  'president-elect': 'president-elect', 'prime minister': 'prime minister', 'premier': 'prime minister',
  'pm': 'prime minister', 'chancellor': 'chancellor', 'head of state': 'head of state',
  'head of government': 'head of government', 'supreme leader': 'supreme leader', 'leader': 'leader',
  'dictator': 'leader', 'king': 'king', 'queen': 'queen', 'prince': 'prince', 'princess': 'princess',
  'crown prince': 'crown prince', 'emperor': 'emperor', 'empress': 'empress', 'sultan': 'sultan', 'emir': 'emir',
  'sheikh': 'sheikh', 'pope': 'pope', 'ayatollah': 'ayatollah', 'monarch': 'monarch',
  // Ireland's head of government and deputy (Irish words English news keeps)
  'taoiseach': 'prime minister', 'tanaiste': 'deputy prime minister', 'tánaiste': 'deputy prime minister',
  // ministers and officials
  'minister': 'minister', 'foreign minister': 'foreign minister', 'minister of foreign affairs': 'foreign minister',
  'foreign secretary': 'foreign minister', 'secretary of state': 'secretary of state',
  'defence minister': 'defence minister', 'defense minister': 'defence minister', 'defense secretary': 'defence minister',
  'defence secretary': 'defence minister', 'minister of defence': 'defence minister', 'minister of defense': 'defence minister',
  'interior minister': 'interior minister', 'home secretary': 'interior minister', 'finance minister': 'finance minister',
  'treasury secretary': 'finance minister', 'chancellor of the exchequer': 'finance minister',
  'economy minister': 'economy minister', 'trade minister': 'trade minister', 'energy minister': 'energy minister',
  'health minister': 'health minister', 'justice minister': 'justice minister', 'attorney general': 'attorney general',
  'secretary': 'secretary', 'secretary-general': 'secretary-general', 'secretary general': 'secretary-general',
  'deputy': 'deputy', 'governor': 'governor', 'mayor': 'mayor', 'senator': 'senator', 'sen.': 'senator',
  'congressman': 'member of congress', 'congresswoman': 'member of congress', 'representative': 'representative',
  'rep.': 'representative', 'lawmaker': 'lawmaker', 'legislator': 'lawmaker', 'mp': 'member of parliament',
  'member of parliament': 'member of parliament', 'speaker': 'speaker', 'gov.': 'governor',
  'ambassador': 'ambassador', 'envoy': 'envoy', 'special envoy': 'envoy', 'diplomat': 'diplomat', 'consul': 'consul',
  'spokesman': 'spokesperson', 'spokeswoman': 'spokesperson', 'spokesperson': 'spokesperson',
  'press secretary': 'spokesperson', 'adviser': 'adviser', 'advisor': 'adviser', 'national security adviser': 'national security adviser',
  'official': 'official', 'commissioner': 'commissioner', 'high representative': 'high representative',
  'trade representative': 'trade representative',
  'judge': 'judge', 'justice': 'justice', 'chief justice': 'chief justice', 'prosecutor': 'prosecutor',
  'head': 'head', 'chief': 'chief', 'director': 'director', 'director general': 'director general',
  'chairman': 'chair', 'chairwoman': 'chair', 'chairperson': 'chair', 'chair': 'chair', 'president and ceo': 'chief executive',
  'ceo': 'chief executive', 'chief executive': 'chief executive', 'chief executive officer': 'chief executive',
  'founder': 'founder', 'co-founder': 'founder', 'owner': 'owner', 'editor': 'editor', 'correspondent': 'correspondent',
  'commander': 'commander', 'commander-in-chief': 'commander-in-chief', 'general': 'general', 'gen.': 'general',
  'lieutenant general': 'lieutenant general', 'lieutenant colonel': 'lieutenant colonel', 'lt. col.': 'lieutenant colonel', 'lt. gen.': 'lieutenant general', 'major general': 'major general',
  'maj. gen.': 'major general', 'brigadier general': 'brigadier general', 'colonel': 'colonel', 'col.': 'colonel',
  'admiral': 'admiral', 'adm.': 'admiral', 'marshal': 'marshal', 'field marshal': 'field marshal', 'captain': 'captain',
  'capt.': 'captain', 'major': 'major', 'lieutenant': 'lieutenant', 'sergeant': 'sergeant', 'chief of staff': 'chief of staff',
  'militia leader': 'leader', 'rebel leader': 'leader', 'separatist leader': 'leader', 'opposition leader': 'opposition leader',
  'party leader': 'party leader', 'candidate': 'candidate', 'presidential candidate': 'presidential candidate',
  'coach': 'coach', 'manager': 'manager', 'striker': 'player', 'player': 'player',
  // honorifics: they announce a name, the normalised title stays empty of meaning
  'mr.': 'mr', 'mr': 'mr', 'mrs.': 'mrs', 'mrs': 'mrs', 'ms.': 'ms', 'ms': 'ms', 'dr.': 'dr', 'dr': 'dr',
  'prof.': 'professor', 'professor': 'professor', 'sir': 'sir', 'dame': 'dame', 'lord': 'lord', 'lady': 'lady',
  'rev.': 'reverend', 'reverend': 'reverend', 'father': 'father', 'sister': 'sister', 'saint': 'saint',
  // chiefly, princely and state honorifics of other countries, written before the name like "Sir": Fiji's "Ratu",
  // Malaysia's "Tun", "Tan Sri", "Datuk"/"Dato'", Brunei's "Pehin", India's "Shri"; religious ranks
  'ratu': 'ratu', 'tun': 'tun', 'tan sri': 'tan sri', 'datuk': 'datuk', 'dato': 'datuk', "dato'": 'datuk', 'datin': 'datin',
  'pehin': 'pehin', 'shri': 'shri', 'sheikha': 'sheikha', 'rabbi': 'rabbi', 'imam': 'imam', 'cardinal': 'cardinal',
  'archbishop': 'archbishop', 'bishop': 'bishop', 'patriarch': 'patriarch',
};

/** Words that qualify a title without changing it ("former", "acting", "top"). */
export const TITLE_QUALIFIERS = new Set([
  'former', 'acting', 'interim', 'then', 'new', 'outgoing', 'incoming', 'late', 'current', 'top', 'senior', 'chief',
  'sitting', 'ex', 'ex-', 'first', 'de facto', 'self-proclaimed', 'self-styled', 'incumbent', 'powerful', 'veteran',
  'newly', 'appointed', 'elected',
]);

/** Prefixes that make another title ("deputy foreign minister", "vice chairman"). */
export const TITLE_PREFIXES: Record<string, string> = {
  'deputy': 'deputy', 'vice': 'vice', 'vice-': 'vice', 'assistant': 'assistant', 'first deputy': 'first deputy',
  'under': 'under', 'under-': 'under', 'co-': 'co-', 'associate': 'associate', 'executive': 'executive',
  'foreign': 'foreign', 'senior': 'senior', 'regional': 'regional',
};
