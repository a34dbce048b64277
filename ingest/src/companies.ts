// Companies under their full legal name (宁德时代新能源科技股份有限公司, 中建八局第二建设有限公司,
// 国开启科量子技术（北京）有限公司): the legal form closes the name, and the name runs left over whatever
// jieba makes of the trade name — verbs (开发, 投资), ordinals (第二), a place in brackets — up to the
// word that introduces it (由, 与, 引进了) or punctuation. A branch after it (…有限公司济南分公司) belongs to it.
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';
import { CAPACITY, GOVERNING, isPunct, ROLE_NOUN, tokenIndex, trimName } from './suffixes.ts';

/** Legal forms that end a company's registered name. */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司)$/;
/** A branch printed after the legal name: a place (济南, 济南历下) and 分公司, 分行 or a bank's 支行. */
const BRANCH = /^[\u4e00-\u9fa5]{2,5}?(?:分公司|分行|支行|子公司)/;
const MAX_NAME = 32;
/** Words that introduce a company rather than belong to its name. */
const INTRODUCERS = new Set(['由', '与', '和', '及', '同', '跟', '向', '对', '在', '是', '为', '将', '把', '从', '以', '的', '了', '等', '其中', '包括', '如', '像']);
/** Parentheses inside a registered name hold a place or a short note: （北京）, （集团）. */
const BRACKETED = /^[（(][\u4e00-\u9fa5]{1,4}[）)]$/;

/** Companies found, and the parent company printed at the start of a branch's name (a nested mention). */
export function companyCandidates(text: string, tokens: Token[]): { companies: Candidate[]; parents: Candidate[] } {
  const at = tokenIndex(text, tokens);
  const out: Candidate[] = [];
  const parents: Candidate[] = [];
  for (const [i, t] of tokens.entries()) {
    if (!LEGAL_FORM.test(t.word) && !(t.word === '公司' && /(?:有限|股份有限|有限责任)$/.test(text.slice(Math.max(0, t.start - 4), t.start)))) continue;
    let first = i;
    for (let j = i - 1; j >= 0; j--) {
      const w = tokens[j];
      if (t.end - w.start > MAX_NAME) break;
      // a bracketed place is printed inside the name: （北京）
      if (w.word === '）' || w.word === ')') {
        const open = text.lastIndexOf(w.word === '）' ? '（' : '(', w.start);
        if (open < 0 || !BRACKETED.test(text.slice(open, w.end))) break;
        while (j > 0 && tokens[j].start > open) j--;
        first = j;
        continue;
      }
      // 和 after a single character is a trade name's (六和, 同和), not a list's
      if (w.word === '和' && tokens[j - 1]?.word.length === 1 && !isPunct(tokens[j - 1])) {
        first = j;
        continue;
      }
      // …and 和 between a place and a single character (沈阳和润, 山东和美) is a trade name's too: a list joins words
      if (w.word === '和' && tokens[j + 1] && tokens[j + 1] !== t && tokens[j + 1].word.length === 1 && /^ns/.test(tokens[j - 1]?.tag ?? '')) {
        first = j;
        continue;
      }
      // a role noun (建设方, 承建单位, 运营商) introduces the company that fills the role
      if (ROLE_NOUN.test(w.word) && j < i - 1) break;
      // 联合 after a whole body (某区财政局联合某银行…) or before a place opening a registered name (某某物流联合广西…有限公司)
      // joins two actors: the firm starts after it (中国联合网络… keeps it)
      if (w.word === '联合' && (/(?:局|院|委|会|办|部|中心|政府|公司|银行)$/.test(tokens[j - 1]?.word ?? '') || /^ns/.test(tokens[j + 1]?.tag ?? ''))) break;
      // …and so does what says how it is owned (全资子公司, 区属国企, 旗下): it introduces the firm, it is no part of its name
      if (j < i - 1 && /^(?:(?:全资|控股)?子公司|[\u4e00-\u9fa5]{0,2}国企|旗下|下属|所属)$/.test(w.word)) break;
      if (isPunct(w) || INTRODUCERS.has(w.word) || (GOVERNING.has(w.word) && w.word !== '建设' && w.word !== '投资') || /^(?:p|c|u.*|r|y|e)$/.test(w.tag)) break;
      // a figure ends the name (投资45亿元), an ordinal belongs to it (第二建设)
      if (/^m/.test(w.tag) && !/^第[一二三四五六七八九十\d]+$/.test(w.word) && !/^[\u4e00-\u9fa5]+$/.test(w.word)) break;
      first = j;
    }
    // (a registered name jieba knows as one word stands alone: only a branch printed after it, …有限公司某地支行, is the rules' to name)
    if (first === i && !(t.word.replace(LEGAL_FORM, '').length >= 2 && BRANCH.test(text.slice(t.end, t.end + 8)))) continue;
    const start = withTradeHead(tokens, at, trimName(text, tokens, at, tokens[first].start, t.end));
    let end = t.end;
    // (的全资子公司 after a parent is what the parent owns, unnamed: no branch)
    const branch = BRANCH.exec(text.slice(end, end + 8));
    if (branch && !/^的|全资|控股/.test(branch[0])) end += branch[0].length;
    const name = text.slice(start, end);
    // the legal form alone, or a form with one word before it, is no name (集团有限公司)
    if (text.slice(start, t.end).replace(LEGAL_FORM, '').length < 2 || /^(?:集团|股份|控股|科技|实业)?(?:股份有限公司|有限责任公司|有限公司)$/.test(name)) continue;
    out.push({ start, end, name, type: 'Enterprise', rule: 'suffix' });
    if (end > t.end) parents.push({ start, end: t.end, name: text.slice(start, t.end), type: 'Enterprise', rule: 'suffix' });
  }
  // a bank's branch printed after the bank's short name (某银行某市某县支行, 某银行某省分行某新区支行): jieba tags 分行 and 支行
  // verbs, so growth from them stops at the place; read from the bank's token on, the branch is the firm, the bank and an
  // intermediate 分行 its parents (nested mentions)
  for (const t of tokens) {
    if (!/^[\u4e00-\u9fa5]{2,8}银行$/.test(t.word)) continue;
    const m = /^(?:([\u4e00-\u9fa5]{2,5}?分行))?[\u4e00-\u9fa5]{2,6}?支行/.exec(text.slice(t.end, t.end + 16));
    if (!m || /[的和与及在向等将为]/.test(m[0]) || out.some((c) => c.start <= t.start && c.end >= t.end + m[0].length)) continue;
    out.push({ start: t.start, end: t.end + m[0].length, name: text.slice(t.start, t.end + m[0].length), type: 'Enterprise', rule: 'suffix' });
    parents.push({ start: t.start, end: t.end, name: t.word, type: 'Enterprise', rule: 'suffix' });
    if (m[1]) parents.push({ start: t.start, end: t.end + m[1].length, name: t.word + m[1], type: 'Enterprise', rule: 'suffix' });
  }
  return { companies: out, parents };
}

/**
 * A trade name's first character that jieba read as a preposition, measure word or verb (顺/p 丰速运, 天/q 水花牛,
 * 保定/v 颐康): right after a word that introduces the company (与, 引入, 授予, a comma) it cannot be a second
 * introducer, so it is the name's. One character, or a two-character "verb" before a word jieba does not know
 * (a conjunction, 既有, stays out).
 */
function withTradeHead(tokens: Token[], at: Int32Array, start: number): number {
  const i = at[start];
  const b = tokens[i - 1];
  const before = tokens[i - 2];
  if (!b || tokens[i]?.start !== start || !/^(?:p|q|v|d|c)$/.test(b.tag) || INTRODUCERS.has(b.word) || GOVERNING.has(b.word)) return start;
  if (!(b.word.length === 1 || (b.word.length === 2 && b.tag === 'v' && tokens[i].tag === 'x'))) return start;
  if (!before || !(isPunct(before) || INTRODUCERS.has(before.word) || /^(?:p|v)$/.test(before.tag))) return start;
  return b.start;
}

/**
 * Trades that end a firm's short form (某某化工, 某某新材料, 某某桩业): a firm named by place, brand and trade, without its
 * legal form, as local news prints the firms a list or a signing names.
 */
const TRADE = /(?:化工|化学|纺织|新材料|建材|彩印|钢铁|石化|制药|药业|食品|机械|电子|电气|物流|置业|地产|桩业|实业|矿业|毛巾|生物|医药|重工|新能源|石油科技|科技)$/;
/** What opens a short form's brand and is no brand: a scope, a count, a pronoun, the clause's own words. */
const NOT_A_BRAND = /^(?:全|各|该|本|其|这|共|新|其中|以及|还有|包括|分别)/;

/**
 * A firm printed by its short form where only a firm can stand: as the one that invests (某某化工投资8亿元的…), or as the
 * owner opening a project's capacity (某某新材料24万吨/年…项目, 某某科技年产5000吨…项目). The form runs from the list
 * separator or the clause's start to the trade; a brand of two characters or more must stand before the trade.
 */
const SHORT_FORM_BEFORE = new RegExp(`(?<=^|[：:，,、；;（(\\s])([\\u4e00-\\u9fa5]{4,12}?)(?=投资\\d|年产\\d|${CAPACITY.source})`, 'g');
export function shortFormFirms(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SHORT_FORM_BEFORE)) {
    const name = m[1];
    const trade = TRADE.exec(name)?.[0];
    if (!trade || name.length - trade.length < 2 || NOT_A_BRAND.test(name)) continue;
    out.push({ start: m.index, end: m.index + name.length, name, type: 'Enterprise', rule: 'pattern' });
  }
  return out;
}
