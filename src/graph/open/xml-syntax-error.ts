// The error of an XML text that is not well formed (its message names the line),
// apart from the reader so the shared parse.ts can tell it from a GEXF problem
// without loading the reader in the browser.
export class XmlSyntaxError extends Error {}
