// XML text for streaming writers: escaping that never produces an invalid
// document. Characters XML 1.0 cannot carry at all (C0 controls, lone
// surrogates, U+FFFE/U+FFFF) are dropped; tabs and line breaks inside
// attribute values are written as character references so readers keep them.

/** Everything outside XML 1.0's Char production. */
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ATTR_SPECIAL = /[&<>"'\t\n\r]/g;
const TEXT_SPECIAL = /[&<>]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Remove characters that XML 1.0 forbids. */
export function dropInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** A string safe inside a double-quoted attribute value. */
export function escapeAttr(value: unknown): string {
  return dropInvalidXmlChars(String(value ?? '')).replace(ATTR_SPECIAL, (c) => ENTITIES[c]!);
}

/** A string safe as element text. */
export function escapeText(value: unknown): string {
  return dropInvalidXmlChars(String(value ?? '')).replace(TEXT_SPECIAL, (c) => ENTITIES[c]!);
}

/** A finite number as XML Schema accepts it (NaN and infinities become the fallback). */
export function xmlNumber(n: unknown, fallback = 0): string {
  const v = typeof n === 'number' ? n : Number(n);
  return String(Number.isFinite(v) ? v : fallback);
}

/** Whitespace collapsed (for xsd:token attributes such as labels). */
export function collapse(text: unknown): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}
