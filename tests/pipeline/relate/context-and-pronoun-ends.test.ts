// A bare national title ("President X") is read against the article's country (basis context) only when the article
// does not state that another person holds that office there; an object pronoun is not the body its clause's subject is
// named by. Articles written for this test.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe("the context's country for a bare title, unless another holds that office there", () => {
  it('a president of the dateline country named with its nationality leaves the bare "President" to another country', async () => {
    const text = 'BOGOTA (Reuters) - Colombia named a new ambassador on Sunday.\n\n'
      + 'Jorge Mesa, a former senator named by Colombian President Laura Ortega, landed in Caracas and will present his credentials to President Ramon Aguilar on Monday.';
    const lines = await readTypedLines(text);
    expect(lines).toContain('Laura Ortega -president of-> Colombia');
    expect(lines).not.toContain('Ramon Aguilar -president of-> Colombia');
  });

  it('guard: with no other holder stated, the bare title is the dateline country\'s', async () => {
    const text = 'BOGOTA (Reuters) - Colombia named a new ambassador on Sunday.\n\nPresident Ramon Aguilar said the talks would resume in March.';
    expect(await readTypedLines(text)).toContain('Ramon Aguilar -president of-> Colombia');
  });

  it('guard: a deputy\'s office is held by several, so it does not exclude', async () => {
    const text = 'BOGOTA (Reuters) - Colombia named a new ambassador on Sunday.\n\n'
      + 'Colombian Deputy Foreign Minister Laura Ortega said on Monday that Deputy Foreign Minister Ramon Aguilar would lead the talks.';
    expect(await readTypedLines(text)).toContain('Ramon Aguilar -deputy foreign minister of-> Colombia');
  });
});

describe("an object pronoun is not the body its clause's subject is named by", () => {
  it('"China\'s regulator fined it" does not make China fine its own regulator', async () => {
    const text = 'The fine is the second large penalty for Nordvik in two years. '
      + "China's National Development and Reform Commission fined it $975 million in 2015.";
    expect((await readTypedLines(text)).filter((l) => l.endsWith('-> National Development and Reform Commission') && l.includes(' fined'))).toEqual([]);
  });

  it('guard: a description object may still be the country a phrase inside the subject names', async () => {
    const text = 'The United Nations special envoy for Tajikistan, Henrik Lindqvist, urged the government to respect the truce.';
    expect(await readTypedLines(text)).toContain('Henrik Lindqvist -020 urged-> Tajikistan');
  });
});
