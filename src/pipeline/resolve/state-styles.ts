// "Iran ... the Islamic Republic": news calls a state by the style its official name opens with ("Islamic Republic of
// Iran", "People's Republic of China", "Hashemite Kingdom of Jordan"). Such a style of two or more words, read as a
// place or a body of its own, is the state whose official name opens with it, when exactly one state the article names
// has it (two or more: no join; a style of one word, "the Kingdom", says too little).
import { nameKey, officialNameOf } from '../gazetteer/index.ts';

/** The style of a country's official name: the words before its " of " when two or more ("Islamic Republic"). */
function styleOf(id: string): string | undefined {
  const official = officialNameOf(id) ?? '';
  const at = official.indexOf(' of ');
  const style = at > 0 ? official.slice(0, at) : '';
  return style.split(/\s+/).length >= 2 ? style : undefined;
}

/** The one country id among `named` whose official name's style is `text` ("the" before it left out), if exactly one. */
export function stateOfStyle(text: string, named: Iterable<string>): string | undefined {
  const key = nameKey(text.replace(/^the\s+/i, ''));
  if (!key.includes(' ')) return undefined;
  const ids = [...named].filter((id) => { const style = styleOf(id); return !!style && nameKey(style) === key; });
  return ids.length === 1 ? ids[0] : undefined;
}
