// The nouns that name the act of a verb of the event lexicon, for the entries that read a verb with its complement
// ("expelled diplomats", "withdrew troops from"): the same act stated as a noun takes the complement in its "of"
// phrase ("the expulsion of British diplomats", "the withdrawal of troops from X", "the suspension of aid to Y").
// Data, kept apart from the reader (grammar/events.ts); each lemma's nouns, with why.
export interface Nominalisation {
  lemma: string;
  nouns: string[];
  reason: string;
}

const n = (lemma: string, nouns: string, reason: string): Nominalisation => ({ lemma, nouns: nouns.split(/\s+/), reason });

export const NOMINALISATIONS: readonly Nominalisation[] = [
  n('expel', 'expulsion expulsions', '"the expulsion of British diplomats"'),
  n('withdraw', 'withdrawal withdrawals', '"the withdrawal of troops from X", "the withdrawal of its ambassador from Y"'),
  n('recall', 'recall', '"the recall of its ambassador from X"'),
  n('suspend', 'suspension', '"the suspension of aid to X", "the suspension of sanctions on Y"'),
  n('halt', 'halt', '"a halt of aid to X" (rarer than "a halt to", which names no complement)'),
  n('freeze', 'freeze freezing', '"the freezing of aid to X"'),
  n('cut', 'cutting', '"the cutting of ties with X"'),
  n('sever', 'severing severance', '"the severing of ties with X"'),
  n('restore', 'restoration restoring', '"the restoration of ties with X"'),
  n('establish', 'establishment establishing', '"the establishment of diplomatic relations with X"'),
  n('normalize', 'normalization normalisation', '"the normalisation of relations with X"'),
  n('resume', 'resumption', '"the resumption of ties with X", "the resumption of aid to Y"'),
  n('lift', 'lifting', '"the lifting of sanctions on X"'),
  n('ease', 'easing', '"the easing of sanctions on X"'),
  n('deploy', 'deployment deployments', '"the deployment of troops to X"'),
  n('deliver', 'delivery deliveries', '"the delivery of weapons to X"'),
  n('supply', 'supply supplies', '"the supply of arms to X"'),
  n('ship', 'shipment shipments', '"the shipment of missiles to X"'),
  n('sell', 'sale sales', '"the sale of weapons to X"'),
  n('transfer', 'transfer transfers', '"the transfer of tanks to X"'),
  n('cancel', 'cancellation', '"the cancellation of aid to X"'),
  n('withhold', 'withholding', '"the withholding of aid to X"'),
];
