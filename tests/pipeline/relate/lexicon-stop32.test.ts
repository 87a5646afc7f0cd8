// Event lexicon entries of stop 32, each read in sentences written for this test, in both voices and in the noun
// form where the entry has one; and the readings they must not give. Two are code corrections (a prison sentence is
// detention, 173, not the finding of guilt, 116; a ban on a person is an administrative sanction, 172, not an
// embargo), the others are verbs and nouns CAMEO codes that the lexicon lacked.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

const lines = async (text: string) => (await readTypedLines(text)).map((l) => l.replace(/ \(hyp\)/, ''));

describe('code corrections: sentencing and banning a person', () => {
  it.each([
    ['An Egyptian court sentenced opposition politician Ayman Nour to five years in prison.', 'Egypt -173 sentenced-> Ayman Nour'],
    ['FIFA banned Kwesi Nyantakyi from football for life on Friday.', 'FIFA -172 banned-> Kwesi Nyantakyi'],
    ['Kwesi Nyantakyi was banned for life by FIFA on Friday.', 'FIFA -172 banned-> Kwesi Nyantakyi'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });

  it('a ban on goods is still an embargo (163), not a sanction on a person (guard)', async () => {
    expect(await lines('Poland banned imports of Ukrainian grain last year.')).toContain('Poland -163 banned-> Ukraine');
  });
});

describe('verbs of the stop-32 lexicon entries give their CAMEO event', () => {
  it.each([
    // 01 public statement
    ['Turkey offered condolences to Greece after the earthquake.', 'Turkey -018 offered condolences to-> Greece'],
    ["Greece's condolences to Turkey were welcomed in Ankara.", 'Greece -018 offered condolences to-> Turkey'],
    // 02 appeal
    ['Egypt persuaded Hamas to accept the truce.', 'Egypt -020 urged-> Hamas'],
    ['Hamas was persuaded by Mahmoud Abbas to halt attacks.', 'Mahmoud Abbas -020 urged-> Hamas'],
    // 04 consult
    ['President Lula made a stop in Lisbon on his way to Rome.', 'Lula -042 visited-> Lisbon'],
    // 05 diplomatic cooperation
    ['Malaysia has pursued closer ties with Saudi Arabia since 2015.', 'Malaysia -050 strengthened ties with-> Saudi Arabia'],
    ["Japan's strengthening of ties with India worried China.", 'Japan -050 strengthened ties with-> India'],
    ['France honoured President Volodymyr Zelensky with the Legion of Honour.', 'France -051 honored-> Volodymyr Zelensky'],
    // 06 material cooperation
    ['Deutsche Bahn awarded a railway contract to Siemens.', 'Deutsche Bahn -061 awarded contract to-> Siemens'],
    ['Banco Iberico agreed to buy 51 percent of Banco del Plata for $420 million.', 'Banco Iberico -061 bought a stake in-> Banco del Plata'],
    ["Banco Iberico's purchase of 51 percent of Banco del Plata was approved in May.", 'Banco Iberico -061 bought a stake in-> Banco del Plata'],
    // 07 aid
    ['The European Union bailed out Greece in 2010.', 'European Union -071 bailed out-> Greece'],
    ['Greece was bailed out by the European Union in 2010.', 'European Union -071 bailed out-> Greece'],
    ['The European Union bailout of Greece was approved in May.', 'European Union -071 bailed out-> Greece'],
    // 05 since stop 42 (readmitting a member restores relations, the annotation's convention; 081 before)
    ['The International Olympic Committee reinstated Russia in February.', 'International Olympic Committee -050 reinstated-> Russia'],
    ['Russia was reinstated by the International Olympic Committee in February.', 'International Olympic Committee -050 reinstated-> Russia'],
    // 10 demand
    ['The European Central Bank ordered Piraeus Bank to raise fresh capital.', 'European Central Bank -100 ordered-> Piraeus Bank'],
    ['Piraeus Bank was ordered by the European Central Bank to raise fresh capital.', 'European Central Bank -100 ordered-> Piraeus Bank'],
    // 11 legal action
    ['Kenya lodged a petition against Uganda in March.', 'Kenya -115 sued-> Uganda'],
    ['Ukraine brought a case against Russia at the International Court of Justice.', 'Ukraine -115 sued-> Russia'],
    ['A case was brought against Russia by Ukraine at the International Court of Justice.', 'Ukraine -115 sued-> Russia'],
    ['Brazil threatened to take Argentina to the Mercosur tribunal.', 'Brazil -115 sued-> Argentina'],
    // 12 reject
    ["Makino turned down Nidec's offer on Friday.", 'Makino -120 rejected-> Nidec'],
    ["Nidec's offer was turned down by Makino on Friday.", 'Makino -120 rejected-> Nidec'],
    // 16 reduce relations, sanctions
    ['Britain closed its embassy in Kabul last week.', 'Britain -161 closed embassy in-> Kabul'],
    ["Britain's closure of its embassy in Kabul was criticised.", 'Britain -161 closed embassy in-> Kabul'],
    ['The embassy in Kabul was closed by Britain last week.', 'Britain -161 closed embassy in-> Kabul'],
    ['The European Union froze the assets of Rosneft on Monday.', 'European Union -163 froze assets of-> Rosneft'],
    ["The European Union's freezing of the assets of Rosneft angered investors.", 'European Union -163 froze assets of-> Rosneft'],
    // 17 coerce
    ['Thai police took Viktor Bout into custody on Thursday.', 'Thailand -173 arrested-> Viktor Bout'],
    ['Thailand handed over Viktor Bout to the United States.', 'Thailand -174 handed over-> Viktor Bout'],
    ['Viktor Bout was handed over to the United States by Thailand.', 'Thailand -174 handed over-> Viktor Bout'],
    ["Thailand's handover of Viktor Bout to the United States angered Russia.", 'Thailand -174 handed over-> Viktor Bout'],
    // 19 fight
    ['Armenia has been locked in a conflict with neighbouring Azerbaijan since the early 1990s.', 'Armenia -190 fought-> Azerbaijan'],
    ['The conflict between Armenia and Azerbaijan has killed thousands.', 'Armenia -190 fought-> Azerbaijan'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
});

// A complement entry in the passive ("ties were severed", "a case was brought"): with the complement as the patient,
// the object follows the entry's prepositions (grammar/events.ts, readVerb), not the complement's own possessor.
describe('complement entries in the passive read their object after the preposition', () => {
  it.each([
    ['Diplomatic ties with Russia were severed by Ukraine in 2022.', 'Ukraine -161 severed ties with-> Russia'],
    ['A trade deal with Boeing was signed by Ryanair on Monday.', 'Ryanair -057 signed agreement with-> Boeing'],
    ["Britain's embassy in Kabul was closed by the Foreign Office.", 'Foreign Office -161 closed embassy in-> Kabul'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });

  it("the embassy's own country is not the one it is closed in (guard)", async () => {
    expect(await lines("Britain's embassy in Kabul was closed by the Foreign Office.")).not.toContain('Foreign Office -161 closed embassy in-> Britain');
  });
});

describe('readings the new entries must not give (guards)', () => {
  it.each([
    ['Poland ordered 96 helicopters from Boeing.', /-100 /],
    ['President Putin ordered an investigation into the crash.', /-100 /],
    ['Thailand handed over the documents to the United States.', /handed over/],
    ['Japan and India discussed their relations at length.', /strengthened/],
    ['The company froze its hiring plans in March.', /froze/],
    ['Britain closed its border with Ireland for a day.', /closed embassy/],
    ['The ceasefire put a stop to the fighting in Gaza.', /visited/],
    ['The government honoured its commitments to the IMF.', /honored/],
    ['The court reinstated the ban on imports from Russia.', /reinstated/],
    ['The minister declared a conflict of interest in the Gazprom deal.', /fought/],
    ['The minister took the matter to the High Court.', /sued/],
    ['The Pentagon turned down the volume of its briefings.', /rejected/],
  ])('%s', async (text, bad) => {
    expect((await lines(text)).filter((l) => bad.test(l))).toEqual([]);
  });
});

// The parser shipped in stop 32 (contiguous jackknife folds) misreads these two shapes, which the parser before it read
// right: "by X" after "to Y" is hung on Y as a flat name, and a particle after the object ("handed X over to Y") is read
// as a second preposition of "to Y". The entries are right (their other voices pass above); the parse is not. These
// fail until the parse reads them; then move them back into the table above.
describe('known parse errors of the stop-32 parser (expected to fail)', () => {
  it.fails.each([
    ['A railway contract was awarded to Siemens by Deutsche Bahn.', 'Deutsche Bahn -061 awarded contract to-> Siemens'],
    ['Thailand handed Viktor Bout over to the United States.', 'Thailand -174 handed over-> Viktor Bout'],
  ])('%s', async (text, line) => {
    expect(await lines(text)).toContain(line);
  });
});
