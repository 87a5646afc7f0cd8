// Tags the pipeline already knows before the parser runs: the recogniser has found the
// names. A capitalised word inside a name is a proper noun whatever the tagger read from
// its neighbours ("Beijing condemned ..." is no AUX, "Westmere shares fell" no ADV,
// "the Food Standards Agency" no NOUNs), and a nationality word that stands for a
// country ("Swiss insurer Alpina ...") is an adjective, not the VERB a sentence-initial
// capital made it. Only words the tagger got otherwise are given, and the sentence is
// tagged again around them, so the words after a given one see it as their context.

/** A name the recogniser found, in article offsets (a list is sorted by start); `adjective` for a nationality word standing for its country. */
export interface NameSpan {
  start: number;
  end: number;
  adjective: boolean;
}

/** Lower-case forms of the function words names contain ("Doctors Without Borders", "Banco de la Nacion"). */
const NAME_FUNCTION_WORDS = new Set([
  'of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'with', 'without', 'against', 'by', 'from', 'or',
  'de', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'von', 'van', 'der', 'den', 'y', 'e', 'da', 'do', 'dos', 'das', 'di', 'del',
]);

const CAPITALISED = /^\p{Lu}/u;

/**
 * For each word (offsets `starts`/`ends`, tags `tags` as indices into `tagNames`), the tag it
 * must have (an index) or -1; null when the tagger's tags already agree with the names.
 * `known`: whether the tagger's word classes have the form (a word of its training text).
 */
export function nameTags(
  forms: readonly string[], starts: readonly number[], ends: readonly number[],
  tags: ArrayLike<number>, tagNames: readonly string[], names: readonly NameSpan[], known: (form: string) => boolean,
): Int32Array | null {
  const propn = tagNames.indexOf('PROPN'), adj = tagNames.indexOf('ADJ');
  let fixed: Int32Array | null = null;
  let k = 0;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    if (!CAPITALISED.test(form) || NAME_FUNCTION_WORDS.has(form.toLowerCase())) continue;
    while (k < names.length && names[k]!.end <= starts[i]!) k++;
    let name: NameSpan | undefined;
    for (let j = k; j < names.length && names[j]!.start <= starts[i]!; j++) if (names[j]!.end >= ends[i]!) { name = names[j]; break; }
    if (!name) continue;
    // (an adjective the tagger knows stays one, as in EWT's "United", "National", "Islamic", and so does a name
    // of one word read as one, a faith or nationality: "the ruling Moslem party"; an unknown word read as an
    // adjective inside a longer name is a foreign name's word: "Rheintal Zement AG")
    const tag = tags[i]!;
    const alone = name.start === starts[i] && name.end === ends[i];
    if (name.adjective ? tag === adj : tag === propn || (tag === adj && (alone || known(form)))) continue;
    fixed ??= new Int32Array(forms.length).fill(-1);
    fixed[i] = name.adjective ? adj : propn;
  }
  return fixed;
}

/** Whether [start, end) lies inside one of `names` (sorted by start): a capitalised token of a name. */
export function insideName(names: readonly NameSpan[], start: number, end: number): boolean {
  let lo = 0, hi = names.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (names[mid]!.start <= start) lo = mid + 1; else hi = mid; }
  for (let j = lo - 1; j >= 0 && j >= lo - 4; j--) if (names[j]!.start <= start && names[j]!.end >= end) return true;
  return false;
}
