// Stop 38: event triggers the lexicon lacked on unseen news (issue 14), read in sentences written for this test
// through the whole pipeline, both voices where the act has them, and the readings they must not give.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

const lines = (text: string) => readTypedLines(text);
/** The lines without the hypothetical marker, for a reading whose modality is not what the case is about. */
const plain = async (text: string) => (await lines(text)).map((l) => l.replace(/ \(hyp\)/, ''));

describe('new triggers give their event', () => {
  it.each([
    // a joint military exercise: military cooperation (062) between each pair of participants
    ['Russia and China held joint naval drills in the Sea of Japan.', 'Russia -062 held military exercises with-> China'],
    ['India held joint military exercises with France last week.', 'India -062 held military exercises with-> France'],
    ['India, Japan and Australia began their first trilateral naval exercise on Monday.', 'India -062 held military exercises with-> Japan'],
    ['India, Japan and Australia began their first trilateral naval exercise on Monday.', 'Japan -062 held military exercises with-> Australia'],
    ['The Philippines conducted joint patrols with the United States in the South China Sea.', 'Philippines -062 held military exercises with-> United States'],
    // awarding a prize (051) or an event to host (050)
    ['The Swedish Academy awarded the Nobel Prize in Literature to Han Kang.', 'Swedish Academy -051 awarded prize to-> Han Kang'],
    ['The Norwegian Nobel Committee gave the peace prize to Maria Ressa.', 'Norwegian Nobel Committee -051 awarded prize to-> Maria Ressa'],
    ['FIFA awarded the 2034 World Cup to Saudi Arabia on Wednesday.', 'FIFA -050 awarded hosting to-> Saudi Arabia'],
    ['Brisbane was awarded the 2032 Olympics by the International Olympic Committee.', 'International Olympic Committee -050 awarded hosting to-> Brisbane'],
    // a sum pledged to an actor (033)
    ['Japan pledged $5 billion to Ukraine on Monday.', 'Japan -033 pledged aid to-> Ukraine'],
    ['Germany promised 1 billion euros to Moldova.', 'Germany -033 pledged aid to-> Moldova'],
    // succession and removal from office (no CAMEO code)
    ['Satya Nadella succeeded Steve Ballmer as chief executive of Microsoft.', 'Satya Nadella -null succeeded-> Steve Ballmer'],
    ['Steve Ballmer was succeeded by Satya Nadella.', 'Satya Nadella -null succeeded-> Steve Ballmer'],
    ['Unilever replaced its chief executive Alan Jope on Monday.', 'Unilever -null replaced-> Alan Jope'],
    ['Mark Schneider was replaced by Laurent Freixe.', 'Laurent Freixe -null replaced-> Mark Schneider'],
    ['The board of Intel forced out Pat Gelsinger.', 'Intel -172 forced out-> Pat Gelsinger'],
    ['Pat Gelsinger was forced out by Intel.', 'Intel -172 forced out-> Pat Gelsinger'],
    // a ship seized (171), an aircraft shot down (190): the owner named by a possessor or a nationality word
    ['Iran seized a Greek tanker in the Gulf.', 'Iran -171 seized-> Greece'],
    ["Iran seized Britain's tanker in the Strait of Hormuz.", 'Iran -171 seized-> Britain'],
    ['Ukraine shot down a Russian drone overnight.', 'Ukraine -190 shot down-> Russia'],
    ['Turkey shot down a Russian warplane near the Syrian border.', 'Turkey -190 shot down-> Russia'],
    // an arrest warrant (173), sanctions by listing (163), a border closed (160)
    ['The International Criminal Court issued an arrest warrant for Vladimir Putin.', 'International Criminal Court -173 issued arrest warrant for-> Vladimir Putin'],
    ['The United States placed Huawei under sanctions.', 'United States -163 sanctioned-> Huawei'],
    ['Huawei was placed under sanctions by the United States.', 'United States -163 sanctioned-> Huawei'],
    ['Poland closed its border with Belarus.', 'Poland -160 closed border with-> Belarus'],
    ["The Economic Community of West African States closed Niger's borders.", 'Economic Community of West African States -160 closed border with-> Niger'],
    // a raid on an actor's premises (170), ramming its boats (180)
    ['French police raided the offices of Google in Paris.', 'France -170 raided-> Google'],
    ['China rammed the boats of the Philippines.', 'China -180 rammed-> Philippines'],
    // pressing an actor (020), also as what the subject faced
    ['The Netherlands faced pressure from the United States.', 'United States -020 pressed-> Netherlands'],
    ['US pressure on the Netherlands grew last year.', 'United States -020 pressed-> Netherlands'],
    // a loan (071), aid flown in (070), a member's rights suspended (160)
    ['The World Bank extended a $500 million loan to Kenya.', 'World Bank -071 lent to-> Kenya'],
    ['The United States airlifted aid to Gaza.', 'United States -070 provided aid to-> Gaza'],
    ["Mercosur suspended Venezuela's membership.", 'Mercosur -160 suspended-> Venezuela'],
    // sanctions and duties aimed at an actor (163), a treaty ratified with a partner (057), an aircraft downed (190), a
    // licence revoked (172)
    ['The United States hit Russia with new sanctions on Friday.', 'United States -163 sanctioned-> Russia'],
    ["The United States slapped sanctions on Iran's oil ministry.", 'United States -163 sanctioned-> Iran'],
    ['Canada levied anti-dumping duties on Chinese steel.', 'Canada -163 sanctioned-> China'],
    ['Russia ratified the treaty with North Korea.', 'Russia -057 signed agreement with-> North Korea'],
    ['Iran downed an American drone over the Gulf.', 'Iran -190 shot down-> United States'],
    ['Russia revoked the licence of Deutsche Welle.', 'Russia -172 revoked licence of-> Deutsche Welle'],
    ["Hungary revoked Deutsche Welle's licence.", 'Hungary -172 revoked licence of-> Deutsche Welle'],
    // a body certifying a named actor (051), a sale approved to a buyer (061)
    ['Cabo Verde has been certified free of malaria by the World Health Organization.', 'World Health Organization -051 certified-> Cabo Verde'],
    ['The United States approved the sale of 40 F-16 jets to Turkey.', 'United States -061 approved sale to-> Turkey'],
    // a host confirmed (050), a status granted (050), a case taken to a court or body (020), a border reopened (080),
    // being in contact (040)
    ['FIFA confirmed Saudi Arabia as host of the 2034 World Cup.', 'FIFA -050 awarded hosting to-> Saudi Arabia'],
    ['The European Union granted candidate status to Ukraine.', 'European Union -050 granted status to-> Ukraine'],
    ['Ukraine took the dispute to the World Trade Organization.', 'Ukraine -020 appealed to-> World Trade Organization'],
    ['Saudi Arabia reopened its airspace and land border to Qatar.', 'Saudi Arabia -080 reopened border to-> Qatar'],
    ['Moscow was in contact with both Baku and Yerevan.', 'Russia -040 consulted-> Armenia'],
    // an appeal with what is appealed before "to" (020)
    ['Google appealed both orders to the National Company Law Appellate Tribunal.', 'Google -020 appealed to-> National Company Law Appellate Tribunal'],
  ])('%s', async (text, line) => {
    expect(await plain(text)).toContain(line);
  });
});

describe('modality is kept', () => {
  it.each([
    ['Satya Nadella will succeed Steve Ballmer next month.', 'Satya Nadella -null succeeded (hyp)-> Steve Ballmer'],
    ['India and France will hold joint naval drills next month.', 'India -062 held military exercises with (hyp)-> France'],
    ['The General Elections Commission will formally declare Prabowo Subianto president-elect.', 'General Elections Commission -null declared winner (hyp)-> Prabowo Subianto'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
});

describe('guards: sentences the new triggers must not read', () => {
  it.each([
    ['China held military drills around Taiwan.', /-062 /],
    ['Germany pledged to support Ukraine.', /-033 /],
    ['Han Kang won the Nobel Prize in Literature.', /-051 awarded/],
    ['Microsoft replaced its old servers last year.', /replaced->/],
    ['Wagner forces seized the army headquarters in Rostov-on-Don.', /forced out->/],
    ['Iran seized a Greek tanker in the Gulf.', /-192 /],
    ['Poland closed its border crossings for the holiday.', /closed border/],
    ['The United States placed troops in Poland.', /sanctioned->/],
    ['Microsoft succeeded in its bid for Activision.', /succeeded->/],
    ['Israel raided Jenin on Monday.', /raided->/],
    ['Police in Kenya took the suspect to hospital in Nairobi.', /appealed to/],
    ['The virus spread through contact with infected animals in Uganda.', /consulted/],
    ['Kenya certified the results of the vote in Nairobi on Sunday.', /certified->/],
    ['Turkey approved the sale of its stake in Migros.', /approved sale/],
    ['A Russian missile hit Kharkiv with great force on Monday.', /sanctioned->/],
    ['Kenya withdrew its application for a licence from the World Bank.', /revoked licence/],
    ['The Philippines faces a difficult choice.', /pressed->/],
    ['Boeing suspended its production in Seattle.', /suspended->/],
  ])('%s', async (text, bad) => {
    expect((await lines(text)).filter((l) => bad.test(l))).toEqual([]);
  });
});
