// The regions news names a country by when it does not repeat its name: "the Gulf state", "the Central Asian
// nation", "the Baltic country", "the island nation". Each description is read against the countries of its region
// the article has named (relate/phrases.ts, regionDescription). General knowledge, written by hand; ISO 3166-1
// alpha-2 codes as the gazetteer's country ids ("country:QA").

export interface CountryRegion {
  /** The words of the description before the noun, lower case ("gulf", "central asian"). */
  words: string;
  codes: string[];
  reason: string;
}

const r = (words: string, codes: string, reason: string): CountryRegion => ({ words, codes: codes.split(/\s+/), reason });

export const COUNTRY_REGIONS: readonly CountryRegion[] = [
  r('gulf', 'QA AE SA KW BH OM', '"the Gulf state": a member of the Gulf Cooperation Council, as news uses it'),
  r('gulf arab', 'QA AE SA KW BH OM', '"the Gulf Arab state"'),
  r('balkan', 'AL BA BG HR XK ME MK RS SI GR RO', '"the Balkan country"'),
  r('baltic', 'EE LV LT', '"the Baltic state": Estonia, Latvia, Lithuania'),
  r('nordic', 'DK FI IS NO SE', '"the Nordic country"'),
  r('scandinavian', 'DK NO SE', '"the Scandinavian country"'),
  r('caribbean', 'AG BS BB BZ CU DM DO GD GY HT JM KN LC VC SR TT', '"the Caribbean nation"'),
  r('central american', 'BZ CR SV GT HN NI PA', '"the Central American country"'),
  r('south american', 'AR BO BR CL CO EC GY PY PE SR UY VE', '"the South American country"'),
  r('latin american', 'AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE', '"the Latin American country"'),
  r('andean', 'BO CO EC PE CL VE', '"the Andean nation"'),
  r('central asian', 'KZ KG TJ TM UZ', '"the Central Asian state"'),
  r('caucasus', 'AM AZ GE', '"the Caucasus country"'),
  r('south caucasus', 'AM AZ GE', '"the South Caucasus nation"'),
  r('himalayan', 'NP BT', '"the Himalayan kingdom" (Bhutan), "the Himalayan nation" (Nepal)'),
  r('west african', 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG', '"the West African country"'),
  r('east african', 'KE TZ UG RW BI SS ET SO DJ ER', '"the East African nation"'),
  r('central african', 'CM CF TD CG CD GQ GA', '"the Central African country" (not the Central African Republic alone)'),
  r('southern african', 'ZA NA BW ZW ZM MZ MW LS SZ AO', '"the southern African country"'),
  r('north african', 'DZ EG LY MA TN', '"the North African country"'),
  r('horn of africa', 'ET ER DJ SO', '"the Horn of Africa nation"'),
  r('sahel', 'ML NE BF TD MR', '"the Sahel state"'),
  r('pacific', 'FJ PG SB VU WS TO KI TV NR FM MH PW', '"the Pacific nation": the Pacific island states'),
  r('pacific island', 'FJ PG SB VU WS TO KI TV NR FM MH PW', '"the Pacific island nation"'),
  r('island', 'FJ PG SB VU WS TO KI TV NR FM MH PW MV MU SC CV ST KM MT CY IS IE LK TW JP PH ID NZ SG BH CU JM HT DO BS BB TT', '"the island nation": a state made of islands'),
  r('alpine', 'CH AT LI', '"the Alpine country"'),
  r('southeast asian', 'BN KH ID LA MY MM PH SG TH TL VN', '"the Southeast Asian nation"'),
  r('south asian', 'AF BD BT IN MV NP PK LK', '"the South Asian country"'),
];
