// The typed relations of an analysis as one line each ("Russia -190 attacked-> Ukraine"), the form the construction
// tests assert on: co-occurrence and gazetteer knowledge left out.
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

/** `hypothetical`: mark a planned or reported-as-possible event " (hyp)" after its predicate; `negated`: a negated one " (neg)". */
export function typedLines(a: ArticleAnalysis, options: { hypothetical?: boolean; negated?: boolean } = {}): string[] {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations
    .filter((r) => r.kind !== 'cooccurrence' && r.basis !== 'knowledge')
    .map((r) => `${name(r.source)} -${r.kind === 'event' ? `${r.cameo} ` : ''}${r.predicate}${options.hypothetical && r.hypothetical ? ' (hyp)' : ''}${options.negated && r.negated ? ' (neg)' : ''}-> ${name(r.target)}`);
}

/** One text through the whole pipeline, its typed relations with the hypothetical marker. */
export async function readTypedLines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true });
}
