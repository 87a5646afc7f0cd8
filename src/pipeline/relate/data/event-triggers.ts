// The event lexicon: which words announce an event between two actors, the
// CAMEO code it gets, and how its arguments are found. Verb forms are listed in
// every inflection (British and American spelling) rather than derived, so what
// matches is plain to read. Nominalisations ("recognition", "annexation") get
// their object from the preposition after them ("of Crimea", "with Russia").

export interface EventTrigger {
  id: string;
  /** Readable predicate on the edge: "recognized", "severed ties with". */
  predicate: string;
  /** CAMEO code (see cameo.ts). */
  cameo: string;
  /** Every inflected verb form. */
  verbs?: string[];
  /** Past participles among the verb forms: after a form of "be", or before "by X", the clause is passive. */
  participles?: string[];
  /** Noun forms. */
  nouns?: string[];
  /** The verb only counts when one of these nouns follows it ("cut ties", "signed an agreement"). */
  complement?: string[];
  /** The verb only counts when the object phrase contains one of these words ("acknowledged their independence"). */
  objectMentions?: string[];
  /** The object is named inside the complement phrase ("expelled Russian diplomats", "expelled Iran's ambassador"). */
  objectInComplement?: boolean;
  /** Prepositions that introduce the object after the verb or its complement ("ties with X", "called on X"). */
  objectPreps?: string[];
  /** The verb takes its object only through objectPreps ("called on X", not "called X"). */
  prepOnly?: boolean;
  /** Prepositions that introduce the object after the noun form ("recognition of X", "sanctions on X"). */
  nounPreps?: string[];
  /** A mutual event: "A and B met" with no object gives A -> B. */
  symmetric?: boolean;
  /** The object may be a place as well as an actor ("annexed Crimea", "attacked Odesa"). */
  placeObject?: boolean;
  reason: string;
}

const forms = (s: string) => s.trim().split(/\s+/);

export const EVENT_TRIGGERS: EventTrigger[] = [
  {
    id: 'recognize', predicate: 'recognized', cameo: '054',
    verbs: forms('recognize recognizes recognized recognizing recognise recognises recognised recognising'),
    participles: forms('recognized recognised'),
    nouns: forms('recognition'), nounPreps: ['of'], placeObject: true,
    reason: 'granting diplomatic recognition to a state or breakaway territory',
  },
  {
    id: 'acknowledge', predicate: 'recognized', cameo: '054',
    verbs: forms('acknowledge acknowledges acknowledged acknowledging'),
    participles: forms('acknowledged'),
    objectMentions: forms('independence sovereignty statehood'), placeObject: true,
    reason: '"acknowledged their independence" is recognition; plain "acknowledged" is not, hence objectMentions',
  },
  {
    id: 'declare-independence', predicate: 'recognized', cameo: '054',
    verbs: forms('declare declares declared declaring proclaim proclaims proclaimed proclaiming'),
    objectMentions: forms('independence sovereignty statehood'), placeObject: true,
    reason: '"X declared their independence" (of others) is recognition; a place declaring its own independence has no object and gives nothing',
  },
  {
    id: 'sever-ties', predicate: 'severed ties with', cameo: '161',
    verbs: forms('sever severs severed severing cut cuts cutting break breaks broke breaking suspend suspends suspended suspending downgrade downgrades downgraded downgrading freeze freezes froze freezing'),
    complement: forms('ties relations'), objectPreps: ['with'],
    reason: 'reducing or breaking diplomatic relations; the verbs alone are too general, so "ties"/"relations" must follow',
  },
  {
    id: 'recall-ambassador', predicate: 'recalled ambassador from', cameo: '161',
    verbs: forms('recall recalls recalled recalling withdraw withdraws withdrew withdrawing'),
    complement: forms('ambassador ambassadors envoy envoys diplomats'), objectPreps: ['from'], prepOnly: true,
    reason: 'recalling an ambassador reduces diplomatic relations',
  },
  {
    id: 'expel-diplomats', predicate: 'expelled diplomats of', cameo: '161',
    verbs: forms('expel expels expelled expelling'),
    complement: forms('ambassador ambassadors envoy envoys diplomats diplomat'), objectInComplement: true,
    reason: 'expelling diplomats reduces diplomatic relations; the object is their country ("expelled Russian diplomats")',
  },
  {
    id: 'condemn', predicate: 'condemned', cameo: '111',
    verbs: forms('condemn condemns condemned condemning'), participles: forms('condemned'),
    nouns: forms('condemnation'), nounPreps: ['of'],
    reason: 'public denunciation',
  },
  {
    id: 'denounce', predicate: 'denounced', cameo: '111',
    verbs: forms('denounce denounces denounced denouncing'), participles: forms('denounced'),
    nouns: forms('denunciation'), nounPreps: ['of'],
    reason: 'public denunciation',
  },
  {
    id: 'criticize', predicate: 'criticized', cameo: '111',
    verbs: forms('criticize criticizes criticized criticizing criticise criticises criticised criticising slam slams slammed slamming rebuke rebukes rebuked rebuking'),
    participles: forms('criticized criticised slammed rebuked'),
    nouns: forms('criticism'), nounPreps: ['of'],
    reason: 'criticism of another actor',
  },
  {
    id: 'accuse', predicate: 'accused', cameo: '112',
    verbs: forms('accuse accuses accused accusing'), participles: forms('accused'),
    nouns: forms('accusation accusations'), nounPreps: ['against'],
    reason: 'accusation (the object is the accused, "of ..." is the charge)',
  },
  {
    id: 'blame', predicate: 'blamed', cameo: '112',
    verbs: forms('blame blames blamed blaming'), participles: forms('blamed'),
    reason: 'blaming is an accusation ("blamed the United States for the crisis")',
  },
  {
    id: 'ask', predicate: 'asked', cameo: '020',
    verbs: forms('ask asks asked asking request requests requested requesting'),
    participles: forms('asked requested'),
    reason: 'a request to another actor ("asked North Korea to recognize ...")',
  },
  {
    id: 'urge', predicate: 'urged', cameo: '020',
    verbs: forms('urge urges urged urging'), participles: forms('urged'),
    reason: 'an appeal to another actor',
  },
  {
    id: 'appeal', predicate: 'appealed to', cameo: '020',
    verbs: forms('appeal appeals appealed appealing'), objectPreps: ['to'], prepOnly: true,
    nouns: forms('appeal appeals'), nounPreps: ['to'],
    reason: 'an appeal to another actor',
  },
  {
    id: 'call-on', predicate: 'called on', cameo: '020',
    verbs: forms('call calls called calling'), objectPreps: ['on', 'upon'], prepOnly: true,
    reason: '"called on X to ..." is an appeal; "call" without "on" is not',
  },
  {
    id: 'meet', predicate: 'met', cameo: '040',
    verbs: forms('meet meets met'), objectPreps: ['with'],
    nouns: forms('meeting meetings'), nounPreps: ['with'], symmetric: true,
    reason: 'a meeting between actors (consultation)',
  },
  {
    id: 'talks', predicate: 'held talks with', cameo: '046',
    verbs: forms('negotiate negotiates negotiated negotiating'), objectPreps: ['with'], prepOnly: true,
    nouns: forms('talks negotiations negotiation'), nounPreps: ['with'], symmetric: true,
    reason: 'negotiation between actors',
  },
  {
    id: 'visit', predicate: 'visited', cameo: '042',
    verbs: forms('visit visits visited'), participles: forms('visited'),
    nouns: forms('visit visits'), nounPreps: ['to'], placeObject: true,
    reason: 'an official visit to a country or place',
  },
  {
    id: 'host', predicate: 'hosted', cameo: '043',
    verbs: forms('host hosts hosted hosting'), participles: forms('hosted'),
    reason: 'hosting a visiting actor',
  },
  {
    id: 'threaten', predicate: 'threatened', cameo: '130',
    verbs: forms('threaten threatens threatened threatening'), participles: forms('threatened'),
    nouns: forms('threat threats'), nounPreps: ['against'],
    reason: 'a threat against another actor',
  },
  {
    id: 'sanction', predicate: 'sanctioned', cameo: '163',
    verbs: forms('sanction sanctions sanctioned sanctioning boycott boycotts boycotted boycotting'), participles: forms('sanctioned boycotted'),
    nouns: forms('sanctions embargo embargoes boycott'), nounPreps: ['on', 'against'],
    reason: 'sanctions, embargoes and boycotts ("imposed sanctions on X")',
  },
  {
    id: 'blockade', predicate: 'blockaded', cameo: '191',
    verbs: forms('blockade blockades blockaded blockading'), participles: forms('blockaded'),
    nouns: forms('blockade'), nounPreps: ['of', 'on'], placeObject: true,
    reason: 'a blockade restricting movement',
  },
  {
    id: 'attack', predicate: 'attacked', cameo: '190',
    verbs: forms('attack attacks attacked attacking strike strikes struck striking'),
    participles: forms('attacked struck'),
    nouns: forms('attack attacks strike strikes assault offensive'), nounPreps: ['on', 'against'], placeObject: true,
    reason: 'use of conventional military force against a target',
  },
  {
    id: 'invade', predicate: 'invaded', cameo: '190',
    verbs: forms('invade invades invaded invading'), participles: forms('invaded'),
    nouns: forms('invasion'), nounPreps: ['of'], placeObject: true,
    reason: 'an invasion is use of conventional military force (CAMEO has no separate code)',
  },
  {
    id: 'annex', predicate: 'annexed', cameo: '192',
    verbs: forms('annex annexes annexed annexing'), participles: forms('annexed'),
    nouns: forms('annexation'), nounPreps: ['of'], placeObject: true,
    reason: 'annexing territory is occupying it',
  },
  {
    id: 'occupy', predicate: 'occupied', cameo: '192',
    verbs: forms('occupy occupies occupied occupying'), participles: forms('occupied'),
    nouns: forms('occupation'), nounPreps: ['of'], placeObject: true,
    reason: 'occupation of territory',
  },
  {
    id: 'bomb', predicate: 'bombed', cameo: '195',
    verbs: forms('bomb bombs bombed bombing'), participles: forms('bombed'),
    nouns: forms('bombing bombings bombardment airstrikes'), nounPreps: ['of', 'on'], placeObject: true,
    reason: 'aerial weapons',
  },
  {
    id: 'shell', predicate: 'shelled', cameo: '194',
    verbs: forms('shell shells shelled shelling'), participles: forms('shelled'),
    nouns: forms('shelling'), nounPreps: ['of'], placeObject: true,
    reason: 'artillery fire',
  },
  {
    id: 'support', predicate: 'supported', cameo: '051',
    verbs: forms('support supports supported supporting back backs backed backing endorse endorses endorsed endorsing'),
    participles: forms('supported backed endorsed'),
    nouns: forms('support'), nounPreps: ['for', 'of'],
    reason: 'political support or endorsement of another actor',
  },
  {
    id: 'thank', predicate: 'thanked', cameo: '051',
    verbs: forms('thank thanks thanked thanking'), participles: forms('thanked'),
    reason: 'thanking another actor is praise',
  },
  {
    id: 'apologize', predicate: 'apologized to', cameo: '055',
    verbs: forms('apologize apologizes apologized apologizing apologise apologises apologised apologising'), objectPreps: ['to'], prepOnly: true,
    nouns: forms('apology apologies'), nounPreps: ['to'],
    reason: 'an apology to another actor',
  },
  {
    id: 'mediate', predicate: 'mediated between', cameo: '045',
    verbs: forms('mediate mediates mediated mediating broker brokers brokered brokering'), objectPreps: ['between'], prepOnly: true,
    nouns: forms('mediation'), nounPreps: ['between'],
    reason: 'mediation between two parties: the mediator relates to each of them',
  },
  {
    id: 'fire-at', predicate: 'fired missiles at', cameo: '190',
    verbs: forms('fire fires fired firing launch launches launched launching'),
    complement: forms('missile missiles rocket rockets drones shells'), objectPreps: ['at', 'on', 'into', 'toward', 'towards'], prepOnly: true, placeObject: true,
    reason: 'firing missiles or rockets at a target is use of military force',
  },
  {
    id: 'praise', predicate: 'praised', cameo: '051',
    verbs: forms('praise praises praised praising'), participles: forms('praised'),
    reason: 'praise of another actor',
  },
  {
    id: 'reject', predicate: 'rejected', cameo: '120',
    verbs: forms('reject rejects rejected rejecting'), participles: forms('rejected'),
    nouns: forms('rejection'), nounPreps: ['of'],
    reason: 'rejecting another actor or its decision',
  },
  {
    id: 'sign-agreement', predicate: 'signed agreement with', cameo: '057',
    verbs: forms('sign signs signed signing'),
    complement: forms('agreement agreements deal deals treaty treaties accord accords pact pacts memorandum'),
    objectPreps: ['with'], symmetric: true,
    reason: 'a formal agreement between actors',
  },
  {
    id: 'establish-ties', predicate: 'established ties with', cameo: '050',
    verbs: forms('establish establishes established establishing restore restores restored restoring normalize normalizes normalized normalise normalises normalised'),
    complement: forms('ties relations'), objectPreps: ['with'], symmetric: true,
    reason: 'establishing or restoring diplomatic relations',
  },
  {
    id: 'open-embassy', predicate: 'opened embassy in', cameo: '050',
    verbs: forms('open opens opened opening launch launches launched launching establish establishes established establishing reopen reopens reopened reopening'),
    complement: forms('embassy embassies consulate consulates mission'), objectPreps: ['in'], prepOnly: true, placeObject: true,
    reason: 'opening a diplomatic mission in another country is diplomatic cooperation',
  },
  {
    id: 'cooperate', predicate: 'cooperated with', cameo: '050',
    verbs: forms('cooperate cooperates cooperated cooperating'), objectPreps: ['with'], prepOnly: true,
    nouns: forms('cooperation'), nounPreps: ['with'], symmetric: true,
    reason: 'diplomatic cooperation',
  },
  {
    id: 'military-aid', predicate: 'supplied weapons to', cameo: '072',
    verbs: forms('supply supplies supplied supplying provide provides provided providing send sends sent sending deliver delivers delivered delivering'),
    complement: forms('weapons arms ammunition missiles tanks drones artillery jets'), objectPreps: ['to'],
    reason: 'military aid',
  },
  {
    id: 'aid', predicate: 'provided aid to', cameo: '070',
    verbs: forms('supply supplies supplied supplying provide provides provided providing send sends sent sending deliver delivers delivered delivering'),
    complement: forms('aid assistance'), objectPreps: ['to'],
    reason: 'aid other than military',
  },
  {
    id: 'dispute', predicate: 'in dispute with', cameo: '110',
    nouns: forms('dispute disputes row spat standoff'), nounPreps: ['with'], symmetric: true,
    reason: 'a dispute is disapproval between two actors',
  },
  {
    id: 'arrest', predicate: 'arrested', cameo: '173',
    verbs: forms('arrest arrests arrested arresting detain detains detained detaining'),
    participles: forms('arrested detained'),
    reason: 'arrest or detention of a person',
  },
];
