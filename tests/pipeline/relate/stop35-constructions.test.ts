// Classes of construction written for stop 35, each tested on sentences of the same shape written for these tests,
// through the whole pipeline (shipped tagger and parser included).
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

/** One text through the whole pipeline, its typed relations with the hypothetical and negated markers. */
async function readMarkedLines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

describe('an event reported as not (yet) done: "has yet to", "stopped short of", "avoided", "refrained from"', () => {
  it.each([
    ['Talks went on. Egypt has yet to recognise South Sudan.', 'Egypt -054 recognized (neg)-> South Sudan'],
    ['Talks went on. The United States stopped short of accusing China of espionage.', 'United States -112 accused (neg)-> China'],
    ['Talks went on. The Indian minister avoided criticising Israel.', 'India -111 criticized (neg)-> Israel'],
    ['Talks went on. Germany refrained from condemning Hungary.', 'Germany -111 condemned (neg)-> Hungary'],
  ])('%s', async (text, line) => {
    expect(await readMarkedLines(text)).toContain(line);
  });
  it.each([
    // guards: a plain perfect, and a verb of stopping without "short", keep the event as stated
    ['Talks went on. Egypt has recognised South Sudan.', 'Egypt -054 recognized-> South Sudan'],
    ['Talks went on. Germany stopped buying gas from Russia.', 'Germany -061 bought from-> Russia'],
  ])('stated: %s', async (text, line) => {
    expect(await readMarkedLines(text)).toContain(line);
  });
});
