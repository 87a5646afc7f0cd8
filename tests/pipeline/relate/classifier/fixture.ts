// A tiny CoNLL04-style corpus written for the tests (invented sentences, the
// SpERT JSON shape): tokens, BILOU tags over Peop/Org/Loc/Other, relations
// between entities by their order of appearance.
import type { Conll04Item } from '../../../../src/pipeline/relate/classifier/conll04.ts';

type Tok = [word: string, tag?: string];

function item(toks: Tok[], relations: Array<[head: number, tail: number, type: string]>): Conll04Item {
  return { tokens: toks.map((t) => t[0]), tags: toks.map((t) => t[1] ?? 'O'), relations: relations.map(([head, tail, type]) => ({ head, tail, type })) };
}

export const TINY_CONLL04: Conll04Item[] = [
  item([['Anna', 'B-Peop'], ['Berg', 'L-Peop'], [','], ['a'], ['spokeswoman'], ['for'], ['Nordic', 'B-Org'], ['Steel', 'L-Org'], [','], ['said'], ['so'], ['.']], [[0, 1, 'Work_For']]),
  item([['Nordic', 'B-Org'], ['Steel', 'L-Org'], [','], ['based'], ['in'], ['Oslo', 'U-Loc'], [','], ['cut'], ['jobs'], ['.']], [[0, 1, 'OrgBased_In']]),
  item([['Ivan', 'B-Peop'], ['Petrov', 'L-Peop'], ['killed'], ['Karl', 'B-Peop'], ['Lund', 'L-Peop'], ['in'], ['1990'], ['.']], [[0, 1, 'Kill']]),
  item([['Karl', 'B-Peop'], ['Lund', 'L-Peop'], ['was'], ['killed'], ['by'], ['Ivan', 'B-Peop'], ['Petrov', 'L-Peop'], ['.']], [[1, 0, 'Kill']]),
  item([['Maria', 'B-Peop'], ['Lopez', 'L-Peop'], [','], ['45'], [','], ['of'], ['Bergen', 'U-Loc'], [','], ['Norway', 'U-Loc'], [','], ['was'], ['hurt'], ['.']], [[0, 1, 'Live_In'], [0, 2, 'Live_In'], [1, 2, 'Located_In']]),
  item([['Ola', 'B-Peop'], ['Dahl', 'L-Peop'], ['met'], ['Anna', 'B-Peop'], ['Berg', 'L-Peop'], ['in'], ['Oslo', 'U-Loc'], ['.']], []),
  item([['Tromso', 'U-Loc'], [','], ['in'], ['northern'], ['Norway', 'U-Loc'], [','], ['was'], ['cold'], ['.']], [[0, 1, 'Located_In']]),
  item([['Per', 'B-Peop'], ['Moe', 'L-Peop'], ['works'], ['for'], ['Fjord', 'B-Org'], ['Bank', 'L-Org'], ['.']], [[0, 1, 'Work_For']]),
  item([['Fjord', 'B-Org'], ['Bank', 'L-Org'], ['sued'], ['Nordic', 'B-Org'], ['Steel', 'L-Org'], ['in'], ['Bergen', 'U-Loc'], ['.']], []),
  item([['Sven', 'B-Peop'], ['Aas', 'L-Peop'], ['visited'], ['Bergen', 'U-Loc'], ['on'], ['Monday', 'U-Other'], ['.']], []),
];
