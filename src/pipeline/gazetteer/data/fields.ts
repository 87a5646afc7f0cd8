// Fields of government, business and learning: the words portfolios and the names of bodies are made of.

/**
 * Fields and portfolios that body names join with "and" ("Ministry of Trade and Industry",
 * "Oil and Gas Authority", "University of Science and Technology", "Relief and Works Agency"):
 * between two of these, "and" is inside one name, not between two.
 */
export const FIELD_WORDS: ReadonlySet<string> = new Set([
  'science', 'sciences', 'technology', 'arts', 'art', 'trade', 'industry', 'commerce', 'energy', 'culture', 'sport',
  'sports', 'tourism', 'health', 'education', 'agriculture', 'fisheries', 'food', 'works', 'relief', 'development',
  'research', 'engineering', 'medicine', 'law', 'economics', 'environment', 'planning', 'housing', 'transport',
  'communications', 'information', 'labour', 'labor', 'welfare', 'security', 'cooperation', 'co-operation', 'defence',
  'defense', 'justice', 'finance', 'mines', 'mining', 'resources', 'water', 'forestry', 'oil', 'gas', 'power',
  'telecommunications', 'broadcasting', 'media', 'youth', 'family', 'social', 'affairs', 'investment', 'exchange',
  'insurance', 'banking', 'markets', 'standards', 'safety', 'nutrition', 'drug', 'drugs', 'customs', 'excise',
  'immigration', 'citizenship', 'innovation', 'skills', 'employment', 'pensions', 'revenue', 'statistics', 'infrastructure',
]);


/**
 * Words that qualify a field inside a portfolio ("International Trade and Industry Minister", "Public Service
 * Minister", "Home Affairs Secretary"): with the fields, the only words a portfolio before a minister's title is made of.
 */
export const PORTFOLIO_QUALIFIERS: ReadonlySet<string> = new Set([
  'international', 'foreign', 'external', 'home', 'interior', 'internal', 'public', 'economic', 'regional', 'rural', 'urban', 'local',
  'national', 'environmental', 'religious', 'higher', 'civil', 'service', 'services', 'women', "women's", 'child', 'children',
  'minority', 'veterans', 'heritage', 'petroleum', 'land', 'lands', 'natural', 'human', 'overseas', 'maritime', 'marine',
  'aviation', 'digital', 'climate', 'consumer', 'fiscal', 'monetary', 'budget', 'treasury', 'commercial', 'industrial',
  'agricultural', 'cultural', 'scientific', 'technological', 'physical', 'primary', 'secondary', 'basic', 'vocational',
  'livestock', 'irrigation', 'roads', 'railways', 'ports', 'shipping', 'posts', 'electricity', 'hydrocarbons', 'minerals',
  'solidarity', 'integration', 'reconstruction', 'privatisation', 'privatization', 'reform', 'reforms', 'administrative',
  'parliamentary', 'legal', 'constitutional', 'war', 'military', 'police', 'prisons', 'equality', 'gender', 'elderly',
  'disabled', 'sea', 'space', 'european', 'commonwealth', 'northern', 'southern', 'eastern', 'western', 'emergency', 'disaster',
]);

/** A word of a government portfolio: a field or a qualifier of one ("energy", "external", "affairs"). */
export const isPortfolioWord = (word: string): boolean => FIELD_WORDS.has(word) || PORTFOLIO_QUALIFIERS.has(word);
