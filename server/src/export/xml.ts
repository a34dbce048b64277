// XML writing shared by GraphML and GEXF: fast-xml-parser's builder with our escaping, so a property's
// newlines, tabs and carriage returns survive inside attribute values and characters XML 1.0 cannot
// hold at all (C0 controls, lone surrogates) become U+FFFD instead of producing an unreadable file.
import { XMLBuilder } from 'fast-xml-parser';

const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\n\r\t]/g, (c) => SPECIAL[c]);
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: false,
  tagValueProcessor: (_name, value) => escapeXml(String(value)),
  attributeValueProcessor: (_name, value) => escapeXml(String(value)),
});

/** An element tree in fast-xml-parser's object form: `@name` attributes, `#text` text, arrays for repeats. */
export type XmlTree = Record<string, unknown>;

export function buildXml(tree: XmlTree): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(tree)}`;
}
