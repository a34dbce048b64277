// Industries printed bare under their usual names (发展储能电池产业, 围绕预制菜、乳制品…): the terms are
// data (ingest/lexicon.yaml's industry_terms); the rule takes one only where jieba's words begin and end with it,
// so a term is never cut out of a longer word, and longer names that hold one (…陶瓷新材料产业园) win in selection.
import { fromLexicon, lexicon } from './lexicon.ts';
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';

export function industryCandidates(text: string, tokens: Token[], knownField: (name: string) => boolean = () => false): Candidate[] {
  const terms = fromLexicon('industries', (lex) => [...lex.industry_terms].sort((a, b) => b.length - a.length));
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const out: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  for (const term of terms)
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      // the parts made for an industry are an industry of their own (新能源汽车零部件)
      const parts = text.startsWith('零部件', i + term.length) ? '零部件' : '';
      const end = i + term.length + parts.length;
      if (!starts.has(i) || !ends.has(i + term.length) || taken.subarray(i, end).some((x) => x)) continue;
      taken.fill(1, i, end);
      out.push({ start: i, end, name: term + parts, type: 'Industry', rule: 'lexicon' });
    }
  // a list of fields closed as one (A、B、C等领域, A、B和C三大产业) is a list of industries when one of them is an industry's
  // usual name or a curated industry: its other members are fields too (A、B、C等领域: 某某零售, 某某健康)
  // (a list counted as N大产业/主业 may join its last member with 和/及: A、B、C和D四大主业)
  // (counted as N大/N个/N条 fields, industries, chains or main businesses, 三条产业链, 四个领域, 三大支柱行业, or as N大方向
  // — research's N个方向 are topics, not trades —;
  // or closed by 领域/产业 right after a last member joined by 和/及, with no 等: A、B和C领域)
  for (const m of text.matchAll(/((?:[\u4e00-\u9fa5]{2,8}、)+[\u4e00-\u9fa5]{2,8}(?:[和及][\u4e00-\u9fa5]{2,8})?)(?:等(?:领域|产业|行业)|([两三四五六七八])(?:[大个条](?:主导)?(?:产业链?|领域|主业|行业)|大方向)|(?<=[和及][\u4e00-\u9fa5]{2,8})(?<![两三四五六七八][大个条])(?=领域|产业[，。；、）]))/g)) {
    const members: { start: number; name: string }[] = [];
    let at = m.index;
    // (A、B等N大产业: the 等 closes the list, it is no member's)
    const parts = m[1].replace(/等$/, '').split('、');
    const size = m[2] ? '两三四五六七八'.indexOf(m[2]) + 2 : 0;
    // …but 和 inside a field's name (软件和信息技术服务) is no join: only where the count says one member is left
    const joined = size === parts.length + 1 ? /^([\u4e00-\u9fa5]{2,8})[和及]([\u4e00-\u9fa5]{2,8})$/.exec(parts[parts.length - 1]) : null;
    if (joined) parts.splice(parts.length - 1, 1, joined[1], joined[2]);
    else if (m[0] === m[1]) {
      // (closed by 领域/产业 after 和: the last member joined by 和/及 is split, unless the whole is a field's name)
      const last = /^([\u4e00-\u9fa5]{2,8})[和及]([\u4e00-\u9fa5]{2,8})$/.exec(parts[parts.length - 1]);
      if (!last || terms.includes(parts[parts.length - 1]) || knownField(parts[parts.length - 1])) continue;
      parts.splice(parts.length - 1, 1, last[1], last[2]);
    } else if (/[和及]/.test(parts[parts.length - 1]) && !m[2]) continue;
    for (const part of parts) {
      members.push({ start: at, name: part });
      at += part.length + 1;
    }
    // the first member may carry the clause's verb (提供某某技术): only a field's name at its end is taken from it
    const first = members[0];
    const isField = (name: string) => terms.includes(name) || knownField(name);
    const known = terms.find((t) => first.name.endsWith(t)) ?? [4, 3, 2].map((k) => first.name.slice(-k)).find(isField);
    // a count of firms opens a list of trades (126家A、B等行业商户): the first member starts after the count
    const trades = !m[2] && /\d+家$/.test(text.slice(Math.max(0, first.start - 6), first.start + 1));
    if (trades) members[0] = { start: first.start + 1, name: first.name.slice(1) };
    else if (known) members[0] = { start: first.start + first.name.length - known.length, name: known };
    else {
      // (the first member starts after the clause's verb, 聚焦A、B…, 重点面向A、B等行业: what follows the verb is the field)
      // (a preposition after it is the verb's, 集中在A、B…, but trades after 为/给/向 are the ones served, 可为A、B等行业提供…:
      // no list of fields)
      const inFirst = tokens.filter((t) => t.start >= first.start && t.end < first.start + first.name.length);
      const v = inFirst.findIndex((t) => /^v/.test(t.tag));
      const p = inFirst[v + 1]?.tag === 'p' ? inFirst[v + 1] : undefined;
      const from = v === -1 || /^[为给向]$/.test(p?.word ?? '') ? -1 : (p ?? inFirst[v]).end;
      if (from !== -1 && first.start + first.name.length - from >= 2) members[0] = { start: from, name: text.slice(from, first.start + first.name.length) };
      else members.shift();
    }
    // a list the text counts as so many industries or main businesses (四大主业), or the trades of counted firms, is
    // one of fields whatever its members; otherwise one member must be a field's usual name
    const counted = (size > 0 && size === members.length) || trades;
    if (!counted && !members.some((x) => isField(x.name))) continue;
    for (const x of members) {
      const end = x.start + x.name.length;
      if (x.name.length > (counted ? 8 : 6) || !starts.has(x.start) || !ends.has(end) || /[的和与及]/.test(x.name) || taken.subarray(x.start, end).some((y) => y)) continue;
      taken.fill(1, x.start, end);
      out.push({ start: x.start, end, name: x.name, type: 'Industry', rule: 'list' });
    }
  }
  // a firm's fields, two joined by 和/与/及 after the verb that says it works in them (专注A和B领域)
  for (const m of text.matchAll(/(?<=专注于?|深耕|主攻|聚焦于?)([\u4e00-\u9fa5]{2,8}?)[和与及]([\u4e00-\u9fa5]{2,8}?)领域/g)) {
    const second = m.index + m[1].length + 1;
    for (const [start, name] of [[m.index, m[1]], [second, m[2]]] as const) {
      const end = start + name.length;
      if (!starts.has(start) || !ends.has(end) || taken.subarray(start, end).some((y) => y)) continue;
      taken.fill(1, start, end);
      out.push({ start, end, name, type: 'Industry', rule: 'list' });
    }
  }
  return out;
}

/** Whether a phrase is an industry's usual name (a site named 农机装备生产基地 is no company's). */
export function isIndustryTerm(phrase: string): boolean {
  return lexicon().industry_terms.includes(phrase);
}
