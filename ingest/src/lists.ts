// List patterns: in `A、B、C等多家骨干企业` or `东岭、西岭、南岭三大片区` every member is typed by the
// head noun; a suffix shared by a list is spread over its bare members (东岭宾馆、北坡街项目 →
// 东岭宾馆项目); members the head cannot type take the type their typed siblings agree on.
import type { EntityLabel } from '../../model/index.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';
import { wordFrequency } from './segment.ts';
import { isIndustryTerm } from './industries.ts';
import { opensWithSurname, ROLE } from './people.ts';
import { fundKind, unitCentre, GOVERNING, SUFFIX_TYPES, hasNoun, isGeneric, hasVerb, isPunct, specificEnough, stopsGrowth, suffixOf, trimLeadingVerbs, trimName, trimmable } from './suffixes.ts';

/** Head nouns after a list (…等多家骨干企业), matched at the end of the head phrase. */
const HEAD_TYPES: Array<[RegExp, EntityLabel]> = [
  [/(企业|公司|运营商|集团|品牌|银行|机构|总部)$/, 'Enterprise'],
  [/(?:产业(?:链条?|集群|板块)?|行业|领域|业态|服务业|新金融|类金融|板块)$/, 'Industry'],
  [/(片区|街区|社区|区域|棚户区|城中村|地块|村|镇街|乡镇|镇|街道|功能区)$/, 'Area'],
  [/(园区|产业园|基地|载体|公园|景区|名胜区)$/, 'Park'],
  [/(荣誉|称号|奖项)$/, 'Honor'],
  [/(活动|作品|赛事|节会)$/, 'Event'],
  [/(战略|工程|行动|改革|政策|理念)$/, 'Strategy'],
  [/(平台|高校|院所|研究院)$/, 'Organization'],
  [/(建筑|楼宇|场馆|商圈|综合体|道路|街巷)$/, 'Facility'],
  [/项目$/, 'Project'],
  // a count of people (等15人, 等6名): the members are people, printed by their names alone
  [/^(?:[\d]+|[一二三四五六七八九十百]+)[人名]$/, 'Person'],
];
/** Heads that are a name suffix members share (南岭 + 片区 → 南岭片区); a modified kind (康养休闲街区) is not. */
const SPREAD_HEAD = /^(?:片区|街区|社区|[\u4e00-\u9fa5]{2}项目)$/;
/** A head shared by bare members: a quarter word, or a project of one kind (回迁项目, 棚改项目) but not a generic one (重大工程). */
const spreads = (head: string) => SPREAD_HEAD.test(head) && !(head.endsWith('项目') && isGeneric(head.slice(0, 2)));
const MAX_MEMBER = 12;
/** 三大, 两大, 五大: the count that heads a list of kinds. */
const COUNT_WORD = /^[一二三四五六七八九十两几多]+大$/;
const CLAUSE_END = /[，。；：！？\n（）(),;:!?]/;

interface Member {
  start: number;
  end: number;
}

function typeOfHead(head: string): EntityLabel | undefined {
  return HEAD_TYPES.find(([re]) => re.test(head))?.[1];
}

/**
 * The type a list's head gives one member: a platform printed bare (京东、某某等电商平台) is named by the firm that runs
 * it; one printed in quotes (“某某通”等平台) is the platform itself, a body's service, and a kind (高校、医院和企业共建…平台) no name.
 */
function memberTypeOfHead(head: string, member: string, kind: boolean): EntityLabel | undefined {
  const type = typeOfHead(head);
  return type === 'Organization' && /平台$/.test(head) && !kind && !/[“”"《》]/.test(member) ? 'Enterprise' : type;
}

/**
 * The head phrase after the last member: skip 等, counts (多家 14个 五大 一批), keep nouns. A head may
 * itself be a short list (等新零售、类零售业态; 等供应链、创新链): the first part that has a type wins.
 */
function readHead(text: string, from: number): { head: string; end: number } {
  // the title a list is awarded (等10个村“…”称号) names what they won, not what they are: the head is before it
  const rest = text.slice(from, from + 24).split(CLAUSE_END)[0].replace(/“[^”]*”(?:荣誉)?(?:称号|荣誉).*$/, '');
  // people counted after the list (A、B、C三名退休党员报名担任…, 等5人) are people, whatever place the predicate names after
  const people = /^等?((?:\d+|[一二三四五六七八九十百]+)[人名])/.exec(rest);
  if (people) return { head: people[1], end: from + people[0].length };
  const m = /^(?:等)?(?:[\d.]+[个家处项所批条座]|[一二三四五六七八九十两几多]+[个家处项所批条座大]|一批|一系列|系列|多家|多个)?([^，。；,;\s]{0,16})/.exec(rest);
  const parts = (m?.[1] ?? '')
    .split('、')
    .map((p) => /^(.*?)(?=$|作为|为|在|加快|建设|成功|基本|持续|不断|日益|逐步|推进|已|全部|实现|带动|相继|等|的|开展|发展)/.exec(p)![1].replace(/(?:[\d.]+|[一二三四五六七八九十百]+)[个家处项所条座]?$/, ''));
  // a head runs on into its predicate (等多家单位入选…, 等4个回迁项目合计…): its longest short opening that
  // names places, bodies or projects is the head; fields, programmes and modified kinds (康养休闲街区) are too
  // vague to read this way
  const typedOpening = (p: string) =>
    [...p].map((_, k) => p.slice(0, p.length - k)).find((o) => o.length >= 2 && o.length <= 4 && !/[的“”]/.test(o) && (/^(?:Area|Project|Organization|Enterprise)$/.test(typeOfHead(o) ?? '') || spreads(o)));
  // …or the shortest opening with a head noun (滨河风貌带 of 滨河风貌带提升整治)
  const opening = (p: string) => [...p].map((_, k) => p.slice(0, k + 1)).find((o) => o.length >= 2 && /^(?:Area|Park|Facility)$/.test(typeOfHead(o) ?? ''));
  const head = parts.map(typedOpening).find((o) => o) ?? parts.find((p) => typeOfHead(p)) ?? parts.map(opening).find((o) => o) ?? parts[0] ?? '';
  return { head, end: from + (m?.[0].length ?? 0) };
}

/** Ranking words make a member a claim about the head, not a name (本市唯一、全国领先的…基地). */
const RANKING = /(?:唯一|一流|首个|首家|领先|最大|最优)$/;

function validMember(s: string): boolean {
  return !RANKING.test(s) && s.length >= 2 && s.length <= MAX_MEMBER && /[\u3400-\u9fffA-Za-z]/.test(s) && !/^[\d.%]+$/.test(s) && !/[，。；：,;:]/.test(s);
}

export function listCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const at = new Int32Array(text.length).fill(-1);
  tokens.forEach((t, i) => at.fill(i, t.start, t.end));
  const clauses = text.split(/(?<=[，。；：！？\n,;:!?])/);
  let offset = 0;
  for (const clause of clauses) {
    const base = offset;
    offset += clause.length;
    // a pair counted after it (A和B两大产业) is a list of two joined by 和
    const pair = clause.includes('、') ? null : /和(?=[^，。；、和]{2,12}?两大)/.exec(clause);
    if (!clause.includes('、') && !pair) continue;
    // the list ends at its first 等; a 、 after it belongs to the head (等新零售、类零售业态)
    const deng = clause.indexOf('等', pair ? pair.index : clause.indexOf('、'));
    const seps = pair ? [base + pair.index] : [...clause.matchAll(/、/g)].map((m) => base + m.index).filter((at) => deng < 0 || at < base + deng);
    // first member: grow left from the first 、 like a name
    let i = at[seps[0] - 1];
    let first = seps[0];
    while (i >= 0 && tokens[i].start >= base && !stopsGrowth(tokens[i]) && seps[0] - tokens[i].start <= MAX_MEMBER) first = tokens[i--].start;
    while (at[first] >= 0 && first < seps[0] && trimmable(tokens[at[first]])) first = tokens[at[first]].end;
    first = trimName(text, tokens, at, first, seps[0]);
    const members: Member[] = [{ start: first, end: seps[0] }];
    for (let k = 0; k + 1 < seps.length; k++) members.push({ start: seps[k] + 1, end: seps[k + 1] });
    // last member: up to 等, a count, a separator word or the clause end
    let lastStart = seps[seps.length - 1] + 1;
    let j = at[lastStart];
    let lastEnd = lastStart;
    // a list closed by 等 has its last member printed whole before it (融资/租赁 is one member)
    const closing = deng >= 0 ? base + deng : -1;
    if (closing > lastStart && closing - lastStart <= MAX_MEMBER && !/[和及与“”]/.test(text.slice(lastStart, closing))) {
      lastEnd = closing;
      j = -1;
    }
    // …and so has the second of a counted pair, up to its count
    if (pair) {
      lastEnd = base + clause.indexOf('两大', pair.index);
      j = -1;
    }
    while (j >= 0 && j < tokens.length && tokens[j].start < base + clause.length) {
      const t = tokens[j++];
      // a count of the kinds listed (三大产业, 两大板块) closes the last member as 等 does
      if (isPunct(t) || t.word === '“' || t.word === '”' || t.word === '等' || (COUNT_WORD.test(t.word) && lastEnd > lastStart) || (/^(m|q|mq|j)$/.test(t.tag) && lastEnd > lastStart)) break;
      if (lastEnd > lastStart && (stopsGrowth(t) || /^(d|ad|vd)$/.test(t.tag)) && !/^[和及与]$/.test(t.word)) {
        // a verb inside the last member's name (生态功能/保育/区 before 四大功能区) is passed when the member ends, right
        // before the count of kinds, in the head's own last character
        const k = tokens.findIndex((x, n) => n >= j && n <= j + 1 && COUNT_WORD.test(tokens[n + 1]?.word ?? ''));
        if (/^v/.test(t.tag) && k >= 0 && tokens[k].word.length === 1 && tokens[k + 2]?.word.endsWith(tokens[k].word) && typeOfHead(tokens[k + 2].word) && tokens[k].end - lastStart <= MAX_MEMBER) lastEnd = tokens[k].end;
        break;
      }
      if (/^[和及与]$/.test(t.word) && lastEnd > lastStart) {
        // A、B和C: the member before 和 is complete, the next one starts after it
        members.push({ start: lastStart, end: lastEnd });
        lastStart = lastEnd = t.end;
        continue;
      }
      lastEnd = t.end;
    }
    // a last member that runs on past a name suffix ends at the suffix (…产业园稳步运行)
    const lastText = text.slice(lastStart, lastEnd);
    const closed = /^(?:等|[，。；：,;:\n]|$)/.test(text.slice(lastEnd, lastEnd + 1)); // 冷链物流等供应链 ends at 等
    // a closed member ends at the suffix only when a bare predicate follows it (…产业园稳步运行，)
    const predicate = (from: number) => {
      const t = tokens[at[from]];
      return t?.start === from && tokens.filter((x) => x.start >= from && x.end <= lastEnd).every((x) => /^(?:a|ad|d|v|vn|b|l|i)$/.test(x.tag));
    };
    for (let k = lastText.length - 1; k >= 2; k--) {
      if (suffixOf(lastText.slice(0, k)) && !suffixOf(lastText) && (!closed || predicate(lastStart + k))) {
        lastEnd = lastStart + k;
        break;
      }
    }
    members.push({ start: lastStart, end: lastEnd });
    // a count right after the last member (街角花园、滨水绿地8处) counts kinds of things, not names; roads are
    // named even when counted (某某路、某某路两条断头路)
    if (/^(?:\d+|[一二三四五六七八九十两几多]+)(?:处|座|个|家|所|条)/.test(text.slice(lastEnd, lastEnd + 8)) && !/(?:路|大道|大街|巷)$/.test(text.slice(lastStart, lastEnd))) continue;
    // 集A、B、C于一体 lists what one place offers, not names
    if (text.startsWith('于一体', lastEnd) || text[first - 1] === '集') continue;
    // a list closed by people (等专家, 等5位嘉宾) lists people printed with their offices (某大学教授某某): the people rules' to read
    if (/^等?(?:[\d一二三四五六七八九十多]+[名位个])?(?:专家|学者|嘉宾|院士|教授|同志|人士|负责人)/.test(text.slice(lastEnd))) continue;
    const { head } = readHead(text, lastEnd);
    const headType = typeOfHead(head);
    // members of a count of activities (推出A、B等30余项活动) are kinds of activity unless quoted or named as events
    const activities = /活动$/.test(head);
    const lastName = text.slice(members[members.length - 1].start, members[members.length - 1].end);
    const sharedSuffix = suffixOf(lastName);
    const spreadSuffix = spreads(head) ? head : sharedSuffix && /^(项目|片区|街区)$/.test(sharedSuffix) ? sharedSuffix : undefined;
    // members after a separator are printed whole (数据标注, 七里河): only a count (27个) and glued verbs come off
    for (const m of members) m.start = trimLeadingVerbs(text, m.start + (/^[\d.]+[个家处项所批条座名位]/.exec(text.slice(m.start, m.end))?.[0].length ?? 0), m.end);
    // a member printed with its owner (某某街道的某某街, 某区的某某园) is what the owner has: the name starts after 的
    for (const m of members) {
      const owner = /^[^的“”]{2,10}的(?=[^的]{2,})/.exec(text.slice(m.start, m.end))?.[0];
      if (owner) m.start += owner.length;
    }
    // a note in brackets after a member (青禾优选（首店）) is no part of its name
    for (const m of members) m.end -= /[（(][^）)]{1,6}[）)]$/.exec(text.slice(m.start, m.end))?.[0].length ?? 0;
    const valid = members.filter((m) => validMember(text.slice(m.start, m.end)) && (gazetteer.byTerm.has(text.slice(m.start, m.end)) || hasNoun(tokens, m.start, m.end)));
    if (valid.length < 2) continue;
    // types known for members: gazetteer, own suffix, head
    const typed = valid.map((m) => {
      const surface = text.slice(m.start, m.end);
      const known = gazetteer.byTerm.get(surface);
      const suffix = suffixOf(surface);
      // (a kind of fund, 天使基金, takes the head's type: the list names kinds of finance)
      // (a state's or a body's centre, 国家某某中心, is a body, as the suffix rule reads it)
      return { m, surface, known, type: known?.type ?? (suffix && !fundKind(surface) ? (unitCentre(surface) ? 'Organization' : SUFFIX_TYPES[suffix]) : undefined) };
    });
    const votes = new Map<EntityLabel, number>();
    for (const t of typed) if (t.type) votes.set(t.type, (votes.get(t.type) ?? 0) + 1);
    const [majority, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
    const siblingType = majority && count! >= Math.max(1, Math.ceil(typed.filter((t) => t.type).length / 2)) && count! * 2 >= valid.length ? majority : undefined;
    const fallback = headType ?? siblingType;
    if (!fallback && !spreadSuffix) continue;
    for (const t of typed) {
      if (t.known) continue; // the gazetteer already names it
      // the members of a list of functions (助餐、理疗…等功能区) are what a building offers, not zones: a zone's name ends in one
      if (/功能区$/.test(head) && !t.type && !/[区带园谷城港岛湾廊轴]$/.test(t.surface)) continue;
      // a member that is only generic words before its suffix (大格局, 新理念) is a kind, not a name
      const own = suffixOf(t.surface);
      if (own && !specificEnough(t.surface, own)) continue;
      const ownSuffix = suffixOf(t.surface);
      // (a common word, 学校、医院和安置房项目, is a kind of project the list counts, not the name of one)
      if (spreadSuffix && !ownSuffix && t.surface.length <= 6) {
        if (commonWord(tokens, t.m)) continue;
        out.push({ start: t.m.start, end: t.m.end, name: t.surface + spreadSuffix, type: SUFFIX_TYPES[spreadSuffix] ?? SUFFIX_TYPES[suffixOf(spreadSuffix) ?? ''] ?? 'Project', rule: 'list-suffix' });
        continue;
      }
      // a member's own suffix is more specific than the head (某…种植园等…重大工程 stays a Park)
      // siblings alone are weak evidence: a short bare member (新成长阶段 → 阶段) is not typed by them
      const headed = t.type ?? (headType && memberTypeOfHead(head, t.surface, commonWord(tokens, t.m))) ?? (t.surface.length >= 3 ? siblingType : undefined);
      const type = headed === 'Industry' && brandFirm(tokens, t.m, t.surface) ? 'Enterprise' : headed;
      if (activities && type === 'Event' && !t.type && !/[“”"《]/.test(t.surface)) continue;
      // (a person is listed by a name: a surname and a given name, never an office, 律师、商会会长等28名调解员)
      if (type === 'Person' && (!/^[\u4e00-\u9fa5]{2,4}$/.test(t.surface) || !opensWithSurname(t.surface) || ROLE.test(t.surface) || /长$/.test(t.surface))) continue;
      if (type) out.push({ start: t.m.start, end: t.m.end, name: t.surface, type, rule: 'list' });
    }
  }
  return out;
}

/**
 * A firm listed under the field it works in (某进科技、某速电梯等特种装备产业, as real news prints its firms): a word jieba does
 * not know (a brand) and then what it makes; a field's usual name (冷链物流) stays a field.
 */
const FIRM_WORD = /^(?:科技|电梯|电缆|叉车|电气|机械|重工|化工|纺织|矿业|节能|股份|集团|控股|实业|电子|精工|精密|光电|环保|药业|钢铁|轮胎|新材)$/;
function brandFirm(tokens: Token[], m: Member, surface: string): boolean {
  const inside = tokens.filter((x) => x.start >= m.start && x.end <= m.end);
  return inside.length === 2 && inside[0].start === m.start && inside[0].tag === 'x' && /^[\u4e00-\u9fa5]{2,3}$/.test(inside[0].word) && FIRM_WORD.test(inside[1].word) && !isIndustryTerm(surface) && !isIndustryTerm(inside[0].word);
}

/** A member that is one common word of jieba's dictionary (学校, 医院): a kind, whatever it is listed with. */
function commonWord(tokens: Token[], m: Member): boolean {
  const inside = tokens.filter((x) => x.start >= m.start && x.end <= m.end);
  return inside.length === 1 && inside[0].start === m.start && inside[0].end === m.end && /^n$/.test(inside[0].tag) && wordFrequency(inside[0].word) >= 500;
}

/** Kinds concrete enough that one example named before 等 is a name of that kind. */
const LONE_TYPES = /^(?:Enterprise|Park|Area|Facility|Organization)$/;

/**
 * A list of one (北辰资本等200余家金融机构, 青龙岭等郊野公园13处, 柳林等24个自然村): the name before 等 is
 * typed by the head noun after it, as a list's members are. Only concrete kinds; the name is grown left
 * from 等 like a suffix name and must hold a noun and no verb.
 */
export function loneMemberCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const at = new Int32Array(text.length).fill(-1);
  tokens.forEach((t, i) => at.fill(i, t.start, t.end));
  for (let d = text.indexOf('等'); d !== -1; d = text.indexOf('等', d + 1)) {
    const ti = at[d];
    if (ti < 1 || tokens[ti].word !== '等' || text[d - 1] === '、') continue;
    let i = ti - 1;
    let start = d;
    while (i >= 0 && !stopsGrowth(tokens[i]) && !GOVERNING.has(tokens[i].word) && !/^[“”]$/.test(tokens[i].word) && d - tokens[i].start <= MAX_MEMBER) start = tokens[i--].start;
    // a list's last member is the list rule's (A、B等); a figure glued before (万/灵山) leaves the start unsure
    if (i >= 0 && (tokens[i].word === '、' || (/^m/.test(tokens[i].tag) && tokens[i].end === start))) continue;
    start = trimName(text, tokens, at, start, d);
    const name = text.slice(start, d);
    if (!validMember(name) || gazetteer.byTerm.has(name) || typeOfHead(name) || !hasNoun(tokens, start, d) || hasVerb(tokens, start, d) || suffixOf(name)) continue;
    const rest = text.slice(d + 1, d + 30).split(CLAUSE_END)[0];
    // the head of 新零售、类零售机构 is the last part's; of 景观道路和景观街区, the first conjunct's
    const kind = /^(?:[\d.]+余?[个家处项所批条座]|[一二三四五六七八九十两几多]+[个家处项所批条座大]|一批|多家|多个)?(.*)$/.exec(rest)![1].split(/[和及与]/)[0].split('、').pop()!;
    const head = [...kind].map((_, k) => kind.slice(0, kind.length - k)).find((o) => typeOfHead(o));
    const type = head && memberTypeOfHead(head, name, commonWord(tokens, { start, end: d }));
    if (type && LONE_TYPES.test(type)) out.push({ start, end: d, name, type, rule: 'list' });
  }
  return out;
}
