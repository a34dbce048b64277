// Names are printed forms. An alias must occur in some article (a form nobody printed cannot be
// searched for in the text and only invites wrong merges); a canonical name is not wrapped whole in
// quotation marks (项目突破年, not “项目突破年”): marks stay only around the slogan inside a longer
// name, as printed (“中优”战略, “双减”政策).

const QUOTED_WHOLE = /^[“"「『‘'][^“”"「」『』‘’']*[”"」』’']$/;

export function wrappedInQuotes(name: string): boolean {
  return QUOTED_WHOLE.test(name);
}

/** True when `form` occurs in one of the texts, also across a line break the layout put inside it. */
export function printedIn(form: string, texts: string[]): boolean {
  return texts.some((t) => t.includes(form) || t.replace(/[\r\n]+/g, '').includes(form));
}
