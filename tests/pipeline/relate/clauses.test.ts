// Two clause shapes read by their own patterns: reduced relative clauses after a
// noun trigger ("sanctions imposed by the EU on Iran") and a retaliation threat
// whose target is the actor of a fronted clause ("When Lithuania ..., Russia
// promised retaliation"). The negative rows matter as much as the positive ones:
// these patterns infer an argument, so they must stay quiet when the shape is loose.
import { describe, expect, it } from 'vitest';
import { run, show, typed, type M } from './helpers.ts';

const EU: M = ['EU', 'eu', 'organization'];
const IR: M = ['Iran', 'iran', 'country'];
const RU: M = ['Russia', 'russia', 'country'];
const LT: M = ['Lithuania', 'lithuania', 'country'];
const LV: M = ['Latvia', 'latvia', 'country'];
const QA: M = ['Qatar', 'qatar', 'country'];
const US: M = ['United States', 'us', 'country'];
const TB: M = ['Taliban', 'taliban', 'group'];
const FR: M = ['France', 'france', 'country'];
const SE: M = ['Sweden', 'sweden', 'country'];
const IL: M = ['Israel', 'israel', 'country'];
const capital = (word: string, id: string): M => [word, id, 'country', { metonymy: 'capital-as-state' }];

/** [description, text, mentions, expected typed relations as "source -predicate-> target"] */
type Case = [string, string, M[], string[]];

const facts = (text: string, mentions: M[]) => typed(run(text, mentions)).filter((r) => r.kind === 'event').map(show).sort();

describe('reduced relative clause after a noun trigger', () => {
  const cases: Case[] = [
    ['"by" agent, then the noun\'s object', 'The sanctions imposed by the EU on Iran target eight officials.', [EU, IR], ['eu -sanctioned-> iran']],
    ['the noun\'s object, then the "by" agent', 'Sanctions imposed on Iran by the EU took effect on Friday.', [EU, IR], ['eu -sanctioned-> iran']],
    ['the participle clause after the object', 'The sanctions on Iran imposed by the EU were extended.', [EU, IR], ['eu -sanctioned-> iran']],
    ['"launched by"', 'The attack launched by Hamas on Israel killed hundreds.', [['Hamas', 'hamas', 'organization'], IL], ['hamas -attacked-> israel']],
    ['"carried out by"', 'Strikes carried out by Israel on Gaza continued overnight.', [IL, ['Gaza', 'gaza', 'region']], ['israel -attacked-> gaza']],
    ['a host is not a party: the parties come from "between"', 'The talks hosted by Qatar between the United States and the Taliban resumed.', [QA, US, TB], ['us -held talks with-> taliban']],
    ['"brokered by" between two parties', 'A meeting brokered by Egypt between Israel and Hamas ended early.', [['Egypt', 'egypt', 'country'], IL, ['Hamas', 'hamas', 'organization']], ['israel -met-> hamas']],
    ['a host without named parties gives nothing', 'The talks hosted by Qatar resumed in Doha.', [QA, ['Doha', 'doha', 'city']], []],
    ['a sponsor of sanctions did not impose them', 'Sanctions sponsored by France against Iran failed to pass.', [FR, IR], []],
    ['an unlisted participle gives nothing', 'Sanctions proposed by France on Iran were never adopted.', [FR, IR], []],
    ['a name right before the noun still owns it', 'EU sanctions imposed on Iran in 2012 were lifted.', [EU, IR], ['eu -sanctioned-> iran']],
    ['a verb before the noun is not its owner', 'Officials in France criticised sanctions imposed on Iran.', [FR, IR], []],
    ['a light participle without an agent gives nothing', 'The European Union widened sanctions imposed on Iran.', [['European Union', 'eu', 'organization'], IR], []],
  ];
  it.each(cases)('%s', (_d, text, mentions, expected) => {
    expect(facts(text, mentions)).toEqual(expected.sort());
  });

  it('marks the rule that found it', () => {
    const [r] = typed(run('The sanctions imposed by the EU on Iran target eight officials.', [EU, IR]));
    expect(r).toMatchObject({ source: 'eu', target: 'iran', cameo: '163', rule: 'event-reduced-relative:sanction' });
  });
});

describe('retaliation threats: the target is named, or is the actor of a fronted clause', () => {
  const cases: Case[] = [
    ['fronted "When X began ..."', 'When Lithuania began implementing EU restrictions, Russia promised retaliation.', [LT, EU, RU], ['russia -threatened-> lithuania']],
    ['fronted "After X ...", "vowed to retaliate"', 'After the EU imposed new sanctions, Moscow vowed to retaliate.', [EU, capital('Moscow', 'russia')], ['russia -threatened-> eu']],
    ['coordinated fronted actors', 'When Lithuania and Latvia closed their borders, Russia vowed swift retaliation.', [LT, LV, RU], ['russia -threatened-> latvia', 'russia -threatened-> lithuania']],
    ['"warned of reprisals" after a fronted "if" clause', 'If Sweden joins the alliance, Russia has warned of reprisals.', [SE, RU], ['russia -threatened-> sweden']],
    ['fronted phrase with a possessor: "After X\'s move,"', "After Lithuania's move, Russia threatened countermeasures.", [LT, RU], ['russia -threatened-> lithuania']],
    ['a stated target wins over the fronted actor', 'When Lithuania began implementing EU restrictions, Russia promised retaliation against the EU.', [LT, EU, RU], ['russia -threatened-> eu']],
    ['a stated target without a fronted clause', 'Russia threatened retaliation against Lithuania on Monday.', [LT, RU], ['russia -threatened-> lithuania']],
    ['"while" only sets the time', 'While Lithuania hosted the summit, Russia promised retaliation.', [LT, RU], []],
    ['a fronted clause without a named actor', 'When asked about Lithuania, Russia promised retaliation.', [LT, RU], []],
    ['a pronoun in the fronted clause is not read', 'When it closed the border, Russia promised retaliation.', [RU], []],
    ['the threat inside a relative clause is not the main clause', 'When Lithuania began the checks, Russia, which had promised retaliation, stayed calm.', [LT, RU], []],
    ['a "response" is not a threat', 'When Lithuania began implementing EU restrictions, Russia promised a response.', [LT, EU, RU], []],
    ['the threat must follow the fronted clause directly', 'When Lithuania began the checks, officials said that Russia promised retaliation.', [LT, RU], []],
    ['no self-threat', 'When Russia lost the vote, Russia vowed revenge.', [RU], []],
    ['a fronted report is not an act', "As Lithuania's foreign minister said, Russia promised retaliation.", [LT, RU], []],
    ['a fronted passive names the victim, not the actor', 'When Lithuania was hit by cyber attacks, Russia vowed revenge.', [LT, RU], []],
    ['a stated target that is not a name gives nothing', 'Because Lithuania is a member, Russia promised retaliation against the bloc.', [LT, RU], []],
  ];
  it.each(cases)('%s', (_d, text, mentions, expected) => {
    expect(facts(text, mentions)).toEqual(expected.sort());
  });

  it('an inferred target costs confidence; negation and "if" travel with the relation', () => {
    const [fronted] = typed(run('When Lithuania began implementing EU restrictions, Russia promised retaliation.', [LT, EU, RU])).filter((r) => r.kind === 'event');
    const [stated] = typed(run('Russia threatened retaliation against Lithuania on Monday.', [LT, RU]));
    expect(fronted!.confidence).toBeLessThan(stated!.confidence);
    expect(fronted).toMatchObject({ cameo: '130', rule: 'event-retaliation-fronted' });
    const [negated] = typed(run('Russia did not threaten retaliation against Lithuania.', [LT, RU]));
    expect(negated).toMatchObject({ negated: true });
    const [conditional] = typed(run('If Sweden joins the alliance, Russia has warned of reprisals.', [SE, RU]));
    expect(conditional).toMatchObject({ hypothetical: true });
  });
});
