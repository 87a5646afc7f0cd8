// How deep an HTML page nests and how many elements it has, read off the raw text
// in one pass, before any parser sees it. The DOM parser (linkedom) and Readability
// both cost far more than linear time on deep nesting: 10,000 nested <div>s
// overflowed the stack, and 1 MB of unclosed tags took minutes of CPU. Real
// article pages nest a few dozen levels, so a page past the limit is refused
// before it is parsed.
//
// The scan approximates the parser: void elements and self-closed tags open
// nothing; elements whose end tag HTML lets you leave out (p, li, td, ...) are not
// counted as nesting; an end tag closes back to the latest element of its name,
// and is ignored if none is open; script, style and comments are skipped whole.

/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
/** Elements closed implicitly by the next of their kind or their parent's end: never counted as nesting. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp', 'colgroup', 'caption', 'html', 'head', 'body']);
/** Their content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

export interface HtmlShape {
  /** Deepest nesting of elements (an approximation of the parsed tree's depth). */
  depth: number;
  /** Start tags. */
  elements: number;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>|<!--/g;

export function htmlShape(html: string): HtmlShape {
  const open: string[] = [];
  /** How many of each name are in `open`: an end tag with none open is skipped without a search. */
  const counts = new Map<string, number>();
  let depth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!counts.get(name)) continue;
      for (;;) {
        const top = open.pop()!;
        counts.set(top, counts.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    elements++;
    if (RAW_TEXT.has(name)) {
      const end = indexOfEndTag(html, name, TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end;
      continue;
    }
    if (m[3] || VOID.has(name) || IMPLIED_END.has(name)) continue;
    open.push(name);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (open.length > depth) depth = open.length;
  }
  return { depth, elements };
}

/** Offset of `</name` from `from`, any case; -1 if there is none. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}`, 'ig');
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}
