// How a person's name is shortened in news: the surname alone ("Yeltsin"), a title and
// the surname ("Mr Blair", "President Clinton"), initials for the given names ("B. Yeltsin",
// "G.W. Bush"). One predicate, used within an article (resolve), across a corpus (graph
// merge) and by the duplicate count, so all three agree on what a short form is.
import { nameKey } from '../gazetteer/index.ts';
import { baseName } from './names.ts';

export type ShortFormRule = 'surname' | 'title-surname' | 'initials';

export interface ShortForm {
  rule: ShortFormRule;
  /** Readable reason: `"B. Yeltsin" has the initials of "Boris Yeltsin"`. */
  detail: string;
}

// In constants: a bundler may turn a Unicode-property literal into `new RegExp` at every call.
/** One or more initials written together: "B.", "B", "G.W.", "J.-P." */
const INITIALS_WORD = /^(?:\p{Lu}\.?-?){1,3}$/u;
const UPPER = /\p{Lu}/gu;

/** The words of a name as written (title and leading "the" taken off), without a possessive. */
function words(name: string): string[] {
  return baseName(name, true).split(/\s+/).filter(Boolean).map((w) => w.replace(/['’]s$/, ''));
}

/** Is this word only initials ("B.", "G.W.")? One capital without a period counts only when the name has more words. */
function isInitials(word: string): boolean {
  return INITIALS_WORD.test(word) && (word.includes('.') || word.length === 1);
}

/**
 * A full name: two words or more, the last one a surname (not initials) and at least one
 * given name written out ("Boris Yeltsin", "George W. Bush"; not "B. Yeltsin").
 */
export function isFullName(name: string): boolean {
  const ws = words(name);
  if (ws.length < 2) return false;
  if (isInitials(ws[ws.length - 1]!)) return false;
  return ws.slice(0, -1).some((w) => !isInitials(w));
}

/** The surname of a full name as a comparison key ("Boris Yeltsin" -> "yeltsin"). */
export function surnameKey(name: string): string {
  const ws = words(name);
  return nameKey(ws[ws.length - 1] ?? '');
}

/**
 * Is `short` a short form of the full name `full`? Compares words without case or
 * accents; the surname must be written the same. Undefined when it is not, or when
 * `full` is not a full name.
 */
export function personShortForm(short: string, full: string): ShortForm | undefined {
  if (!isFullName(full)) return undefined;
  const fw = words(full);
  const sw = words(short);
  if (!sw.length || nameKey(sw[sw.length - 1]!) !== nameKey(fw[fw.length - 1]!)) return undefined;
  if (sw.length === 1) {
    const titled = baseName(short, true) !== short.trim() && !/^the\s/i.test(short);
    return titled
      ? { rule: 'title-surname', detail: `"${short}" is a title with the surname of "${full}"` }
      : { rule: 'surname', detail: `"${short}" is the surname of "${full}"` };
  }
  // every word before the surname is initials, and their letters are the given names' first letters in order
  const given = sw.slice(0, -1);
  if (!given.every(isInitials)) return undefined;
  const letters = given.join('').match(UPPER)?.join('') ?? '';
  const firsts = fw.slice(0, -1).map((w) => w[0]!.toUpperCase()).join('');
  if (!letters || !firsts.startsWith(letters)) return undefined;
  return { rule: 'initials', detail: `"${short}" has the initials of "${full}"` };
}

/**
 * The first and last names of a full name as a key ("donald|trump"), and whether it has more
 * between them (a middle name or initial: "Donald J. Trump", "Hillary Rodham Clinton").
 */
export function firstAndLast(name: string): { key: string; middle: boolean } | undefined {
  if (!isFullName(name)) return undefined;
  const ws = words(name);
  if (isInitials(ws[0]!)) return undefined;
  return { key: `${nameKey(ws[0]!)}|${nameKey(ws[ws.length - 1]!)}`, middle: ws.length > 2 };
}
