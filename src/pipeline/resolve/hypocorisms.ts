// Common English short forms of given names ("Ken" for Kenneth, "Bill" for William): a
// lone short form in an article joins the one person whose given name it shortens (quotes
// and later references use them: "Ken was a brave man"). Keys and values are name keys
// (lower case); a short form may stand for several given names.
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  ken: ['kenneth'], kenny: ['kenneth'], bill: ['william'], billy: ['william'], will: ['william'], bob: ['robert'],
  bobby: ['robert'], rob: ['robert'], jim: ['james'], jimmy: ['james'], mike: ['michael'], mick: ['michael'],
  tom: ['thomas'], tommy: ['thomas'], dave: ['david'], chris: ['christopher', 'christine', 'christina'], tony: ['anthony'],
  steve: ['stephen', 'steven'], joe: ['joseph'], dan: ['daniel'], danny: ['daniel'], alex: ['alexander', 'alexandra'],
  ben: ['benjamin'], sam: ['samuel', 'samantha'], nick: ['nicholas'], andy: ['andrew'], pat: ['patrick', 'patricia'],
  matt: ['matthew'], jon: ['jonathan'], liz: ['elizabeth'], beth: ['elizabeth'], kate: ['katherine', 'catherine'],
  sue: ['susan'], jenny: ['jennifer'], jen: ['jennifer'], ted: ['edward'], ed: ['edward'], eddie: ['edward'],
  fred: ['frederick'], greg: ['gregory'], jeff: ['jeffrey'], larry: ['lawrence'], len: ['leonard'], phil: ['philip', 'phillip'],
  ray: ['raymond'], ron: ['ronald'], russ: ['russell'], stan: ['stanley'], tim: ['timothy'], vince: ['vincent'],
  walt: ['walter'], charlie: ['charles'], chuck: ['charles'], dick: ['richard'], rick: ['richard'], rich: ['richard'],
  harry: ['henry', 'harold'], jack: ['john'], johnny: ['john'], peggy: ['margaret'], maggie: ['margaret'], meg: ['margaret'],
  di: ['diana'], nicky: ['nicholas', 'nicola'], pete: ['peter'], gerry: ['gerald', 'gerard'], doug: ['douglas'],
  don: ['donald'], nate: ['nathan', 'nathaniel'], zach: ['zachary'], abe: ['abraham'], al: ['albert', 'alan', 'alfred'],
};

/** Short form -> the given names it shortens (a Map: no inherited keys such as "constructor"). */
export const HYPOCORISMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SHORT_FORMS));
