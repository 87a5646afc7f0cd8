// AP state abbreviations live with the gazetteer's data (the recogniser reads them
// too); re-exported here for the relate stage's dateline reader.
export { US_STATE_ABBREVIATIONS } from '../../gazetteer/data/us-states.ts';
