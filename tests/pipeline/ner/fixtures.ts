// A tiny CoNLL-format corpus written for the tests (invented sentences).
const SENTENCES: Array<Array<[string, string]>> = [
  [['Maria', 'B-PER'], ['Lopez', 'I-PER'], ['visited', 'O'], ['Lisbon', 'B-LOC'], ['on', 'O'], ['Monday', 'O'], ['.', 'O']],
  [['Lopez', 'B-PER'], ['works', 'O'], ['for', 'O'], ['Nordic', 'B-ORG'], ['Steel', 'I-ORG'], ['Corp', 'I-ORG'], ['.', 'O']],
  [['The', 'O'], ['company', 'O'], ['opened', 'O'], ['an', 'O'], ['office', 'O'], ['in', 'O'], ['Oslo', 'B-LOC'], ['.', 'O']],
  [['Ivan', 'B-PER'], ['Petrov', 'I-PER'], ['said', 'O'], ['Oslo', 'B-LOC'], ['was', 'O'], ['cold', 'O'], ['.', 'O']],
  [['Nordic', 'B-ORG'], ['Steel', 'I-ORG'], ['Corp', 'I-ORG'], ['hired', 'O'], ['Petrov', 'B-PER'], ['.', 'O']],
  [['Visitors', 'O'], ['from', 'O'], ['Lisbon', 'B-LOC'], ['liked', 'O'], ['the', 'O'], ['Norwegian', 'B-MISC'], ['food', 'O'], ['.', 'O']],
];

/** `docs` documents of the six sentences, in CoNLL format with POS/chunk columns. */
export function tinyConll(docs = 4): string {
  const lines: string[] = [];
  for (let d = 0; d < docs; d++) {
    lines.push('-DOCSTART- -X- -X- O', '');
    for (const s of SENTENCES) { for (const [w, t] of s) lines.push(`${w} NNP I-NP ${t}`); lines.push(''); }
  }
  return lines.join('\n');
}
