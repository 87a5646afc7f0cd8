// @xmldom/xmldom quietly repairs a mismatched or missing end tag (it reports
// nothing, even to its error handler), which would turn a truncated file into a
// partial graph. The browser's parser refuses such XML; this check makes Node
// refuse it too. It only checks nesting, which is what xmldom lets through.

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/?([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Throws an Error naming the line of the first end tag that does not close the open element. */
export function checkTagBalance(xml: string): void {
  const stack: string[] = [];
  const lineAt = (index: number) => xml.slice(0, index).split('\n').length;
  for (const match of xml.matchAll(TOKEN)) {
    const [whole, name, rest] = match;
    if (!name) continue; // comment, CDATA, processing instruction, doctype
    if (whole.startsWith('</')) {
      const open = stack.pop();
      if (open !== name) {
        throw new Error(`line ${lineAt(match.index)}: end tag </${name}> ${open ? `does not close <${open}>` : 'has no open element'}`);
      }
    } else if (!rest.trimEnd().endsWith('/')) {
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`the file ends before <${stack[stack.length - 1]}> is closed`);
}
