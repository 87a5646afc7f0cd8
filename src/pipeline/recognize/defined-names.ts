// Names an article defines for something it has named: "Gibraltar, known as the Rock",
// "New York, nicknamed the Big Apple", "Ahmed Rashid, also known as Abu Hamza", an acronym
// in brackets after an organisation's name ("Kenya Wildlife Service (KWS)"). The
// defined name is a mention of the same kind of thing wherever the article uses it, even
// where the tagger sees no name (a capitalised common word: "the Rock"); resolve then
// joins it to the thing it was defined for (resolve/aliases.ts), with that reason.
import type { DocFacts } from './document.ts';
import type { TypedMention } from './typing.ts';
import { spanText } from './typing.ts';
import { isAcronym } from '../gazetteer/index.ts';

/** Words that define another name for what was just named, by lower-case token sequence. */
const DEFINING: readonly string[][] = [
  ['known', 'as'], ['also', 'known', 'as'], ['better', 'known', 'as'], ['commonly', 'known', 'as'], ['widely', 'known', 'as'],
  ['popularly', 'known', 'as'], ['locally', 'known', 'as'], ['nicknamed'], ['dubbed'], ['aka'], ['a.k.a.'],
];

const FIRST_WORDS = new Set(DEFINING.map((w) => w[0]!));

/** Longest defined name read, in tokens. */
const MAX_NAME_TOKENS = 5;

/** The defining words starting at token i (after an optional comma or bracket): the index after them, or -1. */
function definingEnd(doc: DocFacts, i: number): number {
  if (doc.lower[i] === ',' || doc.lower[i] === '(') i++;
  // most names are followed by none of these words: settled by one look-up
  if (!FIRST_WORDS.has(doc.lower[i] ?? '')) return -1;
  for (const words of DEFINING) {
    if (words.every((w, k) => doc.lower[i + k] === w)) return i + words.length;
  }
  return -1;
}

export function definedNames(doc: DocFacts, typed: TypedMention[]): TypedMention[] {
  const toks = doc.seg.tokens;
  const taken = new Uint8Array(toks.length);
  for (const m of typed) taken.fill(1, m.tokenStart, m.tokenEnd);
  const added: TypedMention[] = [];
  const add = (start: number, end: number, type: TypedMention['type'], reason: string) => {
    const { text, from, to } = spanText(doc, start, end);
    added.push({ start: from, end: to, text, type, sentence: toks[start]!.sentence, reason, tokenStart: start, tokenEnd: end });
    taken.fill(1, start, end);
  };
  const useAgain = (start: number, words: string[], type: TypedMention['type'], reason: string) => {
    // every other use of the defined name in the article
    for (let i = 0; i + words.length <= toks.length; i++) {
      if (i === start || toks[i]!.text !== words[0] || taken.subarray(i, i + words.length).some((x) => x)) continue;
      if (words.every((w, k) => toks[i + k]!.text === w) && !doc.nameToken[i + words.length] && !doc.seg.sentences[toks[i]!.sentence]!.boilerplate) {
        add(i, i + words.length, type, reason);
      }
    }
  };
  for (const m of typed) {
    if (m.metonymy || doc.seg.sentences[m.sentence]!.boilerplate) continue;
    // "Kenya Wildlife Service (KWS)": the acronym names the organisation wherever the article uses it
    const open = m.tokenEnd;
    if (m.type !== 'person' && toks[open]?.text === '(' && toks[open + 2]?.text === ')' && isAcronym(toks[open + 1]!.text)) {
      const acronym = toks[open + 1]!.text;
      if (!taken[open + 1]) add(open + 1, open + 2, m.type, `acronym given in brackets after "${m.text}"`);
      useAgain(open + 1, [acronym], m.type, `"${acronym}", the acronym given in brackets after "${m.text}"`);
      continue;
    }
    let a = definingEnd(doc, m.tokenEnd);
    if (a < 0) continue;
    if (doc.lower[a] === 'the') a++;
    let b = a;
    while (b < toks.length && b - a < MAX_NAME_TOKENS && toks[b]!.sentence === m.sentence && doc.nameToken[b]) b++;
    if (b === a) continue;
    const words = toks.slice(a, b).map((t) => t.text);
    // a name the tagger found there already is joined by resolve; one it cut is left alone
    const tagged = taken.subarray(a, b).some((x) => x);
    if (tagged && !typed.some((x) => x.tokenStart === a && x.tokenEnd === b)) continue;
    if (!tagged) add(a, b, m.type, `name the article defines for "${m.text}"`);
    useAgain(a, words, m.type, `"${words.join(' ')}", the name the article defines for "${m.text}"`);
  }
  return added;
}
