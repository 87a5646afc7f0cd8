// Closed word classes and small noun classes the relation patterns rely on.
// There is no part-of-speech tagger in the pipeline, so the relate stage reads
// clauses through these lists: anything not listed is a "content word".
// Each list carries the reason it exists; all entries are lower-case.

export interface WordList {
  words: readonly string[];
  reason: string;
}

const list = (reason: string, words: string): WordList => ({ reason, words: words.trim().split(/\s+/) });

export const DETERMINERS = list(
  'start a noun phrase; never a head',
  `the a an this these those some any each every both all no another other such
   two three four five several many few most`,
);

export const PREPOSITIONS = list(
  'an entity right after one of these sits in a prepositional phrase, so it is not the subject or direct object',
  `of in on at by for with from to into onto over under about against between among across through
   during since after before until via toward towards without within despite amid amidst following near
   around behind beyond upon per like than as off out inside outside along alongside beside besides
   throughout regarding concerning including excluding except`,
);

export const CONJUNCTIONS = list('join coordinated names ("Donetsk and Luhansk") or clauses', 'and or nor');

export const CLAUSE_BREAKERS = list(
  'start a new clause: subject and object searches never cross them',
  `but yet while whereas although though because unless if when whenever where after before since until once
   which who whom whose that so albeit however meanwhile`,
);

export const RELATIVE_PRONOUNS = list('"X, who met Y": the subject of the relative clause is X', 'who which that');

export const AUXILIARIES = list(
  'sit between a subject and its verb; a form of "be" before a past participle makes it passive',
  'is are was were be been being am has have had having do does did',
);

export const BE_FORMS = list('a form of "be" right before a past participle marks the passive voice', 'is are was were be been being am');

export const MODALS = list(
  'a modal or future auxiliary before the trigger: the statement is not (yet) a fact',
  `would could might may should will shall can cannot must 'd 'll ’d ’ll`,
);

export const NEGATIONS = list(
  'negate the verb they precede: the statement is reported as not having happened',
  `not n't never neither nor`,
);

export const NEGATING_VERBS = list(
  '"refused to recognize", "failed to condemn", "avoided criticising", "refrained from attacking": the embedded event did not happen',
  'refused refuses refuse declined declines decline failed fails fail denied denies deny avoid avoids avoided refrain refrains refrained',
);

export const RULING_OUT_VERBS = list(
  '"has ruled out taking a stake", "ruled out meeting X": with "out" right after it, the verb says the embedded event will not happen',
  'rule rules ruled ruling',
);

export const APPOINTING_VERBS = list(
  '"named Richard Teng to succeed him", "appointed X to replace Y", "picked X to lead the team": the person appointed is the subject of the infinitive after the name',
  `name names named naming appoint appoints appointed appointing choose chooses chose chosen choosing pick picks picked
   picking tap taps tapped tapping select selects selected selecting nominate nominates nominated nominating`,
);

export const HYPOTHETICAL_VERBS = list(
  '"plans to recognize", "threatened to attack", "nominated X to succeed Y" (a nomination awaits confirmation): the embedded event is intended, not done',
  `plan plans planned planning want wants wanted intend intends intended seek seeks sought aim aims aimed
   threaten threatens threatened promise promises promised hope hopes hoped offer offers offered propose proposes
   proposed consider considers considered expect expects expected prepare prepares prepared need needs needed
   require requires required ready willing likely set poised going due scheduled nominate nominates nominated`,
);

export const REQUEST_VERBS = list(
  '"X asked Y to recognize Z": Y is the would-be subject of "recognize", and it is only requested ("demanded that Kyiv withdraw" too)',
  `ask asks asked asking urge urges urged urging call calls called calling press presses pressed pressing
   pressure pressures pressured push pushes pushed encourage encourages encouraged want wants wanted invite invites invited
   persuade persuaded force forced demand demands demanded demanding`,
);

export const HYPOTHETICAL_MARKERS = list(
  'words inside the noun phrase or clause that make an event only possible ("possible recognition")',
  'possible potential eventual proposed planned future hypothetical if unless whether',
);

export const CONTROL_NOUNS = list(
  '"X\'s decision to recognize Y": the possessor of the noun is the subject of the infinitive',
  `decision decisions move moves plan plans bid attempt attempts intention intentions willingness readiness refusal
   failure effort efforts offer proposal promise threat threats call request desire right choice determination
   pledge vow commitment`,
);

export const HYPOTHETICAL_CONTROL_NOUNS = list(
  'a control noun that only announces an intention: the embedded event is hypothetical',
  `plan plans bid attempt attempts intention intentions willingness readiness effort efforts offer proposal promise
   threat threats call request desire pledge vow commitment right choice determination`,
);

export const NEGATING_CONTROL_NOUNS = list('"X\'s refusal to recognize Y": the embedded event did not happen', 'refusal failure');

export const PRONOUNS_SINGULAR = list('a singular pronoun subject refers back to the last singular actor', 'it he she');
export const PRONOUNS_PLURAL = list('a plural pronoun refers back to the last coordinated set or group', 'they them');
export const POSSESSIVE_PRONOUNS_PLURAL = list('"their independence": refers to the last plural set of places', 'their');

export const ADVERBS = list(
  'skipped between subject, auxiliary and verb; also end a noun phrase',
  `also only just since already still now then long recently reportedly formally officially legally later
   previously finally again even further subsequently yesterday today tomorrow soon once never ever jointly
   swiftly quickly immediately repeatedly openly publicly effectively allegedly partially largely continuously
   briefly initially eventually apparently reportedly unilaterally strongly sharply firmly fully widely`,
);

/** Lower-case words ending in -ly that are not adverbs. */
export const LY_NOUNS = list('nouns and names that end in -ly', 'ally allies family supply assembly rally anomaly monopoly italy july reply');

export const POSSESSIVE_MARKERS = list("the possessive token the segmenter splits off (CoNLL style)", `'s ’s ' ’`);

export const ACTOR_NOUNS = list(
  '"Ukraine\'s foreign ministry", "Russian officials", "Donetsk rebels", "Chinese coast guard vessels", "French prosecutors": the noun stands for the named actor',
  `government governments ministry ministries officials official authorities authority forces force troops army
   armies military navy militaries rebels rebel separatists separatist militants militant fighters soldiers leaders
   leader leadership president presidents premier diplomats diplomat embassy media parliament police spokesman
   spokeswoman spokesperson delegation delegations negotiators regime administration cabinet state officialdom
   representatives representative lawmakers diplomats ambassadors envoys counterpart counterparts side envoy ambassador minister ministers
   king queen chancellor council security services service intelligence guard guards proxies proxy allies ally
   employee employees staff staffer staffers attache observers monitors
   backers supporters coalition junta mission missions office committee commission secretariat negotiator negotiators
   vessels vessel ships ship warships warship boats boat aircraft jets warplanes drones submarines submarine
   exporters importers producers traders suppliers manufacturers agents operatives commandos officers board management
   prosecutors prosecutor investigators investigator judges judge court courts tribunal`,
);

export const INDEPENDENT_BODY_HEADS = list(
  '"Kenya\'s High Court ordered", "Peru\'s Constitutional Tribunal ruled": a named court or regulator acts as itself, not as its state (unlike "Ukraine\'s Foreign Ministry"); so does a named commission or authority that regulates, "Ireland\'s Data Protection Commission fined X", "Britain\'s Competition and Markets Authority"',
  `court courts tribunal regulator regulators watchdog commission authority`,
);

export const NON_STATE_ACTOR_NOUNS = list(
  '"Syrian rebels", "Yemen\'s Houthi rebels" are not the state: these nouns stand for a region or group modifier, never a country',
  `rebels rebel separatists separatist militants militant insurgents insurgent fighters guerrillas militia militias
   opposition protesters protestors dissidents activists proxies proxy`,
);

export const ORGANIZATION_DESCRIPTORS = list(
  '"Brazilian oil company Petrobras", "Petrobras, the Brazilian oil company,": a noun naming a kind of organisation, so the demonym before it is the organisation\'s country',
  `company companies firm firms group conglomerate giant maker carmaker automaker chipmaker drugmaker planemaker brewer distiller bottler shipbuilder steelmaker
   producer manufacturer retailer lender bank insurer broadcaster newspaper daily agency operator utility miner
   carrier airline shipper startup start-up fund investor exchange party broker developer supplier contractor
   refiner outlet network club team university institute watchdog regulator subsidiary unit corporation
   consultancy consultancies think-tank lobby house organisation organization charity foundation association body movement`,
);

export const TRADE_NOUNS = list(
  '"a ban on chip exports to China", "imports of Ukrainian grain": goods or trade whose destination or origin is the target of a restriction',
  `exports export imports import sales sale shipments shipment purchases trade goods products supplies deliveries
   grain wheat oil gas crude coal steel aluminium aluminum chips semiconductors technology equipment cars vehicles
   vessels ships flights fish seafood wine beef pork`,
);

export const TARIFF_NOUNS = list(
  '"duties on Japanese brandy", "a surtax on Chinese steel": a tax on goods crossing a border, whatever the goods, so the country on them is the trade partner',
  'tariff tariffs duties duty levy levies surtax surtaxes surcharge surcharges',
);

export const RESTRICTING_VERBS = list(
  '"put a surtax on Chinese steel", "quadrupled tariffs on Chinese cars", "tightened sanctions on Iran", "extended the ban on X": a verb that puts a restriction on or raises or widens one imposes it (a light verb for restriction nouns only: "increased aid" or "raised the detention of X" say nothing of who acts on whom)',
  `put puts putting place places placed placing raise raises raised raising increase increases increased increasing double doubles doubled doubling
   triple triples tripled tripling quadruple quadruples quadrupled quadrupling hike hikes hiked hiking
   tighten tightens tightened tightening expand expands expanded expanding widen widens widened widening
   broaden broadens broadened broadening toughen toughens toughened toughening renew renews renewed renewing
   extend extends extended extending`,
);

export const OBJECTION_NOUNS = list(
  '"despite French objections", "over Turkish opposition": the demonym objects to what the main clause\'s subject does',
  'objection objections opposition protests protest criticism concerns warnings reservations resistance',
);

export const CONCESSIVE_PREPOSITIONS = list(
  '"despite X objections", "over X opposition": the noun phrase is an objection to the main clause',
  'despite over amid ignoring defying notwithstanding',
);

export const NEWS_AGENCIES = list(
  '"(Reuters)", "TASS reported": the agency reports the news and is never what "the bloc" or "the company" refers to',
  `reuters ap afp tass interfax xinhua kyodo yonhap dpa anadolu bloomberg efe ansa pti ani bernama wafa irna kcna
   sana mena wam qna spa ria upi cna jiji`,
);

export const ORGANIZATION_ANAPHORS = list(
  '"the company\'s chief executive", "the alliance\'s secretary general", "the court ordered": refers to the most recent organisation',
  'company firm group alliance bloc organisation organization union party bank agency giant carmaker conglomerate league federation newspaper airline carrier broadcaster lender insurer retailer publisher club drugmaker chipmaker automaker brewer body fund court tribunal commission association institute university team',
);

/**
 * Kinds of organisation an anaphor noun or a name's own words can mark. "the company" never refers back to a name
 * that says it is a union, a party or a state body ("accused the company" after "the Rail, Maritime and Transport
 * union"); a name that marks no kind ("Network Rail", "Acas") fits any noun.
 */
export const ORGANIZATION_KINDS: Record<'company' | 'union' | 'party' | 'state', { nouns: WordList; nameWords: WordList; strict?: boolean }> = {
  company: {
    nouns: list('nouns that refer back to a business', 'company firm carmaker conglomerate giant lender bank insurer retailer airline carrier publisher drugmaker chipmaker automaker brewer broadcaster newspaper'),
    nameWords: list('words in a name that make it a business', 'inc corp corporation co ltd plc llc ag sa nv gmbh group holdings company bank airlines airways motors industries securities capital partners petroleum'),
  },
  union: {
    nouns: list('nouns that refer back to a trade union', 'union'),
    // ("Teamsters Canada Rail Conference", "United Steelworkers", "Communications Workers of America", "Writers Guild of America")
    nameWords: list('words in a name that make it a trade union', 'union unions teamsters workers steelworkers autoworkers brotherhood guild'),
  },
  party: {
    // (strict: "the party" refers only to a name that marks a party: companies and bodies mark no kind as often)
    strict: true,
    nouns: list('nouns that refer back to a political party', 'party'),
    nameWords: list('words in a name that make it a political party', 'party democrats democratic republicans republican labour conservatives conservative tories liberals liberal greens socialists socialist communists communist nationalists nationalist front league movement congress'),
  },
  state: {
    nouns: list('nouns that refer back to a state body (not "agency", "council" or "commission": as many bodies that are no part of a state bear them)', 'ministry department government'),
    nameWords: list('words in a name that make it a body of a state (not "congress": the Indian National Congress is a party; "board": the Canada Industrial Relations Board, the National Labor Relations Board)', 'ministry department government council commission court parliament assembly senate police army navy office bureau tribunal board'),
  },
};

export const SOLE_HOLDER_TITLES = list(
  '"King Gyanendra dismissed the government ... Amnesty called on the king": an office one person holds at a time; "the king" refers back to the person last named with it',
  'president premier chancellor king queen emir sultan monarch shah pope emperor',
);

export const DIRECTIVE_NOUNS = list(
  '"defied an order from President X", "rejected a demand by Beijing", "welcomed an offer from Y", "rejected an approach from Z": what one actor asks of another stands for the one who asked, named after "from" or "by"',
  'order orders demand demands request requests call calls ultimatum appeal appeals proposal proposals offer offers instruction instructions objection objections criticism warning warnings approach approaches bid bids overture overtures',
);

export const VERBAL_TARGET_NOUNS = list(
  '"Arafat, attacking Israel\'s decision to expand settlements", "attacked the government\'s policy": what is attacked is a decision or words, so the attack is criticism (CAMEO 111), not force',
  'decision decisions policy policies statement statements remarks comments plan plans proposal proposals stance handling move moves law laws ruling record budget reforms',
);

export const OWNED_NOUNS = list(
  '"Instagram, a unit of Meta Platforms", "Meta\'s subsidiary Instagram": a company that another owns',
  'unit subsidiary subsidiaries division arm affiliate offshoot',
);

export const PARENT_NOUNS = list(
  '"Toyota\'s parent company, Toyota Industries", "its parent Alphabet": the company that owns another',
  'parent owner',
);

export const ACT_NOUNS = list(
  '"condemned X\'s decision", "in support of X\'s war", "criticized X\'s reversal": an act noun stands for the actor that did it (nouns of what the possessor does, not of what is done to it: no "release", "detention", "resignation")',
  `decision decisions move moves actions action act acts policy policies statement statements announcement
   conflict war aggression invasion annexation occupation attack attacks strike strikes offensive operation
   operations campaign campaigns efforts effort plan plans recognition behaviour behavior stance position
   sovereignty independence territorial integrity borders border territory people
   reversal reversals refusal rejection handling crackdown execution executions treatment conduct remarks comments
   response intervention interference meddling repression provocation provocations violations abuses`,
);

export const AGENDA_NOUNS = list(
  '"supported European Union efforts", "backed Lebed\'s peace plan", "rejected the Kremlin\'s proposal", "vetoed the EU\'s aid package": supporting or opposing an actor\'s plan or effort is supporting or opposing the actor, named as its possessor or modifier',
  `effort efforts plan plans proposal proposals initiative initiatives bid bids policy policies stance position
   call calls offer offers mediation campaign candidacy programme program agenda claim claims cause demand demands
   package packages budget budgets bill bills legislation resolution resolutions reform reforms scheme schemes`,
);

export const TRANSPARENT_NOUNS = list(
  '"the independence of X", "the government of X", "demanded the withdrawal of X", "the board of the IMF approved a loan": the real argument is the complement after "of"',
  `withdrawal release resignation extradition return removal departure expulsion surrender handover
   independence sovereignty statehood government leadership people territory annexation recognition
   capital city town port peninsula enclave exclave region regions province provinces republic republics area
   areas island islands district districts oblast state states county municipality occupation invasion
   authorities army forces president leaders officials residents citizens part parts board`,
);

export const PLACE_NOUNS = list(
  '"the Ukrainian port of Odesa", "the Russian enclave of Kaliningrad": a noun naming a kind of place',
  `peninsula port city town village region province enclave exclave island islands capital district oblast
   state territory area republic county municipality prefecture governorate canton coast seaport harbour harbor
   valley heartland suburb borough neighbourhood neighborhood metropolis kingdom emirate principality`,
);

export const STATEHOOD_NOUNS = list(
  '"their independence": only these nouns make "their" point back to a set of places (not "their leaders")',
  'independence sovereignty statehood territory borders recognition annexation',
);

export const PLURAL_PLACE_ANAPHORS = list(
  '"the self-proclaimed republics", "the territories": a plural place noun without a name refers back to the last coordinated set of places',
  'territories republics regions provinces areas enclaves oblasts districts entities statelets',
);

export const PAIR_ANAPHORS = list(
  '"the two countries", "both sides" (with "two" or "both"): the last two coordinated actors',
  'countries nations governments sides leaders parties',
);

export const COUNTRY_ANAPHORS = list(
  '"the country\'s foreign minister": refers to the most recent country',
  'country nation kingdom',
);

export const STATE_ANAPHORS = list(
  '"the government accused X": a government named by no country word (no "Kenyan government" before it) is the salient country\'s',
  'government',
);

export const DIRECTION_ADJECTIVES = list(
  '"in eastern Ukraine": a compass adjective between a preposition and a place',
  `eastern western northern southern central east west north south north-eastern northeastern south-eastern
   southeastern north-western northwestern south-western southwestern far-eastern mid-western
   north-east northeast south-east southeast north-west northwest south-west southwest`,
);

export const NEIGHBOUR_WORDS = list(
  '"Donetsk and its neighboring Luhansk": still a coordination of two places',
  'its their neighboring neighbouring adjacent nearby fellow sister neighbor neighbour',
);

export const REPORTING_VERBS = list(
  '"X said", "X reported that": the statement is attributed to X',
  `said says say told tells reported reports report claimed claims claiming stated states announced announces
   added adds noted notes wrote writes tweeted insisted insists argued argues confirmed confirms warned warns
   alleged alleges quoted cited asserted asserts declared explained`,
);

export const FINDING_VERBS = list(
  '"the court found that Ankara had breached the convention", "a judge ruled that Google had violated antitrust law": a court or a watchdog finding that an actor did wrong states it as a reporting verb does (an accusation, 11)',
  'found finds ruled rules concluded concludes determined determines',
);

export const ASPECTUAL_VERBS = list(
  '"would keep supporting Kyiv", "continued shelling Odesa": the verb before an -ing trigger only adds aspect',
  'keep keeps kept continue continues continued begin begins began start starts started resume resumes resumed',
);

export const REVERSAL_VERBS = list(
  '"India has suspended military aid to Nepal", "cancelled the talks with X": a verb that stops, reverses or refuses what a noun names; the actor of the verb does not do what the noun says, so the noun is not read through a light verb before it',
  `suspend suspends suspended suspending halt halts halted halting freeze freezes froze frozen freezing cut cuts
   cutting stop stops stopped stopping end ends ended ending cancel cancels cancelled canceled cancelling scrap
   scraps scrapped scrapping withdraw withdraws withdrew withdrawn block blocks blocked blocking reject rejects
   rejected rejecting refuse refuses refused refusing deny denies denied denying abandon abandons abandoned
   postpone postponed postpones delay delayed delays`,
);

export const ABANDONING_VERBS = list(
  '"Intel abandoned its planned purchase of Tower", "Oracle called off its takeover of Cerner": the act named by the object did not happen',
  `abandon abandons abandoned abandoning scrap scraps scrapped scrapping cancel cancels cancelled canceled cancelling
   canceling ditch ditches ditched ditching shelve shelves shelved shelving terminate terminates terminated terminating`,
);

export const LIGHT_VERBS = list(
  '"held talks with", "imposed sanctions on", "launched an attack on", "lodged a protest with", "filed a lawsuit against", "had a telephone conversation with", "ordered the arrest of", "slapped tariffs on", "levied duties on": the subject of the light verb is the actor of the noun',
  `hold holds held holding launch launches launched launching impose imposes imposed imposing express expresses
   expressed expressing conduct conducts conducted carry carried carries begin began begun begins start started
   starts offer offers offered continue continues continued resume resumed resumes announce announces announced
   make makes made give gives gave provide provides provided open opens opened stage staged stages mount mounted
   join joined joins extend extended extends lend lent voice voiced voices enter entered enters
   lodge lodges lodged lodging file files filed filing register registers registered have has had having
   complete completes completed completing finalise finalised finalize finalized
   order orders ordered ordering slap slaps slapped slapping levy levies levied levying`,
);

export const LIGHT_PARTICIPLES = list(
  '"sanctions imposed by the EU on Iran", "the attack launched by X on Y", "a warrant issued by a Warsaw court for X": in a participle clause after a noun trigger, the agent after "by" is the actor of the noun',
  `imposed launched held conducted carried staged mounted made provided offered extended announced opened resumed
   started begun continued expressed voiced filed lodged brought signed reached struck issued`,
);

export const HOSTING_PARTICIPLES = list(
  '"the talks hosted by Qatar between X and Y": the agent after "by" arranges the event but is not a party to it; the parties are read from "between"',
  'hosted brokered mediated organised organized arranged sponsored facilitated convened chaired',
);

export const RETALIATION_NOUNS = list(
  '"Russia promised retaliation": a threat whose target is whoever did the act it answers',
  'retaliation reprisal reprisals retribution revenge countermeasures counter-measures',
);

export const THREAT_VERBS = list(
  '"vowed retaliation", "threatened reprisals", "warned of retaliation", "promised to retaliate": the subject threatens',
  'threaten threatens threatened vow vows vowed promise promises promised pledge pledges pledged warn warns warned',
);

export const FRONTED_SUBORDINATORS = list(
  '"When Lithuania began ..., Russia promised retaliation": a fronted clause naming the act a retaliation answers. Not "since" or "while", which only set the time',
  'when after if once because as following',
);

export const ATTRIBUTION_PREPOSITIONS = list(
  '"according to X", "as per X": the statement is attributed to X',
  'according per citing',
);

/** Sets for fast membership tests, built once from the lists above. */
export const is = (wl: WordList) => {
  const set = new Set(wl.words);
  return (w: string) => set.has(w);
};

export const LIST_VERBS = list(
  '"Those targeted include X", "The measures also cover Y": verbs listing the targets of a measure already reported',
  'include includes included cover covers covered target targets hit hits name names named',
);

export const LIST_SUBJECT_NOUNS = list(
  '"the measures", "the list": subjects standing for a measure already reported, whose targets a list names',
  'measures sanctions penalties restrictions list targets designations package',
);

export const LIST_SUBJECT_PARTICIPLES = list(
  '"those targeted", "those sanctioned": the participle after "those" that makes it the targets of a measure',
  'targeted sanctioned named listed designated hit affected blacklisted',
);


export const WRONGDOING_WORDS = list(
  '"X said Y had rigged the vote", "\'Y has taken the country down a path of repression,\' X said": words that, said of a clause\'s subject, accuse it of wrongdoing (a speaker who says them of an actor accuses it, 11)',
  `repression repressive crime crimes criminal corruption corrupt rigged rig rigging fraud fraudulent
   violated violates violating violation violations breached breach breaches undermined undermines undermining
   lied lies lying illegal illegally unlawful unlawfully reckless irresponsible provocation provocations provocative
   propaganda abuses abused betrayed destabilising destabilizing interference interfering atrocities genocide
   brutality brutal terrorism aggression responsibility culpable guilty unacceptable`,
);

export const MOVABLE_THING_NOUNS = list(
  '"seized a tanker in the Gulf", "struck a ship in the Red Sea": a vessel, aircraft or cargo is only passing through the place it is in, so an act on it is none on the place (unlike "attacked a hospital in Kharkiv")',
  `tanker tankers ship ships vessel vessels boat boats freighter freighters trawler trawlers cargo cargoes aircraft
   plane planes jet jets airliner airliners convoy convoys lorry lorries truck trucks carrier carriers`,
);
