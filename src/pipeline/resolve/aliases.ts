// Aliases an article states outright: "Ahmed Rashid, also known as Abu Hamza",
// "Gibraltar, known as the Rock", "Czechia, formerly Czechoslovakia", an acronym in
// brackets after a name ("Federal Security Service (FSB)"). The words between two
// mentions say they are one thing; the patterns are data, each with its reason.
import type { Mention, Segmented } from '../../types.ts';
import { isAcronym, lookupOrganization, lookupPlace } from '../gazetteer/index.ts';
import { initials } from './names.ts';
import { spellsOut } from '../gazetteer/spelled-acronyms.ts';

export interface AliasPattern {
  /** Matches the whole text between the name and its alias. */
  between: RegExp;
  /** Recorded as the merge rule. */
  rule: string;
  reason: string;
}

/** What may stand between a name and an alias it is given; "the" before the alias is allowed everywhere. */
export const ALIAS_PATTERNS: AliasPattern[] = [
  { between: /^\s*[,(]?\s*(?:also|better|more commonly|commonly|widely|popularly|locally)\s+(?:known|referred to)\s+as\s+(?:the\s+)?$/i, rule: 'also-known-as', reason: 'the article says the name is also used for it' },
  // "X, better known by his nom de guerre Y", "X, known by the nickname Y"
  { between: /^\s*[,(]?\s*(?:also\s+|better\s+|more\s+commonly\s+|widely\s+)?known\s+by\s+(?:his|her|their|its|the)\s+(?:nom\s+de\s+guerre|nickname|alias|pseudonym|moniker|code\s?name|pen\s+name|nom\s+de\s+plume|stage\s+name|name)\s*,?\s*(?:of\s+)?$/i, rule: 'also-known-as', reason: 'the article gives another name it goes by' },
  { between: /^\s*[,(]?\s*(?:a\.?k\.?a\.?|alias)\s+(?:the\s+)?$/i, rule: 'also-known-as', reason: '"aka" / "alias" introduces another name' },
  { between: /^\s*[,(]\s*(?:known\s+as|nicknamed|dubbed)\s+(?:the\s+)?$/i, rule: 'epithet', reason: 'a name the article defines for it ("known as", "dubbed", "nicknamed")' },
  { between: /^\s*[,(]\s*(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?\s+(?:the\s+)?$/i, rule: 'formerly', reason: 'its former name, stated in the article' },
];

export interface AliasLink {
  /** The mention of the name and the mention that is another name for it. */
  name: Mention;
  alias: Mention;
  rule: string;
  detail: string;
}

/** The first letters that an acronym in brackets may start with: initials of the name's capitalised words. */
function acronymFits(acronym: string, name: string): boolean {
  return initials(name).includes(acronym.replace(/\./g, '')[0]!);
}

/**
 * "Republican People's Party (CHP)": an organisation's acronym in its own language fits no English initials; taken
 * when the acronym names nothing else the gazetteer knows.
 */
function translatedAcronym(acronym: string, name: Mention): boolean {
  return name.type === 'organization' && !lookupOrganization(acronym) && !lookupPlace(acronym).length;
}

/** Alias links between consecutive mentions of one sentence (mentions sorted by start). */
export function statedAliases(seg: Segmented, mentions: Mention[]): AliasLink[] {
  const text = seg.article.text;
  const out: AliasLink[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    // "X, the leader of the Y gang known by his alias Z": a person's own alias, given after a description of the person
    // with other names in it, is the alias of the last person named before it in the sentence
    const owner = b.type === 'person' && PERSONAL_ALIAS_BEFORE.test(text.slice(Math.max(0, b.start - 40), b.start)) ? lastPersonBefore(mentions, i + 1) : undefined;
    if (owner) {
      out.push({ name: owner, alias: b, rule: 'also-known-as', detail: `"${b.text}" is given as the alias of "${owner.text}" ("his alias", "her nickname")` });
      continue;
    }
    // "Jimmy Cherizier, a former police officer known as Barbecue": a person's nickname given after a description of
    // the person in lower-case words
    if (a.type === 'person' && a.sentence === b.sentence && b.start > a.end && b.start - a.end <= 80 && DESCRIBED_THEN_KNOWN_AS.test(text.slice(a.end, b.start))) {
      out.push({ name: a, alias: b, rule: 'also-known-as', detail: `"${b.text}" is given as what "${a.text}", described before it, is known as` });
      continue;
    }
    if (a.sentence !== b.sentence || b.start < a.end || b.start - a.end > 40) continue;
    const between = text.slice(a.end, b.start);
    // "X, formerly Y's ...": a possessive after the second name makes it no alias
    if (/^['’]s\b/.test(text.slice(b.end, b.end + 3))) continue;
    // "Kenya Wildlife Service (KWS)": an acronym in brackets right after an organisation's name
    if (/^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(b.end, b.end + 3)) && isAcronym(b.text) && a.type !== 'person' && !isAcronym(a.text) && (acronymFits(b.text, a.text) || translatedAcronym(b.text, a))) {
      out.push({ name: a, alias: b, rule: 'acronym-in-brackets', detail: `"${b.text}" is given in brackets after "${a.text}"` });
      continue;
    }
    // "the Federal Economic Competition Commission (Cofece)": one word in brackets right after a body's name of three
    // words or more, read as a body too, that names nothing the gazetteer knows, its first letter among the name's
    // initials, is the body's short form (in its own language: the letters need not spell the English name)
    if (/^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(b.end, b.end + 3)) && /^\p{Lu}\p{Ll}{2,}$/u.test(b.text)
      && a.type === 'organization' && b.type === 'organization' && a.text.split(/\s+/).length >= 3 && acronymFits(b.text, a.text) && translatedAcronym(b.text, a)) {
      out.push({ name: a, alias: b, rule: 'acronym-in-brackets', detail: `"${b.text}" is given in brackets after "${a.text}"` });
      continue;
    }
    const defined = definedShortForm(text, a, b, between);
    if (defined) {
      out.push(defined);
      continue;
    }
    for (const p of ALIAS_PATTERNS) {
      if (!p.between.test(between)) continue;
      out.push({ name: a, alias: b, rule: p.rule, detail: `"${a.text}${between}${b.text}": ${p.reason}` });
      break;
    }
  }
  return out;
}

/** ", a former police officer known as ", ", the gang leader nicknamed ": a description, then the name it goes by. */
const DESCRIBED_THEN_KNOWN_AS = /^\s*,\s*(?:a|an|the)\s+(?:[a-z][a-z'-]*\s+){1,5}(?:(?:also|better|widely|popularly)\s+)?(?:known\s+as|nicknamed|dubbed)\s+(?:the\s+)?$/;

/** "... by his alias", "her nickname": the words before a person's own other name. */
const PERSONAL_ALIAS_BEFORE = /\b(?:his|her)\s+(?:alias|nickname|nom\s+de\s+guerre)\s*,?\s*$/i;

/** The last person mention before mentions[j] in its sentence, within 200 characters, else undefined. */
function lastPersonBefore(mentions: Mention[], j: number): Mention | undefined {
  const b = mentions[j]!;
  for (let k = j - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sentence !== b.sentence || b.start - m.end > 200) return undefined;
    if (m.type === 'person') return m;
  }
  return undefined;
}

/**
 * "the Economic Community of West African States (Ecowas)", "The Caribbean Community, or CARICOM,": a short form
 * given right after a body's name, in brackets or after ", or", whose letters spell the name out (acronyms written
 * as a word, or taking two letters of a word or leaving one out, which the bracket rule above does not take).
 */
function definedShortForm(text: string, a: Mention, b: Mention, between: string): AliasLink | undefined {
  if (a.type === 'person' || b.text.includes(' ') || isAcronym(a.text) || !spellsOut(b.text, a.text)) return undefined;
  const after = text.slice(b.end, b.end + 3);
  const bracketed = /^\s*\(\s*$/.test(between) && /^\s*\)/.test(after);
  const orForm = /^\s*,\s*or\s+$/.test(between) && /^\s*[,.;)]/.test(after);
  if (!bracketed && !orForm) return undefined;
  return { name: a, alias: b, rule: 'acronym-in-brackets', detail: `"${b.text}" is given ${bracketed ? 'in brackets' : 'after ", or"'} after "${a.text}" and spells it out` };
}
