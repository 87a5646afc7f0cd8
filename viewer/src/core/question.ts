// Is what was typed in the search box a question (answered by the question
// engine, src/query/ask) rather than a name to look up? A name never ends with
// a question mark and never starts with a question word or an auxiliary, so the
// test is on form alone: "who is connected to Pushilin" is a question even
// before its question mark, "Donetsk" and "Who" (a name alone) are not.
// Pure: unit-tested in Node.

const OPENERS = [
  'who', 'whom', 'whose', 'what', "what's", 'which', 'how', 'why', 'when', 'where',
  'is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have', 'had',
  'tell', 'describe', 'list', 'summarize', 'summarise',
];

/** Opening phrases of commands the engine understands ("show me the path between…", "neighbours of X"). */
const COMMANDS = /^(?:show(?: me)?|find) (?:the |all )?(?:shortest )?(?:path|paths|connection|connections|link|links|neighbou?rs|relations) (?:from|between|of|for) \S/i;
const LISTS = /^(?:neighbou?rs|connections|relations|links|common neighbou?rs|shared connections) (?:of|for|between) \S/i;

export function looksLikeQuestion(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return false;
  const words = t.split(' ');
  // A question mark after at least two words; a single word with one is a name being doubted.
  if (/\?\s*$/.test(t) && words.length >= 2) return true;
  if (COMMANDS.test(t) || LISTS.test(t)) return true;
  // A question word followed by at least two more words ("Who is X", not "Who" or "What If").
  return words.length >= 3 && OPENERS.includes(words[0]!.toLowerCase());
}
