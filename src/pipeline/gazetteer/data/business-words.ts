// Last words of companies' names that name a trade or a line of business, beside the industry words of
// organizations.ts (INDUSTRY_HEADS): a name ending in one ("Kessock Seafoods", "Harbour Valuations",
// "Nordvik Aqua", "Brenner Arzneimittel") is a company's, not a person's, whatever the tagger read.
// Common nouns of trade, mostly plural, that no common surname is; some German, French, Spanish,
// Italian and Scandinavian words of the same kind, as companies keep them in their names.
export const BUSINESS_HEADS = new Set([
  // English
  'seafood', 'seafoods', 'aqua', 'aquaculture', 'fisheries', 'farms', 'farming', 'agriculture', 'agribusiness', 'foods',
  'valuations', 'valuers', 'surveyors', 'auctioneers', 'consulting', 'consultants', 'consultancy', 'advisory', 'advisers',
  'advisors', 'accountants', 'solicitors', 'estates', 'realty', 'developments', 'homes', 'housing', 'lending', 'loans',
  'mortgages', 'finance', 'financial', 'payments', 'leasing', 'asset', 'assets', 'wealth', 'brokers', 'brokerage',
  'recycling', 'waste', 'packaging', 'plastics', 'textiles', 'beverages', 'brewery', 'breweries', 'brewing', 'distillers',
  'distillery', 'bakeries', 'dairies', 'dairy', 'poultry', 'meats', 'fertilisers', 'fertilizers', 'seeds', 'timber',
  'forestry', 'paper', 'pulp', 'tyres', 'tires', 'batteries', 'renewables', 'petrochemicals', 'drilling', 'exploration',
  'offshore', 'haulage', 'transport', 'logistics', 'couriers', 'cargo', 'tankers', 'shipyards', 'dockyards', 'ports',
  'hotels', 'resorts', 'leisure', 'casinos', 'gaming', 'studios', 'pictures', 'publishing', 'publishers', 'printing',
  'supermarkets', 'stores', 'healthcare', 'diagnostics', 'biologics', 'genomics', 'vaccines', 'medical', 'biopharma',
  'analytics', 'semiconductor', 'microsystems', 'instruments', 'components', 'materials', 'polymers', 'pharmaceutical',
  // a company's reach ("Liberty Global", "X Worldwide"): no one's surname
  'global', 'worldwide',
  // other languages
  'arzneimittel', 'pharmazie', 'versicherung', 'versicherungen', 'werke', 'stahl', 'chemie', 'maschinenbau', 'bau',
  'brauerei', 'verlag', 'elektrik', 'energie', 'immobilien', 'assurances', 'banque', 'aliments', 'construcciones',
  'alimentos', 'seguros', 'assicurazioni', 'costruzioni', 'havbruk', 'fiskeri', 'rederi',
  'infraestrutura', 'infraestructura', 'engenharia', 'ingenieria', 'ingeniería', 'construcoes', 'construções', 'participacoes',
  'participações', 'energia', 'mineracao', 'mineração', 'siderurgia', 'transportes', 'logistica', 'logística', 'telecomunicacoes',
  'telecomunicações', 'telecomunicaciones', 'imobiliaria', 'imobiliária', 'inmobiliaria',
]);

/**
 * First words of companies' names in languages that put the kind of business first ("Construtora Ribeiro Lima",
 * "Assicurazioni Ventura", "Compania Minera X"): a name opening with one is a company's, and the words after it
 * alone name the same company.
 */
export const BUSINESS_LEADS = new Set([
  'construtora', 'constructora', 'companhia', 'compañía', 'compania', 'compagnie', 'empresa', 'empresas', 'sociedad',
  'sociedade', 'industrias', 'indústrias', 'inversiones', 'inmobiliaria', 'imobiliaria', 'transportes', 'distribuidora',
  'laboratorios', 'laboratórios', 'laboratoires', 'cementos', 'cervecería', 'cerveceria', 'cervejaria', 'aerolineas',
  'aerolíneas', 'petroleos', 'petróleos', 'minera', 'mineradora', 'siderurgica', 'siderúrgica', 'assicurazioni',
  'editora', 'banco', 'grupo', 'gruppo', 'groupe',
  // French "food (trade)", opening grocers' and convenience chains' names ("Alimentation Couche-Tard")
  'alimentation',
]);
