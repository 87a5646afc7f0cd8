// The event trigger lexicon, written as lemmas: which verbs and nouns announce an
// event between two actors, the CAMEO code it gets, and how its arguments are
// found. Every inflection (and the British spelling of -ize verbs) is derived by
// inflect.ts, so "sanction" also matches "sanctioned", "sanctioning", "sanctions".
// Nominalisations ("recognition", "purchase") take their object from the
// preposition after them ("of Crimea", "with Russia").
//
// CAMEO 1.1b3 codes (data/cameo.ts). A few events common in news have no CAMEO
// code: company acquisitions and mergers are coded as economic cooperation (061)
// as the nearest class; appointments and contest results (elections, sport) get
// no code at all (`cameo: null`) rather than a wrong one.

export interface LexiconEntry {
  id: string;
  /** Readable predicate on the edge: "recognized", "severed ties with". */
  predicate: string;
  /** CAMEO code (see cameo.ts); null where CAMEO has no class for the event. */
  cameo: string | null;
  /** Verb lemmas ("recognize"); every inflection is derived. */
  verbs?: string[];
  /** Noun lemmas ("recognition"); plurals are derived. */
  nouns?: string[];
  /** Nouns taken exactly as written (plural-only "talks", or a plural that is the only event reading). */
  fixedNouns?: string[];
  /** Derived forms that are another word far more often ("free" the adjective, "name" the noun). */
  excludeForms?: string[];
  /** The verb only counts when one of these words follows it ("cut ties", "signed an agreement", "took over"). */
  complement?: string[];
  /** The verb only counts when the object phrase contains one of these words ("acknowledged their independence"). */
  objectMentions?: string[];
  /** The object is named inside the complement phrase ("expelled Russian diplomats", "summoned Iran's ambassador"). */
  objectInComplement?: boolean;
  /** Prepositions that introduce the object after the verb or its complement ("ties with X", "called on X"). */
  objectPreps?: string[];
  /** The verb takes its object only through objectPreps ("called on X", not "called X"). */
  prepOnly?: boolean;
  /** A thing bought, given or invested may stand between the verb and objectPreps ("bought 96 helicopters from X"). */
  skipObject?: boolean;
  /** The verb also takes a to-infinitive ("pledged to support X"): a "to" right before a bare word opens it and names no object. */
  toInfinitive?: boolean;
  /** "demanded that X withdraw": the subject of a that-clause after the verb is the object. */
  thatObject?: boolean;
  /**
   * A restriction on trade: with no actor as object, the object is the country the goods go to or come
   * from ("a ban on chip exports to China", "banned imports of Ukrainian grain", "tariffs on Chinese steel").
   */
  tradeObject?: boolean;
  /** Prepositions that introduce the object after the noun form ("recognition of X", "sanctions on X"). */
  nounPreps?: string[];
  /** A mutual event: "A and B met" with no object gives A -> B. */
  symmetric?: boolean;
  /** The object may be a place as well as an actor ("annexed Crimea", "attacked Odesa"). */
  placeObject?: boolean;
  /**
   * The object may be a thing an actor owns, named with its owner as possessor, which then stands for the owner ("is
   * auditing Boeing's factories", "an inquiry into the bank's accounts": the owner is investigated).
   */
  ownerObject?: boolean;
  /** The object must be a person ("arrested X", "appointed X"): "fired missiles" is not firing someone. */
  personObject?: boolean;
  /** The object is a state or a body, never a town or region ("expelled diplomats from Lima" names where, not whose). */
  stateObject?: boolean;
  /** The thing the verb moves, when an organisation, is acquired by the other party: "sell the newspaper to X" -> X acquired it. */
  thingAcquired?: boolean;
  /** The object is the named actor itself, not a name modifying another noun ("received Putin", not "received EU approval"). */
  nameObject?: boolean;
  /** Its object may be an earlier act ("condemned the attack"): the one who did that act is the target. */
  actObject?: boolean;
  /** Any actor doing it to an organisation states membership, not an event: the affiliation's predicate ("member of"). */
  memberTie?: string;
  /** A person doing it to an organisation states a tie, not an event: the affiliation's predicate ("adviser to"). */
  personTie?: string;
  reason: string;
}

const w = (s: string) => s.trim().split(/\s+/);

export const LEXICON: LexiconEntry[] = [
  // ------------------------------------------------------------ 01 public statement
  { id: 'condole', predicate: 'offered condolences to', cameo: '018', verbs: w('offer express send convey extend'), complement: w('condolences sympathy sympathies'), objectPreps: ['to', 'with'], prepOnly: true, nouns: w('condolence'), nounPreps: ['to'], reason: '"offered condolences to Turkey", "expressed sympathy to the victims\' families": an empathetic comment (CAMEO 018), a statement, not cooperation' },
  // ------------------------------------------------------------ 02 appeal
  { id: 'ask', predicate: 'asked', cameo: '020', verbs: w('ask request'), thatObject: true, reason: 'a request to another actor ("asked North Korea to recognize ...")' },
  { id: 'urge', predicate: 'urged', cameo: '020', verbs: w('urge press implore exhort persuade convince'), thatObject: true, reason: 'an appeal to another actor ("urged Washington to follow"; "persuaded Hamas to halt attacks" is an appeal that succeeded)' },
  { id: 'appeal', predicate: 'appealed to', cameo: '020', verbs: w('appeal'), objectPreps: ['to'], prepOnly: true, skipObject: true, nouns: w('appeal'), nounPreps: ['to'], reason: 'an appeal to another actor; what is appealed may stand between the verb and "to" ("appealed both orders to the tribunal", "appealed the ruling to the Supreme Court")' },
  { id: 'call-on', predicate: 'called on', cameo: '020', verbs: w('call'), objectPreps: ['on', 'upon'], prepOnly: true, reason: '"called on X to ..." is an appeal; "call" without "on" is not' },
  { id: 'call-for', predicate: 'called on', cameo: '020', verbs: w('call'), objectPreps: ['for'], prepOnly: true, nameObject: true, reason: '"Japan called for China to release X": an appeal to the actor named right after "for" ("called for the release of X" names no actor to appeal to)' },
  { id: 'plead', predicate: 'pleaded with', cameo: '020', verbs: w('plead'), objectPreps: ['with'], prepOnly: true, reason: '"pleaded with X" is an appeal' },
  // ------------------------------------------------------------ 03 intent to cooperate
  { id: 'pledge-aid', predicate: 'pledged aid to', cameo: '033', verbs: w('pledge promise offer'), complement: w('aid assistance support funding loans money weapons'), objectPreps: ['to', 'for'], reason: 'pledging aid is an intent to provide it, not yet aid' },
  { id: 'pledge-to', predicate: 'pledged aid to', cameo: '033', verbs: w('pledge promise'), objectPreps: ['to'], prepOnly: true, skipObject: true, toInfinitive: true, reason: '"Japan pledged $5 billion to Ukraine", "promised 1 billion euros to Moldova": a sum pledged to an actor is an intent to provide aid, whatever stands between the verb and "to" (pledge-aid reads "pledged aid to")' },
  { id: 'invite', predicate: 'invited', cameo: '036', verbs: w('invite'), nouns: w('invitation'), nounPreps: ['to'], reason: 'an invitation expresses intent to meet' },
  // ------------------------------------------------------------ 04 consult
  { id: 'meet', predicate: 'met', cameo: '040', verbs: w('meet'), objectPreps: ['with'], nouns: w('meeting summit'), nounPreps: ['with'], symmetric: true, reason: 'a meeting or summit between actors (consultation)' },
  { id: 'consult', predicate: 'consulted', cameo: '040', verbs: w('consult confer'), nouns: w('consultation'), nounPreps: ['with'], objectPreps: ['with'], symmetric: true, reason: 'consultation between actors' },
  { id: 'discuss', predicate: 'held discussions with', cameo: '040', verbs: w('discuss'), objectPreps: ['with'], prepOnly: true, skipObject: true, nouns: w('discussion conversation'), nounPreps: ['with'], symmetric: true, reason: '"discussed the plan with X", "a telephone conversation with X": the partner follows "with" (the thing discussed is no party)' },
  { id: 'speak-with', predicate: 'spoke with', cameo: '040', verbs: w('speak talk'), excludeForms: w('talks'), objectPreps: ['with'], prepOnly: true, reason: '"spoke with X": a conversation is consultation (not symmetric: "X and Y spoke" is two statements; "spoke to" is left out: "spoke to Reuters" names the reporter, not a party)' },
  { id: 'phone', predicate: 'spoke by phone with', cameo: '041', verbs: w('phone telephone'), symmetric: true, reason: 'a telephone call between leaders' },
  { id: 'speak-to-person', predicate: 'spoke with', cameo: '040', verbs: w('speak talk'), excludeForms: w('talks'), objectPreps: ['to'], prepOnly: true, personObject: true, reason: '"He spoke to his Iraqi counterpart, X, by telephone": speaking to a named person is consultation; only a person counts ("spoke to reporters", "spoke to Reuters" name the press, not a party)' },
  { id: 'visit', predicate: 'visited', cameo: '042', verbs: w('visit tour'), nouns: w('visit trip'), nounPreps: ['to'], placeObject: true, reason: 'an official visit to a country or place' },
  { id: 'travel', predicate: 'visited', cameo: '042', verbs: w('travel fly'), objectPreps: ['to'], prepOnly: true, placeObject: true, reason: '"will travel to Dhaka", "flew to Beijing": a visit' },
  { id: 'arrive', predicate: 'visited', cameo: '042', verbs: w('arrive'), objectPreps: ['in', 'at'], prepOnly: true, placeObject: true, reason: '"arrived in Beijing" reports a visit' },
  { id: 'stopover', predicate: 'visited', cameo: '042', nouns: w('stop stopover'), nounPreps: ['in'], placeObject: true, reason: '"made an unscheduled stop in Riyadh": a stop in a capital on a journey is a visit (only with "in": "a stop to the fighting" is none)' },
  { id: 'host', predicate: 'hosted', cameo: '043', verbs: w('host receive'), nameObject: true, objectPreps: ['between'], reason: 'hosting or receiving a visiting actor; hosting talks between parties ("hosted talks between A and B", "talks hosted by X") hosts each party' },
  { id: 'mediate', predicate: 'mediated between', cameo: '045', verbs: w('mediate broker'), objectPreps: ['between'], prepOnly: true, nouns: w('mediation'), nounPreps: ['between'], reason: 'mediation between two parties: the mediator relates to each of them' },
  { id: 'talks', predicate: 'held talks with', cameo: '046', verbs: w('negotiate'), objectPreps: ['with'], prepOnly: true, fixedNouns: w('talks negotiations negotiation'), nounPreps: ['with'], symmetric: true, reason: 'negotiation between actors' },
  // ------------------------------------------------------------ 05 diplomatic cooperation
  { id: 'cooperate', predicate: 'cooperated with', cameo: '050', verbs: w('cooperate collaborate'), objectPreps: ['with'], prepOnly: true, nouns: w('cooperation collaboration'), nounPreps: ['with'], symmetric: true, reason: 'diplomatic cooperation' },
  { id: 'establish-ties', predicate: 'established ties with', cameo: '050', verbs: w('establish restore normalize resume upgrade revive renew reestablish re-establish'), complement: w('ties relations'), objectPreps: ['with'], symmetric: true, reason: 'establishing or restoring diplomatic relations' },
  { id: 'strengthen-ties', predicate: 'strengthened ties with', cameo: '050', verbs: w('strengthen deepen improve forge boost expand cement bolster enhance pursue seek warm'), complement: w('ties relations'), objectPreps: ['with'], symmetric: true, reason: '"pursued closer ties with Riyadh", "strengthened relations with X": working at diplomatic relations is diplomatic cooperation, as establishing them is (the verbs alone are too general, hence "ties"/"relations")' },
  { id: 'open-embassy', predicate: 'opened embassy in', cameo: '050', verbs: w('open launch establish reopen'), complement: w('embassy embassies consulate consulates mission'), objectPreps: ['in'], prepOnly: true, placeObject: true, reason: 'opening a diplomatic mission in another country is diplomatic cooperation' },
  { id: 'praise', predicate: 'praised', cameo: '051', actObject: true, verbs: w('praise commend hail laud applaud welcome congratulate'), nouns: w('praise'), nounPreps: ['for', 'of'], reason: 'praise of another actor (welcoming an actor\'s step is praise)' },
  { id: 'thank', predicate: 'thanked', cameo: '051', verbs: w('thank'), reason: 'thanking another actor is praise' },
  { id: 'honor', predicate: 'honored', cameo: '051', verbs: w('honor honour decorate'), nameObject: true, reason: '"France honoured the Ukrainian president with the Legion of Honour": honouring another actor is praise (only a named actor: "honoured its commitments" is keeping them)' },
  { id: 'support', predicate: 'supported', cameo: '051', verbs: w('support back endorse'), nouns: w('support backing endorsement'), nounPreps: ['for', 'of'], reason: 'political support or endorsement of another actor' },
  { id: 'recognize', predicate: 'recognized', cameo: '054', verbs: w('recognize'), nouns: w('recognition'), nounPreps: ['of'], placeObject: true, reason: 'granting diplomatic recognition to a state or breakaway territory' },
  { id: 'acknowledge', predicate: 'recognized', cameo: '054', verbs: w('acknowledge'), objectMentions: w('independence sovereignty statehood'), placeObject: true, reason: '"acknowledged their independence" is recognition; plain "acknowledged" is not, hence objectMentions' },
  { id: 'secede', predicate: 'declared independence from', cameo: null, verbs: w('declare proclaim'), complement: ['independence'], objectPreps: ['from'], prepOnly: true, placeObject: true, reason: '"Somaliland declared independence from Somalia", "Kosovo proclaimed independence from Serbia": a secession from a state; CAMEO has no class for it, so no code' },
  { id: 'secede-verb', predicate: 'declared independence from', cameo: null, verbs: w('secede'), objectPreps: ['from'], prepOnly: true, placeObject: true, reason: '"Eritrea seceded from Ethiopia": a secession from a state, no CAMEO code' },
  { id: 'declare-independence', predicate: 'recognized', cameo: '054', verbs: w('declare proclaim'), objectMentions: w('independence sovereignty statehood'), placeObject: true, reason: '"X declared their independence" (of others) is recognition; a place declaring its own independence has no object and gives nothing' },
  { id: 'apologize', predicate: 'apologized to', cameo: '055', verbs: w('apologize'), objectPreps: ['to'], prepOnly: true, nouns: w('apology'), nounPreps: ['to'], reason: 'an apology to another actor' },
  { id: 'forgive', predicate: 'forgave', cameo: '056', verbs: w('forgive'), reason: 'forgiving another actor' },
  { id: 'sign-agreement', predicate: 'signed agreement with', cameo: '057', verbs: w('sign conclude ink seal clinch strike reach agree finalize make cut'), complement: w('agreement agreements deal deals treaty treaties accord accords pact pacts memorandum contract contracts protocol protocols declaration declarations charter communique documents package'), objectPreps: ['with'], symmetric: true, reason: 'a formal agreement between actors ("struck a deal with", "signed a treaty with")' },
  { id: 'join', predicate: 'joined', cameo: null, verbs: w('join'), memberTie: 'member of', reason: '"Egypt joined BRICS", "she joined Google in 2019": joining an organisation makes a member of it; joining anything else ("joined the talks", "joined X in criticising") is no relation; membership is no CAMEO event' },
  { id: 'suspend', predicate: 'suspended', cameo: '160', verbs: w('suspend'), nouns: w('suspension'), nounPreps: ['of'], ownerObject: true, reason: 'suspending a member or a partner ("the IOC suspended the Russian Olympic Committee", "Mercosur suspended Venezuela\'s membership": the member whose rights are suspended): relations reduced' },
  { id: 'agree', predicate: 'agreed with', cameo: '030', verbs: w('agree'), objectPreps: ['with'], symmetric: true, reason: '"A and B agreed on the text", "A agreed with B": a stated accord between actors (intent to cooperate), weaker than a signed agreement' },
  { id: 'agreement', predicate: 'signed agreement with', cameo: '057', nouns: w('agreement treaty accord pact'), nounPreps: ['with', 'between'], symmetric: true, reason: '"an agreement with X", "the treaty between X and Y" as nouns' },
  // ------------------------------------------------------------ 06 material cooperation
  { id: 'acquire', predicate: 'acquired', cameo: '061', verbs: w('acquire buy purchase'), nouns: w('acquisition purchase takeover buyout'), nounPreps: ['of'], reason: 'a company buying another: CAMEO has no acquisition class, economic cooperation (061) is the nearest' },
  { id: 'spin-off', predicate: 'spun off', cameo: null, verbs: w('spin'), complement: ['off', 'out'], reason: '"Bayer spun off Covestro", "X was spun off from Y": a company separating a unit as a company of its own; CAMEO has no class for it (nor for a company\'s reorganisation), so no code' },
  { id: 'take-over', predicate: 'acquired', cameo: '061', verbs: w('take'), complement: ['over'], reason: '"took over X" (a company): an acquisition; "took control of" a town is a capture, not listed here' },
  { id: 'joint-exercise', predicate: 'held military exercises with', cameo: '062', verbs: w('hold conduct stage begin start launch carry'), complement: w('exercise exercises drill drills manoeuvres maneuvers manoeuvre maneuver wargames games patrols'), objectPreps: ['with'], symmetric: true, reason: '"Russia and China held joint naval drills", "held military exercises with Australia", "began their first three-way military exercise": a joint exercise is military cooperation (CAMEO 062) between each pair of participants; a state drilling alone ("held drills around Taiwan") has no partner after "with" and gives nothing' },
  { id: 'exercise', predicate: 'held military exercises with', cameo: '062', nouns: w('exercise drill manoeuvre maneuver wargame'), fixedNouns: w('manoeuvres maneuvers drills exercises patrols'), nounPreps: ['with', 'between'], symmetric: true, reason: '"a joint exercise with Japan", "drills between the two navies": the noun of a joint exercise, military cooperation (062) between its parties (only with a party after "with"/"between")' },
  { id: 'order-diplomats-out', predicate: 'expelled diplomats of', cameo: '161', verbs: w('order'), complement: w('ambassador ambassadors envoy envoys diplomats diplomat'), objectInComplement: true, stateObject: true, reason: '"ordered diplomats from seven countries to leave", "ordered the Argentine ambassador to leave": an order to another state\'s diplomats to go is their expulsion (before buy-from: "ordered diplomats from X" buys nothing)' },
  { id: 'buy-from', predicate: 'bought from', cameo: '061', verbs: w('buy purchase order'), objectPreps: ['from'], prepOnly: true, skipObject: true, reason: '"bought 96 helicopters from Boeing": the seller is the other party of a purchase' },
  { id: 'accept-aid', predicate: 'accepted aid from', cameo: '070', verbs: w('accept welcome receive'), complement: w('help aid assistance offer offers rescuers'), objectPreps: ['from'], prepOnly: true, skipObject: true, reason: '"accepted offers of help from Spain": aid given by the other party (CAMEO 07 read from the giver)' },
  { id: 'pay-visit', predicate: 'visited', cameo: '042', verbs: w('pay'), complement: w('visit visits'), objectPreps: ['to'], prepOnly: true, placeObject: true, reason: '"paid a visit to X" is a visit' },
  { id: 'pay-tribute', predicate: 'praised', cameo: '051', verbs: w('pay'), complement: w('tribute homage'), objectPreps: ['to'], prepOnly: true, reason: '"paid tribute to X" is praise' },
  { id: 'pay-to', predicate: 'paid', cameo: '061', verbs: w('pay'), objectPreps: ['to'], prepOnly: true, skipObject: true, reason: '"paid billions of dollars to Apple": a payment between actors (economic cooperation, or its terms disputed)' },
  { id: 'lease-to', predicate: 'leased to', cameo: '061', verbs: w('lease rent'), objectPreps: ['to'], prepOnly: true, skipObject: true, reason: '"would lease a stretch of its coast to X", "leased the port to X": the lessee is the other party of an economic deal' },
  { id: 'sell-to', predicate: 'sold to', cameo: '061', verbs: w('sell'), objectPreps: ['to'], prepOnly: true, skipObject: true, thingAcquired: true, reason: '"sold its stake to X", "sold jets to X": the buyer is the other party of a sale' },
  { id: 'stake', predicate: 'bought a stake in', cameo: '061', verbs: w('buy acquire take'), complement: w('stake stakes share shares holding'), objectPreps: ['in'], reason: '"bought a 30% stake in X": a partial acquisition' },
  { id: 'buy-percent', predicate: 'bought a stake in', cameo: '061', verbs: w('buy acquire take purchase'), complement: w('percent per cent pct'), objectPreps: ['of', 'in'], reason: '"agreed to buy 51 percent of X", "took 30 percent in X": a share of a company named by its size is a partial acquisition, like a stake' },
  { id: 'award-contract', predicate: 'awarded contract to', cameo: '061', verbs: w('award grant give'), complement: w('contract contracts licence licences license licenses concession concessions tender'), objectPreps: ['to'], reason: '"awarded an exploration licence to Shell", "the award of a contract to X": giving a contract or a licence is economic cooperation with the one who gets it' },
  { id: 'award-prize', predicate: 'awarded prize to', cameo: '051', verbs: w('award give present'), complement: w('prize prizes award awards medal medals honour honours honor honors trophy'), objectPreps: ['to'], reason: '"awarded the Nobel Peace Prize to X", "gave the award to X", "X was awarded the prize by Y": a prize or an honour given to an actor is praise of it (CAMEO 051, as honouring)' },
  { id: 'award-host', predicate: 'awarded hosting to', cameo: '050', verbs: w('award give grant'), complement: w('games olympics cup tournament championship championships edition'), objectPreps: ['to'], placeObject: true, reason: '"awarded the 2030 Winter Games to the French Alps", "FIFA awarded the World Cup to Morocco": a sporting body giving a host its event is diplomatic cooperation with the host (05, the convention of the annotation)' },
  { id: 'invest', predicate: 'invested in', cameo: '061', verbs: w('invest'), objectPreps: ['in'], prepOnly: true, skipObject: true, nouns: w('investment'), nounPreps: ['in'], reason: 'an investment in a company or country is economic cooperation' },
  { id: 'merge', predicate: 'merged with', cameo: '061', verbs: w('merge combine'), objectPreps: ['with'], prepOnly: true, nouns: w('merger'), nounPreps: ['with', 'between', 'of'], symmetric: true, reason: 'a merger of two companies is economic cooperation' },
  { id: 'joint-venture', predicate: 'partnered with', cameo: '061', verbs: w('form create establish launch set'), complement: w('venture ventures partnership alliance consortium'), objectPreps: ['with'], symmetric: true, reason: '"Sony and Honda formed a joint venture", "set up a partnership with X": economic cooperation between the partners' },
  { id: 'partner', predicate: 'partnered with', cameo: '061', verbs: w('partner'), objectPreps: ['with'], prepOnly: true, nouns: w('partnership alliance'), nounPreps: ['with', 'between'], symmetric: true, reason: 'a partnership or joint venture is economic cooperation' },
  { id: 'share-intelligence', predicate: 'shared intelligence with', cameo: '064', verbs: w('share exchange'), complement: w('intelligence information'), objectPreps: ['with'], reason: 'sharing intelligence' },
  // ------------------------------------------------------------ 07 provide aid
  { id: 'aid', predicate: 'provided aid to', cameo: '070', verbs: w('supply provide send deliver give grant ship airlift airdrop'), complement: w('aid assistance supplies relief food medicine medicines vaccines vaccine doses funds funding money loans loan guarantees grants credits subsidies'), objectPreps: ['to'], nouns: w('aid assistance'), nounPreps: ['to', 'for'], reason: 'aid other than military ("sent medical supplies to", "US aid to X")' },
  { id: 'fund', predicate: 'funded', cameo: '071', verbs: w('fund finance bankroll subsidize'), nouns: w('funding financing'), nounPreps: ['for', 'of'], reason: 'funding another actor is economic aid' },
  { id: 'bail-out', predicate: 'bailed out', cameo: '071', verbs: w('bail'), complement: ['out'], nouns: w('bailout'), nounPreps: ['of', 'for'], reason: '"the EU bailed out Greece", "the EU bailout of Greece", "Greece was bailed out by the eurozone": a rescue loan is economic aid' },
  { id: 'loan', predicate: 'lent to', cameo: '071', nouns: w('loan'), nounPreps: ['to', 'for'], reason: '"extended a $500 million loan to Kenya", "the IMF\'s loan to Egypt": a loan is economic aid (the verb is read by lend)' },
  { id: 'military-aid', predicate: 'supplied weapons to', cameo: '072', verbs: w('supply provide send deliver give ship transfer sell'), complement: w('weapons arms ammunition missiles tanks drones artillery jets fighter helicopters munitions'), objectPreps: ['to'], reason: 'military aid (or arms sales to another actor)' },
  { id: 'arm', predicate: 'supplied weapons to', cameo: '072', verbs: w('arm'), reason: '"arming X" is military aid' },
  { id: 'asylum', predicate: 'granted asylum to', cameo: '075', verbs: w('grant give offer'), complement: ['asylum'], objectPreps: ['to'], reason: 'granting asylum' },
  // ------------------------------------------------------------ 08 yield
  { id: 'release', predicate: 'released', cameo: '084', verbs: w('release free'), excludeForms: w('free'), personObject: true, nouns: w('release'), nounPreps: ['of'], reason: 'releasing a detained person' },
  { id: 'clear', predicate: 'cleared', cameo: '084', verbs: w('clear acquit exonerate'), personObject: true, reason: '"voted to clear President X of charges", "acquitted X": freeing a person of charges (a person object only: "cleared the way")' },
  { id: 'pardon', predicate: 'pardoned', cameo: '084', verbs: w('pardon'), personObject: true, nouns: w('pardon'), nounPreps: ['for', 'of'], reason: 'a pardon releases a person from punishment' },
  { id: 'reinstate', predicate: 'reinstated', cameo: '081', verbs: w('reinstate readmit'), nameObject: true, nouns: w('reinstatement readmission'), nounPreps: ['of'], reason: '"the IOC reinstated Russia", "FIFA readmitted Kuwait": lifting a suspension eases an administrative sanction (CAMEO 081)' },
  { id: 'lift-sanctions', predicate: 'eased sanctions on', cameo: '085', verbs: w('lift ease remove relax suspend'), complement: w('sanctions embargo embargoes ban restrictions tariffs'), objectPreps: ['on', 'against'], reason: 'easing sanctions or an embargo on another actor' },
  { id: 'agree-ceasefire', predicate: 'agreed a ceasefire with', cameo: '087', verbs: w('sign agree reach declare accept conclude'), complement: w('ceasefire ceasefires truce truces armistice cessation'), objectPreps: ['with'], symmetric: true, reason: '"A and B signed a truce", "A agreed to a ceasefire with B": the sides that agree a ceasefire de-escalate (the noun entry below reads "a truce between A and B")' },
  { id: 'ceasefire', predicate: 'agreed a ceasefire with', cameo: '087', nouns: w('ceasefire truce armistice'), nounPreps: ['with', 'between'], symmetric: true, reason: 'a ceasefire de-escalates military engagement' },
  { id: 'surrender', predicate: 'surrendered to', cameo: '087', verbs: w('surrender capitulate'), objectPreps: ['to'], prepOnly: true, reason: 'surrendering militarily to another actor' },
  { id: 'withdraw-troops', predicate: 'withdrew troops from', cameo: '087', verbs: w('withdraw pull'), complement: w('troops forces soldiers'), objectPreps: ['from'], prepOnly: true, placeObject: true, reason: 'withdrawing troops from a place de-escalates' },
  { id: 'pull-out', predicate: 'withdrew from', cameo: '087', verbs: w('pull'), complement: ['out'], objectPreps: ['of', 'from'], prepOnly: true, placeObject: true, reason: '"Russian troops pulled out of Grozny": troops (or a state) leaving a place de-escalates; the subject is who leaves' },
  { id: 'strip', predicate: 'stripped', cameo: '172', verbs: w('strip'), nameObject: true, reason: '"stripped X of immunity", "stripped Colombia of its status as an ally": taking away a status or right by administrative act' },
  // ------------------------------------------------------------ 09 investigate
  { id: 'investigate', predicate: 'investigated', cameo: '090', verbs: w('investigate probe audit'), nouns: w('investigation inquiry probe audit'), nounPreps: ['into', 'of'], ownerObject: true, reason: 'an investigation of another actor (an audit of a company is one); investigating what an actor owns ("Boeing\'s factories") investigates the owner' },
  // ------------------------------------------------------------ 10 demand
  { id: 'demand', predicate: 'demanded', cameo: '100', verbs: w('demand'), thatObject: true, nouns: w('demand'), nounPreps: ['for', 'on', 'from'], reason: '"demanded that X withdraw", "a demand for X to leave": the actor demands something of X' },
  { id: 'order', predicate: 'ordered', cameo: '100', verbs: w('order instruct direct'), excludeForms: w('order orders'), nameObject: true, reason: '"the central bank ordered NBG to raise capital", "X was ordered by the court to pay": an order to a named actor is a demand (CAMEO 10); "ordered 96 helicopters from X" is a purchase (buy-from, tried first), "ordered an inquiry" names no actor' },
  { id: 'demand-from', predicate: 'demanded', cameo: '100', verbs: w('demand seek'), objectPreps: ['from'], prepOnly: true, skipObject: true, reason: '"demanded an apology from the British army", "sought compensation from X": what is demanded stands between the verb and who must give it' },
  // ------------------------------------------------------------ 11 disapprove
  { id: 'condemn', predicate: 'condemned', cameo: '111', actObject: true, verbs: w('condemn'), nouns: w('condemnation'), nounPreps: ['of'], ownerObject: true, reason: 'public denunciation' },
  { id: 'denounce', predicate: 'denounced', cameo: '111', actObject: true, verbs: w('denounce decry deplore'), nouns: w('denunciation'), nounPreps: ['of'], ownerObject: true, reason: 'public denunciation' },
  { id: 'criticize', predicate: 'criticized', cameo: '111', actObject: true, verbs: w('criticize slam rebuke lambast castigate chastise censure'), nouns: w('criticism rebuke'), nounPreps: ['of'], ownerObject: true, reason: 'criticism of another actor' },
  { id: 'object', predicate: 'objected to', cameo: '111', actObject: true, verbs: w('object'), objectPreps: ['to'], prepOnly: true, nouns: w('objection'), nounPreps: ['to', 'from'], reason: 'an objection is disapproval ("despite French objections": the objection is to what the main clause\'s subject does)' },
  { id: 'accuse', predicate: 'accused', cameo: '112', verbs: w('accuse'), nouns: w('accusation'), nounPreps: ['against'], reason: 'accusation (the object is the accused, "of ..." is the charge)' },
  { id: 'blame', predicate: 'blamed', cameo: '112', verbs: w('blame'), reason: 'blaming is an accusation ("blamed the United States for the crisis")' },
  { id: 'complain', predicate: 'complained about', cameo: '114', verbs: w('complain'), objectPreps: ['about', 'to', 'against'], prepOnly: true, nouns: w('complaint'), nounPreps: ['against', 'about', 'with', 'to'], reason: 'an official complaint' },
  { id: 'protest-to', predicate: 'protested to', cameo: '114', actObject: true, verbs: w('protest'), objectPreps: ['to', 'with'], prepOnly: true, nouns: w('protest'), nounPreps: ['to', 'with'], reason: 'a protest lodged with a government ("protested to Beijing", "a formal protest with Manila") is an official complaint; a protest against someone is 14' },
  { id: 'summon-envoy', predicate: 'summoned envoy of', cameo: '114', verbs: w('summon'), complement: w('ambassador ambassadors envoy envoys diplomat diplomats charge'), objectInComplement: true, reason: 'summoning another country\'s envoy is an official complaint; the object is their country' },
  { id: 'sue', predicate: 'sued', cameo: '115', verbs: w('sue'), nouns: w('lawsuit'), nounPreps: ['against'], ownerObject: true, reason: 'bringing a lawsuit against another actor' },
  { id: 'file-suit', predicate: 'sued', cameo: '115', verbs: w('file bring lodge launch'), complement: w('lawsuit lawsuits suit suits case cases petition petitions action'), objectPreps: ['against'], prepOnly: true, reason: '"filed a lawsuit against X", "brought a case against X", "lodged a petition against X": legal action against another actor, as sue' },
  { id: 'convict', predicate: 'convicted', cameo: '116', verbs: w('convict'), personObject: true, reason: 'finding a person guilty (CAMEO 116, find guilty or liable); the sentence that follows is another act (sentence, 173)' },
  // ------------------------------------------------------------ 12 reject
  { id: 'reject', predicate: 'rejected', cameo: '120', actObject: true, verbs: w('reject rebuff spurn'), nouns: w('rejection'), nounPreps: ['of'], reason: 'rejecting another actor or its decision' },
  { id: 'turn-down', predicate: 'rejected', cameo: '120', actObject: true, verbs: w('turn'), complement: ['down'], reason: '"turned down Nidec\'s offer", "the board turned down X": refusing an offer or a request is rejection' },
  { id: 'oppose', predicate: 'opposed', cameo: '120', actObject: true, verbs: w('oppose'), nouns: w('opposition'), nounPreps: ['to'], reason: 'opposing another actor or its plan' },
  { id: 'defy', predicate: 'defied', cameo: '128', verbs: w('defy disobey'), reason: 'defying or disobeying another actor (or its order: "defied an order from X")' },
  { id: 'override', predicate: 'overrode', cameo: '120', actObject: true, verbs: w('override overrule'), reason: '"parliament overrode the president\'s veto", "the board overruled the watchdog\'s draft": setting aside another actor\'s decision rejects it (its maker is the target)' },
  { id: 'hold-up', predicate: 'held up', cameo: '129', actObject: true, verbs: w('hold'), complement: ['up'], reason: '"Turkey held up Sweden\'s bid", "the bid was held up by Hungary": stalling another actor\'s bid or proposal is a veto of it in effect (a complement entry: "hold" alone is no event)' },
  { id: 'veto', predicate: 'vetoed', cameo: '129', verbs: w('veto block'), excludeForms: w('block blocks'), nouns: w('veto'), nounPreps: ['of', 'on'], reason: 'a veto of another actor\'s proposal or bid' },
  // ------------------------------------------------------------ 13 threaten
  { id: 'threaten', predicate: 'threatened', cameo: '130', verbs: w('threaten'), nouns: w('threat'), nounPreps: ['against', 'to'], reason: 'a threat against another actor' },
  { id: 'warn', predicate: 'warned', cameo: '130', verbs: w('warn'), nameObject: true, reason: '"Poland warned Belarus against further provocations": a warning addressed to a named actor is a threat not specified further (CAMEO 130); "warned that ..." and "warned investors" name no actor' },
  { id: 'ultimatum', predicate: 'issued ultimatum to', cameo: '139', nouns: w('ultimatum'), nounPreps: ['to'], reason: 'an ultimatum' },
  // ------------------------------------------------------------ 14 protest
  { id: 'protest', predicate: 'protested against', cameo: '140', actObject: true, verbs: w('protest rally demonstrate'), objectPreps: ['against'], prepOnly: true, nouns: w('protest'), nounPreps: ['against'], reason: 'a protest against another actor' },
  // ------------------------------------------------------------ 15 posture
  { id: 'deploy', predicate: 'deployed forces to', cameo: '150', verbs: w('deploy station send'), complement: w('troops forces soldiers warships ships missiles jets'), objectPreps: ['to', 'in', 'near', 'into'], prepOnly: true, placeObject: true, reason: 'deploying forces to a place is a military posture' },
  // ------------------------------------------------------------ 16 reduce relations
  { id: 'sever-ties', predicate: 'severed ties with', cameo: '161', verbs: w('sever cut break suspend downgrade freeze'), complement: w('ties relations'), objectPreps: ['with'], reason: 'reducing or breaking diplomatic relations; the verbs alone are too general, so "ties"/"relations" must follow' },
  { id: 'recall-ambassador', predicate: 'recalled ambassador from', cameo: '161', verbs: w('recall withdraw'), complement: w('ambassador ambassadors envoy envoys diplomats'), objectPreps: ['from', 'to', 'in'], prepOnly: true, reason: 'recalling an ambassador reduces diplomatic relations; the country is where the envoy served ("recalled its ambassador from X", "its ambassador to X", "its envoy in X")' },
  { id: 'close-embassy', predicate: 'closed embassy in', cameo: '161', verbs: w('close shut'), complement: w('embassy embassies consulate consulates mission'), objectPreps: ['in'], prepOnly: true, placeObject: true, reason: '"closed its embassy in Kabul": shutting a diplomatic mission reduces diplomatic relations (the reverse of open-embassy)' },
  { id: 'expel-diplomats', predicate: 'expelled diplomats of', cameo: '161', verbs: w('expel'), complement: w('ambassador ambassadors envoy envoys diplomats diplomat employee staff'), objectInComplement: true, stateObject: true, reason: 'expelling diplomats reduces diplomatic relations; the object is their country ("expelled Russian diplomats")' },
  { id: 'sanction', predicate: 'sanctioned', cameo: '163', tradeObject: true, verbs: w('sanction boycott blacklist embargo'), nouns: w('sanction embargo boycott tariff penalty'), nounPreps: ['on', 'against'], ownerObject: true, reason: 'sanctions, embargoes, tariffs and boycotts ("imposed sanctions on X")' },
  { id: 'blacklist-place', predicate: 'sanctioned', cameo: '163', verbs: w('place put add'), complement: w('blacklist blacklists sanctions'), nameObject: true, reason: '"placed Huawei under sanctions", "added X to its trade blacklist": listing a named actor for sanctions is imposing them (a complement entry: "placed" alone is no event)' },
  { id: 'close-border', predicate: 'closed border with', cameo: '160', verbs: w('close shut seal'), complement: w('border borders frontier frontiers airspace'), objectPreps: ['with', 'to'], prepOnly: true, placeObject: true, reason: '"shut its borders with Mali", "closed its airspace to Russia": closing a border or airspace to a state reduces relations with it (16, the convention of the annotation)' },
  { id: 'close-borders-of', predicate: 'closed border with', cameo: '160', verbs: w('close shut seal'), complement: w('border borders frontier frontiers'), objectInComplement: true, stateObject: true, reason: '"The bloc closed Niger\'s borders": closing another state\'s borders to it reduces relations with that state' },
  { id: 'freeze-assets', predicate: 'froze assets of', cameo: '163', verbs: w('freeze seize block'), excludeForms: w('block blocks'), complement: w('assets accounts funds reserves property properties'), objectPreps: ['of'], reason: '"froze the assets of Russian banks", "froze Iran\'s assets": freezing an actor\'s assets is a sanction; its owner follows "of"' },
  { id: 'ban-person', predicate: 'banned', cameo: '172', verbs: w('ban bar'), excludeForms: w('bar bars'), personObject: true, reason: '"FIFA banned X for life", "the commission barred X from office": a ban on a person (from a sport, an office, politics) is an administrative sanction (CAMEO 172; 1722 bans politicians), not an embargo; tried before ban, which keeps countries, bodies and goods' },
  { id: 'ban', predicate: 'banned', cameo: '163', tradeObject: true, verbs: w('ban bar'), excludeForms: w('bar bars'), nouns: w('ban'), nounPreps: ['on', 'against'], reason: 'a ban on another actor or its goods restricts relations (trade bans are embargoes)' },
  { id: 'restrict-trade', predicate: 'restricted trade with', cameo: '163', tradeObject: true, prepOnly: true, objectPreps: ['with'], verbs: w('restrict curb limit halt suspend'), nouns: w('restriction curb control'), nounPreps: ['on'], reason: 'restricting exports to or imports from a country is an embargo; only read when the goods and their country are named (tradeObject)' },
  { id: 'cut-aid', predicate: 'cut aid to', cameo: '162', verbs: w('suspend halt freeze cut stop end withdraw cancel scrap slash delay withhold postpone'), complement: w('aid assistance supplies supply funding funds loans loan arms weapons deliveries support payments'), objectPreps: ['to', 'for'], reason: '"suspended military aid to Nepal", "halted arms supplies to X", "delayed loans to X" (held back, as a lever): reducing or stopping material aid (the aid noun alone would read as giving it)' },
  { id: 'halt-talks', predicate: 'halted talks with', cameo: '164', verbs: w('halt suspend abandon'), complement: w('talks negotiations'), objectPreps: ['with'], reason: 'halting negotiations (not "end": "ending months of negotiations" after a deal is their conclusion)' },
  // ------------------------------------------------------------ 17 coerce
  { id: 'seize', predicate: 'seized', cameo: '171', verbs: w('confiscate impound'), reason: 'seizing property of another actor' },
  { id: 'seize-vessel', predicate: 'seized', cameo: '171', verbs: w('seize hijack impound capture detain'), complement: w('tanker tankers ship ships vessel vessels boat boats freighter freighters trawler trawlers cargo aircraft plane'), objectInComplement: true, reason: '"Iran seized a Greek tanker", "seized Britain\'s oil tanker": taking another actor\'s ship or cargo is a seizure of property (CAMEO 171), not occupying territory; the owner is the complement\'s possessor or nationality' },
  { id: 'raid-premises', predicate: 'raided', cameo: '170', verbs: w('raid search storm'), complement: w('office offices headquarters premises home homes hotel embassy'), objectPreps: ['of'], ownerObject: true, reason: '"police raided the offices of four companies", "stormed Ecuador\'s embassy": a raid on an actor\'s premises is coercion (17, the convention of the annotation), not military force; its owner is the object (tried before attack, whose "raid" reads a place)' },
  { id: 'fine', predicate: 'fined', cameo: '172', verbs: w('fine penalize'), excludeForms: w('fine fines'), ownerObject: true, reason: 'a fine is an administrative sanction' },
  { id: 'dismiss', predicate: 'dismissed', cameo: '172', verbs: w('dismiss sack fire oust remove'), personObject: true, reason: 'removing an official from office is an administrative sanction ("removed X as governor"; only with a person as object: "removed restrictions" is not)' },
  { id: 'force-out', predicate: 'forced out', cameo: '172', verbs: w('force push drive'), excludeForms: w('force forces push pushes drive drives'), complement: ['out'], personObject: true, reason: '"the board forced out Pat Gelsinger", "was pushed out by the board": removing a person from office, as dismiss (a complement entry: "force" alone is no event; a person object only; the forms that are nouns far more often, "Wagner forces", "a push", are left out)' },
  { id: 'sentence', predicate: 'sentenced', cameo: '173', verbs: w('sentence'), excludeForms: w('sentence sentences'), personObject: true, reason: '"a court sentenced X to five years in prison": a prison (or death) sentence imposes detention, CAMEO 173 (arrest, detain), not the finding of guilt (116) that precedes it' },
  { id: 'arrest', predicate: 'arrested', cameo: '173', verbs: w('arrest detain jail imprison charge indict prosecute'), personObject: true, nouns: w('arrest detention indictment'), nounPreps: ['of'], reason: 'arrest, detention or charging a person' },
  { id: 'warrant', predicate: 'issued arrest warrant for', cameo: '173', verbs: w('issue seek'), complement: w('warrant warrants'), objectPreps: ['for', 'against'], reason: '"the ICC issued an arrest warrant for X", "issued warrants against two ministers": a warrant is a charge with legal action against the person (CAMEO 173)' },
  { id: 'custody', predicate: 'arrested', cameo: '173', verbs: w('take'), complement: ['custody'], personObject: true, reason: '"police took X into custody": an arrest' },
  { id: 'hand-over', predicate: 'handed over', cameo: '174', verbs: w('hand turn'), complement: ['over'], personObject: true, nouns: w('handover'), nounPreps: ['of'], reason: '"Thailand handed the suspect over to the United States": surrendering a person to another state is extradition (a thing handed over is no person and gives nothing)' },
  { id: 'expel-person', predicate: 'expelled', cameo: '174', verbs: w('expel deport extradite'), personObject: true, nouns: w('expulsion deportation extradition'), nounPreps: ['of'], reason: 'expelling, deporting or extraditing a person' },
  { id: 'expel-member', predicate: 'expelled', cameo: '160', verbs: w('expel'), reason: 'a body expelling a member ("the Commonwealth expelled Fiji", "was expelled from the party"): relations reduced; persons are read by expel-person first' },
  // ------------------------------------------------------------ 18 assault
  { id: 'kill', predicate: 'killed', cameo: '180', verbs: w('kill murder slay execute'), personObject: true, nouns: w('killing murder execution'), nounPreps: ['of'], reason: 'killing a person' },
  { id: 'shoot', predicate: 'shot', cameo: '180', verbs: w('shoot wound injure'), personObject: true, nouns: w('shooting'), nounPreps: ['of'], reason: 'shooting or wounding a person' },
  { id: 'abduct', predicate: 'abducted', cameo: '181', verbs: w('abduct kidnap'), personObject: true, nouns: w('abduction kidnapping'), nounPreps: ['of'], reason: 'abduction or hostage taking' },
  { id: 'assault', predicate: 'assaulted', cameo: '182', verbs: w('stab torture'), personObject: true, reason: 'physical assault on a person' },
  { id: 'ram', predicate: 'rammed', cameo: '180', verbs: w('ram'), placeObject: true, reason: '"China\'s coast guard rammed Philippine navy boats": ramming another actor\'s vessel is an assault on that actor (18, the convention of the annotation), the owner named on the vessel' },
  { id: 'assassinate', predicate: 'assassinated', cameo: '186', verbs: w('assassinate'), nouns: w('assassination'), nounPreps: ['of'], reason: 'assassination' },
  // ------------------------------------------------------------ 19 fight
  { id: 'shoot-down', predicate: 'shot down', cameo: '190', verbs: w('shoot intercept'), complement: w('drone drones missile missiles rocket rockets jet jets plane planes aircraft helicopter helicopters warplane warplanes'), objectInComplement: true, reason: 'bringing down another actor\'s aircraft or missiles ("shot down 42 Russian drones"): use of military force against it' },
  { id: 'strike-down', predicate: 'rejected', cameo: '120', verbs: w('strike'), complement: ['down'], actObject: true, reason: '"the Supreme Court struck down X\'s contract": annulling a decision or a law is rejection, not an attack (listed before attack so "struck down" never reads as force)' },
  { id: 'attack', predicate: 'attacked', cameo: '190', verbs: w('attack strike target raid ambush'), excludeForms: w('target targets'), nouns: w('attack strike assault offensive raid ambush'), nounPreps: ['on', 'against'], placeObject: true, reason: 'use of conventional military force against a target' },
  { id: 'invade', predicate: 'invaded', cameo: '190', verbs: w('invade'), nouns: w('invasion'), nounPreps: ['of'], placeObject: true, reason: 'an invasion is use of conventional military force (CAMEO has no separate code)' },
  { id: 'fire-at', predicate: 'fired missiles at', cameo: '190', verbs: w('fire launch'), complement: w('missile missiles rocket rockets drones drone shells cannon cannons shots bullets rounds artillery flares torpedo torpedoes salvo salvoes'), objectPreps: ['at', 'on', 'into', 'toward', 'towards'], prepOnly: true, placeObject: true, reason: 'firing missiles or rockets at a target is use of military force' },
  { id: 'fight', predicate: 'fought', cameo: '190', verbs: w('fight battle'), objectPreps: ['against', 'with'], nouns: w('fighting war conflict'), nounPreps: ['against', 'with', 'between'], symmetric: true, reason: 'fighting between armed actors ("locked in a conflict with Azerbaijan": an armed conflict is fighting; "a conflict of interest" has no party after with/between)' },
  { id: 'fall-out', predicate: 'fell out with', cameo: '110', verbs: w('fall'), complement: ['out'], objectPreps: ['with'], prepOnly: true, symmetric: true, reason: '"had fallen out with X": a quarrel between two actors, disapproval each way (a complement entry: "fall" alone is no event)' },
  { id: 'clash', predicate: 'clashed with', cameo: '190', verbs: w('clash'), objectPreps: ['with'], prepOnly: true, nouns: w('clash'), nounPreps: ['with', 'between'], symmetric: true, reason: 'armed clashes between actors' },
  { id: 'send-delegation', predicate: 'sent a delegation to', cameo: '042', verbs: w('send dispatch'), complement: w('delegation delegations envoy envoys mission team emissary emissaries'), objectPreps: ['to'], reason: 'sending a delegation or an envoy to another actor is a visit ("would send a delegation to Bissau")' },
  { id: 'shake-hands', predicate: 'shook hands with', cameo: '040', verbs: w('shake'), complement: w('hands'), objectPreps: ['with'], symmetric: true, reason: 'shaking hands with another leader is a meeting ("Netanyahu shook hands with Arafat")' },
  { id: 'side-with', predicate: 'sided with', cameo: '051', verbs: w('side'), objectPreps: ['with'], prepOnly: true, reason: 'taking another actor\'s side in a dispute is support ("Schroeder sided with Chirac")' },
  { id: 'exchange-fire', predicate: 'exchanged fire with', cameo: '190', verbs: w('exchange trade'), complement: w('fire gunfire shots'), objectPreps: ['with'], symmetric: true, reason: '"Kyrgyz and Tajik border guards exchanged fire", "troops traded fire with militants": armed fighting between the two sides' },
  { id: 'blockade', predicate: 'blockaded', cameo: '191', verbs: w('blockade'), nouns: w('blockade'), nounPreps: ['of', 'on'], placeObject: true, reason: 'a blockade restricting movement' },
  { id: 'annex', predicate: 'annexed', cameo: '192', verbs: w('annex'), nouns: w('annexation'), nounPreps: ['of'], placeObject: true, reason: 'annexing territory is occupying it' },
  { id: 'occupy', predicate: 'occupied', cameo: '192', verbs: w('occupy'), nouns: w('occupation'), nounPreps: ['of'], placeObject: true, reason: 'occupation of territory' },
  { id: 'take-to-court', predicate: 'sued', cameo: '115', verbs: w('take drag haul'), complement: w('court courts tribunal arbitration'), reason: '"threatened to take Argentina to Mercosur\'s dispute tribunal", "took the company to court": legal action against the actor taken there (a complement entry: "take" alone is no event)' },
  { id: 'capture', predicate: 'captured', cameo: '192', verbs: w('capture seize recapture retake'), nouns: w('capture seizure'), nounPreps: ['of'], placeObject: true, reason: 'taking a town or territory by force' },
  { id: 'shell', predicate: 'shelled', cameo: '194', verbs: w('shell'), nouns: w('shelling'), nounPreps: ['of'], placeObject: true, reason: 'artillery fire' },
  { id: 'bomb', predicate: 'bombed', cameo: '195', verbs: w('bomb'), nouns: w('bombing bombardment airstrike'), nounPreps: ['of', 'on'], placeObject: true, reason: 'aerial weapons' },
  // ------------------------------------------------------------ 20 mass violence
  { id: 'massacre', predicate: 'massacred', cameo: '202', verbs: w('massacre'), nouns: w('massacre'), nounPreps: ['of'], reason: 'mass killing' },
  // ------------------------------------------------------------ 16/17 disputes, sometimes both
  { id: 'dispute', predicate: 'in dispute with', cameo: '110', nouns: w('dispute row spat standoff feud'), nounPreps: ['with', 'between'], symmetric: true, reason: 'a dispute is disapproval between two actors' },
  // ------------------------------------------------------------ more, in CAMEO order (added together, measured together)
  { id: 'greet', predicate: 'hosted', cameo: '043', verbs: w('greet'), nameObject: true, reason: '"Xi greeted Lula at the Great Hall": welcoming a visiting actor is hosting' },
  { id: 'lobby', predicate: 'lobbied', cameo: '020', verbs: w('lobby petition'), nameObject: true, thatObject: true, reason: '"lobbied Washington to lift the ban", "petitioned the court": an appeal addressed to a named actor' },
  { id: 'pressure', predicate: 'pressed', cameo: '020', verbs: w('pressure'), thatObject: true, nouns: w('pressure'), nounPreps: ['on'], reason: '"US pressure on the Netherlands", "pressured Tokyo to curb exports", "faced pressure from Washington" (the one pressing acts on the subject): pressing an actor to act is an appeal to it (02, as urge)' },
  { id: 'settle-with', predicate: 'settled with', cameo: '057', verbs: w('settle'), objectPreps: ['with'], prepOnly: true, symmetric: true, reason: '"Telia settled with US and Dutch authorities": a settlement is an agreement between the parties ("settled in Paris" has no "with")' },
  { id: 'lend', predicate: 'lent to', cameo: '071', verbs: w('lend loan'), objectPreps: ['to'], prepOnly: true, skipObject: true, reason: '"the IMF lent $3 billion to Egypt": a loan is economic aid' },
  { id: 'donate', predicate: 'donated to', cameo: '070', verbs: w('donate'), objectPreps: ['to'], prepOnly: true, skipObject: true, reason: '"Japan donated 1 million doses to Vietnam": a gift is aid' },
  { id: 'disqualify', predicate: 'disqualified', cameo: '172', verbs: w('disqualify impeach unseat depose topple overthrow'), nouns: w('disqualification impeachment'), nounPreps: ['of'], personObject: true, reason: '"the court disqualified the prime minister", "parliament impeached the president", "the army toppled X": removing a person from office by a court, a legislature or force (a person object only: "toppled the statue" is none)' },
  { id: 'dissolve', predicate: 'dissolved', cameo: '172', verbs: w('dissolve disband'), nameObject: true, reason: '"the government dissolved the football association": an administrative act against a named body' },
  { id: 'besiege', predicate: 'besieged', cameo: '191', verbs: w('besiege encircle'), nouns: w('siege encirclement'), nounPreps: ['of'], placeObject: true, reason: 'a siege restricts movement, like a blockade' },
  { id: 'bombard', predicate: 'bombed', cameo: '195', verbs: w('bombard'), placeObject: true, reason: 'aerial or artillery bombardment' },
  // ------------------------------------------------------------ no CAMEO class
  { id: 'appoint', predicate: 'appointed', cameo: null, verbs: w('appoint nominate name elect'), excludeForms: w('name names'), personObject: true, nouns: w('appointment nomination'), nounPreps: ['of'], reason: 'appointing a person to an office; CAMEO codes interaction between actors, not appointments (the office itself becomes a role relation)' },
  { id: 'defeat', predicate: 'defeated', cameo: null, verbs: w('defeat beat'), excludeForms: w('beating'), nouns: w('defeat'), nounPreps: ['of'], reason: 'a contest result (election, match, battle): CAMEO has no class for winning' },
  { id: 'win-against', predicate: 'defeated', cameo: null, verbs: w('win'), objectPreps: ['against', 'over'], prepOnly: true, nouns: w('win victory'), nounPreps: ['over', 'against'], reason: '"won against X", "a victory over X": a contest result, for which CAMEO has no class' },
  { id: 'hire', predicate: 'signed', cameo: null, verbs: w('sign hire recruit'), personObject: true, reason: 'a club signing a player, a firm hiring a person ("Real Madrid signed X"): employment, for which CAMEO has no class; only with a person as object, so "signed a deal" stays an agreement' },
  { id: 'advise', predicate: 'advised', cameo: null, verbs: w('advise'), personTie: 'adviser to', reason: 'a bank or law firm advising a party to a deal ("X was advised by Morgan Stanley"): a service, not a CAMEO interaction; a person advising a body is its adviser' },
  { id: 'compete', predicate: 'competes with', cameo: null, verbs: w('compete'), objectPreps: ['with', 'against'], symmetric: true, reason: 'business or political rivalry: no CAMEO class' },
  { id: 'succeed', predicate: 'succeeded', cameo: null, verbs: w('succeed'), personObject: true, reason: '"He succeeds Pat Gelsinger", "Satya Nadella succeeded Steve Ballmer as chief executive": a succession in an office; CAMEO has no class for it, so no code (a person object only: "succeeded in" names none)' },
  { id: 'replace', predicate: 'replaced', cameo: null, verbs: w('replace'), personObject: true, reason: '"Tata Sons replaced its chairman Cyrus Mistry", "X was replaced by Y as chief executive": removing a person from an office for another, or succeeding him; no CAMEO class, so no code (a person object only: "replaced the engine" names none)' },
];
