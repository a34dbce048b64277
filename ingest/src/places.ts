// Place-name and company-name morphology: districts by shape and context (历下区), divisions jieba tags as places (商河县, 湖南省, 临夏市)
// named by their level word, resolved to a curated name that prints the same stem after its
// parent (潍坊昌乐, 临沂蒙阴); and the company printed at the start of a site it built (蓝鲸网产业园,
// 海川电子试制厂, 某…购物广场); and the quarter a project is named after (北岭片区 in 北岭片区整治工程).
import type { Gazetteer } from './gazetteer.ts';
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';
import { isIndustryTerm } from './industries.ts';
import { isPunct } from './suffixes.ts';
import { wordFrequency } from './segment.ts';

/** A division's level word; 县 names may have a one-character stem (费县), the others need two. */
const DIVISION = /^([\u4e00-\u9fa5]{1,4})(省|市|县|镇|乡|州)$/;
/** Stems that make a level word a common noun: 城市, 大都市, 城中村, 上市, 新市. */
const GENERIC_STEM = /(?:城|都|城中|^[新上入全各本该两三四五六七八九十])$/;
/** 体育强省, 经济大省, 人口大市: a slogan about a place, not one. */
const SLOGAN_STEM = /[强大]$/;

/** A district: two or three characters and 区, one token (历下区, 槐荫区, 天桥区). */
const DISTRICT = /^([\u4e00-\u9fa5]{2,3})区$/;
/** Kinds of zone, not names of districts: 示范区, 开发区, 功能区, 核心区, 城区… */
const ZONE_KIND =
  /^(?:示范|开发|经开|高新|功能|集聚|核心|先行|试验|实验|自贸|保税|商务|商业|住宅|生活|中心|老城|主城|新城|旧城|城中|市辖|服务|试点|保护|风景|旅游|度假|工业|产业|经济|农业|科技|创新|综合|行政|管理|责任|网格|城市|城乡|山|湖|林|牧|港|空港|物流|贸易|合作|改革|景|园|社|片|街|校|厂|营|库|矿|灾|疫|风险|重点|起步|启动|拓展|承接|辐射|各|全|本|该|辖|周边|相关|所在|城)$/;

/**
 * jieba rarely tags a district as a place (历下区/n), so one is taken by its shape and its company: a
 * district printed after its city (济南市历下区), or opening a clause with a verb after it (历下区加快…),
 * or tagged as a place, unless its stem names a kind of zone.
 */
function isDistrict(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const m = DISTRICT.exec(t.word);
  if (!m || ZONE_KIND.test(m[1]) || ZONE_TAIL.test(m[1]) || !/^(?:n|ns|nr|nz|x)$/.test(t.tag)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t.tag === 'ns' || (before && /^[\u4e00-\u9fa5]{2,4}[市省]$/.test(before.word))) return true;
  // (a time word may open the clause before it: 今年某区计划…; a count or a set phrase may follow it: 某区3宗地块)
  const opens = !before || /^(?:[，。；：、！？,;:\s]|和|与|及|同)$/.test(before.word) || before.tag === 't';
  return opens && !!after && /^(?:v|vd|d|p|c|m|l)$/.test(after.tag);
}

const PLACE_BEFORE = /^(?:在|赴|到|于|来自|前往|走进|落户|位于|深耕)$/;
const PLACE_AFTER = /^(?:举行|召开|举办|设立|开幕|落地)$/;
/** Words jieba tags as places that name no one city (国内, 海外) or a country too big for a local graph's places. */
const NOT_A_CITY = /^(?:中国|全国|国内|海外|国外|境外|境内|各地|当地|本地|外地|异地|中华|西部|东部|南方|北方)$/;

/**
 * A district or county printed right after its city, however jieba cut it (某市 + 让/v 胡路区/x, 某市 + 曹妃甸/nrfg
 * 区/n): the city is the evidence, the stem any two or three characters that are no kind of zone. Returned by the
 * index of the first token after the city, with the name it spells.
 */
function districtsAfterCity(tokens: Token[]): Map<number, { end: number; name: string }> {
  const found = new Map<number, { end: number; name: string }>();
  for (let i = 1; i < tokens.length; i++) {
    const city = tokens[i - 1];
    if (city.tag !== 'ns' || !/^[\u4e00-\u9fa5]{2,4}市$/.test(city.word) || tokens[i].start !== city.end) continue;
    let word = '';
    for (let j = i; j < tokens.length && j <= i + 2 && word.length < 4; j++) {
      if (j > i && tokens[j].start !== tokens[j - 1].end) break;
      word += tokens[j].word;
      const m = /^([\u4e00-\u9fa5]{2,3})[区县]$/.exec(word);
      if (m && !ZONE_KIND.test(m[1]) && !ZONE_KIND.test(m[1].slice(-2)) && !ZONE_TAIL.test(m[1]) && !/[区县]/.test(m[1])) {
        found.set(i, { end: tokens[j].end, name: word });
        break;
      }
      // (…and a 区 or 县 jieba glued to the word after it, 沾化/v 区下/x 洼镇: the district ends inside that token)
      const next = tokens[j + 1];
      if (/^[\u4e00-\u9fa5]{2,3}$/.test(word) && next && next.start === tokens[j].end && next.word.length > 1 && /^[区县]/.test(next.word) && !ZONE_KIND.test(word) && !ZONE_KIND.test(word.slice(-2)) && !ZONE_TAIL.test(word) && !/[区县市]/.test(word)) {
        found.set(i, { end: next.start + 1, name: word + next.word[0] });
        break;
      }
    }
  }
  // printed again without its city (…，让/v 胡路区/x 人大常委会): the same district wherever tokens spell it whole
  const names = new Set([...found.values()].map((d) => d.name));
  for (let i = 0; i < tokens.length; i++) {
    if (found.has(i)) continue;
    let word = '';
    for (let j = i; j < tokens.length && j <= i + 2 && word.length < 4; j++) {
      word += tokens[j].word;
      if (names.has(word)) {
        found.set(i, { end: tokens[j].end, name: word });
        break;
      }
      const next = tokens[j + 1];
      if (next && next.start === tokens[j].end && next.word.length > 1 && names.has(word + next.word[0])) {
        found.set(i, { end: next.start + 1, name: word + next.word[0] });
        break;
      }
    }
  }
  return found;
}

export function placeCandidates(tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const areas = gazetteer.entries.filter((e) => e.type === 'Area');
  const out: Candidate[] = [];
  const cityDistricts = districtsAfterCity(tokens);
  for (const [i, t] of tokens.entries()) {
    const d = cityDistricts.get(i);
    if (d) {
      out.push({ start: t.start, end: d.end, name: gazetteer.byTerm.get(d.name)?.name ?? d.name, type: 'Area', rule: 'pattern' });
      continue;
    }
    // jieba splits an unfamiliar district from its level word (济阳/区): a place and 区 or 县 opening a clause is one
    const level = tokens[i + 1];
    // (jieba may tag the stem as anything, 垦利/vn: a clause-opening stem and a lone 区 is the shape that counts)
    const stem = t.word.length === 2 && /^[\u4e00-\u9fa5]{2}$/.test(t.word) && !ZONE_KIND.test(t.word) && /^(?:ns|n|nr|nz|vn|j)$/.test(t.tag);
    if (stem && level && /^[区县]$/.test(level.word) && /^(?:v|vd|d|p|c|x)$/.test(tokens[i + 2]?.tag ?? 'x') && (i === 0 || isPunct(tokens[i - 1]) || /^(?:和|与|及|在)$/.test(tokens[i - 1].word))) {
      out.push({ start: t.start, end: level.end, name: gazetteer.byTerm.get(t.word + level.word)?.name ?? t.word + level.word, type: 'Area', rule: 'pattern' });
      continue;
    }
    // the same stem before its leader's title (垦利/区委书记, 济阳/区长): the district the title belongs to
    if (stem && level && /^[区县](?:委副?书记|长)$/.test(level.word) && (i === 0 || isPunct(tokens[i - 1]) || /^(?:、|和|与|及)$/.test(tokens[i - 1].word))) {
      const name = t.word + level.word[0];
      out.push({ start: t.start, end: t.end + 1, name: gazetteer.byTerm.get(name)?.name ?? name, type: 'Area', rule: 'pattern' });
      continue;
    }
    if (isDistrict(tokens, i)) {
      out.push({ start: t.start, end: t.end, name: gazetteer.byTerm.get(t.word)?.name ?? t.word, type: 'Area', rule: 'pattern' });
      continue;
    }
    // a city jieba knows, printed bare as where something happens (在深圳举行, 赴苏州考察), is a place; so is each of a
    // list of them closed by 等 (吸引甲、乙等地游客, 甲、乙、丙等9个城市)
    if (t.tag === 'ns' && /^[\u4e00-\u9fa5]{2,3}$/.test(t.word) && !NOT_A_CITY.test(t.word) && ((PLACE_BEFORE.test(tokens[i - 1]?.word ?? '') && !/^(?:n[a-z]*|j|x|eng|m)$/.test(tokens[i + 1]?.tag ?? '')) || PLACE_AFTER.test(tokens[i + 1]?.word ?? '') || placeList(tokens, i))) {
      out.push({ start: t.start, end: t.end, name: gazetteer.byTerm.get(t.word)?.name ?? t.word, type: 'Area', rule: 'pattern' });
      continue;
    }
    const local = localPlace(tokens, i);
    if (local) {
      out.push({ start: t.start, end: local.end, name: gazetteer.byTerm.get(local.name)?.name ?? local.name, type: 'Area', rule: 'pattern' });
      continue;
    }
    const m = t.tag === 'ns' ? DIVISION.exec(t.word) : null;
    if (!m || (m[1].length < 2 && m[2] !== '县') || GENERIC_STEM.test(m[1]) || SLOGAN_STEM.test(m[1])) continue;
    // a city or province with a common noun after it opens a body's or an honour's name (某省某某技术创新中心,
    // 某市卫生健康委员会): part of that name, not a mention of the place
    if (/[市省]/.test(m[2]) && /^(?:n|nz|nt|vn|j)$/.test(tokens[i + 1]?.tag ?? '')) continue;
    // the same place curated under its parent's short name: 潍坊昌乐 for 昌乐县, 临沂蒙阴 for 蒙阴县
    const known =
      gazetteer.byTerm.get(t.word) ??
      areas.find((e) => e.name.length - 2 >= 2 && (e.name.slice(2) === t.word || (m[1].length >= 2 && e.name.slice(2) === m[1])));
    out.push({ start: t.start, end: t.end, name: known?.name ?? t.word, type: 'Area', rule: 'pattern' });
  }
  return withCity(out);
}

/** Whether token i is one member of a list of two or more bare places jieba knows, closed by 等 and a word for places (甲、乙等地). */
function placeList(tokens: Token[], i: number): boolean {
  const bare = (t?: Token) => !!t && t.tag === 'ns' && /^[\u4e00-\u9fa5]{2,3}$/.test(t.word) && !NOT_A_CITY.test(t.word);
  let [first, last] = [i, i];
  while (tokens[first - 1]?.word === '、' && bare(tokens[first - 2])) first -= 2;
  while (tokens[last + 1]?.word === '、' && bare(tokens[last + 2])) last += 2;
  // …and the list is of places: 等地, 等9个城市 (等6个回迁项目 lists projects named after places)
  return last > first && tokens[last + 1]?.word === '等' && /^(?:地|[\d一二三四五六七八九十多]+个?(?:城市|地市|省份|省市|国家|地区))/.test(tokens.slice(last + 2, last + 6).map((t) => t.word).join(''));
}

/** The head of a town's, village's or water's name: 唐昌镇, 战旗村, 九曲溪, 松花江, 东鱼河, 东昌湖. */
const LOCAL_HEAD = /^[镇乡村河江溪湖]$/;
/** Stems that make such a head a common noun (乡村, 城中村, 运河, 江河湖), or a description (沿河, 环湖, 跨江). */
const LOCAL_GENERIC = /^(?:城中|农|乡|山|水|江|河|湖|运|内|外|大|小|新|老|本|各|全|该|沿|环|跨|临|近|护城|入|出|上|下|一|两|几|多|母亲|界|长|黄|[东西南北]|美丽|和美|宜居|特色|示范|文明|美丽乡|重点|传统|古|行政|自然|中心|集|城|样板|先进|标杆|百强|模范|试点)$/;
/** What makes the place the first part of a longer name (某某村社区, 某某江大学, 某某江省): the longer one is named. */
const UNIT_AFTER = /^(?:社区|村委|居委|委员会|党|大学|学院|省|市)/;
/**
 * A town, village, river or lake the segmenter does not know: a word it found itself (唐昌镇/x) or tags a
 * place (九曲溪/ns) ending in the head, or a rare or place-like two-character stem and a lone head (战旗 + 村,
 * 梁滩 + 河). jieba tags few of them: the shape is the evidence, and a common stem (乡村, 运河) is none.
 */
function localPlace(tokens: Token[], i: number): { end: number; name: string } | undefined {
  const t = tokens[i];
  // (a word opening with a level word, 镇杏坪村/x, is jieba gluing the town's 镇 to the village: no name starts so)
  if (!/^[\u4e00-\u9fa5]+$/.test(t.word) || /^[镇乡村区县市省]/.test(t.word)) return undefined;
  // (a word jieba found itself ending in a water's head is as often a person's name, 某正江: only towns and villages)
  if (t.word.length >= 3 && t.word.length <= 4 && (t.tag === 'ns' || (t.tag === 'x' && /[镇乡村]$/.test(t.word))) && LOCAL_HEAD.test(t.word.at(-1)!) && !LOCAL_GENERIC.test(t.word.slice(0, -1)) && !UNIT_AFTER.test(tokens[i + 1]?.word ?? ''))
    return { end: t.end, name: t.word };
  const head = tokens[i + 1];
  if (t.word.length !== 2 || !head || head.start !== t.end || !LOCAL_HEAD.test(head.word) || LOCAL_GENERIC.test(t.word) || UNIT_AFTER.test(tokens[i + 2]?.word ?? '')) return undefined;
  if (!/^(?:ns|nz|x|nr|j)$/.test(t.tag) && !(t.tag === 'n' && wordFrequency(t.word) < 500)) return undefined;
  return { end: head.end, name: t.word + head.word };
}

/**
 * Towns and villages in a chain (某某街道某某村, 某某镇某某村): a village after its subdivision, and a town opening
 * a clause or a list member before its village, are places however jieba cut them (垛庄/镇南/明村, 横山/村).
 * The village ends where the clause, the list or a word of its bodies (党支部, 村委) begins.
 */
export function chainPlaces(text: string, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?<=街道|镇|乡)([\u4e00-\u9fa5]{2,3}?村)(?=[，。、；：“”\s]|党|两委|村委|支部)/g;
  for (const m of text.matchAll(re)) {
    const village = m[1];
    if (LOCAL_GENERIC.test(village.slice(0, -1))) continue;
    // the town is a known place ending here, or what lies between the last clause mark or list comma and the village
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const known = [6, 5, 4, 3].map((k) => before.slice(-k)).find((t) => gazetteer.byTerm.get(t)?.type === 'Area');
    const bare = /(?:^|[，。、；：“”\s])([\u4e00-\u9fa5]{2,4}(?:街道|镇|乡))$/.exec(text.slice(Math.max(0, m.index - 7), m.index))?.[1];
    const town = known ?? bare;
    if (!town || GENERIC_STEM.test(town.replace(/(?:街道|镇|乡)$/, ''))) continue;
    out.push({ start: m.index - town.length, end: m.index, name: gazetteer.byTerm.get(town)?.name ?? town, type: 'Area', rule: 'pattern' });
    out.push({ start: m.index, end: m.index + village.length, name: gazetteer.byTerm.get(village)?.name ?? village, type: 'Area', rule: 'pattern' });
  }
  return out;
}

/**
 * Stations by shape: a place-like stem and a lone 站 (铜山/ns 站/v, 禄口/x 新城/ns 站), or a city and its 南站/东站,
 * before a clause mark, a list's 、, a count or a verb. jieba tags the 站 a verb (to stand): the stem is the evidence.
 */
export function stationCandidates(tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const [i, t] of tokens.entries()) {
    const directional = /^[东南西北]站$/.test(t.word) && tokens[i - 1]?.tag === 'ns' && tokens[i - 1].end === t.start;
    if (t.word !== '站' && !directional) continue;
    const after = tokens[i + 1];
    // (a city's 北站/南站 is a station wherever it stands, opening a quarter's or a hub's name too: 某市北站片区, 某市南站商务区;
    // a stem's lone 站 only before a clause mark, a count, a verb or the 等 closing a list)
    if (!directional && after && !isPunct(after) && !/^(?:m|v|d|p|c|u)$/.test(after.tag)) continue;
    // the stem: one or two place-like tokens right before (禄口 + 新城), none of them a verb's object marker
    let start = i;
    for (let j = i - 1; j >= 0 && j >= i - 2 && (directional ? j === i - 1 : true); j--) {
      const w = tokens[j];
      if (w.end !== tokens[j + 1].start || !/^(?:ns|nr|x|nz)$/.test(w.tag) || !/^[\u4e00-\u9fa5]{2,4}$/.test(w.word.replace(/^[设经至到距]/, ''))) break;
      start = j;
    }
    if (start === i) continue;
    // jieba may glue the verb that introduces the station to its stem (设秣陵/x): it is no part of the name
    const s = tokens[start].start + (/^[设经至到距]/.test(tokens[start].word) && tokens[start].word.length >= 3 ? 1 : 0);
    const name = tokens.slice(start, i + 1).map((x) => x.word).join('').slice(s - tokens[start].start);
    out.push({ start: s, end: t.end, name: gazetteer.byTerm.get(name)?.name ?? name, type: 'Facility', rule: 'pattern' });
  }
  return out;
}

/**
 * A city or province printed right before a district or county (某市某区) only says where the district is: the
 * pair is one mention of the district, its longer form, not a mention of the city.
 */
function withCity(places: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of places) {
    const prev = out.at(-1);
    if (prev && prev.end === p.start && /[市省]$/.test(prev.name) && /[区县]$/.test(p.name)) out[out.length - 1] = { ...p, start: prev.start };
    else out.push(p);
  }
  return out;
}

/**
 * A province opening a longer name the segmenter kept whole (山东省 in a curated 山东省氢能装备产业
 * 集聚区): the 2–3 characters before 省 name it.
 */
export function provincePrefix(text: string, outer: Candidate, gazetteer: Gazetteer): Candidate | undefined {
  const m = /^[“"]?([\u4e00-\u9fa5]{2,3}省)/.exec(text.slice(outer.start, outer.end));
  if (!m || m[1].length + 1 >= outer.end - outer.start || GENERIC_STEM.test(m[1].slice(0, -1)) || SLOGAN_STEM.test(m[1].slice(0, -1))) return undefined;
  const start = outer.start + m[0].length - m[1].length;
  const known = gazetteer.byTerm.get(m[1]);
  return { start, end: start + m[1].length, name: known?.name ?? m[1], type: 'Area', rule: 'pattern' };
}

/** Sites an enterprise builds under its own name: the name before them may be the enterprise's. */
const SITE = /(?:产业园|(?:研发|生产|产业|总部)(?:基地|中心)|(?:商务)?综合体)$/;
/** Words that make a prefix a description rather than a company (数创产业园, 省级大学科技园). */
const DESCRIPTIVE = /产业|科技|数字|智能|智慧|文化|文创|创意|创新|创业|金融|软件|信息|能源|生物|医药|健康|国际|国家|现代|高新|新型|工业|农业|物流|电子|网络|互联|数据|双创|总部|大学|中小|人才|青年|企业|示范|重点|特色|省级|市级|区级|国家级|[省市区县镇村]$/;

/**
 * The enterprise at the start of a site's name (华润 in 华润西岭商业综合体, 蓝鲸网 in 蓝鲸网
 * 产业园): a proper-noun token jieba tags as a brand or body (nz, nt), or the whole 2–4 characters
 * before the site word when they are neither a place nor descriptive words.
 */
export function companyPrefix(text: string, tokens: Token[], at: Int32Array, site: Candidate, gazetteer: Gazetteer): Candidate | undefined {
  if (!/^(Park|Project|Facility)$/.test(site.type)) return undefined;
  const name = text.slice(site.start, site.end);
  const word = SITE.exec(name);
  if (!word) return undefined;
  const first = tokens[at[site.start]];
  if (!first || first.start !== site.start || first.tag === 'ns') return undefined;
  let end: number | undefined;
  if (/^(nz|nt)$/.test(first.tag) && first.end < site.end - word[0].length && first.word.length >= 2 && first.word.length <= 4) end = first.end;
  else if (name.length - word[0].length >= 2 && name.length - word[0].length <= 4) end = site.end - word[0].length;
  if (end === undefined) return undefined;
  // a brand is a word jieba does not know or knows as a name (蓝鲸网, 玲珑): plain nouns and verbs (养老/服务) name a kind
  const brand = tokens.some((t) => t.start >= site.start && t.end <= end! && /^(?:x|nz|nt|j|eng|nrt)$/.test(t.tag));
  if (!brand) return undefined;
  const prefix = text.slice(site.start, end);
  const known = gazetteer.byTerm.get(prefix);
  if ((known && known.type !== 'Enterprise') || DESCRIPTIVE.test(prefix) || isIndustryTerm(prefix) || !/^[\u4e00-\u9fa5A-Za-z]+$/.test(prefix)) return undefined;
  // the prefix must be whole tokens: 玲珑/轮胎 yes, a word cut in half no
  if (tokens[at[end]]?.start !== end) return undefined;
  return { start: site.start, end, name: known?.name ?? prefix, type: 'Enterprise', rule: 'pattern' };
}

/**
 * A quarter or development zone named at the start of a project or site (北岭片区整治工程, 青湖经济开发区智能装备
 * 产业园) is a place of its own.
 */
export function quarterPrefix(text: string, outer: Candidate, gazetteer: Gazetteer): Candidate | undefined {
  if (!/^(Project|Park|Facility|Area)$/.test(outer.type)) return undefined;
  // …and so is a river or lake a works or a belt is named after (某某河生态修复工程, 某江风光带): its stem no common word (运河, 沿河)
  // (not a place word built on one, 某江东新区, 某河西片区: a direction after it makes a district's name)
  const water = /^([\u4e00-\u9fa5]{2,4}?[河江湖])(?![东西南北])[\u4e00-\u9fa5]{2,}/.exec(text.slice(outer.start, outer.end))?.[1];
  if (water && !/[河江湖]/.test(water.slice(0, -1)) && !LOCAL_GENERIC.test(water.slice(0, -1)) && !LOCAL_GENERIC.test(water.slice(-2, -1)) && gazetteer.byTerm.get(water)?.type !== 'Enterprise' && /(?:工程|项目|带|廊道)$/.test(outer.name))
    return { start: outer.start, end: outer.start + water.length, name: gazetteer.byTerm.get(water)?.name ?? water, type: 'Area', rule: 'pattern' };
  if (outer.type === 'Area') return undefined;
  const m = /^([\u4e00-\u9fa5\d]{2,8}?(?:片区|街区|开发区|高新区))[\u4e00-\u9fa5]{2,}/.exec(text.slice(outer.start, outer.end));
  if (!m || GENERIC_STEM.test(m[1].slice(0, -2)) || /^(?:老旧|历史|各|该|全|新)/.test(m[1])) return undefined;
  const known = gazetteer.byTerm.get(m[1]);
  if (known && known.type !== 'Area') return undefined;
  return { start: outer.start, end: outer.start + m[1].length, name: known?.name ?? m[1], type: 'Area', rule: 'pattern' };
}

/** The last character of a stem that makes …区 a kind of area, not a district: 片区, 小区, 园区, 校区 (老城区 is a zone by its whole stem). */
const ZONE_TAIL = /[片街社景园校厂营矿小院库]$/;

/** The pieces of an address printed before a name: a city or province, a district or county, a subdistrict. */
const CITY = /^[\u4e00-\u9fa5]{2,3}[省市]/;
const COUNTY = /^[\u4e00-\u9fa5]{2,3}[区县]/;
const SUBDISTRICT = /^[\u4e00-\u9fa5]{2,4}?(?:街道|镇)/;
/** A subdistrict, town or township's whole name (姚家街道): the level below a district. */
export const SUBDIVISION = /^[\u4e00-\u9fa5]{2,4}(?:街道|镇|乡)$/;

/**
 * A name printed after its district (历城区洪家楼片区整治工程, 济南市历下区龙德小学, 长清区文昌街道
 * 清河社区) starts after it: the district is a place of its own, not part of the name. A city alone stays
 * (青岛市第三人民医院 is the hospital's name), and so does a subdistrict before anything but a 社区 or 村 in it
 * (文昌街道全民健身中心). Each piece must end where a token ends and not be a kind of zone (示范区).
 * Returns where the name starts and the places taken off it.
 */
export function afterDistrict(text: string, tokens: Token[], at: Int32Array, c: Candidate, gazetteer: Gazetteer, remains: (start: number) => boolean): { start: number; places: Candidate[] } {
  if (!/^(?:Area|Project|Facility|Park)$/.test(c.type)) return { start: c.start, places: [] };
  const onBoundary = (i: number) => i < c.end && tokens[at[i]]?.start === i;
  const places: Candidate[] = [];
  const subdivision = c.type === 'Area' && /(?:街道|镇|乡)$/.test(c.name);
  let start = c.start;
  let cut = c.start;
  let cutPlaces = 0;
  const take = (re: RegExp, level: 'city' | 'county' | 'sub') => {
    const m = re.exec(text.slice(start, c.end));
    if (!m || !onBoundary(start + m[0].length)) return;
    const name = m[0];
    const known = gazetteer.byTerm.get(name);
    // a district's stem names no kind of zone (东关片区, 高新区)
    const stem = name.slice(0, -1);
    // (a zone before a subdistrict, 起步区太平街道, is the place the subdistrict lies in all the same)
    // (a known 片区 or 街区 is no district either: 某某片区安置房三期工程 is the project's name, the 片区 nested in it)
    if (level === 'county' && !subdivision && (ZONE_TAIL.test(stem) || (!known && (ZONE_KIND.test(stem) || ZONE_KIND.test(stem.slice(-2)))))) return;
    if (known && known.type !== 'Area') return;
    places.push({ start, end: start + name.length, name: known?.name ?? name, type: 'Area', rule: 'pattern' });
    start += name.length;
    if (level !== 'city') {
      cut = start;
      cutPlaces = places.length;
    }
  };
  // a curated division jieba keeps as one word (city and district together) opens the name as a whole
  const first = tokens[at[c.start]];
  const whole = first?.start === c.start && first.end < c.end ? gazetteer.byTerm.get(first.word) : undefined;
  if (whole?.type === 'Area' && /[区县]$/.test(first.word) && /[市省]/.test(first.word.slice(1, -1))) {
    places.push({ start, end: first.end, name: whole.name, type: 'Area', rule: 'pattern' });
    start = cut = first.end;
    cutPlaces = places.length;
  } else {
    take(CITY, 'city');
    take(COUNTY, 'county');
  }
  // …and before a site with a proper name of its own (玫瑰镇 + 玫瑰湖湿地公园; `remains` checks the rest)
  // (a residential compound, 某街道某某小区, is named by its own stem as a 社区 is)
  // (…and so is a compound a list names under its head, 某街道某某、某街道某某等N个小区: the list member is printed with its 街道)
  if ((c.type === 'Area' && (/(?:社区|村|小区)$/.test(c.name) || c.rule === 'list')) || c.type === 'Park' || c.type === 'Facility') take(SUBDISTRICT, 'sub');
  if (cut === c.start || !remains(cut)) return { start: c.start, places: [] };
  return { start: cut, places: places.slice(0, cutPlaces) };
}

/** Institutions and subdistricts that open a longer name (山东省实验中学 of …东校区, 济南稼轩学校 of …二期工程, 匡山街道 of …便民服务站), and a campus before its next phase. */
const INSTITUTION = /(?:学校|中学|小学|幼儿园|医院|院区|校区|大学|学院|街道|大道|大街|路)$/;

/**
 * The institution, subdistrict or road a longer name opens with is a mention of its own: a school's campus or
 * building project, a hospital's branch, a subdistrict's health centre, a road's extension (…大道东延工程). Only from the start of the name, and
 * never the whole of it; a district opening a body's name (历下区人民政府) is a place of its own too.
 */
export function innerNames(text: string, outer: Candidate, gazetteer: Gazetteer, named: (name: string) => boolean, wordEnd: (at: number) => boolean): Candidate[] {
  const name = text.slice(outer.start, outer.end);
  // a bank's branch (某银行某市分行, 某银行某市支行) opens with the bank, a name of its own
  const bank = outer.type === 'Enterprise' ? /^([\u4e00-\u9fa5]{2,10}?银行)[\u4e00-\u9fa5]{2,5}[分支]行$/.exec(name) : null;
  if (bank) {
    const known = gazetteer.byTerm.get(bank[1]);
    return [{ start: outer.start, end: outer.start + bank[1].length, name: known?.name ?? bank[1], type: known?.type ?? 'Enterprise', rule: 'pattern' }];
  }
  // works named by the two roads they join or run between (某路—某路交通…工程, 某大道与某环…改造工程): both roads are names
  const pair = /^([\u4e00-\u9fa5\d]{2,8}?(?:路|大道|大街|街|环))[与—－]([\u4e00-\u9fa5\d]{2,8}?(?:路|大道|大街|街|环))(?=[\u4e00-\u9fa5])/.exec(name);
  if (pair && /^(?:Project|Strategy)$/.test(outer.type)) {
    const second = outer.start + pair[1].length + 1;
    return [
      { start: outer.start, end: outer.start + pair[1].length, name: gazetteer.byTerm.get(pair[1])?.name ?? pair[1], type: 'Facility', rule: 'pattern' },
      { start: second, end: second + pair[2].length, name: gazetteer.byTerm.get(pair[2])?.name ?? pair[2], type: 'Facility', rule: 'pattern' },
    ];
  }
  if (!/^(?:Facility|Project|Organization|Park|Honor)$/.test(outer.type)) return [];
  const out: Candidate[] = [];
  for (let end = 4; end < name.length - 1; end++) {
    const prefix = name.slice(0, end);
    // it ends where a word ends (not 海滨学院国家 of …学院孵化港); jieba glues 街道 to what follows (街道社区)
    // (two roads joined by 与 or a dash, 某路与某路…工程, are two names, not one)
    if (!INSTITUTION.test(prefix) || /[与—－]/.test(prefix) || !named(prefix) || (!wordEnd(outer.start + end) && !prefix.endsWith('街道'))) continue;
    // (a road is never named with its city: 某市某某路小学, 某市某某路商会 are named by the city and the road, no road of its own)
    if (/(?:路|大道|大街)$/.test(prefix) && CITY.test(prefix) && !gazetteer.byTerm.has(prefix)) continue;
    // a campus is a site of its own only when the works are its next phase (某医院某某院区二期工程: it stands already); one
    // the works build (某医院南院区建设项目) is what the project is about, not yet a site
    if (/(?:院区|校区)$/.test(prefix) && !/^[一二三四五六七八九十\d]期/.test(name.slice(end))) continue;
    const known = gazetteer.byTerm.get(prefix);
    out.push({ start: outer.start, end: outer.start + end, name: known?.name ?? prefix, type: known?.type ?? (/街道$/.test(prefix) ? 'Area' : /(?:大学|学院)$/.test(prefix) ? 'Organization' : 'Facility'), rule: 'pattern' });
  }
  if (outer.type === 'Organization') {
    const m = COUNTY.exec(name);
    if (m && m[0].length < name.length - 1 && !ZONE_KIND.test(m[0].slice(0, -1)) && !ZONE_TAIL.test(m[0].slice(0, -1))) {
      const known = gazetteer.byTerm.get(m[0]);
      if (!known || known.type === 'Area') out.push({ start: outer.start, end: outer.start + m[0].length, name: known?.name ?? m[0], type: 'Area', rule: 'pattern' });
    }
  }
  return out;
}
