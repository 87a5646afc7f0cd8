// A tiny treebank written for these tests (UD v2 English conventions), small
// enough to train on in a second: determinism, the model round trip, the CLI.
const S = (text: string, rows: Array<[string, string, number, string]>) =>
  [`# text = ${text}`, ...rows.map(([form, upos, head, rel], i) => [i + 1, form, '_', upos, '_', '_', head, rel, '_', '_'].join('\t'))].join('\n');

export const TINY_SENTENCES = [
  S('Ukraine cut ties with North Korea .', [
    ['Ukraine', 'PROPN', 2, 'nsubj'], ['cut', 'VERB', 0, 'root'], ['ties', 'NOUN', 2, 'obj'], ['with', 'ADP', 6, 'case'],
    ['North', 'PROPN', 6, 'compound'], ['Korea', 'PROPN', 3, 'nmod'], ['.', 'PUNCT', 2, 'punct'],
  ]),
  S('The minister visited Kyiv on Monday .', [
    ['The', 'DET', 2, 'det'], ['minister', 'NOUN', 3, 'nsubj'], ['visited', 'VERB', 0, 'root'], ['Kyiv', 'PROPN', 3, 'obj'],
    ['on', 'ADP', 6, 'case'], ['Monday', 'PROPN', 3, 'obl'], ['.', 'PUNCT', 3, 'punct'],
  ]),
  S('The talks were held by the two leaders .', [
    ['The', 'DET', 2, 'det'], ['talks', 'NOUN', 4, 'nsubj:pass'], ['were', 'AUX', 4, 'aux:pass'], ['held', 'VERB', 0, 'root'],
    ['by', 'ADP', 8, 'case'], ['the', 'DET', 8, 'det'], ['two', 'NUM', 8, 'nummod'], ['leaders', 'NOUN', 4, 'obl:agent'], ['.', 'PUNCT', 4, 'punct'],
  ]),
  S('She decided to leave the city .', [
    ['She', 'PRON', 2, 'nsubj'], ['decided', 'VERB', 0, 'root'], ['to', 'PART', 4, 'mark'], ['leave', 'VERB', 2, 'xcomp'],
    ['the', 'DET', 6, 'det'], ['city', 'NOUN', 4, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]),
  S("Russia 's president met the leader of Syria .", [
    ['Russia', 'PROPN', 3, 'nmod:poss'], ["'s", 'PART', 1, 'case'], ['president', 'NOUN', 4, 'nsubj'], ['met', 'VERB', 0, 'root'],
    ['the', 'DET', 6, 'det'], ['leader', 'NOUN', 4, 'obj'], ['of', 'ADP', 8, 'case'], ['Syria', 'PROPN', 6, 'nmod'], ['.', 'PUNCT', 4, 'punct'],
  ]),
  S('He sold oil and gas .', [
    ['He', 'PRON', 2, 'nsubj'], ['sold', 'VERB', 0, 'root'], ['oil', 'NOUN', 2, 'obj'], ['and', 'CCONJ', 5, 'cc'], ['gas', 'NOUN', 3, 'conj'], ['.', 'PUNCT', 2, 'punct'],
  ]),
  S('The man who won the vote is here .', [
    ['The', 'DET', 2, 'det'], ['man', 'NOUN', 8, 'nsubj'], ['who', 'PRON', 4, 'nsubj'], ['won', 'VERB', 2, 'acl:relcl'],
    ['the', 'DET', 6, 'det'], ['vote', 'NOUN', 4, 'obj'], ['is', 'AUX', 8, 'cop'], ['here', 'ADV', 0, 'root'], ['.', 'PUNCT', 8, 'punct'],
  ]),
  S('Anna Berg , the mayor , spoke .', [
    ['Anna', 'PROPN', 7, 'nsubj'], ['Berg', 'PROPN', 1, 'flat'], [',', 'PUNCT', 5, 'punct'], ['the', 'DET', 5, 'det'],
    ['mayor', 'NOUN', 1, 'appos'], [',', 'PUNCT', 5, 'punct'], ['spoke', 'VERB', 0, 'root'], ['.', 'PUNCT', 7, 'punct'],
  ]),
];

/** The tiny treebank repeated `times` times (more examples, same trees). */
export function tinyTreebank(times = 3): string {
  const out: string[] = [];
  for (let k = 0; k < times; k++) out.push(...TINY_SENTENCES);
  return out.join('\n\n') + '\n\n';
}
