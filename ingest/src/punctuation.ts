// Chinese text printed with ASCII punctuation. Web pages, archives and reprints often carry Chinese news with
// half-width commas, semicolons and colons (2月6日上午,德州市…; 总投资50亿元;其中…): every real page in
// eval-texts/real*/ does. The rules read clauses by the full-width marks the press prints (，；：), so the text is read
// with those marks in place of the ASCII ones, one character for one, and every name is given back as the page prints
// it: offsets, evidence and names stay the page's own.
import type { Extraction } from './model.ts';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》]/;

/**
 * The text with an ASCII mark that stands in Chinese prose (next to a Chinese character, a full-width mark or a
 * Chinese quote) replaced by its full-width form. A mark between digits (1,000, 10:30) or in Latin text stays.
 */
export function withFullWidthMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const full = FULL[c];
    const [before, after] = [text[i - 1] ?? '', text[i + 1] ?? ''];
    out += full && !(/\d/.test(before) && /\d/.test(after)) && (CJK.test(before) || CJK.test(after)) ? full : c;
  }
  return out;
}

/**
 * An extraction of the text read with full-width marks, with every name as the page prints it: a name holding a mark
 * that was changed is read back from the page where the read text prints it (the change is one character for one, so
 * the offsets are the same). Names built from several places (an edition and an event) keep the full-width mark.
 */
export function asPrinted(x: Extraction, page: string, read: string): Extraction {
  if (page === read) return x;
  const printed = new Map<string, string>();
  const back = (name: string): string => {
    if (!/[，；：！？]/.test(name)) return name;
    let known = printed.get(name);
    if (known === undefined) {
      const at = read.indexOf(name);
      known = at < 0 ? name : page.slice(at, at + name.length);
      printed.set(name, known);
    }
    return known;
  };
  // (a name the curated graph already holds keeps its curated form: the draft matches it to the graph by that name)
  const renamed = new Map(x.entities.map((e) => [e.name, e.known ? e.name : back(e.name)]));
  const name = (n: string) => renamed.get(n) ?? back(n);
  return {
    ...x,
    text: page,
    entities: x.entities.map((e) => ({ ...e, name: name(e.name), aliases: e.aliases.map(back) })),
    mentions: x.mentions.map((m) => ({ ...m, name: name(m.name) })),
    relations: x.relations.map((r) => ({ ...r, source: name(r.source), target: name(r.target) })),
    figures: x.figures.map((f) => ({ ...f, entity: name(f.entity), amount: back(f.amount) })),
  };
}

/** Read a page as the rules read it (full-width marks) and give the extraction back as the page prints it. */
export function readAsPrinted(page: string, read: (text: string) => Extraction): Extraction {
  const text = withFullWidthMarks(page);
  return asPrinted(read(text), page, text);
}
