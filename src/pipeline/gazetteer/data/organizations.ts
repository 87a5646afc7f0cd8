// Well-known organisations that news names by acronym or short name, and the
// words that make an unknown capitalised name an organisation ("... Ministry",
// "Bank of ..."). General knowledge only.

export interface HandOrganization {
  slug: string;
  name: string;
  /** Acronyms and other names; acronyms are matched case-sensitively. */
  alternates: string[];
  reason: string;
}

export const ORGANIZATIONS: HandOrganization[] = [
  // international bodies
  { slug: 'european-union', name: 'European Union', alternates: ['EU', 'E.U.'], reason: 'political and economic union' },
  { slug: 'european-commission', name: 'European Commission', alternates: ['EC'], reason: 'EU executive' },
  { slug: 'european-parliament', name: 'European Parliament', alternates: [], reason: 'EU legislature' },
  { slug: 'european-council', name: 'European Council', alternates: [], reason: 'EU heads of government' },
  { slug: 'council-of-europe', name: 'Council of Europe', alternates: [], reason: 'human-rights organisation' },
  { slug: 'nato', name: 'North Atlantic Treaty Organization', alternates: ['NATO', 'Nato', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], reason: 'military alliance' },
  { slug: 'united-nations', name: 'United Nations', alternates: ['UN', 'U.N.'], reason: 'international organisation' },
  { slug: 'un-security-council', name: 'UN Security Council', alternates: ['UNSC', 'United Nations Security Council', 'U.N. Security Council', 'Security Council'], reason: 'UN organ' },
  { slug: 'un-general-assembly', name: 'UN General Assembly', alternates: ['UNGA', 'United Nations General Assembly', 'U.N. General Assembly', 'General Assembly'], reason: 'UN organ' },
  { slug: 'imf', name: 'International Monetary Fund', alternates: ['IMF'], reason: 'international financial institution' },
  { slug: 'world-bank', name: 'World Bank', alternates: [], reason: 'international financial institution' },
  { slug: 'who', name: 'World Health Organization', alternates: ['WHO', 'World Health Organisation'], reason: 'UN agency' },
  { slug: 'wto', name: 'World Trade Organization', alternates: ['WTO', 'World Trade Organisation'], reason: 'international organisation' },
  { slug: 'opec', name: 'Organization of the Petroleum Exporting Countries', alternates: ['OPEC', 'Opec'], reason: 'oil cartel' },
  { slug: 'opec-plus', name: 'OPEC+', alternates: ['Opec+', 'OPEC Plus', 'Opec Plus'], reason: 'OPEC with allied producers led by Russia: a grouping beside its core, not another name of OPEC' },
  { slug: 'asean', name: 'Association of Southeast Asian Nations', alternates: ['ASEAN', 'Asean'], reason: 'regional organisation' },
  { slug: 'mercosur', name: 'Mercosur', alternates: ['Mercosul', 'Southern Common Market'], reason: 'South American trade bloc' },
  { slug: 'african-union', name: 'African Union', alternates: ['AU'], reason: 'regional organisation' },
  { slug: 'arab-league', name: 'Arab League', alternates: ['League of Arab States'], reason: 'regional organisation' },
  { slug: 'gcc', name: 'Gulf Cooperation Council', alternates: ['GCC'], reason: 'regional organisation' },
  // regional blocs news names bare, whose names the tagger often reads as a nationality word and a noun ("East African
  // Community")
  { slug: 'eac', name: 'East African Community', alternates: ['EAC'], reason: 'East African regional bloc' },
  { slug: 'sadc', name: 'Southern African Development Community', alternates: ['SADC'], reason: 'southern African regional bloc' },
  { slug: 'ecowas', name: 'Economic Community of West African States', alternates: ['ECOWAS', 'Ecowas'], reason: 'West African regional bloc' },
  { slug: 'eccas', name: 'Economic Community of Central African States', alternates: ['ECCAS'], reason: 'Central African regional bloc' },
  { slug: 'igad', name: 'Intergovernmental Authority on Development', alternates: ['IGAD'], reason: 'Horn of Africa regional bloc' },
  { slug: 'caricom', name: 'Caribbean Community', alternates: ['CARICOM', 'Caricom'], reason: 'Caribbean regional bloc' },
  { slug: 'pacific-islands-forum', name: 'Pacific Islands Forum', alternates: [], reason: 'Pacific regional bloc' },
  { slug: 'oas', name: 'Organization of American States', alternates: ['OAS', 'Organisation of American States'], reason: 'regional organisation of the Americas' },
  { slug: 'eurasian-economic-union', name: 'Eurasian Economic Union', alternates: [], reason: 'post-Soviet economic union' },
  { slug: 'csto', name: 'Collective Security Treaty Organization', alternates: ['CSTO'], reason: 'post-Soviet military alliance' },
  { slug: 'apec', name: 'Asia-Pacific Economic Cooperation', alternates: ['APEC'], reason: 'Asia-Pacific trade forum' },
  { slug: 'oic', name: 'Organisation of Islamic Cooperation', alternates: ['OIC', 'Organization of Islamic Cooperation'], reason: 'organisation of Muslim-majority states' },
  { slug: 'osce', name: 'Organization for Security and Co-operation in Europe', alternates: ['OSCE', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], reason: 'regional security organisation' },
  { slug: 'oecd', name: 'Organisation for Economic Co-operation and Development', alternates: ['OECD'], reason: 'international organisation' },
  { slug: 'sco', name: 'Shanghai Cooperation Organisation', alternates: ['SCO', 'Shanghai Cooperation Organization'], reason: 'regional organisation' },
  { slug: 'g7', name: 'G7', alternates: ['Group of Seven', 'G-7'], reason: 'forum of industrialised nations' },
  { slug: 'g20', name: 'G20', alternates: ['Group of 20', 'G-20'], reason: 'forum of major economies' },
  { slug: 'brics', name: 'BRICS', alternates: [], reason: 'forum of emerging economies' },
  { slug: 'iaea', name: 'International Atomic Energy Agency', alternates: ['IAEA'], reason: 'UN agency' },
  { slug: 'icc', name: 'International Criminal Court', alternates: ['ICC'], reason: 'international court' },
  { slug: 'icj', name: 'International Court of Justice', alternates: ['ICJ', 'World Court'], reason: 'UN court' },
  { slug: 'unicef', name: 'UNICEF', alternates: ["United Nations Children's Fund"], reason: 'UN agency' },
  { slug: 'unhcr', name: 'UNHCR', alternates: ['UN Refugee Agency', 'United Nations High Commissioner for Refugees'], reason: 'UN agency' },
  { slug: 'wfp', name: 'World Food Programme', alternates: ['WFP'], reason: 'UN agency' },
  { slug: 'red-cross', name: 'International Committee of the Red Cross', alternates: ['ICRC', 'Red Cross'], reason: 'humanitarian organisation' },
  { slug: 'interpol', name: 'Interpol', alternates: [], reason: 'police organisation' },
  { slug: 'europol', name: 'Europol', alternates: [], reason: 'EU police agency' },
  { slug: 'amnesty-international', name: 'Amnesty International', alternates: [], reason: 'human-rights organisation' },
  { slug: 'human-rights-watch', name: 'Human Rights Watch', alternates: ['HRW'], reason: 'human-rights organisation' },
  { slug: 'greenpeace', name: 'Greenpeace', alternates: [], reason: 'environmental organisation' },
  { slug: 'oxfam', name: 'Oxfam', alternates: [], reason: 'aid organisation' },
  { slug: 'msf', name: 'Medecins Sans Frontieres', alternates: ['Médecins Sans Frontières', 'Doctors Without Borders', 'MSF'], reason: 'medical aid organisation' },
  { slug: 'save-the-children', name: 'Save the Children', alternates: [], reason: 'aid organisation' },
  // world bodies of sport, health, culture and the press (general knowledge: news names them without saying what they are)
  { slug: 'fifa', name: 'FIFA', alternates: ['Fifa', 'International Federation of Association Football'], reason: 'world football governing body' },
  { slug: 'uefa', name: 'UEFA', alternates: ['Uefa', 'Union of European Football Associations'], reason: 'European football governing body' },
  { slug: 'ioc', name: 'International Olympic Committee', alternates: ['IOC'], reason: 'Olympic movement governing body' },
  { slug: 'wada', name: 'World Anti-Doping Agency', alternates: ['WADA', 'Wada'], reason: 'international anti-doping agency' },
  { slug: 'court-of-arbitration-for-sport', name: 'Court of Arbitration for Sport', alternates: [], reason: 'international sports tribunal' },
  { slug: 'gavi', name: 'Gavi', alternates: ['GAVI', 'Gavi, the Vaccine Alliance', 'Global Alliance for Vaccines and Immunization'], reason: 'global vaccine alliance' },
  { slug: 'global-fund', name: 'Global Fund to Fight AIDS, Tuberculosis and Malaria', alternates: ['Global Fund'], reason: 'global health financing body' },
  { slug: 'unesco', name: 'UNESCO', alternates: ['Unesco', 'United Nations Educational, Scientific and Cultural Organization'], reason: 'UN agency' },
  { slug: 'undp', name: 'United Nations Development Programme', alternates: ['UNDP'], reason: 'UN agency' },
  { slug: 'fao', name: 'Food and Agriculture Organization', alternates: ['FAO', 'Food and Agriculture Organisation'], reason: 'UN agency' },
  { slug: 'ilo', name: 'International Labour Organization', alternates: ['ILO', 'International Labour Organisation', 'International Labor Organization'], reason: 'UN agency' },
  { slug: 'cpj', name: 'Committee to Protect Journalists', alternates: ['CPJ'], reason: 'press freedom organisation' },
  { slug: 'reporters-without-borders', name: 'Reporters Without Borders', alternates: ['Reporters Sans Frontieres', 'Reporters Sans Frontières'], reason: 'press freedom organisation' },
  { slug: 'transparency-international', name: 'Transparency International', alternates: [], reason: 'anti-corruption organisation' },
  // government bodies known by a short name
  { slug: 'cia', name: 'Central Intelligence Agency', alternates: ['CIA'], reason: 'US intelligence agency' },
  { slug: 'fbi', name: 'Federal Bureau of Investigation', alternates: ['FBI'], reason: 'US federal police' },
  { slug: 'nsa', name: 'National Security Agency', alternates: ['NSA'], reason: 'US intelligence agency' },
  { slug: 'pentagon', name: 'Pentagon', alternates: [], reason: 'US Department of Defense' },
  { slug: 'kremlin', name: 'Kremlin', alternates: [], reason: 'seat of the Russian presidency' },
  { slug: 'white-house', name: 'White House', alternates: [], reason: 'seat of the US presidency' },
  { slug: 'fsb', name: 'Federal Security Service', alternates: ['FSB'], reason: 'Russian security service' },
  { slug: 'kgb', name: 'KGB', alternates: [], reason: 'Soviet security service' },
  { slug: 'mossad', name: 'Mossad', alternates: [], reason: 'Israeli intelligence agency' },
  { slug: 'federal-reserve', name: 'Federal Reserve', alternates: ['Fed'], reason: 'US central bank' },
  { slug: 'ecb', name: 'European Central Bank', alternates: ['ECB'], reason: 'central bank' },
  // armed and political movements
  { slug: 'hamas', name: 'Hamas', alternates: [], reason: 'Palestinian movement' },
  { slug: 'hezbollah', name: 'Hezbollah', alternates: ['Hizbollah'], reason: 'Lebanese movement' },
  { slug: 'taliban', name: 'Taliban', alternates: [], reason: 'Afghan movement' },
  { slug: 'islamic-state', name: 'Islamic State', alternates: ['ISIS', 'ISIL', 'Daesh'], reason: 'jihadist group' },
  { slug: 'al-qaeda', name: 'al-Qaeda', alternates: ['Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida'], reason: 'jihadist group' },
  { slug: 'wagner-group', name: 'Wagner Group', alternates: ['Wagner'], reason: 'Russian private military company' },
  { slug: 'houthis', name: 'Houthis', alternates: ['Houthi movement', 'Ansar Allah'], reason: 'Yemeni movement' },
  { slug: 'al-shabaab', name: 'al-Shabaab', alternates: ['Al-Shabaab', 'al Shabaab', 'Al Shabaab', 'al-Shabab', 'Al-Shabab'], reason: 'Somali jihadist group' },
  { slug: 'boko-haram', name: 'Boko Haram', alternates: [], reason: 'Nigerian jihadist group' },
  { slug: 'rapid-support-forces', name: 'Rapid Support Forces', alternates: ['RSF'], reason: 'Sudanese paramilitary force' },
  { slug: 'pkk', name: 'Kurdistan Workers\' Party', alternates: ['PKK'], reason: 'Kurdish armed group' },
  { slug: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', alternates: ['HTS'], reason: 'Syrian armed group' },
  { slug: 'm23', name: 'M23', alternates: ['March 23 Movement'], reason: 'Congolese armed group' },
  { slug: 'islamic-jihad', name: 'Palestinian Islamic Jihad', alternates: ['Islamic Jihad'], reason: 'Palestinian armed group' },
  // parties whose names hold no word for a party, so no rule can tell them from a person's name
  { slug: 'sinn-fein', name: 'Sinn Fein', alternates: ['Sinn Féin'], reason: 'Irish party' },
  { slug: 'fianna-fail', name: 'Fianna Fail', alternates: ['Fianna Fáil'], reason: 'Irish party' },
  { slug: 'fine-gael', name: 'Fine Gael', alternates: [], reason: 'Irish party' },
  { slug: 'likud', name: 'Likud', alternates: [], reason: 'Israeli party' },
  { slug: 'fatah', name: 'Fatah', alternates: [], reason: 'Palestinian movement' },
  { slug: 'fidesz', name: 'Fidesz', alternates: [], reason: 'Hungarian party' },
  { slug: 'syriza', name: 'Syriza', alternates: ['SYRIZA'], reason: 'Greek party' },
  { slug: 'kuomintang', name: 'Kuomintang', alternates: ['KMT'], reason: 'Taiwanese party' },
  { slug: 'african-national-congress', name: 'African National Congress', alternates: ['ANC'], reason: 'South African party' },
  // news agencies and broadcasters
  { slug: 'bbc', name: 'BBC', alternates: ['British Broadcasting Corporation'], reason: 'broadcaster' },
  { slug: 'cnn', name: 'CNN', alternates: [], reason: 'broadcaster' },
  { slug: 'reuters', name: 'Reuters', alternates: [], reason: 'news agency' },
  { slug: 'associated-press', name: 'Associated Press', alternates: ['AP'], reason: 'news agency' },
  { slug: 'afp', name: 'Agence France-Presse', alternates: ['AFP'], reason: 'news agency' },
  { slug: 'bloomberg', name: 'Bloomberg', alternates: [], reason: 'news agency' },
  { slug: 'al-jazeera', name: 'Al Jazeera', alternates: ['Al-Jazeera'], reason: 'broadcaster' },
  { slug: 'xinhua', name: 'Xinhua', alternates: ['XINHUA', 'Xinhua News Agency'], reason: 'Chinese state news agency' },
  { slug: 'tass', name: 'TASS', alternates: ['Tass', 'ITAR-TASS', 'Itar-Tass'], reason: 'Russian state news agency (ITAR-TASS 1992-2014)' },
  { slug: 'ria-novosti', name: 'RIA Novosti', alternates: ['RIA'], reason: 'Russian state news agency' },
  { slug: 'interfax', name: 'Interfax', alternates: ['INTERFAX'], reason: 'news agency' },
  { slug: 'upi', name: 'United Press International', alternates: ['UPI'], reason: 'news agency' },
  { slug: 'kyodo', name: 'Kyodo', alternates: ['Kyodo News', 'KYODO'], reason: 'Japanese news agency' },
  { slug: 'jiji', name: 'Jiji Press', alternates: [], reason: 'Japanese news agency' },
  { slug: 'efe', name: 'EFE', alternates: [], reason: 'Spanish news agency' },
  { slug: 'ansa', name: 'ANSA', alternates: [], reason: 'Italian news agency' },
  { slug: 'dpa', name: 'Deutsche Presse-Agentur', alternates: ['DPA', 'dpa'], reason: 'German news agency' },
  { slug: 'ctk', name: 'CTK', alternates: ['Czech News Agency'], reason: 'Czech news agency' },
  { slug: 'tanjug', name: 'Tanjug', alternates: ['TANJUG'], reason: 'Serbian (formerly Yugoslav) news agency' },
  { slug: 'irna', name: 'Islamic Republic News Agency', alternates: ['IRNA'], reason: 'Iranian state news agency' },
  { slug: 'anadolu', name: 'Anadolu Agency', alternates: ['Anadolu'], reason: 'Turkish state news agency' },
  { slug: 'bernama', name: 'Bernama', alternates: ['BERNAMA'], reason: 'Malaysian state news agency' },
  { slug: 'antara', name: 'Antara', alternates: ['ANTARA'], reason: 'Indonesian state news agency' },
  { slug: 'prensa-latina', name: 'Prensa Latina', alternates: [], reason: 'Cuban state news agency' },
  { slug: 'notimex', name: 'Notimex', alternates: ['NOTIMEX'], reason: 'Mexican state news agency' },
  { slug: 'kcna', name: 'Korean Central News Agency', alternates: ['KCNA'], reason: 'North Korean state news agency' },
  { slug: 'yonhap', name: 'Yonhap', alternates: [], reason: 'South Korean news agency' },
  { slug: 'new-york-times', name: 'New York Times', alternates: ['The New York Times', 'NYT'], reason: 'newspaper' },
  { slug: 'washington-post', name: 'Washington Post', alternates: ['The Washington Post'], reason: 'newspaper' },
  { slug: 'wall-street-journal', name: 'Wall Street Journal', alternates: ['WSJ', 'The Wall Street Journal'], reason: 'newspaper' },
  { slug: 'financial-times', name: 'Financial Times', alternates: ['FT'], reason: 'newspaper' },
  { slug: 'the-guardian', name: 'The Guardian', alternates: [], reason: 'newspaper' },
  // platforms and large companies often named in world news
  { slug: 'telegram', name: 'Telegram', alternates: [], reason: 'messaging platform' },
  { slug: 'twitter', name: 'Twitter', alternates: [], reason: 'social network' },
  { slug: 'facebook', name: 'Facebook', alternates: [], reason: 'social network' },
  { slug: 'youtube', name: 'YouTube', alternates: [], reason: 'video platform' },
  { slug: 'google', name: 'Google', alternates: [], reason: 'technology company' },
  { slug: 'microsoft', name: 'Microsoft', alternates: [], reason: 'technology company' },
  { slug: 'apple', name: 'Apple', alternates: [], reason: 'technology company' },
  { slug: 'openai', name: 'OpenAI', alternates: [], reason: 'artificial-intelligence company' },
  { slug: 'google-deepmind', name: 'Google DeepMind', alternates: ['DeepMind'], reason: 'artificial-intelligence laboratory of Google' },
  { slug: 'gazprom', name: 'Gazprom', alternates: [], reason: 'Russian energy company' },
  { slug: 'rosneft', name: 'Rosneft', alternates: [], reason: 'Russian oil company' },
];

/**
 * Armed and political movements whose one-word name ends the names of groups allied with or split from them
 * ("Kataib Hezbollah", "Tehrik-i-Taliban"): such a word never ends a person's name.
 */
export const MOVEMENT_NAME_IDS = new Set(['org:hamas', 'org:hezbollah', 'org:taliban', 'org:fatah', 'org:houthis']);

/** Buildings that stand for the body inside them: a tagger's LOC on them is kept as a place. */
export const SEAT_OF_GOVERNMENT_IDS = new Set(['org:white-house', 'org:kremlin', 'org:pentagon']);

/** Last words that make a capitalised name an organisation. */
export const ORGANIZATION_HEAD_WORDS = new Set([
  'ministry', 'party', 'council', 'committee', 'commission', 'agency', 'bank', 'university', 'institute', 'college',
  'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'company', 'group', 'association',
  'union', 'army', 'forces', 'navy', 'police', 'court', 'parliament', 'assembly', 'congress', 'senate', 'office',
  'department', 'service', 'services', 'authority', 'organisation', 'organization', 'foundation', 'front', 'movement',
  'network', 'news', 'times', 'post', 'journal', 'press', 'airlines', 'airways', 'motors', 'holdings', 'fund',
  'church', 'club', 'bureau', 'guard', 'brigade', 'battalion', 'regiment', 'federation', 'alliance', 'coalition',
  'cabinet', 'government', 'administration', 'telegraph', 'herald', 'tribune', 'gazette', 'television', 'tv', 'radio',
  'exchange', 'board', 'secretariat', 'directorate', 'inc', 'group', 'industries', 'energy', 'oil', 'gas', 'media',
  'newsroom', 'desk', 'co', 'cos', 'bros', 'bros.', 'medical', 'pharmaceutical', 'pharmaceuticals', 'electric', 'power', 'petroleum', 'steel',
  'chemical', 'chemicals', 'systems', 'technologies', 'technology', 'foods', 'capital', 'partners', 'securities',
  'insurance', 'trust', 'telecom', 'communications', 'resources', 'mining', 'treasury', 'railways', 'shipping',
  'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'limited', 'holding', 'council', 'commission', 'institution',
]);

/** First words that, followed by "of", make a name an organisation ("Ministry of Defence", "Bank of England"). */
export const ORGANIZATION_LEAD_WORDS = new Set([
  'ministry', 'department', 'university', 'bank', 'institute', 'council', 'court', 'party', 'office', 'league',
  'organization', 'organisation', 'association', 'federation', 'union', 'church', 'house', 'board', 'committee',
]);

/**
 * Organisation names that are only a government body without its country ("Foreign Ministry",
 * "Defence Ministry"): real, but one per country, so they are not merged across countries by name.
 */
export const GENERIC_BODY_WORDS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'justice', 'finance', 'health', 'education', 'economy', 'trade',
  'energy', 'culture', 'agriculture', 'emergency', 'emergencies', 'state', 'transport', 'labour', 'labor',
]);

/**
 * Legal-form and corporate words at the end of a company's name: news writes "Microsoft Corp"
 * once and "Microsoft" after, so a name without them is the same company. Lower case, no periods.
 */
export const CORPORATE_SUFFIXES: Record<string, string> = {
  inc: 'incorporated (US)', incorporated: 'incorporated (US)', corp: 'corporation', corporation: 'corporation',
  co: 'company', cos: 'companies', company: 'company', ltd: 'limited company (UK, Commonwealth)', limited: 'limited company',
  plc: 'public limited company (UK)', llc: 'limited liability company (US)', llp: 'limited liability partnership',
  lp: 'limited partnership', ag: 'Aktiengesellschaft (DE, CH, AT)', gmbh: 'limited company (DE)', sa: 'société anonyme (FR, ES, ...)',
  nv: 'naamloze vennootschap (NL, BE)', bv: 'besloten vennootschap (NL)', spa: 'società per azioni (IT)',
  se: 'Societas Europaea', pty: 'proprietary company (AU, ZA)', bhd: 'berhad (MY)', oyj: 'public company (FI)',
  asa: 'public company (NO)', oy: 'osakeyhtiö, limited company (FI)', ab: 'aktiebolag (SE)', kk: 'kabushiki kaisha (JP)', group: 'a company and its subsidiaries',
  holdings: 'a holding company', holding: 'a holding company', bros: 'brothers: a family firm ("Warner Bros")',
  brothers: 'a family firm ("Lehman Brothers")',
  rt: 'részvénytársaság, a company limited by shares (HU, before 2006)', zrt: 'private company limited by shares (HU)',
  nyrt: 'public company limited by shares (HU)', kft: 'limited liability company (HU)',
};

/** Last words of company names that are no one's surname. */
export const INDUSTRY_HEADS = new Set(['energy', 'oil', 'gas', 'petroleum', 'motors', 'airlines', 'airways', 'holdings', 'industries', 'media',
  'pharmaceutical', 'pharmaceuticals', 'electric', 'electronics', 'steel', 'chemical', 'chemicals', 'systems', 'technologies', 'technology',
  'foods', 'securities', 'insurance', 'telecom', 'communications', 'resources', 'mining', 'railways', 'shipping', 'bank', 'capital',
  'partners', 'group', 'therapeutics', 'biotech', 'logistics', 'investment', 'investments', 'ventures', 'software', 'semiconductor', 'airline',
  'aerospace', 'defence', 'defense', 'automotive', 'pharma', 'biosciences', 'semiconductors', 'robotics', 'networks', 'telecommunications',
  'utilities', 'properties', 'construction', 'engineering', 'shipbuilding', 'heavy', 'aviation', 'motor', 'mobility', 'solutions', 'labs', 'laboratories',
  'acquisitions', 'rail', 'railway', 'freight', 'water', 'mail', 'retail', 'brands', 'apparel', 'textiles', 'minerals', 'metals', 'cement', 'fisheries',
  // minerals a miner is named for, which close no place's name ("Arcadium Lithium", "Nickel Industries" aside)
  'lithium', 'nickel', 'cobalt', 'uranium', 'potash',
  // newspapers' last words ("Nordwind Zeitung", "Gazzetta dello Sport" aside)
  'zeitung', 'tageblatt', 'zeitschrift', 'gazette', 'gazzetta', 'corriere', 'diario', 'jornal', 'folha', 'tribune', 'herald', 'chronicle', 'courier', 'journal', 'telegraph', 'times']);

/** First words of sports clubs' names that are no one's given name ("Real Betis", "Atletico Madrid", "FC Porto"). */
export const CLUB_LEADS = new Set(['real', 'atletico', 'atlético', 'sporting', 'olympique', 'borussia', 'dynamo', 'dinamo', 'fc', 'ac', 'as', 'sc', 'cf', 'racing', 'deportivo', 'athletic', 'eintracht', 'rapid', 'spartak', 'lokomotiv', 'partizan']);
