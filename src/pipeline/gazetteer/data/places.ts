// Hand-written place knowledge the packages lack: spellings used in English news,
// historical and geographic regions, and natural features (seas, rivers, ranges).
// General knowledge only; nothing here is about one article.

/** Another spelling or transliteration of a name the gazetteer already knows. */
export interface AlternateName {
  /** The spelling found in text. */
  name: string;
  /** A name (or alternate name) the gazetteer already has. */
  of: string;
  reason: string;
}

export const ALTERNATE_NAMES: AlternateName[] = [
  // Ukraine: Russian-derived spellings versus the Ukrainian transliteration now used by most outlets
  { name: 'Kiev', of: 'Kyiv', reason: 'Russian-derived transliteration' },
  { name: 'Odesa', of: 'Odessa', reason: 'Ukrainian transliteration' },
  { name: 'Lugansk', of: 'Luhansk', reason: 'Russian-derived transliteration' },
  { name: 'Kharkov', of: 'Kharkiv', reason: 'Russian-derived transliteration' },
  { name: 'Lvov', of: 'Lviv', reason: 'Russian-derived transliteration' },
  { name: 'Nikolaev', of: 'Mykolayiv', reason: 'Russian-derived transliteration' },
  { name: 'Mykolaiv', of: 'Mykolayiv', reason: 'Ukrainian transliteration' },
  { name: 'Zaporozhye', of: 'Zaporizhia', reason: 'Russian-derived transliteration' },
  { name: 'Zaporizhzhia', of: 'Zaporizhia', reason: 'variant transliteration' },
  { name: 'Dnipropetrovsk', of: 'Dnipro', reason: 'former name' },
  { name: 'Chernigov', of: 'Chernihiv', reason: 'Russian-derived transliteration' },
  { name: 'Rovno', of: 'Rivne', reason: 'Russian-derived transliteration' },
  { name: 'Vinnitsa', of: 'Vinnytsia', reason: 'Russian-derived transliteration' },
  { name: 'Mariupol', of: 'Mariupol', reason: 'canonical spelling' },
  { name: 'Donetsk People\'s Republic', of: 'Donetsk', reason: 'name of the separatist entity in the region' },
  { name: 'Luhansk People\'s Republic', of: 'Luhansk', reason: 'name of the separatist entity in the region' },
  { name: 'Lugansk People\'s Republic', of: 'Luhansk', reason: 'name of the separatist entity in the region' },
  { name: 'Crimean Peninsula', of: 'Crimea', reason: 'the peninsula is the region' },
  // English names of European cities the city list has under their own language's name
  { name: 'Seville', of: 'Sevilla', reason: 'English name' },
  { name: 'Cologne', of: 'Köln', reason: 'English name' },
  { name: 'Gothenburg', of: 'Göteborg', reason: 'English name' },
  { name: 'Bruges', of: 'Brugge', reason: 'English name' },
  { name: 'Ghent', of: 'Gent', reason: 'English name' },
  { name: 'Antwerp', of: 'Antwerpen', reason: 'English name (the city; the province is Antwerp too)' },
  { name: 'Nuremberg', of: 'Nürnberg', reason: 'English name' },
  { name: 'Frankfurt', of: 'Frankfurt am Main', reason: 'the larger Frankfurt' },
  { name: 'Lodz', of: 'Łódź', reason: 'written without Polish letters' },
  { name: 'Wroclaw', of: 'Wrocław', reason: 'written without Polish letters' },
  { name: 'Salonika', of: 'Thessaloníki', reason: 'older English name' },
  { name: 'Thessaloniki', of: 'Thessaloníki', reason: 'written without the accent' },
  { name: 'Quebec City', of: 'Québec', reason: 'English name of the city' },
  // Russia and the former Soviet space
  { name: 'Moskva', of: 'Moscow', reason: 'transliteration' },
  { name: 'St Petersburg', of: 'Saint Petersburg', reason: 'abbreviated saint' },
  { name: 'Leningrad', of: 'Saint Petersburg', reason: 'former name' },
  { name: 'Petersburg', of: 'Saint Petersburg', reason: 'short form' },
  { name: 'Chechnya', of: 'Chechen Republic', reason: 'common English name' },
  { name: 'Kishinev', of: 'Chisinau', reason: 'Russian-derived transliteration' },
  { name: 'Tiflis', of: 'Tbilisi', reason: 'former name' },
  { name: 'Alma-Ata', of: 'Almaty', reason: 'former name' },
  { name: 'Astana', of: 'Nur-Sultan', reason: 'current name of the capital' },
  { name: 'Minsk', of: 'Minsk', reason: 'canonical spelling' },
  // East and South Asia
  { name: 'Peking', of: 'Beijing', reason: 'former romanisation' },
  { name: 'Canton', of: 'Guangzhou', reason: 'former romanisation' },
  { name: 'Tibet', of: 'Xizang', reason: 'common English name' },
  { name: 'Inner Mongolia', of: 'Inner Mongolia', reason: 'canonical spelling' },
  { name: 'Bombay', of: 'Mumbai', reason: 'former name' },
  { name: 'Calcutta', of: 'Kolkata', reason: 'former name' },
  { name: 'Madras', of: 'Chennai', reason: 'former name' },
  { name: 'Bangalore', of: 'Bengaluru', reason: 'former name' },
  { name: 'Saigon', of: 'Ho Chi Minh City', reason: 'former name' },
  { name: 'Rangoon', of: 'Yangon', reason: 'former name' },
  { name: 'Pyongyang', of: 'Pyongyang', reason: 'canonical spelling' },
  { name: 'Pyeongyang', of: 'Pyongyang', reason: 'revised romanisation' },
  // Americas
  { name: 'Washington', of: 'Washington, D.C.', reason: 'the capital as usually written' },
  { name: 'Washington DC', of: 'Washington, D.C.', reason: 'punctuation variant' },
  { name: 'New York', of: 'New York City', reason: 'the city as usually written' },
  { name: 'NYC', of: 'New York City', reason: 'abbreviation' },
  { name: 'LA', of: 'Los Angeles', reason: 'abbreviation' },
  // Middle East and Africa
  { name: 'Gaza City', of: 'Gaza', reason: 'city name' },
  { name: 'Teheran', of: 'Tehran', reason: 'older spelling' },
  { name: 'Kiev Oblast', of: 'Kyivska oblast', reason: 'Russian-derived transliteration' },
  // Country names the packages spell otherwise
  { name: 'Turkey', of: 'Türkiye', reason: 'English name used by most news outlets' },
  { name: 'Britain', of: 'United Kingdom', reason: 'common short name' },
  { name: 'Great Britain', of: 'United Kingdom', reason: 'common name' },
  { name: 'U.K.', of: 'United Kingdom', reason: 'abbreviation' },
  { name: 'UK', of: 'United Kingdom', reason: 'abbreviation' },
  { name: 'U.S.', of: 'United States', reason: 'abbreviation' },
  { name: 'U.S.A.', of: 'United States', reason: 'abbreviation' },
  { name: 'America', of: 'United States', reason: 'common name in news' },
  { name: 'United States of America', of: 'United States', reason: 'official name' },
  { name: 'UAE', of: 'United Arab Emirates', reason: 'abbreviation' },
  { name: 'Czech Republic', of: 'Czechia', reason: 'common name' },
  { name: 'Ivory Coast', of: 'Ivory Coast', reason: 'canonical spelling' },
  { name: "Cote d'Ivoire", of: 'Ivory Coast', reason: 'official name' },
  { name: 'Burma', of: 'Myanmar', reason: 'former name' },
  { name: 'Holland', of: 'Netherlands', reason: 'common name' },
  { name: 'Swaziland', of: 'Eswatini', reason: 'former name' },
  { name: 'Macedonia', of: 'North Macedonia', reason: 'former name' },
  { name: 'East Timor', of: 'Timor-Leste', reason: 'common name' },
  { name: 'Cabo Verde', of: 'Cape Verde', reason: 'official short name since 2013, used in news' },
  { name: 'Cape Verde', of: 'Cape Verde', reason: 'canonical spelling' },
  { name: 'Vatican', of: 'Vatican City', reason: 'short name' },
  { name: 'the Vatican', of: 'Vatican City', reason: 'short name' },
  { name: 'DPRK', of: 'North Korea', reason: 'abbreviation of the official name' },
  { name: 'ROK', of: 'South Korea', reason: 'abbreviation of the official name' },
  { name: 'PRC', of: 'China', reason: 'abbreviation of the official name' },
  { name: 'Mainland China', of: 'China', reason: 'common name' },
  { name: 'DRC', of: 'DR Congo', reason: 'abbreviation' },
  { name: 'Democratic Republic of Congo', of: 'DR Congo', reason: 'common name' },
  { name: 'Republic of Ireland', of: 'Ireland', reason: 'official description' },
  { name: 'Zaire', of: 'DR Congo', reason: 'former name (1971-1997)' },
  { name: 'Bosnia', of: 'Bosnia and Herzegovina', reason: 'short name used in news' },
  { name: 'Byelorussia', of: 'Belarus', reason: 'former name' },
  { name: 'Belorussia', of: 'Belarus', reason: 'former name' },
  { name: 'Kirghizia', of: 'Kyrgyzstan', reason: 'former name' },
];

/**
 * States that no longer exist but that news archives name, under their ISO 3166-3 codes (four letters,
 * so they never collide with a current ISO 3166-1 code). A renamed state that lives on is an alternate
 * name above instead (Burma, Swaziland).
 */
export interface FormerCountry {
  code: string;
  name: string;
  alternates: string[];
  demonyms: string[];
  /**
   * ISO 3166-1 codes of today's states that were its constituent republics: 1980s news calls Armenia a
   * "Soviet republic" and Serbia one "of Yugoslavia's six republics", so the text may place one in it.
   */
  republics?: string[];
  reason: string;
}

export const FORMER_COUNTRIES: FormerCountry[] = [
  { code: 'YUCS', name: 'Yugoslavia', alternates: ['Federal Republic of Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'Serbia and Montenegro', 'FRY'], demonyms: ['Yugoslav'], republics: ['SI', 'HR', 'BA', 'RS', 'ME', 'MK'], reason: 'federation until 1992, then Serbia and Montenegro under that name until 2003' },
  { code: 'CSHH', name: 'Czechoslovakia', alternates: ['Czech and Slovak Federal Republic', 'Czechoslovak Socialist Republic'], demonyms: ['Czechoslovak'], republics: ['CZ', 'SK'], reason: 'state until its division in 1993' },
  { code: 'SUHH', name: 'Soviet Union', alternates: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], demonyms: ['Soviet'], republics: ['AM', 'AZ', 'BY', 'EE', 'GE', 'KZ', 'KG', 'LV', 'LT', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'], reason: 'state of fifteen republics until 1991; Russia is one of its successors, not the same state' },
  { code: 'DDDE', name: 'East Germany', alternates: ['German Democratic Republic', 'GDR'], demonyms: ['East German'], reason: 'state until German reunification in 1990' },
  { code: 'VDVN', name: 'North Vietnam', alternates: ['Democratic Republic of Vietnam'], demonyms: ['North Vietnamese'], reason: 'state until Vietnam\'s reunification in 1976' },
  // (no ISO 3166-3 code: its ISO code VN went on to the reunified state; four letters no ISO list uses)
  { code: 'SVSV', name: 'South Vietnam', alternates: ['Republic of Vietnam'], demonyms: ['South Vietnamese'], reason: 'state until it fell in 1975' },
  { code: 'YDYE', name: 'South Yemen', alternates: ["People's Democratic Republic of Yemen"], demonyms: ['South Yemeni'], reason: 'state until Yemen\'s unification in 1990' },
];

/** Regions not in the packages (historical, geographic, disputed), or not under the name news uses. */
export interface HandRegion {
  slug: string;
  name: string;
  alternates?: string[];
  /** ISO2 of the country it lies in, when it lies in one. */
  country?: string;
  reason: string;
}

export const REGIONS: HandRegion[] = [
  { slug: 'donbas', name: 'Donbas', alternates: ['Donbass', 'Donets Basin'], country: 'UA', reason: 'historical coal region of eastern Ukraine' },
  { slug: 'kashmir', name: 'Kashmir', country: 'IN', reason: 'disputed region between India and Pakistan' },
  { slug: 'balkans', name: 'Balkans', alternates: ['Balkan Peninsula', 'Western Balkans'], reason: 'region of south-eastern Europe' },
  { slug: 'siberia', name: 'Siberia', country: 'RU', reason: 'geographic region of Russia' },
  { slug: 'gaza-strip', name: 'Gaza Strip', alternates: ['Gaza'], country: 'PS', reason: 'Palestinian territory' },
  { slug: 'west-bank', name: 'West Bank', country: 'PS', reason: 'Palestinian territory' },
  { slug: 'sahel', name: 'Sahel', reason: 'region of Africa south of the Sahara' },
  { slug: 'kurdistan', name: 'Kurdistan', alternates: ['Iraqi Kurdistan', 'Kurdistan Region'], reason: 'Kurdish-majority region' },
  { slug: 'transnistria', name: 'Transnistria', alternates: ['Transdniestria', 'Pridnestrovie'], country: 'MD', reason: 'breakaway region of Moldova' },
  { slug: 'abkhazia', name: 'Abkhazia', country: 'GE', reason: 'breakaway region of Georgia' },
  { slug: 'south-ossetia', name: 'South Ossetia', country: 'GE', reason: 'breakaway region of Georgia' },
  { slug: 'nagorno-karabakh', name: 'Nagorno-Karabakh', alternates: ['Karabakh', 'Artsakh'], country: 'AZ', reason: 'disputed region of the South Caucasus' },
  { slug: 'darfur', name: 'Darfur', country: 'SD', reason: 'region of western Sudan' },
  { slug: 'sinai', name: 'Sinai', alternates: ['Sinai Peninsula'], country: 'EG', reason: 'peninsula of Egypt' },
  { slug: 'golan-heights', name: 'Golan Heights', alternates: ['Golan'], country: 'SY', reason: 'disputed plateau' },
  { slug: 'caucasus', name: 'Caucasus', alternates: ['North Caucasus', 'South Caucasus'], reason: 'region between the Black and Caspian seas' },
  { slug: 'scandinavia', name: 'Scandinavia', reason: 'region of northern Europe' },
  { slug: 'patagonia', name: 'Patagonia', reason: 'region of southern South America' },
  { slug: 'tigray', name: 'Tigray', country: 'ET', reason: 'region of northern Ethiopia' },
  { slug: 'xinjiang', name: 'Xinjiang', country: 'CN', reason: 'region of western China' },
  { slug: 'hong-kong', name: 'Hong Kong', country: 'CN', reason: 'special administrative region' },
  { slug: 'crimea', name: 'Crimea', country: 'UA', reason: 'peninsula annexed by Russia in 2014' },
  { slug: 'kaliningrad', name: 'Kaliningrad', alternates: ['Kaliningrad Oblast', 'Kaliningrad region'], country: 'RU', reason: 'Russian exclave on the Baltic' },
  { slug: 'punjab', name: 'Punjab', reason: 'region divided between India and Pakistan' },
  { slug: 'bavaria', name: 'Bavaria', country: 'DE', reason: 'English name of Bayern' },
  { slug: 'catalonia', name: 'Catalonia', country: 'ES', reason: 'English name of Catalunya' },
  { slug: 'flanders', name: 'Flanders', country: 'BE', reason: 'region of Belgium' },
  { slug: 'wallonia', name: 'Wallonia', country: 'BE', reason: 'region of Belgium' },
  { slug: 'scotland', name: 'Scotland', country: 'GB', reason: 'constituent country of the United Kingdom' },
  { slug: 'wales', name: 'Wales', country: 'GB', reason: 'constituent country of the United Kingdom' },
  { slug: 'northern-ireland', name: 'Northern Ireland', country: 'GB', reason: 'constituent country of the United Kingdom' },
  { slug: 'england', name: 'England', country: 'GB', reason: 'constituent country of the United Kingdom' },
];

/** Natural and large geographic features: type `location`. */
export interface HandLocation {
  slug: string;
  name: string;
  alternates?: string[];
  reason: string;
}

export const LOCATIONS: HandLocation[] = [
  // seas and oceans
  { slug: 'black-sea', name: 'Black Sea', reason: 'sea' },
  { slug: 'baltic-sea', name: 'Baltic Sea', alternates: ['Baltic'], reason: 'sea' },
  { slug: 'mediterranean-sea', name: 'Mediterranean Sea', alternates: ['Mediterranean'], reason: 'sea' },
  { slug: 'red-sea', name: 'Red Sea', reason: 'sea' },
  { slug: 'south-china-sea', name: 'South China Sea', reason: 'sea' },
  { slug: 'east-china-sea', name: 'East China Sea', reason: 'sea' },
  { slug: 'caspian-sea', name: 'Caspian Sea', alternates: ['Caspian'], reason: 'sea' },
  { slug: 'sea-of-azov', name: 'Sea of Azov', alternates: ['Azov Sea'], reason: 'sea' },
  { slug: 'sea-of-japan', name: 'Sea of Japan', alternates: ['East Sea'], reason: 'sea' },
  { slug: 'yellow-sea', name: 'Yellow Sea', reason: 'sea' },
  { slug: 'north-sea', name: 'North Sea', reason: 'sea' },
  { slug: 'arabian-sea', name: 'Arabian Sea', reason: 'sea' },
  { slug: 'aegean-sea', name: 'Aegean Sea', alternates: ['Aegean'], reason: 'sea' },
  { slug: 'adriatic-sea', name: 'Adriatic Sea', alternates: ['Adriatic'], reason: 'sea' },
  { slug: 'caribbean-sea', name: 'Caribbean Sea', alternates: ['Caribbean'], reason: 'sea' },
  { slug: 'barents-sea', name: 'Barents Sea', reason: 'sea' },
  { slug: 'atlantic-ocean', name: 'Atlantic Ocean', alternates: ['Atlantic'], reason: 'ocean' },
  { slug: 'pacific-ocean', name: 'Pacific Ocean', alternates: ['Pacific'], reason: 'ocean' },
  { slug: 'indian-ocean', name: 'Indian Ocean', reason: 'ocean' },
  { slug: 'arctic-ocean', name: 'Arctic Ocean', alternates: ['Arctic'], reason: 'ocean' },
  { slug: 'southern-ocean', name: 'Southern Ocean', reason: 'ocean' },
  // gulfs, straits, canals
  { slug: 'persian-gulf', name: 'Persian Gulf', alternates: ['Arabian Gulf', 'the Gulf'], reason: 'gulf' },
  { slug: 'gulf-of-mexico', name: 'Gulf of Mexico', reason: 'gulf' },
  { slug: 'gulf-of-aden', name: 'Gulf of Aden', reason: 'gulf' },
  { slug: 'gulf-of-finland', name: 'Gulf of Finland', reason: 'gulf' },
  { slug: 'strait-of-hormuz', name: 'Strait of Hormuz', alternates: ['Hormuz Strait'], reason: 'strait' },
  { slug: 'taiwan-strait', name: 'Taiwan Strait', reason: 'strait' },
  { slug: 'kerch-strait', name: 'Kerch Strait', reason: 'strait' },
  { slug: 'strait-of-malacca', name: 'Strait of Malacca', alternates: ['Malacca Strait'], reason: 'strait' },
  { slug: 'bosphorus', name: 'Bosphorus', alternates: ['Bosporus'], reason: 'strait' },
  { slug: 'dardanelles', name: 'Dardanelles', reason: 'strait' },
  { slug: 'bab-el-mandeb', name: 'Bab el-Mandeb', reason: 'strait' },
  { slug: 'english-channel', name: 'English Channel', reason: 'channel' },
  { slug: 'suez-canal', name: 'Suez Canal', reason: 'canal' },
  { slug: 'panama-canal', name: 'Panama Canal', reason: 'canal' },
  // rivers
  { slug: 'danube', name: 'Danube', alternates: ['Danube River', 'River Danube'], reason: 'river' },
  { slug: 'dnipro-river', name: 'Dnipro River', alternates: ['Dnieper', 'Dnieper River', 'Dnipro river'], reason: 'river' },
  { slug: 'dniester', name: 'Dniester', alternates: ['Dniester River', 'Dnister'], reason: 'river' },
  { slug: 'volga', name: 'Volga', alternates: ['Volga River'], reason: 'river' },
  { slug: 'nile', name: 'Nile', alternates: ['Nile River', 'River Nile'], reason: 'river' },
  { slug: 'euphrates', name: 'Euphrates', alternates: ['Euphrates River'], reason: 'river' },
  { slug: 'tigris', name: 'Tigris', alternates: ['Tigris River'], reason: 'river' },
  { slug: 'yangtze', name: 'Yangtze', alternates: ['Yangtze River'], reason: 'river' },
  { slug: 'mekong', name: 'Mekong', alternates: ['Mekong River'], reason: 'river' },
  { slug: 'rhine', name: 'Rhine', alternates: ['Rhine River', 'River Rhine'], reason: 'river' },
  { slug: 'thames', name: 'Thames', alternates: ['River Thames'], reason: 'river' },
  { slug: 'ganges', name: 'Ganges', alternates: ['Ganges River'], reason: 'river' },
  { slug: 'indus', name: 'Indus', alternates: ['Indus River'], reason: 'river' },
  { slug: 'rio-grande', name: 'Rio Grande', reason: 'river' },
  { slug: 'amur', name: 'Amur River', reason: 'river' },
  { slug: 'yalu', name: 'Yalu River', alternates: ['Yalu'], reason: 'river' },
  // mountains, deserts, peninsulas
  { slug: 'alps', name: 'Alps', reason: 'mountain range' },
  { slug: 'himalayas', name: 'Himalayas', reason: 'mountain range' },
  { slug: 'andes', name: 'Andes', reason: 'mountain range' },
  { slug: 'urals', name: 'Ural Mountains', alternates: ['Urals'], reason: 'mountain range' },
  { slug: 'carpathians', name: 'Carpathian Mountains', alternates: ['Carpathians'], reason: 'mountain range' },
  { slug: 'rocky-mountains', name: 'Rocky Mountains', alternates: ['Rockies'], reason: 'mountain range' },
  { slug: 'sahara', name: 'Sahara', alternates: ['Sahara Desert'], reason: 'desert' },
  { slug: 'gobi', name: 'Gobi Desert', alternates: ['Gobi'], reason: 'desert' },
  { slug: 'korean-peninsula', name: 'Korean Peninsula', reason: 'peninsula' },
  { slug: 'arabian-peninsula', name: 'Arabian Peninsula', reason: 'peninsula' },
  { slug: 'iberian-peninsula', name: 'Iberian Peninsula', reason: 'peninsula' },
  // continents and world regions
  { slug: 'europe', name: 'Europe', reason: 'continent' },
  { slug: 'asia', name: 'Asia', reason: 'continent' },
  { slug: 'africa', name: 'Africa', reason: 'continent' },
  { slug: 'north-america', name: 'North America', reason: 'continent' },
  { slug: 'south-america', name: 'South America', reason: 'continent' },
  { slug: 'latin-america', name: 'Latin America', reason: 'world region' },
  { slug: 'antarctica', name: 'Antarctica', reason: 'continent' },
  { slug: 'middle-east', name: 'Middle East', alternates: ['Mideast'], reason: 'world region' },
  { slug: 'eastern-europe', name: 'Eastern Europe', reason: 'world region' },
  { slug: 'western-europe', name: 'Western Europe', reason: 'world region' },
  { slug: 'central-europe', name: 'Central Europe', reason: 'world region' },
  { slug: 'northern-europe', name: 'Northern Europe', reason: 'world region' },
  { slug: 'southern-europe', name: 'Southern Europe', reason: 'world region' },
  { slug: 'southeastern-europe', name: 'Southeastern Europe', alternates: ['South-Eastern Europe', 'Southeast Europe', 'South-East Europe'], reason: 'world region' },
  { slug: 'west-africa', name: 'West Africa', alternates: ['Western Africa'], reason: 'world region' },
  { slug: 'east-africa', name: 'East Africa', alternates: ['Eastern Africa'], reason: 'world region' },
  { slug: 'southern-africa', name: 'Southern Africa', reason: 'world region' },
  { slug: 'central-africa', name: 'Central Africa', reason: 'world region' },
  { slug: 'central-asia', name: 'Central Asia', reason: 'world region' },
  { slug: 'southeast-asia', name: 'Southeast Asia', alternates: ['South-East Asia'], reason: 'world region' },
  { slug: 'east-asia', name: 'East Asia', reason: 'world region' },
  { slug: 'south-asia', name: 'South Asia', reason: 'world region' },
  { slug: 'north-africa', name: 'North Africa', reason: 'world region' },
  { slug: 'horn-of-africa', name: 'Horn of Africa', reason: 'world region' },
];

/** Demonyms the country data lacks (it has one per country). Plurals are derived. */
export const EXTRA_DEMONYMS: Array<{ word: string; country: string }> = [
  { word: 'Briton', country: 'GB' },
  { word: 'Cabo Verdean', country: 'CV' },
  { word: 'Turk', country: 'TR' },
  { word: 'Turkish', country: 'TR' },
  { word: 'Saudi', country: 'SA' },
  { word: 'Emirati', country: 'AE' },
  { word: 'Dutch', country: 'NL' },
  { word: 'Filipino', country: 'PH' },
  { word: 'Philippine', country: 'PH' },
  { word: 'Kuwaiti', country: 'KW' },
  { word: 'Qatari', country: 'QA' },
  { word: 'Kyivan', country: 'UA' },
  { word: 'Pole', country: 'PL' },
  { word: 'Swede', country: 'SE' },
  { word: 'Dane', country: 'DK' },
  { word: 'Finn', country: 'FI' },
  { word: 'Czech', country: 'CZ' },
  { word: 'Slovak', country: 'SK' },
  { word: 'Belarusian', country: 'BY' },
  { word: 'Palestinian', country: 'PS' },
  { word: 'Israeli', country: 'IL' },
  // (not "Serb" or "Croat": "Bosnian Serb leaders" are no officials of Serbia)
  { word: 'Azeri', country: 'AZ' },
  { word: 'Kazakh', country: 'KZ' },
  { word: 'Kyrgyz', country: 'KG' },
  { word: 'Tajik', country: 'TJ' },
  { word: 'Uzbek', country: 'UZ' },
  { word: 'Slovenian', country: 'SI' },
  { word: 'Kosovan', country: 'XK' },
  { word: 'West German', country: 'DE' },
  { word: 'Belarussian', country: 'BY' },
  { word: 'Byelorussian', country: 'BY' },
  { word: 'Argentinian', country: 'AR' },
  { word: 'Somalian', country: 'SO' },
  { word: 'North Macedonian', country: 'MK' },
  { word: 'Timorese', country: 'TL' },
  { word: 'East Timorese', country: 'TL' },
  // the usual English spellings where the data has a rarer one ("Cape Verdian", "Ecuadorean", "Maldivan", "Comoran")
  // or a noun for the people where news writes the adjective ("Icelander", "Surinamer")
  { word: 'Cape Verdean', country: 'CV' },
  { word: 'Ecuadorian', country: 'EC' },
  { word: 'Maldivian', country: 'MV' },
  { word: 'Comorian', country: 'KM' },
  { word: 'Icelandic', country: 'IS' },
  { word: 'Surinamese', country: 'SR' },
  { word: 'Salvadorean', country: 'SV' },
  { word: 'Nepali', country: 'NP' },
  { word: 'Djiboutian', country: 'DJ' },
  { word: 'Botswanan', country: 'BW' },
  { word: 'Bissau-Guinean', country: 'GW' },
  { word: 'Vanuatuan', country: 'VU' },
  { word: 'Turkmenistani', country: 'TM' },
  { word: 'Spaniard', country: 'ES' },
  { word: 'Luxembourgish', country: 'LU' },
  { word: 'Slovakian', country: 'SK' },
  { word: 'Bajan', country: 'BB' },
  { word: 'Tobagonian', country: 'TT' },
];

/**
 * Nationality words two states share, given to the one news means by them (the data gives each to the first listed).
 */
export const SHARED_DEMONYMS: Array<{ word: string; country: string; reason: string }> = [
  { word: 'Dominican', country: 'DO', reason: 'the Dominican Republic (11 million people), not Dominica (72 000)' },
];

/**
 * Nationality words of a part of a state that news names the part by, not the state: "the Welsh Rugby Union"
 * is in Wales, "a Scottish company" in Scotland, "the Catalan government" Catalonia's. Each is the region the
 * gazetteer has under `region` in `country`. Only words with one clear region: not "Kurdish" (a people across
 * four states), "Galician" (Spain's Galicia or Ukraine's and Poland's), "Punjabi" or "Kashmiri" (divided regions).
 */
export const REGION_DEMONYMS: Array<{ word: string; region: string; country: string }> = [
  // the nations of the United Kingdom
  { word: 'English', region: 'England', country: 'GB' },
  { word: 'Scottish', region: 'Scotland', country: 'GB' },
  { word: 'Scot', region: 'Scotland', country: 'GB' },
  { word: 'Welsh', region: 'Wales', country: 'GB' },
  { word: 'Northern Irish', region: 'Northern Ireland', country: 'GB' },
  { word: 'Cornish', region: 'Cornwall', country: 'GB' },
  // regions of European states with their own governments or languages
  { word: 'Catalan', region: 'Catalonia', country: 'ES' },
  { word: 'Basque', region: 'Basque Country', country: 'ES' },
  { word: 'Andalusian', region: 'Andalusia', country: 'ES' },
  { word: 'Bavarian', region: 'Bavaria', country: 'DE' },
  { word: 'Flemish', region: 'Flanders', country: 'BE' },
  { word: 'Walloon', region: 'Wallonia', country: 'BE' },
  { word: 'Corsican', region: 'Corse', country: 'FR' },
  { word: 'Sicilian', region: 'Sicily', country: 'IT' },
  { word: 'Sardinian', region: 'Sardinia', country: 'IT' },
  { word: 'Tuscan', region: 'Tuscany', country: 'IT' },
  { word: 'Chechen', region: 'Chechen Republic', country: 'RU' },
  { word: 'Tibetan', region: 'Xizang', country: 'CN' },
  // North American states and provinces
  { word: 'Quebecer', region: 'Quebec', country: 'CA' },
  { word: 'Quebecois', region: 'Quebec', country: 'CA' },
  { word: 'Québécois', region: 'Quebec', country: 'CA' },
  { word: 'Texan', region: 'Texas', country: 'US' },
  { word: 'Californian', region: 'California', country: 'US' },
  { word: 'Floridian', region: 'Florida', country: 'US' },
  { word: 'Hawaiian', region: 'Hawaii', country: 'US' },
  { word: 'Alaskan', region: 'Alaska', country: 'US' },
];

/**
 * Names news uses for a capital besides the data's own: the city the seat of government lies in ("Delhi has
 * asked ..." for New Delhi). Read like the capital: the state only in an actor's position, the city after "in".
 */
export const CAPITAL_ALTERNATES: Array<{ name: string; country: string; reason: string }> = [
  { name: 'Delhi', country: 'IN', reason: 'the city New Delhi lies in; news names the Indian government by it' },
];

/**
 * Cities that were a country's seat of government in the years news archives cover, and that stood for the state
 * then ("Bonn supported European Union efforts", 1996). Read like a capital: as the state only in an actor's position.
 */
export const FORMER_SEATS: Array<{ name: string; country: string; reason: string }> = [
  { name: 'Bonn', country: 'DE', reason: 'seat of the (West) German government until 1999' },
  { name: 'Almaty', country: 'KZ', reason: 'capital of Kazakhstan until 1997' },
];


/**
 * Territories with a country code of their own that are legally part of another state, named in news as a part of
 * it: France's overseas departments and China's special administrative regions. Their name reads as the region of
 * that state (its package entry, ranked above the country code's). Dependencies and disputed places are not listed.
 */
export const INTEGRAL_TERRITORIES: Array<{ code: string; region: string; reason: string }> = [
  { code: 'GF', region: 'region:FR-973', reason: 'French Guiana, an overseas department of France' },
  { code: 'GP', region: 'region:FR-971', reason: 'Guadeloupe, an overseas department of France' },
  { code: 'MQ', region: 'region:FR-972', reason: 'Martinique, an overseas department of France' },
  { code: 'YT', region: 'region:FR-976', reason: 'Mayotte, an overseas department of France' },
  { code: 'HK', region: 'region:CN-HK', reason: 'Hong Kong, a special administrative region of China' },
  { code: 'MO', region: 'region:CN-MO', reason: 'Macau, a special administrative region of China' },
];

/**
 * Short names English news uses for more than one country: the gazetteer reads the name as the first id, but
 * where an article names one of the others in full ("Democratic Republic of Congo"), the short name is that one.
 */
export const SHARED_SHORT_NAMES: Array<{ name: string; ids: string[]; reason: string }> = [
  { name: 'Congo', ids: ['country:CG', 'country:CD'], reason: 'the Republic of the Congo and the Democratic Republic of the Congo are both called "Congo"' },
];
