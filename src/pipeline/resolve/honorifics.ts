// Royal and religious honorifics that news keeps with a one-word name: "King Salman", "Pope Francis",
// "Emir Tamim", "Sheikh Hasina". The bare word ("Salman") names too little on its own (a
// son, a namesake); the node goes by the honorific and the name, the bare name stays an alias.
// Offices ("President Macron") are not honorifics: the person is named without them.

/** Honorifics, as the lower-case title the recogniser puts on a mention, with how news writes them. */
export const HONORIFICS: ReadonlyMap<string, { word: string; reason: string }> = new Map([
  ['king', { word: 'King', reason: '"King Abdullah", "King Gyanendra": a monarch is named by the title and one name' }],
  ['queen', { word: 'Queen', reason: '"Queen Elizabeth", "Queen Margrethe"' }],
  ['prince', { word: 'Prince', reason: '"Prince Charles", "Prince Harry"' }],
  ['princess', { word: 'Princess', reason: '"Princess Diana"' }],
  ['pope', { word: 'Pope', reason: '"Pope Francis": a pope has only his papal name' }],
  ['sultan', { word: 'Sultan', reason: '"Sultan Qaboos"' }],
  ['emir', { word: 'Emir', reason: '"Emir Tamim"' }],
  ['sheikh', { word: 'Sheikh', reason: '"Sheikh Hasina", "Sheikh Mansour": part of how the person is called' }],
]);

/**
 * The name a person with a one-word name goes by when a mention carries an honorific ("Salman" with
 * the title "king" -> "King Salman"), else undefined. Only the title written right before the name
 * counts (`before` is the text ending where the mention starts, or the mention itself opens with it).
 */
export function honorificName(name: string, mentions: ReadonlyArray<{ text: string; title?: string; before: string }>): string | undefined {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return undefined;
  for (const m of mentions) {
    const h = m.title ? HONORIFICS.get(m.title) : undefined;
    if (!h) continue;
    if (m.text === `${h.word} ${name}` || new RegExp(`\\b${h.word}\\s+$`).test(m.before)) return `${h.word} ${name}`;
  }
  // the title may have stayed inside the span without being put on the mention ("Pope Benedict")
  for (const m of mentions) {
    const first = m.text.split(/\s+/);
    if (first.length !== 2 || first[1] !== name) continue;
    const h = HONORIFICS.get(first[0]!.toLowerCase());
    if (h && h.word === first[0]) return m.text;
  }
  return undefined;
}
