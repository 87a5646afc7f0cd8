// Territories whose sovereignty is disputed: the gazetteer records one answer
// (a parent country), and asserting it as world knowledge would take a side the
// article never took. Containment through these places is therefore never
// asserted as knowledge: "Yalta located in Crimea" may be, "Crimea located in
// Ukraine" (or in Russia) only when the text says so. Ids are gazetteer ids;
// a test checks that each still names an entry.

export interface DisputedTerritory {
  id: string;
  name: string;
  reason: string;
}

const d = (id: string, name: string, reason: string): DisputedTerritory => ({ id, name, reason });

export const DISPUTED_TERRITORIES: readonly DisputedTerritory[] = [
  d('region:UA-43', 'Crimea', 'annexed by Russia in 2014; recognised as Ukrainian by most states'),
  d('region:RU-UA-40', 'Sevastopol', 'administered by Russia as a federal city since 2014, recognised as Ukrainian by most states (the gazetteer files it under Russia)'),
  d('region:UA-14', 'Donetsk oblast', 'claimed as annexed by Russia in 2022'),
  d('region:UA-09', 'Luhansk oblast', 'claimed as annexed by Russia in 2022'),
  d('region:UA-23', 'Zaporizhzhia oblast', 'claimed as annexed by Russia in 2022'),
  d('region:UA-65', 'Kherson oblast', 'claimed as annexed by Russia in 2022'),
  d('region:kashmir', 'Kashmir', 'divided between and claimed by India, Pakistan and China'),
  d('region:IN-JK', 'Jammu and Kashmir', 'Indian-administered part of Kashmir, claimed by Pakistan'),
  d('region:IN-LA', 'Ladakh', 'Indian-administered, parts claimed by China and Pakistan'),
  d('region:PK-JK', 'Azad Kashmir', 'Pakistani-administered part of Kashmir, claimed by India'),
  d('region:PK-GB', 'Gilgit-Baltistan', 'Pakistani-administered part of Kashmir, claimed by India'),
  d('region:IN-AR', 'Arunachal Pradesh', 'Indian state claimed by China'),
  d('country:EH', 'Western Sahara', 'claimed and mostly administered by Morocco, claimed by the Sahrawi Republic'),
  d('region:CN-TW', 'Taiwan', 'governed by the Republic of China; the gazetteer also files it as a Chinese province'),
  d('region:GE-AB', 'Abkhazia', 'breakaway region of Georgia recognised as independent by Russia'),
  d('region:south-ossetia', 'South Ossetia', 'breakaway region of Georgia recognised as independent by Russia'),
  d('region:transnistria', 'Transnistria', 'breakaway region of Moldova'),
  d('region:golan-heights', 'Golan Heights', 'Syrian territory occupied and annexed by Israel'),
  d('region:west-bank', 'West Bank', 'occupied by Israel; Palestinian statehood itself is not universally recognised'),
  d('region:gaza-strip', 'Gaza Strip', 'Palestinian territory whose status is contested'),
  d('city:7303419', 'East Jerusalem', 'annexed by Israel, claimed as the Palestinian capital'),
  d('city:281184', 'Jerusalem', 'claimed whole by Israel as its capital, its eastern part by the Palestinians; most states recognise neither claim to the whole city'),
  d('region:IL-JM', 'Jerusalem District', 'includes East Jerusalem, annexed by Israel'),
  d('region:nagorno-karabakh', 'Nagorno-Karabakh', 'contested between Armenians and Azerbaijan until 2023'),
  d('country:FK', 'Falkland Islands', 'British overseas territory claimed by Argentina'),
];

const IDS = new Set(DISPUTED_TERRITORIES.map((t) => t.id));

/** Is the gazetteer's containment of this place a disputed claim? */
export const isDisputed = (gazetteerId: string) => IDS.has(gazetteerId);
