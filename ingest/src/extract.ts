// The extractor: gazetteer, suffix, list and quote candidates → one non-overlapping set of mentions
// (longest first) → entities with aliases → relations. Pure: text and gazetteer in, facts out.
import type { Gazetteer } from './gazetteer.ts';
import { matchGazetteer, typeByEnding } from './gazetteer.ts';
import { listCandidates, loneMemberCandidates } from './lists.ts';
import type { Candidate, ExtractedEntity, Extraction, Mention, Rule, Span } from './model.ts';
import { patternCandidates } from './patterns.ts';
import { afterDistrict, chainPlaces, companyPrefix, innerNames, placeCandidates, provincePrefix, quarterPrefix, stationCandidates, SUBDIVISION } from './places.ts';
import { quotedCandidates } from './quoted.ts';
import { sloganCandidates } from './slogans.ts';
import { titledCandidates } from './titled.ts';
import { companyCandidates, shortFormFirms } from './companies.ts';
import { personCandidates } from './people.ts';
import { industryCandidates } from './industries.ts';
import { extractRelations } from './relations.ts';
import { productCorrector, type Corrector } from './corrector.ts';
import { createSegmenter, plainWords, wordFrequency, type Segmenter } from './segment.ts';
import { fundKind, GENERIC, GOVERNING, WORKS_VERBS, hasVerb, isGeneric, specificEnough, suffixCandidates, suffixOf, SUFFIX_TYPES, tokenIndex, trimLeadingVerbs, trimName, unitCentre, zoneType, CAPACITY, DATELINE } from './suffixes.ts';
import type { Token } from './segment.ts';
import { readAsPrinted } from './punctuation.ts';

const PRIORITY: Record<Rule, number> = { gazetteer: 0, lexicon: 1, pattern: 1, quoted: 1, 'list-suffix': 2, list: 3, suffix: 4 };

export interface Extractor {
  gazetteer: Gazetteer;
  extract(text: string, options?: { year?: number }): Extraction;
}

/**
 * A prize won at a contest (某某大赛二等奖, 某某大赛金奖) names the contest, printed whole before it: the prize is no honour of
 * its own (no set lists one), and the contest is found by its head.
 */
const CONTEST_PRIZE = /(?:大赛|比赛|竞赛|联赛|锦标赛|邀请赛|挑战赛)(?:[一二三]等奖|[金银铜]奖|特等奖|优秀奖)$/;
/**
 * Where a site lies, as real news prints it (南为某展示馆、西邻某体育中心; 某路以南、某大道北 in a site's bounds): the bearing
 * is the clause's, not the name's; and so is who is speaking or visiting (企业代表某公司, 嘉宾实地参观某基地).
 */
const BEARING_BEFORE = /^(?:(?:项目)?(?:选址)?[东西南北](?:侧为|为|邻|临|靠|接)|(?:企业代表|与会嘉宾|嘉宾|来宾)(?:实地参观|实地考察|参观|观摩)?)/;
const BEARING_AFTER = /(?<=(?:路|大道|大街|街|铁路|高速|线))以?[东西南北]$/;
function withoutBearing(c: Candidate): Candidate {
  if (c.rule === 'gazetteer') return c;
  const before = BEARING_BEFORE.exec(c.name)?.[0];
  if (before && c.name.length - before.length >= 3) c = { ...c, start: c.start + before.length, name: c.name.slice(before.length) };
  const after = BEARING_AFTER.exec(c.name)?.[0];
  if (after && c.name.length - after.length >= 3) c = { ...c, end: c.end - after.length, name: c.name.slice(0, -after.length), type: 'Facility' };
  return c;
}

/**
 * A programme named by a quoted slogan and its head (“某某”工作体系, “某某”战略) starts at the quote: what the rules grew
 * before it is the clause's verb or scope (对标全市“…”体系, 某市“…”战略, 产业“…”战略), which no gold list counts in the name.
 */
function fromQuote(c: Candidate, text: string): Candidate {
  if (c.rule === 'gazetteer' || c.type !== 'Strategy' || text.slice(c.start, c.end) !== c.name) return c;
  const before = /^[^“”，。；、]{1,8}(?=“[^“”]{2,}”[\u4e00-\u9fa5]{1,8}$)/.exec(c.name)?.[0];
  return before ? { ...c, start: c.start + before.length, name: c.name.slice(before.length) } : c;
}

/**
 * A firm's registered name opens with its place (淄博某某电力工程有限公司, 泰山某某集团): what the rules grew before that
 * place, where it holds a verb, a preposition, an adverb, a time or who acts (记者跟随…, 负责人就…, 会上代表…), is the
 * clause's; and so is a ranking printed before the firm (世界500强企业某某集团).
 */
const FIRM_CLAUSE_WORD = /^(?:v|p|d|t|ad)$/;
const WHO_ACTS = /^(?:记者|负责人|代表|嘉宾|企业家|工作人员)$/;
function fromFirmPlace(c: Candidate, tokens: Token[], at: Int32Array, text: string): Candidate {
  if (c.rule === 'gazetteer' || c.type !== 'Enterprise' || text.slice(c.start, c.end) !== c.name) return c;
  const ranking = /^(?:世界|中国|全国|全省|全市)?(?:\d+|百|千)强(?:企业|民企)?/.exec(c.name)?.[0];
  if (ranking && c.name.length - ranking.length >= 4) return { ...c, start: c.start + ranking.length, name: c.name.slice(ranking.length) };
  for (let i = at[c.start] + 1; i >= 0 && i < tokens.length && tokens[i].end < c.end; i++) {
    if (tokens[i].tag !== 'ns') continue;
    // (a name that opens with a place or a brand of its own, 中国某某网络通信有限公司济南市分公司, holds its branch's place: it stays)
    const before = tokens.slice(at[c.start], i);
    if (before[0]?.start !== c.start || /^(?:ns|nr|nt|nz|x|j)$/.test(before[0].tag) || /[（(]$/.test(text.slice(0, tokens[i].start))) return c;
    if (!before.some((t) => FIRM_CLAUSE_WORD.test(t.tag) || WHO_ACTS.test(t.word))) return c;
    const start = tokens[i].start;
    return c.end - start >= 4 ? { ...c, start, name: text.slice(start, c.end) } : c;
  }
  return c;
}

/** A development zone is a Park (suffixes.ts, zoneType), read once its name is final; one the gazetteer knows keeps its type. */
function zoneAsPark(c: Candidate, gazetteer: Gazetteer): Candidate {
  return c.rule === 'gazetteer' || gazetteer.byTerm.has(c.name) || gazetteer.reference.has(c.name) ? c : { ...c, type: zoneType(c.name, c.type) };
}

/**
 * An industry is named without the place that develops it (某区锂电产业 is the district's 锂电, 某市健康产业 the city's 健康):
 * the place is a mention of its own. A place alone before 产业 (某市产业基础雄厚) names no industry.
 */
function industryWithoutPlace(c: Candidate, text: string, gazetteer: Gazetteer): Candidate | undefined {
  // (an industry's span holds its 产业, its name not: the name opens the span)
  if (c.type !== 'Industry' || c.rule === 'gazetteer' || !text.slice(c.start, c.end).startsWith(c.name)) return c;
  const place = leadingPlace(c.name, gazetteer) ?? /^[\u4e00-\u9fa5]{2,4}?(?:省|市|县|地区|(?<![社园景校小片街])区)(?![块域])/.exec(c.name)?.[0];
  if (!place) return c;
  if (c.name.length - place.length < 2) return undefined;
  return { ...c, start: c.start + place.length, name: c.name.slice(place.length) };
}

/** The place a name opens with, as the gazetteer or the reference knows it, or by its stem (某州 for 某州区). */
function leadingPlace(name: string, gazetteer: Gazetteer): string | undefined {
  const known = (p: string) => /^(?:Area|Park)$/.test((gazetteer.byTerm.get(p) ?? gazetteer.reference.get(p))?.type ?? '');
  const isPlace = (p: string) => known(p) || ['区', '市', '县'].some((level) => known(p + level));
  return [6, 5, 4, 3, 2].map((k) => name.slice(0, k)).find(isPlace);
}

/**
 * A road is named without the city or district printed before it (某市某区上海路 is 上海路, 某店民祥路 is 民祥路), as the
 * sets list roads: the places are mentions of their own. What names the road itself stays (上海路 is no 路 of 上海).
 */
function roadWithoutPlace(c: Candidate, text: string, gazetteer: Gazetteer): Candidate {
  if (c.type !== 'Facility' || c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name) return c;
  const road = /(?:路|大道|大街)$/.exec(c.name)?.[0];
  if (!road) return c;
  let start = 0;
  for (let place = leadingPlace(c.name, gazetteer); place && c.name.length - start - place.length - road.length >= 2; place = leadingPlace(c.name.slice(start), gazetteer)) start += place.length;
  return start ? { ...c, start: c.start + start, name: c.name.slice(start) } : c;
}

/**
 * A party committee and its government named together (某市委市政府, 区委区政府) are the committee, printed with the
 * government's bare name after it: the committee is the name (a bare 区委 none), the bare government no one's.
 */
function committeeOfJoint(c: Candidate, text: string): Candidate | undefined {
  if (c.rule === 'gazetteer' || c.type !== 'Organization' || text.slice(c.start, c.end) !== c.name) return c;
  const m = /^(.*?[省市区县]委)[省市区县](?:人民)?政府$/.exec(c.name);
  if (!m) return c;
  return m[1].length > 2 ? { ...c, end: c.start + m[1].length, name: m[1] } : undefined;
}

/** A body listed with its role (由A主办、B承办): the role is what the sentence says of it, not part of its name. */
function withoutRole(c: Candidate, text: string): Candidate {
  if (c.rule !== 'gazetteer' && /^[\u4e00-\u9fa5]{3,}(?:主办|承办|协办|联办)$/.test(c.name)) return { ...c, end: c.end - 2, name: c.name.slice(0, -2) };
  // …and a body's head cut from its head's title (某区水务局局/长): the title's first character is no part of the name
  if (c.rule !== 'gazetteer' && /([局院会所站馆厂])\1$/.test(c.name) && text[c.end] === '长') return { ...c, end: c.end - 1, name: c.name.slice(0, -1) };
  // …and the people a body sends (某学院负责同志, 某局有关负责人): the body ends before them
  const people = c.rule !== 'gazetteer' && text.slice(c.start, c.end) === c.name ? /(?:有关|主要)?(?:负责同志|负责人)$/.exec(c.name)?.[0] : undefined;
  if (people && suffixOf(c.name.slice(0, -people.length))) return { ...c, end: c.end - people.length, name: c.name.slice(0, -people.length) };
  // …and the act that awards an honour (关于认定命名第七届…城市: jieba reads 命名 as a noun, so growth ran past it)
  const award = c.rule !== 'gazetteer' && c.type === 'Honor' ? /^(?:认定|命名|授予|表彰)+/.exec(c.name)?.[0] : undefined;
  if (award && c.name.length - award.length >= 4) return { ...c, start: c.start + award.length, name: c.name.slice(award.length) };
  // …and an opening single quote printed without its close (成立了‘志愿服务队’: the rules read the close as the clause's)
  if (c.rule !== 'gazetteer' && /^[‘']/.test(c.name) && !/[’']/.test(c.name) && c.name.length > 3) return { ...c, start: c.start + 1, name: c.name.slice(1) };
  return c;
}

/** Resolve a rule's candidate against the gazetteer: a known surface form names the known entity. */
function resolve(c: Candidate, gazetteer: Gazetteer, text: string): Candidate {
  if (c.rule === 'gazetteer') return c;
  // a known document printed in title marks (《…规范》) is the known document
  const known = gazetteer.byTerm.get(c.name) ?? gazetteer.byTerm.get(text.slice(c.start, c.end)) ?? gazetteer.byTerm.get(/^《(.+)》$/.exec(c.name)?.[1] ?? '') ?? gazetteer.reference.get(c.name);
  if (known) return { ...c, name: known.name, type: known.type };
  // 海洋强国战略 is the programme 海洋强国 already known, not a second one that "supports" it
  const programme = c.type === 'Strategy' ? gazetteer.byTerm.get(c.name.replace(/战略$/, '')) : undefined;
  if (programme?.type === 'Strategy' && programme.name !== c.name) return { ...c, name: programme.name, type: 'Strategy' };
  // what is listed into, named as or awarded is an honour (被列入省级示范物流枢纽)
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  if (c.rule !== 'pattern' && c.type !== 'Person' && (HONOUR_BEFORE.test(before) || (LEVEL.test(c.name) && /^(?:Area|Park|Facility|Organization)$/.test(c.type) && AIM_BEFORE.test(before)))) return { ...c, type: 'Honor' };
  // the suffix table gives a default type; curated names with the same short ending know better, a
  // long suffix (…工程技术研究院) is its own evidence
  // a phase of something built (二期工程) is a project, whatever other …工程 are
  // and so is a 工程 named for what it builds on a road or bridge (某路北延工程, 立交改造工程)
  if (PHASE.test(c.name) || BUILT_WORKS.test(c.name)) return { ...c, type: 'Project' };
  // an industry is named without the scope a figure is counted over (全市制鞋产业产值 is the industry 制鞋)…
  if (c.type === 'Industry' && /^全[市区省县国][\u4e00-\u9fa5]{2,}产业$/.test(c.name)) c = { ...c, start: c.start + 2, name: c.name.slice(2) };
  // …and without its 产业 (储能电池产业 is the industry 储能电池): the printed form stays an alias
  const stem = c.type === 'Industry' && c.rule !== 'pattern' ? /^([\u4e00-\u9fa5]{2,})产业$/.exec(c.name)?.[1] : undefined;
  if (stem && !isGeneric(stem)) return { ...c, name: gazetteer.byTerm.get(stem)?.type === 'Industry' ? gazetteer.byTerm.get(stem)!.name : stem };
  // (curated 工程 are mostly programmes, “…”工程 or 人才…工程; an unquoted 工程 named for what it does to a place, 某河生态修复工程,
  // is concrete works: the ending's vote does not reach it)
  if (c.type === 'Project' && WORKS.test(c.name) && !/[“”"]/.test(c.name)) return c;
  return c.rule === 'suffix' && c.type !== 'Enterprise' && (suffixOf(c.name)?.length ?? 0) < 4 ? { ...c, type: typeByEnding(gazetteer, c.name) ?? c.type } : c;
}

const HONOUR_BEFORE = /(?:列入|确定为|获评|评为|荣获|荣膺|入选|认定为|命名为|成为[^，。；]{0,8}第[一二三四五六七八九十\d]+[个家])(?:第[一二三四五六七八九十\d]+批)?$/;
/**
 * A clause placing a thing (选址于, 位于, 地处, 流经, 北起 but not the 起 of 起步, 南接…, …沿, …串联) or drawing it in (吸引) that the segmenter
 * glued into a name: the name starts after it. So does what says how a firm is owned (区属国企, 全资子公司), an appointment (任命某某为), an official delivering (某主任某某作),
 * a verb of action jieba tags a noun or an idiom (申报/nz, 抓住 in an idiom/l, 上线/n, 通报, 设立, 战胜), a copula (是), a newly opened site's 投用 or an agent's 由 after
 * the words before (…消费季由某区人民政府主办; not 自由): no name starts with them.
 */
const PLACE_CLAUSE = /^.*?(?:选址|位于|坐落|地处|流经|途经|吸引|[东西南北](?:至|起(?!步)|接|到|连|抵)|^(?:项目)?[东西南北]临|扎根|现有|拥有|投向|注册成立|宣布|^串联|^新?投用|^是|(?:申报|上线|通报|设立|抓住|战胜)(?![会期])|^[\u4e00-\u9fa5]{0,2}国企(?=.+(?:公司|集团)$)|(?:全资|控股)子公司(?=.+(?:公司|集团)$)|(?:主任|书记|主席|[区市县局院镇]长)[\u4e00-\u9fa5]{2,3}?作|^(?:决定)?(?:任命|聘任|提名)[\u4e00-\u9fa5]{2,3}?为|(?<=^[\u4e00-\u9fa5]+)(?<!自)由(?!于)|(?<=^.{2,})(?:沿(?![河江海湖黄线街岸])|串联|毗邻|紧邻))(?:于|在)?(?=[\u4e00-\u9fa5\d“])/;
/**
 * A bare 区 or 县 after a conjunction (…的报告和区人民法院…, 区委和区政府) opens a body of the district's own, printed short:
 * a body's name passes 和 between plain nouns (住房和城乡建设局), never before the district's bare name.
 */
function afterConjunction(text: string, c: Candidate): Candidate {
  const m = /^[^，。；、]*?[和与及](?=[区县][\u4e00-\u9fa5]{3,})/.exec(c.name);
  if (!m || text.slice(c.start, c.end) !== c.name) return c;
  return { ...c, start: c.start + m[0].length, name: c.name.slice(m[0].length) };
}

/**
 * A room of a building or body where something is held (某中心演播厅, 某中心会议室, 某馆报告厅): the body or site is the name,
 * the room is none. A rule's name running on into the room ends before it; one the rules did not find after 在 (在区某某
 * 服务中心会议室) is read from the shape.
 */
const ROOM = '(?:演播厅|会议室|报告厅|多功能厅|会客厅|展厅|礼堂|大厅)';
const BEFORE_ROOM = new RegExp(`^([\\u4e00-\\u9fa5]{3,}?(?:中心|馆|院|局|政府|大厦|宾馆|酒店|学校|大学))${ROOM}$`);
function withoutRoom(c: Candidate): Candidate {
  const m = c.rule === 'gazetteer' ? null : BEFORE_ROOM.exec(c.name);
  return m ? { ...c, end: c.start + m[1].length, name: m[1] } : c;
}
function roomCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(new RegExp(`(?<=在)([区县]?[\\u4e00-\\u9fa5]{2,10}?(?:中心|馆|大厦))(?=${ROOM})`, 'g'))) {
    const type = SUFFIX_TYPES[suffixOf(m[1]) ?? ''];
    if (type) out.push({ start: m.index, end: m.index + m[1].length, name: m[1], type, rule: 'suffix' });
  }
  return out;
}

/** …and a clause placing an event or a thing (文旅节在某某街区, 在某某大道): what 在 governs is the name. */
const AT_CLAUSE = /^[^“”《》]*?在(?=[\u4e00-\u9fa5\d]{4})/;
function afterPlaceClause(text: string, c: Candidate): Candidate {
  if (c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name) return c;
  const m = PLACE_CLAUSE.exec(c.name) ?? (/[“”《》]/.test(c.name) ? null : AT_CLAUSE.exec(c.name));
  if (!m || c.name.length - m[0].length < 2) return c;
  return { ...c, start: c.start + m[0].length, name: c.name.slice(m[0].length) };
}

/** 某博览会暨某旅游节: two events held together, each a name of its own, when each half ends like an event. */
function atJi(text: string, c: Candidate): Candidate[] {
  if (c.type !== 'Event' || c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name) return [c];
  const i = c.name.indexOf('暨');
  if (i < 3 || c.name.length - i - 1 < 3) return [c];
  const [left, right] = [c.name.slice(0, i), c.name.slice(i + 1)];
  if (SUFFIX_TYPES[suffixOf(left) ?? ''] !== 'Event' || SUFFIX_TYPES[suffixOf(right) ?? ''] !== 'Event') return [c];
  return [{ ...c, end: c.start + i, name: left }, { ...c, start: c.start + i + 1, name: right }];
}

/**
 * A village printed after its town (某某镇某某村) is two places, the village part of the town: the gold, and a
 * reviewer, name each. Only for a name the rules built of exactly those two pieces.
 */
function townAndVillage(text: string, c: Candidate): Candidate[] {
  if (c.type !== 'Area' || c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name) return [c];
  const m = /^([\u4e00-\u9fa5]{2,3}[镇乡])([\u4e00-\u9fa5]{2,3}村)$/.exec(c.name);
  if (!m) return [c];
  const cut = c.start + m[1].length;
  return [{ ...c, end: cut, name: m[1] }, { ...c, start: cut, name: m[2] }];
}

/**
 * A name the rules began inside a place's name (胡路区人民法院 of 让胡路区…, 区第十届… of …区第十届…: jieba cut the
 * district's stem off a verb-like first character) begins where the place does: the body or meeting is the place's.
 * A city printed before the district stays out (某市某区人民法院 is named from the district).
 */
function fromPlace(c: Candidate, places: Candidate[]): Candidate {
  if (c.type === 'Area' || c.rule === 'gazetteer') return c;
  const p = places.find((p) => p.start < c.start && c.start < p.end && p.end < c.end && /[区县]$/.test(p.name));
  if (!p) return c;
  const start = p.end - p.name.length;
  return start < c.start ? { ...c, start, name: p.name.slice(0, c.start - start) + c.name } : c;
}

/**
 * A meeting's name is the whole object of the verb that holds it (某区召开全国…创建常态长效工作推进会) or, as the
 * subject of 在…召开, the whole clause before it (某街道党建引领…现场推进会在…召开): the topic words the suffix rule
 * stopped at (a verb, a known honour) are the meeting's, not a clause of their own. A date or time word opening the
 * clause is not.
 */
const HOLDS_MEETING = /^(.*(?:召开|举行|举办|主办|承办|出席|参加))/;
const HELD_AFTER = /^在[^，。；：]{1,24}?(?:召开|举行|举办|开幕)/;
const TIME_OPENING = /^(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚)?|近日|日前|今天|昨天|当天|今年(?:以来)?)/;
function wholeMeeting(text: string, c: Candidate): Candidate {
  if (c.type !== 'Event' || c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name || !/会(?:议)?$/.test(c.name)) return c;
  // (a title before a dash, 某某新核心——某某推介会, is the headline's, not the meeting's; a dash between years, 2027—2028年, is not one)
  const lead = /(?:[^，。；：！？、,;:\s“”《》（）()—]|(?<=\d)—(?=\d))*$/.exec(text.slice(Math.max(0, c.start - 24), c.start))![0];
  const host = HOLDS_MEETING.exec(lead)?.[1];
  // (a relative clause, 某某主办的…峰会, ends at its 的)
  // (a year with 年 right after the verb, 举办2024年…大会, is a date: withYear decides on it)
  const words = (host !== undefined ? lead.slice(host.length).replace(/^\d{4}年/, '') : HELD_AFTER.test(text.slice(c.end, c.end + 30)) ? lead.replace(TIME_OPENING, '') : '').replace(/^.*的/, '');
  if (words.length < 2 || /\d{1,2}月|[会节赛展]$/.test(words)) return c;
  return { ...c, start: c.start - words.length, name: words + c.name };
}

/**
 * A body's numbered session (某区委常委会第四十二次会议, 某委员会第七次全体会议) is an event named by the body and the number:
 * the one pass for sessions of a body the rules found (a numbered term of the lexicon's bodies, 第N届…委员会第N次全体会议,
 * is read whole with its term in patterns.ts).
 */
function session(text: string, c: Candidate): Candidate {
  if (c.type !== 'Organization' || text.slice(c.start, c.end) !== text.slice(c.start, c.start + c.name.length) || !/(?:委员会|常委会|委)$/.test(text.slice(c.start, c.end))) return c;
  const m = /^第[一二三四五六七八九十百\d]+次(?:全体|常务)?会议/.exec(text.slice(c.end, c.end + 12));
  return m ? { ...c, end: c.end + m[0].length, name: text.slice(c.start, c.end + m[0].length), type: 'Event', rule: c.rule === 'gazetteer' ? 'pattern' : c.rule } : c;
}

/** An event's edition year printed before its name at the start of a clause (2026年某区某某推进会) is part of that name. */
function withYear(text: string, c: Candidate): Candidate {
  if (c.type !== 'Event' || c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name) return c;
  // an edition (第三届, 首届) a few characters before is too, with what lies between (第三届某地…节): no clause mark between
  const edition = /(?:(?<!\d)\d{4}年?)?(?:第[一二三四五六七八九十\d]+届|首届)[\u4e00-\u9fa5]{0,4}$/.exec(text.slice(Math.max(0, c.start - 14), c.start));
  if (edition && !/[是在将和与及的]/.test(edition[0].replace(/^.*届/, ''))) return { ...c, start: c.start - edition[0].length, name: edition[0] + c.name };
  // (a bare year glued to the name, 举办2026某某大会, is its edition whatever precedes it; 举办2024年… is a date)
  const year = /(?:^|[，。；：、\s“])(\d{4}年?)$|(?<=[\u4e00-\u9fa5])(\d{4})$/.exec(text.slice(Math.max(0, c.start - 7), c.start));
  const printed = year?.[1] ?? year?.[2];
  return printed ? { ...c, start: c.start - printed.length, name: printed + c.name } : c;
}

/**
 * An event's or project's name that opens with a date (2026年…工程, 第三届…联赛, 2027年第一批…项目) is printed with the
 * district that holds it right before the date (某区2026年…工程): the district is the name's first word, and a nested
 * mention of its own. (jieba cuts the year's digits from its 年: a name opening with a bare 年 takes the digits back.)
 */
function withDistrict(text: string, c: Candidate, gazetteer: Gazetteer): Candidate {
  if ((c.type !== 'Event' && c.type !== 'Project') || c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name) return c;
  let start = c.start - (/(?:\d{4}年?度?)?(?:第[一二三四五六七八九十\d]+[届批])?$/.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[0].length ?? 0);
  if (c.name.startsWith('年') && /\d{4}$/.test(text.slice(0, c.start)) && start === c.start) start -= 4;
  if (!/^(?:\d{4}年|第[一二三四五六七八九十\d]+[届批]|首届)/.test(text.slice(start, c.end))) return c;
  const district = [6, 5, 4, 3].map((n) => text.slice(Math.max(0, start - n), start)).find((d) => d.length >= 3 && /[区县]$/.test(d) && gazetteer.byTerm.get(d)?.type === 'Area');
  const from = district ? start - district.length : c.name.startsWith('年') ? start : c.start;
  return from === c.start ? c : { ...c, start: from, name: text.slice(from, c.end) };
}

/**
 * A place's stem whose first character jieba tagged a verb or an adjective (浮/山路街道, 阅/海湾社区, 大/堡子镇) was
 * trimmed off as one: right after a clause mark, a conjunction, 在 or the subdivision it lies in, it is the stem's.
 */
function withStemHead(tokens: Token[], at: Int32Array, c: Candidate): Candidate {
  // a subdivision and a kind of place in it (某街道老旧小区) name the subdivision: the kind is no name of its own
  const kind = c.type === 'Area' && c.rule !== 'gazetteer' ? /^([\u4e00-\u9fa5]{2,4}?(?:街道|镇|乡|片区))([\u4e00-\u9fa5]{3,})$/.exec(c.name) : null;
  const tail = kind ? suffixOf(kind[2]) : undefined;
  if (kind && tail && isGeneric(kind[2].slice(0, -tail.length))) c = { ...c, end: c.start + kind[1].length, name: kind[1] };
  // (…and so is that of a site or body the quarter opens, 阅/v 海湾社区日间照料站)
  if (c.rule === 'gazetteer' || !(c.type === 'Area' ? /^[\u4e00-\u9fa5]{2,4}(?:街道|社区|镇|乡|村)$/ : /^[\u4e00-\u9fa5]{2,4}(?:街道|社区|镇|乡|村)[\u4e00-\u9fa5]{2,}/).test(c.name)) return c;
  const t = tokens[at[c.start] - 1];
  if (!t || t.end !== c.start || t.word.length !== 1 || !/^(?:v|a|ad|d|vg|ag)$/.test(t.tag) || /[新老各该全本每]/.test(t.word)) return c;
  const p = tokens[at[c.start] - 2];
  if (p && !/^[，。、；：“”\s]$/.test(p.word) && !/^(?:和|与|及|在)$/.test(p.word) && !/(?:街道|镇|乡|区|县)$/.test(p.word)) return c;
  return { ...c, start: t.start, name: t.word + c.name };
}

/**
 * A project named with its capacity or scale (年产500吨…项目, 某某化工13万吨/年聚醚项目, 某电2×300MW级热电联产项目) is
 * named whole, as a list of such projects prints each: the rules' growth stops at the figure, and the name starts
 * where the list member or the clause does (after 、，；：, after the 的 of 某公司投资8亿元的…, after 是 or 为), with a
 * governing verb taken off. A member that speaks of money or an act (投资, 签约, 亿元) is a clause, not a name.
 */
function withCapacity(text: string, c: Candidate): Candidate {
  if (c.type !== 'Project' || c.rule === 'gazetteer' || text.slice(c.start, c.end) !== c.name) return c;
  const member = /[^、，。；：:,;（(\s的是为]*$/.exec(text.slice(Math.max(0, c.start - 30), c.start))![0];
  if (!/\d/.test(member) || !CAPACITY.test(member + c.name) || /(?:亿元|万元|投资|签约|开工|完成|实现|预计|计划|累计)/.test(member)) return c;
  // (an address right before the figure, 某省某市某区100万千瓦…项目, is where the project is, not its name; a firm after
  // the address, 某市某某化工年产…, is the project's owner and stays)
  const address = /^[\u4e00-\u9fa5]*[省市区县旗](?=\d|年产)/.exec(member)?.[0].length ?? 0;
  const start = trimLeadingVerbs(text, c.start - member.length + address, c.end);
  return { ...c, start, name: text.slice(start, c.end) };
}

/** A road still to be named carries the planner's placeholder (规划三路, 规划纬一路): a position on a plan, no name yet. */
const plannedRoad = (c: Candidate) => c.rule !== 'gazetteer' && c.type === 'Facility' && /^规划[\u4e00-\u9fa5\d]{0,3}(?:路|街|道)$/.test(c.name);

/** The place a report is filed from (某网某地3月22日讯, 记者 某某 某地报道): the dateline, not a place the text speaks of. */
const dateline = (text: string, c: Candidate) => c.type === 'Area' && DATELINE.test(text.slice(c.end, c.end + 8));

/**
 * Projects named by the class they are counted in (某区重点项目, 落地项目): a list's heading, no one project. And a list
 * member cut at its figure before the verb (某某化工投资|3亿元的…项目): the one who invests, no project.
 */
const projectClass = (c: Candidate) => c.rule !== 'gazetteer' && c.type === 'Project' && (/(?:重点|重大|落地|宣布|签约|合作|研发|产业)项目$/.test(c.name) || /投资$/.test(c.name));

/**
 * A firm's unit named without the firm (山东区域总部, 保险省级分公司, 某新区支行, 集团某省分公司 cut from its group): a branch or
 * headquarters is named by its parent, printed before it (某银行某市支行, 某有限公司某地分公司); without one it is a kind.
 */
const unitWithoutFirm = (c: Candidate, gazetteer: Gazetteer) => {
  if (c.rule === 'gazetteer' || c.type !== 'Enterprise' || !/(?:总部|分公司|子公司|支行|分行)$/.test(c.name)) return false;
  if (/^(?:集团|公司|银行)/.test(c.name)) return true;
  // (a known firm opening it is its parent: 某石化河北分公司)
  for (let k = 2; k < c.name.length - 1; k++) if (gazetteer.byTerm.get(c.name.slice(0, k))?.type === 'Enterprise') return false;
  return !/(?:银行|公司|集团|证券|银联|移动|联通|电信|农商|信用社|[A-Za-z])/.test(c.name.replace(/(?:总部|分公司|子公司|支行|分行)$/, ''));
};

/**
 * A rule's name whose last word runs on into a longer one (某某街/区, 社区网格/员, 背街/小巷, 某某景区/化): jieba cut the word,
 * the text names a kind of person, a district of streets or a quality, not the thing the head would name.
 */
const runsOn = (text: string, c: Candidate) => c.rule !== 'gazetteer' && (/^(?:员|化(?![工肥])|小巷)/.test(text.slice(c.end, c.end + 2)) || (/街$/.test(c.name) && text[c.end] === '区'));

const kindOfFund = (c: Candidate) => c.rule !== 'gazetteer' && c.type === 'Organization' && (fundKind(c.name) || /^(?:街道|镇|乡|社区|村)(?:办事处|党工委|居委会|村委会)$/.test(c.name));

/** A body's name run on through an office into its holder (某区委书记某某, 管委会副主任某某): a title and a person, no name. */
const OFFICE_HOLDER = /(?:书记|主任|[局区市县镇部处校院]长|董事长|总经理)[\u4e00-\u9fa5]{2,3}$/;
const OFFICE = /(?:常委|书记|委员|主任|[局区市县镇部处]长)$/;
const BUILT_WORKS = /(?:(?:绿道|步道|管网|泵站|堤防|公路)|[路桥道](?:[东西南北]延|改造|改建|扩建|新建|拓宽)|立交(?:改造|新建)?|隧道|[东西南北]延|快速化(?:改造|改建)?|加固|修复)工程$/;
const PHASE = /[一二三四五六七八九十\d]期(?:工程|项目)$/;
/** What works do to a site (改造, 修复, 治理, 清淤…) before 工程: the works are built, not a programme for people. */
const WORKS = new RegExp(`(?:${WORKS_VERBS.join('|')})工程$`);
/** A name opening with a level (全国…社区, 国家级…街区) that a place works towards or is made is a designation. */
const LEVEL = /^(?:全国|国家级?|省级|全省|市级|全市|中国)/;
const AIM_BEFORE = /(?:创建|争创|创成|打造|建成|成功创建|被认定为|成为)$/;
/** 35处街角花园, 新增研发机构12家: a counted thing is a class of things, not one named thing. */
const COUNT_BEFORE = /(?:\d+|[一二三四五六七八九十两几多]+)(?:处|座|个|家|所|条|批)$|平方米(?:的)?$|(?:首个|又一个)(?:[\u4e00-\u9fa5]{1,2}的)?$/;
/** …a count after a list the name opens (街角花园、滨河绿地6处, A、B两项) counts the whole list's kinds too. */
const COUNT_AFTER = /^(?:、[^，。；、\d等]{2,10})*(?:\d+|[一二三四五六七八九十两几多]+)(?:处|座|个|家|所|条|项)/;
export function counted(text: string, c: { start: number; end: number }): boolean {
  return COUNT_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) || COUNT_AFTER.test(text.slice(c.end, c.end + 40));
}

/** A firms' designation counted (新增市级雏鹰企业9家) whose holders the text does not name is a count, not an honour. */
function countedDesignation(text: string, c: Candidate): boolean {
  return c.type === 'Honor' && ((c.name.endsWith('企业') && counted(text, c)) || countedRanking(text, c));
}
/**
 * A ranking counted (引进世界500强项目8个, 世界500强企业3家) is a kind of investor the text counts,
 * not an honour a named firm holds (世界500强某某集团, 某集团是世界500强企业).
 */
function countedRanking(text: string, c: Candidate): boolean {
  const printed = /\d+强(?:企业)?$/.exec(text.slice(c.start, c.end))?.[0];
  return !!printed && text[c.start - 1] !== '、' && /^(?:企业)?(?:项目|投资|[\d一二三四五六七八九十两]+[家个项])/.test(text.slice(c.end, c.end + 6));
}

/**
 * Endings that also close plain descriptions (救助体系, 基层治理体系, 园区管理改革, 大格局): a name the
 * suffix or list rule found with one of them is a programme only when quoted or already curated.
 */
const DESCRIPTIVE_ENDING = /(?:体系|格局|机制|制度|体制|规划|改革|理念|思想|思路|政策)$/;
function descriptiveStrategy(c: Candidate, gazetteer: Gazetteer): boolean {
  return (c.rule === 'suffix' || c.rule === 'list') && c.type === 'Strategy' && !gazetteer.byTerm.has(c.name) && !/[“”"]/.test(c.name) && DESCRIPTIVE_ENDING.test(c.name);
}

/** Kinds of thing a rule may name only with a proper noun in the name: a place, person, brand or body jieba knows as one, or a word it does not know. */
const CONCRETE = /^(?:Facility|Park|Project)$/;
/** Bodies named in a few plain words before a head that is as often a kind as a name (教师发展中心, 共享实验室): held to a proper noun like a site. */
/** A place head after a generic modifier (农村社区, 城镇老旧…小区, with the works done to it; not 街区, which old quarters are named by): a kind of place, not one. */
const KIND_OF_PLACE = new RegExp(`(?:${GENERIC.source.split('|').filter((w) => /^[\u4e00-\u9fa5]{2,}$/.test(w)).join('|')})(?:小区|社区)(?:改造)?$`);
/** …and firms named by a kind of unit (科技支行, 研发总部, 银行、证券、保险): a company is named by its brand or place. */
const KIND_OF_FIRM = /^[\u4e00-\u9fa5]{0,3}(?:总部|支行|分行|分公司|银行|证券|保险|基金|有限公司|研究所)$/;
const KIND_OF_BODY = /^[\u4e00-\u9fa5]{0,5}(?:中心|实验室|平台|工坊|部门|议事厅|医院|高校|企业|服务队|代表队|团委|工会|学部|总会|分会|支队|大队|派出所|档案馆|公证处|登记处)$/;
/** Below this many sightings in jieba's dictionary a word is rare enough to be part of a name. */
const RARE = 200;
/** A word this frequent in jieba's dictionary is a common word, whatever tag it gets. */
const COMMON = 500;

/**
 * Whether a suffix rule's site, building or project name holds a proper noun, so it names one thing rather than
 * a kind (老年活动中心, 购物中心, 区域体检中心项目 are kinds): before its suffix, a token jieba tags as a
 * place, person, organisation or other proper name (ns nr nz nt), one it does not know (x) or abbreviates (j),
 * a word its dictionary has rarely seen (星河, 稼轩), Latin letters, a quote, a number (108号院) or a curated name.
 */
export function hasProperNoun(text: string, tokens: Token[], c: Candidate, gazetteer: Gazetteer): boolean {
  // streets are named with plain words (花园路, 大学路); an address opening the name (历下区…局) is a proper noun
  // …and so is a subdistrict or town opening it (振兴街街道卫生院): they are named places
  // …and a street opening it (振兴街小学)
  if (/[“”"A-Za-z\d（(]/.test(c.name) || /[路街巷]$/.test(c.name) || /^[\u4e00-\u9fa5]{2,3}[省市区县]/.test(c.name) || /^[\u4e00-\u9fa5]{2,4}(?:街道|镇|乡|[路街巷])(?!$|道)/.test(c.name)) return true;
  const suffix = suffixOf(c.name) ?? '';
  const head = c.end - suffix.length;
  // in a list of things built (建设肿瘤中心、妇儿中心和…), a short core of plain words is a kind even when the word is
  // rare: rarity counts only in longer names or where the name stands alone (星河软件园位于…)
  const short = c.name.length - suffix.length <= 2 && coordinated(text, c);
  // a word that holds the suffix (中医医院/nt) is a compound kind unless it names a place or person
  // (a common word jieba tags as a given name, 养老 of 社区养老驿站, names no site or body; a project's
  // description, 智慧停车项目, keeps its own reading)
  const common = (t: Token) => c.type !== 'Project' && t.tag === 'nr' && wordFrequency(t.word) >= COMMON;
  return tokens.some((t) => t.start < head && t.end > c.start && (t.end <= head || /^(?:ns|nr|nrfg|nrt)$/.test(t.tag) || gazetteer.byTerm.has(t.word)) && !common(t) && properToken(t, gazetteer, c.name, !short));
}

const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|集团)$/;
/** Words of a registered name that say what a firm does or how it is held, not who it is. */
const FORM_WORDS = /(?:股份有限公司|有限责任公司|有限公司|集团|控股|股份|实业|科技|技术|发展|投资|建设|置业|贸易|工业|制造)+$/;

/**
 * The short form a company goes by later in the text: declared (（以下简称“新华医疗”）) or its trade name, the
 * registered name without the place opening it and the legal form closing it (淄博鑫泰石化有限公司 → 鑫泰石化),
 * printed again on its own. Two characters are too common to be taken unless 公司 or 集团 follows them.
 */
export function shortForm(text: string, name: string, gazetteer: Gazetteer): string | undefined {
  const at = text.indexOf(name);
  const declared = /^[（(](?:以下)?简称[“"]([^”"]{2,8})[”"][）)]/.exec(text.slice(at + name.length, at + name.length + 16));
  if (declared) return declared[1];
  const rest = text.slice(0, at) + '\u0000'.repeat(name.length) + text.slice(at + name.length);
  const body = name.replace(FORM_WORDS, '');
  // the place opening the name is two or three characters, with or without 省/市 (山东, 淄博市): try each cut
  for (const skip of [...new Set([/^[\u4e00-\u9fa5]{2,3}[省市]/.exec(body)?.[0].length ?? 0, 2, 3, 0])]) {
    const core = body.slice(skip);
    for (let len = Math.min(core.length, 8); len >= 2; len--) {
      const cand = core.slice(0, len);
      const i = rest.indexOf(cand);
      if (i < 0 || (len === 2 && !/^(?:公司|集团)/.test(rest.slice(i + 2)))) continue;
      // printed inside another registered name it is that firm's, not this one's
      // (up to the next clause mark or a 联合 joining it to a second firm)
      if (/有限公司|集团/.test(rest.slice(i + len, i + len + 12).split(/[，。；、,;]|联合/)[0])) continue;
      if (gazetteer.byTerm.get(cand)?.type === 'Area' || /[省市区县]$/.test(cand)) continue;
      return cand;
    }
  }
  return undefined;
}

/** Whether a name is one member of a coordination (A、B和C): a 、 or 和 right before or after it. */
function coordinated(text: string, c: { start: number; end: number }): boolean {
  return /^[、和及与]/.test(text.slice(c.end, c.end + 1)) || /[、和及与]$/.test(text.slice(Math.max(0, c.start - 1), c.start));
}

/** Kinds of curated name that are fields or programmes (金融业, 文旅): the user dictionary tags them nz, but they name no one thing. */
const FIELD_TYPES = /^(?:Industry|Strategy|Event|Honor)$/;

function properToken(t: Token, gazetteer: Gazetteer, whole: string, rareCounts = true): boolean {
  const known = t.word.length >= 2 && t.word !== whole ? gazetteer.byTerm.get(t.word) : undefined;
  if (known) return !FIELD_TYPES.test(known.type);
  // a rare two-character word is a name's stem (星河, 稼轩); a rare longer compound is still a common phrase (便民服务)
  return /^(?:ns|nr|nrt|nrfg|nz|nt|x|eng)$/.test(t.tag) || (rareCounts && (t.tag === 'j' || (t.word.length === 2 && wordFrequency(t.word) < RARE)));
}

/** A counted name (…中心2处) is still one name when a place or person names it (匡山街道便民服务站). */
function placeNamed(tokens: Token[], c: Candidate, gazetteer: Gazetteer): boolean {
  return tokens.some((t) => t.start < c.end && t.end > c.start && (/^(?:ns|nr|x)$/.test(t.tag) || gazetteer.byTerm.get(t.word)?.type === 'Area'));
}

/**
 * A rule's name of a site, building or project, or an activity (…活动), that names a kind rather than one thing
 * (便民服务站, 购物中心, 灯会活动): it holds no proper noun.
 */
const heldAt = (text: string, c: Candidate) =>
  (/在$/.test(text.slice(c.start - 1, c.start)) && /^(?:举行|举办|召开|开幕|设置|设立|建设|启动)/.test(text.slice(c.end, c.end + 2))) ||
  (/(?:落户|入驻|迁入)$/.test(text.slice(c.start - 2, c.start)) && /^[，。；、]/.test(text.slice(c.end, c.end + 1)));
function kindNotName(text: string, tokens: Token[], c: Candidate, gazetteer: Gazetteer): boolean {
  // a project described at length (氢燃料电池动力系统项目, 某某车体部件项目) names one investment: kinds are short (研发项目)
  // or say they are a class (重点 or 重大 before the head)
  if (c.type === 'Project' && /(?:项目|工程)$/.test(c.name) && c.name.length - 2 >= 7 && !/重点|重大|一批|各类|相关|[省市区县]级/.test(c.name)) return false;
  // (a body named in a few words by what it does, 教师发展中心, 共享实验室, is a kind of body the text has one of)
  // (a level opening it, 全国…特色学校, makes it a designation awarded, not a kind)
  if (LEVEL.test(c.name)) return false;
  // a quarter whose stem is one word that names no place (所在/b 街道, 现在/t 小区, 附近/f 小区, 这些/r 社区) is a kind:
  // a time, a direction, a pronoun or a qualifier points at places, it does not name one (a direction before a zone of
  // a kind, 南部/f 商务区, does name it)
  if (c.type === 'Area' && c.rule === 'suffix') {
    const inside = tokens.filter((t) => t.start >= c.start && t.end <= c.end);
    if (inside.length === 2 && inside[0].start === c.start && inside[0].end === c.end - (suffixOf(c.name)?.length ?? -1) && (/^(?:t|tg|b|r|d|p|c|m|q|a|ad)$/.test(inside[0].tag) || (inside[0].tag === 'f' && /(?:片区|小区|社区|街道)$/.test(c.name)))) return true;
  }
  // a site named as the place where something is held or settles (在某某公园举行, 落户某某小镇。) is one place, however
  // plain its words: the clause points at it
  // (not a kind in two words, 会议中心, nor one owned by a bare level, 区会议中心)
  const head = suffixOf(c.name) ?? '';
  if ((c.type === 'Park' || c.type === 'Facility') && c.rule === 'suffix' && heldAt(text, c) && (head.length >= 3 || c.name.length - head.length >= 3) && !/^[区市县镇村]/.test(c.name)) return false;
  const concrete = CONCRETE.test(c.type) || (c.type === 'Event' && c.name.endsWith('活动')) || (c.type === 'Organization' && KIND_OF_BODY.test(c.name)) || (c.type === 'Enterprise' && KIND_OF_FIRM.test(c.name));
  return concrete && (c.rule === 'suffix' || c.rule === 'list') && !hasProperNoun(text, tokens, c, gazetteer);
}

/**
 * A university printed with the city of its campus in brackets right after it (某某大学（威海）, 某某石油大学（华东）) is that
 * campus, a university of its own: the bracket is part of the name, and the parent, printed inside, a nested mention.
 */
function withCampus(text: string, c: Candidate): Candidate {
  if (c.type !== 'Organization' || !/(?:大学|学院)$/.test(text.slice(c.start, c.end))) return c;
  const campus = /^[（(][\u4e00-\u9fa5]{2,4}[）)]/.exec(text.slice(c.end, c.end + 7))?.[0];
  // (a note in brackets, （简称某大）, （筹建）, is no campus)
  if (!campus || /^[（(](?:简称|以下|下称|筹|原|现)/.test(campus)) return c;
  return { ...c, end: c.end + campus.length, name: text.slice(c.start, c.end) + campus.replace('(', '（').replace(')', '）') };
}

/**
 * A branch printed after its parent's name (某某保险公司山东分公司, 某市公安局某区分局) names the parent too: a body
 * ending in its own head (局, 公司, 银行, 集团) before the place the branch serves.
 */
function branchParent(text: string, o: Candidate, chosen: Candidate[]): Candidate | undefined {
  if (o.type !== 'Organization' && o.type !== 'Enterprise') return undefined;
  // (a brigade's district unit, 某市消防救援支队某区大队, names its 支队 too)
  const m = /^([\u4e00-\u9fa5（）]{2,}?(?:局|公司|银行|集团|支队))[\u4e00-\u9fa5]{2,6}?(?:分局|分公司|分行|支行|大队)$/.exec(text.slice(o.start, o.end));
  if (!m || m[1].length < 4 || /(?:分公司|分局)$/.test(m[1])) return undefined;
  // (a parent the text prints in full elsewhere, 某某集团有限公司, is that one: the branch names it short)
  const full = chosen.find((c) => c.type === 'Enterprise' && c.name.length > m[1].length && c.name.startsWith(m[1]) && /有限(?:责任)?公司$/.test(c.name));
  return { start: o.start, end: o.start + m[1].length, name: full?.name ?? m[1], type: full || !/(?:局|支队)$/.test(m[1]) ? 'Enterprise' : 'Organization', rule: 'pattern' };
}

/** Known places and bodies that can act: one followed by a governing verb is a clause's subject. */
const ACTORS = new Set(['Area', 'Enterprise', 'Organization', 'Park']);

/**
 * A suffix name grown over a known actor and its verb (青湖区建设滨湖康养综合体) starts after the verb:
 * the actor is the subject of the clause, not part of the name.
 */
function afterSubject(text: string, tokens: Token[], at: Int32Array, c: Candidate, known: Candidate[]): Candidate[] {
  let start = c.start;
  for (const k of known) {
    const verb = tokens[at[k.end]];
    // (规划/计划 before 建设 plan the building: the two are the clause's verb, 某管理区规划建设…产业园)
    const planned = verb && /^(?:规划|计划)$/.test(verb.word) && tokens[at[verb.end]]?.word === '建设' ? tokens[at[verb.end]] : undefined;
    if (k.start >= start && k.end < c.end && ACTORS.has(k.type) && verb?.start === k.end && (GOVERNING.has(verb.word) || planned)) start = trimName(text, tokens, at, (planned ?? verb).end, c.end);
  }
  // …and so is a place the gazetteer does not know, shaped like one (玫瑰镇 建设 …度假区项目)
  let place: Candidate | undefined;
  if (start === c.start)
    for (let i = at[c.start]; i >= 0 && i < tokens.length && tokens[i].end < c.end; i++) {
      const verb = tokens[i];
      const subject = text.slice(c.start, verb.start);
      if (!GOVERNING.has(verb.word) || !/^[\u4e00-\u9fa5]{2,6}?(?:镇|乡|街道|区|县)$/.test(subject) || isGeneric(subject.slice(0, -1))) continue;
      place = { start: c.start, end: verb.start, name: subject, type: 'Area', rule: 'pattern' };
      start = trimName(text, tokens, at, verb.end, c.end);
      break;
    }
  if (start === c.start) return [c];
  const name = text.slice(start, c.end);
  const suffix = suffixOf(name);
  return suffix && specificEnough(name, suffix) ? [{ ...c, start, name }, ...(place ? [place] : [])] : [];
}

/**
 * A known programme opening a quoted name (集团化医联体“三链融合”机制创新) is what the name serves, not its
 * owner (as 星辰软件 owns 星辰软件“云·智”…中心): the name starts at the quote.
 */
function afterProgramme(text: string, c: Candidate, known: Candidate[]): Candidate {
  const k = known.find((k) => k.start === c.start && k.end < c.end && k.type === 'Strategy' && text[k.end] === '“');
  return k ? { ...c, start: k.end, name: text.slice(k.end, c.end) } : c;
}

/** Longest first; on equal length the more reliable rule wins. Never overlapping. */
function select(candidates: Candidate[], length: number): Candidate[] {
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.rule] - PRIORITY[b.rule] || a.start - b.start);
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).some((x) => x)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Curated canonical names printed inside a longer mention (山东省 in 山东省智能装备产业集聚区, 华数国际
 * in 海川科技智能计算实验室) are mentions of their own; aliases are not (the 宏达 of 青岛宏达).
 */
function coversAt(text: string, longer: string, term: string, at: number): boolean {
  for (let k = longer.indexOf(term); k !== -1; k = longer.indexOf(term, k + 1)) if (text.startsWith(longer, at - k)) return true;
  return false;
}

/** A site printed with the phase built or opened (…院区二期工程, …产业园一期, …学校二期项目): the site, then the phase. */
const PHASED_SITE = /^([\u4e00-\u9fa5（）()]{4,}?)[一二三四五六七八九十]期(?:工程|项目)?$/;
export function nestedCandidates(text: string, outer: Candidate[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const o of outer) {
    const words = plainWords(text.slice(o.start, o.end));
    // a strategy named after a place (以北湖片区战略带动…) also mentions the place
    const place = o.type === 'Strategy' ? /^(.{2,}(?:区|带|新城))战略$/.exec(text.slice(o.start, o.end))?.[1] : undefined;
    if (place && !gazetteer.byTerm.has(place)) {
      seen.add(`${o.start}-${o.start + place.length}`);
      out.push({ start: o.start, end: o.start + place.length, name: place, type: 'Area', rule: 'suffix' });
    }
    // a 街道 opening another name (某某街道养老驿站, 某某街道片区, 某某街道“…”机制) is a mention of its own, unless the name is
    // its own office or committee (某某街道办事处, 某某街道党工委: fresh7's convention)
    const quarter = o.type !== 'Area' && o.rule !== 'gazetteer' ? /^[\u4e00-\u9fa5]{2,4}?街道(?!办事处|办|党工委|工委|党委)(?=[\u4e00-\u9fa5“]{2})/.exec(text.slice(o.start, o.end))?.[0] : undefined;
    if (quarter && !gazetteer.byTerm.has(quarter) && !gazetteer.reference.has(quarter) && !seen.has(`${o.start}-${o.start + quarter.length}`)) {
      seen.add(`${o.start}-${o.start + quarter.length}`);
      out.push({ start: o.start, end: o.start + quarter.length, name: quarter, type: 'Area', rule: 'suffix' });
    }
    // a phase of a site (某医院某院区二期工程, 某某产业园一期) is built on the site: the site is a mention of its own
    const phased = PHASED_SITE.exec(text.slice(o.start, o.end))?.[1];
    const siteType = phased ? SUFFIX_TYPES[suffixOf(phased) ?? ''] : undefined;
    if (phased && (siteType === 'Facility' || siteType === 'Park') && !seen.has(`${o.start}-${o.start + phased.length}`)) {
      seen.add(`${o.start}-${o.start + phased.length}`);
      const known = gazetteer.byTerm.get(phased) ?? gazetteer.reference.get(phased);
      out.push({ start: o.start, end: o.start + phased.length, name: known?.name ?? phased, type: known?.type ?? siteType, rule: 'suffix' });
    }
    for (let i = o.start; i < o.end; i++) {
      for (const len of gazetteer.lengthsByFirst.get(text[i]) ?? []) {
        if (i + len > o.end || len === o.end - o.start) continue;
        const term = text.slice(i, i + len);
        // (the locality's reference institutions and sites too, by name or a distinctive alias of four characters or
        // more: 英雄山文化市场 in 英雄山文化市场秋季…交易会, 经五路小学 in 经五路小学教育集团; not its roads, hills
        // and stations, which name the places and bodies they are printed in, and not inside a place's own name)
        const curated = gazetteer.byTerm.get(term);
        const ref = curated ? undefined : gazetteer.reference.get(term);
        // (…but a road a works is named for, 某路拓宽改造工程, is the road worked on: a mention)
        const entry = curated ?? (ref && /^(?:Facility|Organization)$/.test(ref.type) && (!/(?:[路街道巷站]|高速)$/.test(ref.name) || (o.type === 'Project' && i === o.start && /(?:路|大街|大道)$/.test(ref.name))) && o.type !== 'Area' && (ref.name === term || len >= 4) && !(i + len === o.end && o.type === ref.type) ? ref : undefined);
        if (!entry || (curated && entry.name !== term) || entry.name === o.name || seen.has(`${i}-${i + len}`)) continue;
        // an honour with its level in front (全国X示范区) is the same honour as X示范区, not a second one
        if (entry.type === 'Honor' && o.type === 'Honor' && i + len === o.end) continue;
        // …and a short honour that is a kind's word (老字号) inside a name (某某老字号文化节, 老字号展销) describes it, unless quoted
        if (entry.type === 'Honor' && len <= 4 && !(text[i - 1] === '“' && text[i + len] === '”')) continue;
        // a place's party committee closing another body's committee there (某党派 + 某区委) is that committee's place, not a mention
        if (entry.type === 'Organization' && o.type === 'Organization' && i + len === o.end && i > o.start && /[区市县]委$/.test(term)) continue;
        // a place opening another name (the city of a company's registered name) is part of that name, not a
        // mention of the place; a field inside a site's, honour's or field's name (…纺织机械产业园) describes it
        // (a body or company named after its field, 区块链…研究院, is in that field: the field stays a mention there)
        // (a university or school named after its field, 山东农业大学, teaches it and is in no industry; nor is a
        // government department that oversees it, 某某农业农村局, 农业农村部)
        // (…and so is a city before its district inside a body's name, 共青团某市某区委员会, 国家税务总局某市某区税务局: the address)
        if (entry.type === 'Area' && o.type !== 'Area' && /[省市]$/.test(term) && /^[\u4e00-\u9fa5]{1,3}[区县]/.test(text.slice(i + len, o.end))) continue;
        if ((entry.type === 'Area' && i === o.start && o.type !== 'Area') || (entry.type === 'Industry' && ((o.type !== 'Organization' && o.type !== 'Enterprise') || /(?:大学|学院|学校|[部局厅署]|委员会)$/.test(o.name)))) continue;
        // a name whose tail opens a longer word is not printed there (数字互联 of 数字/互联网医院);
        // one inside a word from its start or to its end is (农业 of 智慧农业, of 农业示范带), and
        // places run into each other (济南市 of 济南/市中区)
        const [from, to] = [i - o.start, i + len - o.start];
        if (entry.type !== 'Area' && words.some(([a, b]) => a > from && a < to && b > to)) continue;
        // the entity's longer alias printed here is the mention (数字互联网, not 数字互联), and an alias may not nest
        if (entry.aliases.some((a) => a.length > len && a.includes(term) && coversAt(text, a, term, i))) continue;
        seen.add(`${i}-${i + len}`);
        out.push({ start: i, end: i + len, name: entry.name, type: entry.type, rule: 'gazetteer' });
      }
    }
  }
  return out;
}

/** Words around a field's name that make it the field itself: a list of fields, its 产业/领域, a verb that develops it. */
const FIELD_AFTER = /^(?:产业|行业|领域|细分|等|、|和|及|与|以及|[两三四五六]大|产业链|板块|方向|业态|企业|集群|项目|方面)/;
/** Verbs whose object is a field (发展A, 聚焦A和B, 引进A、B): they open a list of fields. */
const DEVELOPS_FIELDS = '发展|聚焦|围绕|培育|做强|做大|做优|做精|投向|支持|涵盖|涉及|布局|引进|引入|打造|壮大|构建|瞄准|深耕|主攻|包括|拓展';
const FIELD_BEFORE = new RegExp(`(?:、|和|及|与|等|${DEVELOPS_FIELDS}|形成|研究|提升|升级|研发)$`);
/** A field printed with its 产业 is the field (制鞋产业产值), unless a site, fund or plan is named for it (…产业园, …产业基金). */
const NAMED_FOR_FIELD = /^(?:基金|园|开发区|项目|集聚区|研究院|联盟|高质量|基地|示范|转型)/;
/**
 * (a list makes a field only of a member beside another field: 餐饮、住宿消费 or 引入餐饮、休闲娱乐 list kinds of business,
 * A、B等领域 and 发展A、B产业 fields; `fields` are where the text's other industries are printed)
 */
const JOIN = /^(?:、|和|及|与|以及)/;
const FIELD_VERB = new RegExp(`(?:${DEVELOPS_FIELDS})`);
/** A list of fields: opened by a verb that develops fields or closed by a field word in its clause (发展A和B, A、B作为支柱行业). */
function fieldList(text: string, m: Span): boolean {
  const before = /[^，。；：！？\n]{0,16}$/.exec(text.slice(Math.max(0, m.start - 16), m.start))![0];
  const after = /^[^，。；：！？\n]{0,16}/.exec(text.slice(m.end, m.end + 16))![0];
  return FIELD_VERB.test(before) || /(?:产业|行业|领域|企业)/.test(after);
}
function asField(text: string, m: Span, fields: Span[] = []): boolean {
  const after = text.slice(m.end, m.end + 4);
  if (text.slice(m.start, m.end).endsWith('产业') && !NAMED_FOR_FIELD.test(after)) return true;
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  const beside = (f: Span) => (f.start > m.end && f.start - m.end <= 2 && JOIN.test(text.slice(m.end, f.start))) || (f.end < m.start && m.start - f.end <= 2 && JOIN.test(text.slice(f.end, m.start)));
  if (JOIN.test(after) || /(?:、|和|及|与)$/.test(before)) return fields.some(beside) || fieldList(text, m) || (!JOIN.test(after) && FIELD_AFTER.test(after));
  return FIELD_AFTER.test(after) || FIELD_BEFORE.test(before);
}

/**
 * The extractor a new article is read with: the rules, then the learned corrector (corrector.ts) over their output
 * (`null`: the rules alone, as the evaluation prints them beside).
 */
export function createExtractor(gazetteer: Gazetteer, segmenter: Segmenter = createSegmenter(gazetteer), corrector: Corrector | null = productCorrector()): Extractor {
  const rules = createRules(gazetteer);
  return {
    gazetteer,
    // (a page printed with ASCII marks is read with full-width ones, its names given back as printed: punctuation.ts)
    extract: (page, options = {}) =>
      readAsPrinted(page, (text) => {
        const tokens = segmenter.tokens(text);
        const x = rules(text, tokens, options);
        return corrector ? corrector.correct(x, tokens, options) : x;
      }),
  };
}

/** The rules alone: what the rule tests specify, and what the corrector's experiments compare it with. */
export function createRuleExtractor(gazetteer: Gazetteer, segmenter: Segmenter = createSegmenter(gazetteer)): Extractor {
  const rules = createRules(gazetteer);
  return {
    gazetteer,
    extract: (page, options = {}) => readAsPrinted(page, (text) => rules(text, segmenter.tokens(text), options)),
  };
}

function createRules(gazetteer: Gazetteer) {
  return (text: string, tokens: Token[], options: { year?: number } = {}): Extraction => {
    const at = tokenIndex(text, tokens);
    // an institution's name inside a longer one: specific, and naming one thing (济南稼轩学校, not 新建学校)
    const institutionName = (name: string) => {
      const suffix = suffixOf(name);
      return !!suffix && specificEnough(name, suffix) && !trimLeadingVerbs(name, 0, name.length);
    };
    // a short alias whose word runs on (山大 of 山大路) is not printed there
    // (a short honour the gazetteer knows only as a kind's word, 老字号, is that honour only where quoted or awarded: 老字号店铺,
    // 引进老字号和… speak of the kind)
    const kindHonour = (k: Candidate) => k.type === 'Honor' && k.end - k.start <= 4 && !(text[k.start - 1] === '“' && text[k.end] === '”') && !HONOUR_BEFORE.test(text.slice(Math.max(0, k.start - 16), k.start));
    const known = matchGazetteer(text, gazetteer).filter((k) => (k.end - k.start > 2 || tokens[at[k.end - 1]]?.end === k.end) && !kindHonour(k) && !countedDesignation(text, k));
    const knownEnds = new Map(known.map((k) => [k.end, k]));
    // a suffix name that ends in a known name is only a longer name if what it adds has no verb
    // (历下区牢牢把握国家数字乡村试点地区 is a clause ending in a known honour)
    // the subject of a clause may be a name the rules found (某某集团 签约建设…项目, 某某科技城 建设…项目), not only a known one
    const companies = companyCandidates(text, tokens);
    const shortFirms = shortFormFirms(text);
    const bare = suffixCandidates(text, tokens);
    const actors = [...known, ...companies.companies, ...bare.filter((c) => /^(?:Park|Area|Enterprise)$/.test(c.type))];
    const suffixed = bare.map((c) => afterConjunction(text, c)).flatMap((c) => afterSubject(text, tokens, at, c, actors)).map((c) => afterProgramme(text, c, known)).filter((c) => {
      const k = knownEnds.get(c.end);
      return (!k || k.start <= c.start || !hasVerb(tokens, c.start, k.start)) && (c.type === 'Honor' || !counted(text, c) || placeNamed(tokens, c, gazetteer) || /(?:路|大道|大街|巷)$/.test(c.name));
    });
    const places = placeCandidates(tokens, gazetteer);
    const slogans = sloganCandidates(text);
    // a name printed after its district starts after it; the district is a mention of its own
    const addressed: Candidate[] = [];
    // …but the whole printed form (某区某某小学) stays an alias: a reviewer, and a gold list, may name it so
    const addressedForms = new Map<string, string>();
    const named = [...listCandidates(text, tokens, gazetteer), ...loneMemberCandidates(text, tokens, gazetteer), ...suffixed].flatMap((c) => townAndVillage(text, c)).map((c) => {
      const remains = (start: number) => {
        const suffix = suffixOf(text.slice(start, c.end));
        // a district's hospital or school named by the district alone (长清区人民医院) keeps it: the rest is a kind
        const rest = { ...c, start, name: text.slice(start, c.end) };
        // (a road is named whatever its words: 世纪大道 after its street, 大港街道 + 世纪大道)
        if (c.type === 'Facility' && /^[^，。、]{2,}(?:路|大道|大街)$/.test(rest.name)) return true;
        if (CONCRETE.test(c.type) && !hasProperNoun(text, tokens, rest, gazetteer)) return false;
        // (a district's works of one year, 某区2026年…改造工程, are named by the district and the year: suffixes.ts)
        if (c.type === 'Project' && /^\d{4}年/.test(rest.name)) return false;
        // a subdistrict after its district (历下区 + 姚家街道) is named by its stem, whatever words it is made of
        if (c.type === 'Area' && SUBDIVISION.test(rest.name)) return true;
        return c.rule !== 'suffix' ? c.end - start >= 2 : !!suffix && specificEnough(rest.name, suffix);
      };
      const { start, places: before } = afterDistrict(text, tokens, at, c, gazetteer, remains);
      if (start === c.start) return c;
      addressed.push(...before);
      const name = text.slice(start, c.end);
      addressedForms.set(c.rule === 'list-suffix' ? c.name.slice(start - c.start) : name, text.slice(c.start, c.end));
      return { ...c, start, name: c.rule === 'list-suffix' ? c.name.slice(start - c.start) : name };
    });
    // towns and villages in a chain are read from the text's shape; a rule's name that cuts one of them is the segmenter's mistake
    const chain = chainPlaces(text, gazetteer);
    const stations = stationCandidates(tokens, gazetteer);
    const cutsChain = (c: Candidate) => c.rule !== 'gazetteer' && chain.some((p) => c.start < p.end && c.end > p.start && !(c.start <= p.start && c.end >= p.end));
    // a name listed after a named person (副主任A、B、董某村、C) is a person's, even where it ends like a village
    const people = personCandidates(text, tokens);
    const listedPeople = new Set(people.filter((p) => text[p.start - 1] === '、').map((p) => `${p.start}-${p.end}`));
    const village = (c: Candidate) => c.type === 'Area' && c.rule !== 'gazetteer' && listedPeople.has(`${c.start}-${c.end}`);
    const raw = [...known, ...slogans, ...industryCandidates(text, tokens, (name) => gazetteer.byTerm.get(name)?.type === 'Industry'), ...places.filter((c) => !village(c)), ...chain, ...stations, ...addressed, ...companies.companies, ...shortFirms, ...people, ...patternCandidates(text, tokens, gazetteer).filter((c) => !countedDesignation(text, c)), ...quotedCandidates(text), ...titledCandidates(text), ...roomCandidates(text), ...named.filter((c) => !kindNotName(text, tokens, c, gazetteer))].filter((c) => !cutsChain(c) && !(c.rule !== 'gazetteer' && CONTEST_PRIZE.test(c.name)));
    // a list member ending in a title (…市委常委、…书记) is a person's office in a list of offices, not a name;
    // one running on past a registered name (…有限公司总经理某某) is a company and what the sentence says of it
    const listed = (c: Candidate) => c.rule === 'list' || c.rule === 'list-suffix';
    // a place named by a direction or a scope (西部片区, 城西北片区, 各街道) or by a kind (城镇老旧…小区) is no one place
    const generalPlace = (c: Candidate) => c.type === 'Area' && c.rule !== 'gazetteer' && (/^(?:[东南西北中]部|城?[东南西北]{1,2})片区$|^(?:社区|小区|街道|片区|街区)$/.test(c.name) || /^[^\u4e00-\u9fa5]*各/.test(c.name) || KIND_OF_PLACE.test(c.name));
    // A name the rules began after a token jieba tagged a verb (沾化/v 区…局, 让/v 胡路…产业园) begins with that token when
    // the two spell the start of a district the text names elsewhere (某市沾化区…, 某市让胡路区…): the body or park is
    // the district's, named by it or by its stem, and the verb was the segmenter's misreading of the stem.
    const districts = [...new Set([...known, ...places, ...chain].filter((p) => p.type === 'Area' && /^[\u4e00-\u9fa5]{3,5}$/.test(p.name) && /[区县]$/.test(p.name)).map((p) => p.name))];
    // 经 as a word of its own opening a name (经/n 凭祥/n 口岸, 经区/x …办公室 before a bare district's body) is the preposition
    // "through, by": the name starts after it (a numbered road, 经十路, is one word of jieba's)
    const afterVia = (c: Candidate): Candidate => {
      const t = tokens[at[c.start]];
      if (c.rule === 'gazetteer' || text[c.start] !== '经' || !t || t.start !== c.start || text.slice(c.start, c.end) !== c.name || c.name.length < 4) return c;
      return t.word === '经' || /^经[区县]$/.test(t.word) ? { ...c, start: c.start + 1, name: c.name.slice(1) } : c;
    };
    const fromStem = (c: Candidate): Candidate => {
      const t = tokens[at[c.start] - 1];
      if (c.rule === 'gazetteer' || c.type === 'Area' || !t || t.end !== c.start || !/^v/.test(t.tag) || text.slice(c.start, c.end) !== c.name) return c;
      // (a municipal institution, 某市立医院: jieba reads the city's 市 with 立 as a verb, 江州/ns 市立/v 医院 or 某市/ns 立/v
      // 医院; the place and the 立 are the name's)
      const place = tokens[at[c.start] - 2];
      const municipal = (/^[市县区]立$/.test(t.word) && place?.tag === 'ns') || (t.word === '立' && place?.tag === 'ns' && /[市县区]$/.test(place.word));
      if (municipal && place.end === t.start && /(?:医院|学校|中学|小学|图书馆|博物馆|美术馆)/.test(c.name)) return { ...c, start: place.start, name: place.word + t.word + c.name };
      const stem = districts.map((d) => d.slice(0, -1)).find((s) => s.length > t.word.length - 1 && s.startsWith(t.word) && (t.word + c.name).startsWith(s));
      return stem ? { ...c, start: t.start, name: t.word + c.name } : c;
    };
    // (the body holding a numbered session stays a name inside the session's: 某委员会 of 某委员会第七次会议; a term of a
    // body, 第N届…常务委员会, and a standing committee, 某区委常委会, are named by their session alone)
    const sessionBodies: Candidate[] = [];
    const withSession = (c: Candidate) => {
      const s = session(text, c);
      if (s !== c && !/届|常委会$/.test(c.name)) sessionBodies.push(c);
      return s;
    };
    // 街道 printed short in a list closed by 等街道 (某某、某某等6个街道) are the 街道, under that form, whatever else the
    // gazetteer knows by it (a hill, a road: 某某山, 某某路) and however jieba cut it (二七/新村)
    const streets = [...text.matchAll(/([^，。；：！？\s“”（）]{2,40})等(?:\d+|[一二三四五六七八九十两几多]+)?个?街道/g)].flatMap((m) => {
      const parts = m[1].split('、');
      // (the first member starts after the clause's verb or preposition: 延伸到某某、…, 覆盖某某、…)
      const end = m.index + parts[0].length;
      // (and the particle after the verb, 检查了/ul 某某、…, with it)
      const lead = tokens.filter((t) => t.start >= m.index && t.end <= end && (/^(?:v|p|d|c|u)/.test(t.tag) || t.word === '到')).pop();
      parts[0] = lead ? text.slice(lead.end, end) : parts[0];
      let at = end - parts[0].length;
      return parts.map((name) => {
        const c: Candidate = { start: at, end: at + name.length, name, type: 'Area', rule: 'pattern' };
        at += name.length + 1;
        return c;
      });
    }).filter((c) => c.name.length >= 2 && c.name.length <= 5 && !/[的和与及在]|街道$/.test(c.name) && tokens[at[c.start]]?.start === c.start);
    const streetAt = new Map(streets.map((c) => [`${c.start}-${c.end}`, c]));
    raw.push(...streets);
    // a development zone's party working committee (某某经济开发区党工委, 某某高新区工委) is a body of its own, the one the
    // zone's secretary leads: the readers of the real pages list it so (a subdistrict's, 某某街道党工委, every set leaves to
    // the subdistrict)
    // (…and so a chemical or industrial park's, 某某化工园区党工委, and a zone's printed bare in a title, 高新区党工委书记X, as
    // a text about the zone calls it; a bare 起步区's secretary leads the 起步区, an area, as the sets list it)
    for (const c of [...raw]) {
      const body = /^(?:党工委|工委)/.exec(text.slice(c.end, c.end + 3))?.[0];
      if (body && c.rule !== 'list' && /(?:开发区|高新区|起步区|园区)$/.test(c.name) && text.slice(c.start, c.end) === c.name)
        raw.push({ start: c.start, end: c.end + body.length, name: c.name + body, type: 'Organization', rule: 'pattern' });
    }
    for (const m of text.matchAll(/(?<=^|[，。、；：“\s])(?:开发区|高新区|经开区)党工委/g)) raw.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Organization', rule: 'pattern' });
    const chosen = select(raw.map((c) => withSession(withCapacity(text, withStemHead(tokens, at, withoutRole(withoutBearing(withoutRoom(fromFirmPlace(fromQuote(c, text), tokens, at, text))), text))))).flatMap((c) => atJi(text, c)).flatMap((c) => townAndVillage(text, c)).map((c) => fromPlace(c, places)).map((c) => resolve(withDistrict(text, withYear(text, wholeMeeting(text, afterPlaceClause(text, c))), gazetteer), gazetteer, text)).map((c) => zoneAsPark(withCampus(text, fromStem(afterVia(c))), gazetteer)).map((c) => roadWithoutPlace(c, text, gazetteer)).flatMap((c) => industryWithoutPlace(c, text, gazetteer) ?? []).flatMap((c) => committeeOfJoint(c, text) ?? []).filter((c) => !generalPlace(c) && !dateline(text, c) && !descriptiveStrategy(c, gazetteer) && !kindOfFund(c) && !unitWithoutFirm(c, gazetteer) && !runsOn(text, c) && !projectClass(c) && !plannedRoad(c) && !OFFICE_HOLDER.test(c.name) && !(listed(c) && (OFFICE.test(c.name) || /有限(?:责任)?公司./.test(c.name)))), text.length);

    for (let k = 0; k < chosen.length; k++) chosen[k] = streetAt.get(`${chosen[k].start}-${chosen[k].end}`) ?? chosen[k];
    const entities = new Map<string, ExtractedEntity>();
    const byRank = [...chosen].sort((a, b) => PRIORITY[a.rule] - PRIORITY[b.rule]);
    for (const c of byRank) {
      const e = entities.get(c.name) ?? { name: c.name, type: c.type, aliases: [], known: gazetteer.byTerm.get(c.name)?.name === c.name, rules: [], mentions: [] };
      if (!e.rules.includes(c.rule)) e.rules.push(c.rule);
      const surface = text.slice(c.start, c.end);
      if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
      entities.set(c.name, e);
    }
    // a programme named by its quoted slogan and a head (“某某”审批模式) is called by the slogan too: the quote is an alias
    for (const e of entities.values()) {
      const slogan = e.type === 'Strategy' && e.rules.includes('quoted') ? /^(“[^”]{2,}”)[\u4e00-\u9fa5]{1,10}$/.exec(e.name)?.[1] : undefined;
      if (slogan && !e.aliases.includes(slogan)) e.aliases.push(slogan);
    }
    for (const [name, full] of addressedForms) {
      const e = entities.get(name);
      if (e && !e.known && !e.aliases.includes(full)) e.aliases.push(full);
    }
    // (a nested name printed in a short form, 某区政府 inside its meeting's name, keeps that form as an alias)
    const addEntities = (cs: Candidate[]) => {
      // (a zone nested in a longer name, 某经济技术开发区 in its projects' name, is a Park as it is printed alone)
      for (const c of cs.map((c) => zoneAsPark(c, gazetteer))) {
        if (!entities.has(c.name)) entities.set(c.name, { name: c.name, type: c.type, aliases: [], known: gazetteer.byTerm.has(c.name), rules: [c.rule], mentions: [] });
        const e = entities.get(c.name)!;
        const surface = text.slice(c.start, c.end);
        if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
      }
    };
    // an institution opening a name printed after its district (某区 + 中医医院新院区建设项目) is named by the district when
    // its own words are a kind (中医医院, 实验小学): as a district's hospital printed alone keeps its district
    const addressedInner = (o: Candidate, c: Candidate): Candidate => {
      const full = addressedForms.get(o.name);
      const district = full && c.start === o.start && !gazetteer.byTerm.has(c.name) ? full.slice(0, full.length - o.name.length) : '';
      // (a road is named by its own words whatever they are: 中央大道 of 某区中央大道改造工程 stays the road's name)
      if (!district || /(?:路|大道|大街|街|巷)$/.test(c.name) || text.slice(o.start - district.length, o.start) !== district || hasProperNoun(text, tokens, c, gazetteer)) return c;
      return { ...c, start: o.start - district.length, name: district + c.name };
    };
    const nested = nestedCandidates(text, chosen, gazetteer);
    // divisions printed inside a longer name (山东省 in “山东省智能装备产业集聚区”) and the company
    // opening a site it built (蓝鲸网 in 蓝鲸网产业园) are mentions of their own
    const inside = (c: Candidate) => chosen.some((o) => o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start);
    const nestedAt = new Set(nested.map((c) => `${c.start}-${c.end}`));
    // a place's party committee opening a body's or meeting's name (某区委全面深化改革委员会, 中共某市某区委宣传部, 某区委常委会
    // 第N次会议) is named there: the committee is a mention of its own (a bare 区委 names no place, and 区委员会 is no 区委)
    const committee = (o: Candidate): Candidate | undefined => {
      // (an office, 某区委办公室, 某区委…领导小组办公室, is named for the committee it serves: the unseen gold lists the office
      // alone; so do unseen and fresh5 for its 组织部, fresh2 not: left out)
      if ((o.type !== 'Organization' && o.type !== 'Event') || /(?:办公室|组织部)$/.test(o.name)) return undefined;
      const m = /^(?:中共)?[\u4e00-\u9fa5]{2,10}?[区市县]委(?!员)/.exec(text.slice(o.start, o.end));
      if (!m || m[0].length >= o.end - o.start || /^[区市县]委/.test(m[0]) || /[，、的和与及在]/.test(m[0])) return undefined;
      return resolve({ start: o.start, end: o.start + m[0].length, name: m[0], type: 'Organization', rule: 'pattern' }, gazetteer, text);
    };
    // (the registered firm opening a project's printed name, 某某有限公司某某项目, is a mention of its own; so is its short
    // form, 某某化工13万吨/年…项目)
    const builders = chosen.flatMap((o) => {
      if (o.type !== 'Project' || o.rule === 'gazetteer') return [];
      const firm = /^[^，。、]+?有限(?:责任)?公司(?=.)/.exec(text.slice(o.start, o.end))?.[0];
      if (firm) return [{ start: o.start, end: o.start + firm.length, name: firm, type: 'Enterprise' as const, rule: 'suffix' as const }];
      return shortFirms.filter((f) => f.start === o.start && f.end < o.end);
    });
    // (a station opening a quarter's or a hub's name, 某市北站片区, is a mention of its own, as a company opening a site's is)
    const prefixes = [...builders, ...companies.parents.filter(inside), ...stations.filter((s) => inside(s) && /[东南西北]站$/.test(s.name)), ...chosen.map(committee).filter((c) => c !== undefined), ...sessionBodies.filter((b) => chosen.some((o) => o.start === b.start && o.end > b.end && o.type === 'Event')).map((b) => resolve(b, gazetteer, text)), ...chosen.map((o) => branchParent(text, o, chosen)).filter((c) => c !== undefined), ...chosen.flatMap((o) => [companyPrefix(text, tokens, at, o, gazetteer), o.type === 'Area' ? provincePrefix(text, o, gazetteer) : undefined, quarterPrefix(text, o, gazetteer)].filter((c) => c !== undefined)), ...chosen.flatMap((o) => innerNames(text, o, gazetteer, institutionName, (i) => tokens[at[i]]?.start === i).map((c) => addressedInner(o, c)))];
    // so are well-known slogans inside a project or event (碳达峰 in 全省碳达峰示范工程); a
    // programme or honour built on one (“放管服”改革, 乡村振兴先进集体) is its longer form, not a second name
    const sloganHost = (c: Candidate) => chosen.some((o) => o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start && o.type !== 'Strategy' && o.type !== 'Honor');
    // (a place opening a name that is no place, 山东省 of 山东省…企业家, is part of that name: the gold convention)
    const opensOther = (c: Candidate) => chosen.some((o) => o.start === c.start && o.end > c.end && o.type !== 'Area');
    for (const c of [...places.map((p) => resolve(p, gazetteer, text)).filter((p) => inside(p) && !opensOther(p)), ...slogans.map((s) => resolve(s, gazetteer, text)).filter(sloganHost), ...prefixes.map((p) => resolve(p, gazetteer, text))])
      if (!nestedAt.has(`${c.start}-${c.end}`)) nestedAt.add(`${c.start}-${c.end}`), nested.push(c);
    // the place a bank's branch serves (中国某银行某省分行, 某银行某市中支行) names the branch, not a place the text speaks of
    const branchPlace = (c: Candidate) => c.type === 'Area' && chosen.some((o) => o.type === 'Enterprise' && /(?:支行|分行|分公司)$/.test(o.name) && o.start < c.start && o.end > c.end);
    for (let k = nested.length - 1; k >= 0; k--) if (branchPlace(nested[k])) nested.splice(k, 1);
    addEntities(nested);
    // Later occurrences of names the rules found once (青禾 after 青禾、白石…三大片区) are mentions too.
    const extra: Candidate[] = [];
    const taken = new Uint8Array(text.length);
    for (const c of chosen) taken.fill(1, c.start, c.end);
    // only forms printed as a name are looked for: a name the rules derived (储能电池 of 储能电池产业) may sit inside other words
    const printed = new Set(chosen.map((c) => text.slice(c.start, c.end)));
    for (const e of entities.values()) {
      if (e.type !== 'Enterprise' || e.known || !LEGAL_FORM.test(e.name)) continue;
      const short = shortForm(text, e.name, gazetteer);
      if (short && !entities.has(short) && !gazetteer.byTerm.has(short)) {
        if (!e.aliases.includes(short)) e.aliases.push(short);
        printed.add(short);
      }
    }
    const terms = [...entities.values()].filter((e) => !e.known).flatMap((e) => [e.name, ...e.aliases].filter((t) => printed.has(t)).map((term) => ({ term, e })));
    terms.sort((a, b) => b.term.length - a.term.length);
    for (const { term, e } of terms) {
      for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
        if (taken.subarray(i, i + term.length).some((x) => x)) continue;
        taken.fill(1, i, i + term.length);
        extra.push({ start: i, end: i + term.length, name: e.name, type: e.type, rule: e.rules[0] });
      }
    }
    const seen = new Set(nested.map((c) => `${c.start}-${c.end}`));
    for (const c of nestedCandidates(text, extra, gazetteer)) if (!seen.has(`${c.start}-${c.end}`)) nested.push(c);
    addEntities(nested);
    // a place, site or event printed again by the tail of its full name (…东部高新技术起步区, then 起步区; 某街某某广场, then
    // 某某广场; 举办…推介会 in a
    // headline, the full name below) is the same one: the short form is an alias, not a second thing. Only when
    // one full name ends so (two editions, 第三届…节 and 第四届…节, leave the bare …节 alone)
    const shortOf = new Map<string, ExtractedEntity>();
    // a name printed both in quotes and bare (“某某战略” here, 某某战略 there) is one thing: the quoted form is an alias
    for (const e of entities.values()) {
      const bare = /^“([^“”]+)”$/.exec(e.name)?.[1];
      const plain = bare ? entities.get(bare) : undefined;
      if (!plain || plain.type !== e.type) continue;
      shortOf.set(e.name, plain);
      for (const f of [e.name, ...e.aliases]) if (f !== plain.name && !plain.aliases.includes(f)) plain.aliases.push(f);
    }
    for (const e of entities.values()) {
      // (a curated site too, 某某广场, when the text names the one it means in full: 某街某某广场 first, then 某某广场)
      // (an honour printed again without the place that awards it, 某区“某某”示范单位 then “某某”示范单位, too)
      if (!/^(?:Area|Event|Facility|Park|Honor)$/.test(e.type) || (e.known && !/^(?:Facility|Park)$/.test(e.type)) || e.name.length < 3) continue;
      // (a body's centre printed again by its tail, 分局某某中心 after 某市公安局某区分局某某中心, is that body: suffixes.ts unitCentre)
      const fulls = [...entities.values()].filter((f) => f !== e && (f.type === e.type || (e.type === 'Facility' && f.type === 'Organization' && unitCentre(f.name))) && f.name.length > e.name.length + 1 && f.name.endsWith(e.name));
      const full = fulls.length === 1 ? fulls[0] : undefined;
      if (!full || shortOf.has(full.name)) continue;
      shortOf.set(e.name, full);
      if (!full.aliases.includes(e.name)) full.aliases.push(e.name);
    }
    for (const name of shortOf.keys()) entities.delete(name);
    const mentions: Mention[] = [...chosen, ...extra, ...nested]
      .map((c) => {
        const e = shortOf.get(c.name) ?? entities.get(c.name)!;
        return { start: c.start, end: c.end, name: e.name, type: e.type };
      })
      .sort((a, b) => a.start - b.start || b.end - a.end);
    // an industry word printed only inside a firm's name (…文旅发展有限公司, 某某医疗器械有限公司) names that
    // firm, not a field the text speaks of (inside a body's name, 某某机器人创新中心, the curated gold keeps it)
    // (a bureau, bank or academy named after its field, 农业农村局, 农业银行, 农业科学院, administers or serves it: no field there)
    const inOther = (m: Mention) => mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start && !/(?:局|厅|银行|[支分]行|科学院)$/.test(o.name));
    const inBody = (m: Mention) => m.type === 'Industry' && mentions.some((o) => o !== m && o.type === 'Enterprise' && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    for (const e of entities.values()) if (e.type === 'Industry' && mentions.filter((m) => m.name === e.name).every(inBody)) entities.delete(e.name);
    // an industry word that only ever qualifies the noun after it (人工智能实验室, 文旅活动, 金融业增加值, 储能电池模组项目)
    // names a lab, an activity, a figure: the text speaks of the field only where it is developed, listed or counted
    // as one (发展X, A、B和X三大产业, X产业, X等领域)
    for (const e of entities.values())
      if (e.type === 'Industry' && !mentions.some((m) => m.name === e.name && (inOther(m) || asField(text, m, mentions.filter((f) => f !== m && f.type === 'Industry'))))) entities.delete(e.name);
    // a city the rules read only as the opening of its district's address (某市某区…) is the address, not a place the
    // text speaks of (a curated or reference city stays: the graph holds it)
    const addressOnly = (m: Mention) => mentions.some((o) => o.start === m.end && o.type === 'Area');
    for (const e of entities.values())
      if (e.type === 'Area' && !e.known && !gazetteer.reference.has(e.name) && /市$/.test(e.name) && e.rules.every((r) => r === 'pattern') && mentions.filter((m) => m.name === e.name).every(addressOnly)) entities.delete(e.name);
    // a city printed only by its short form run into the next word (济南某某产业园, 济南热力, 济南高新区) opens the name of
    // something in it, as 某市某区 opens an address: the text never speaks of the city itself (济南，…, （济南）, 济南的, the
    // city's parts and past, 济南东部, 济南历史, do)
    const opensName = (m: Mention) => m.type === 'Area' && text.slice(m.start, m.end) !== m.name && /^[\u4e00-\u9fa5]/.test(text.slice(m.end, m.end + 1)) && !/^(?:的|是|和|与|及|等|在|将|已|也|都|各|最|地区|全市|人民|市民|城区|老城|历史|[东西南北中]部)/.test(text.slice(m.end, m.end + 2));
    for (const e of entities.values()) if (e.type === 'Area' && /市$/.test(e.name) && mentions.filter((m) => m.name === e.name).every(opensName)) entities.delete(e.name);
    // …and so does a hill the locality knows, printed only run into another word (某山派出所, 某山店, 某山居民): it names the
    // station, shop or quarter called after it, not the hill
    const hillOpens = (m: Mention) => /山$/.test(text.slice(m.start, m.end)) && /^[\u4e00-\u9fa5]/.test(text.slice(m.end, m.end + 1)) && !/^(?:的|是|和|与|及|等|在|将|已|也|都|上|下|脚|顶|景区|风景区|公园|山脉)/.test(text.slice(m.end, m.end + 3));
    for (const e of entities.values()) if (/^(?:Park|Area)$/.test(e.type) && gazetteer.reference.has(e.name) && mentions.filter((m) => m.name === e.name).every(hillOpens)) entities.delete(e.name);
    // a 街道 printed only opening the name of its office (某街道办事处) names the office, not a place the text speaks of
    // (fresh7's convention; a centre called after it, 某街道卫生院, is split: the older sets list the 街道 there)
    const opensBody = (m: Mention) => mentions.some((o) => o !== m && o.start === m.start && o.end > m.end && /办事处$/.test(o.name));
    for (const e of entities.values()) if (e.type === 'Area' && /街道$/.test(e.name) && !e.known && mentions.filter((m) => m.name === e.name).every(opensBody)) entities.delete(e.name);
    for (let k = mentions.length - 1; k >= 0; k--) if (!entities.has(mentions[k].name)) mentions.splice(k, 1);
    for (const m of mentions) entities.get(m.name)!.mentions.push({ start: m.start, end: m.end });
    const list = [...entities.values()];
    return { text, entities: list, mentions, ...extractRelations(text, mentions, list, options) };
  };
}
