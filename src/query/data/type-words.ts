// Words that restrict a question to a kind of entity ("Which countries ...",
// "Which people ..."), mapped to the entity types of src/types.ts.
import type { EntityType } from '../../types.ts';

export const TYPE_WORDS: Record<string, EntityType[]> = {
  person: ['person'], people: ['person'], persons: ['person'], individuals: ['person'], officials: ['person'], leaders: ['person'],
  country: ['country'], countries: ['country'], nation: ['country'], nations: ['country'], states: ['country'], governments: ['country'],
  organization: ['organization'], organizations: ['organization'], organisation: ['organization'], organisations: ['organization'],
  institution: ['organization'], institutions: ['organization'], companies: ['organization'], company: ['organization'], agencies: ['organization'],
  city: ['city'], cities: ['city'], town: ['city'], towns: ['city'],
  region: ['region'], regions: ['region'], province: ['region'], provinces: ['region'], territory: ['region'], territories: ['region'],
  place: ['country', 'region', 'city', 'location'], places: ['country', 'region', 'city', 'location'],
  location: ['location', 'country', 'region', 'city'], locations: ['location', 'country', 'region', 'city'],
  group: ['group'], groups: ['group'],
  event: ['event'], events: ['event'],
  entity: [], entities: [],
};

/** How answers name entities of a type, singular and plural ("No country is connected to X", "3 countries"). */
export const TYPE_NOUNS: Record<EntityType, [string, string]> = {
  person: ['person', 'people'], organization: ['organization', 'organizations'], country: ['country', 'countries'],
  region: ['region', 'regions'], city: ['city', 'cities'], location: ['location', 'locations'], group: ['group', 'groups'],
  event: ['event', 'events'], other: ['other entity', 'other entities'],
};

/** Types that together are "places". */
export const PLACE_TYPES: EntityType[] = ['country', 'region', 'city', 'location'];
