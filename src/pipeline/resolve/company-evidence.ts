// "Norwegian fish farmer Brekke Holm has agreed to buy ... Brekke, which is based in Bergen ...
// Brekke shares rose": the tagger read the full name as a person's, and its short form joined it
// as that person's surname or given name. A reader takes the whole as a company when the short
// form is used as one: typed an organisation most of the times it appears, at least once by what
// the words around it say ("shares" after it, "'s board", ", which", "shares in" before it), and
// no mention of the name has a person's title.

/** What this decision reads of a mention. */
export interface MentionReading {
  type: string;
  reason: string;
  title?: string;
}

/** Readings that rest on the tagger's label alone, or on a name's shape. */
const BARE_READING = /^(?:tagger (?:PER|ORG|LOC|MISC)(?:, not in the gazetteer)?|capitalised name of person shape)$/;

/** The reason a person's group is a company by how the article uses its name, or undefined. */
export function companyByUse(mentions: MentionReading[]): string | undefined {
  if (mentions.some((m) => m.title)) return undefined;
  const asBody = mentions.filter((m) => m.type === 'organization');
  const asPerson = mentions.filter((m) => m.type === 'person' || m.type === 'other');
  const vouched = asBody.find((m) => !BARE_READING.test(m.reason) && !/retyped|person|title/.test(m.reason));
  if (!vouched || asBody.length <= asPerson.length) return undefined;
  return `${asBody.length} of its ${mentions.length} mentions read as an organisation, one by context (${vouched.reason})`;
}
