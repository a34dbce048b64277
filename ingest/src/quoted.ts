// Quoted names, only in typed contexts: “中优”战略 (a suffix right after the quote), “味在东城”品牌 /
// 部署 / 理念 (a strategy context), 荣膺“A”“B”等荣誉 (honours, named without their quotes).
import { fromLexicon } from './lexicon.ts';
import { honourHeads } from './patterns.ts';
import type { Candidate } from './model.ts';
import type { EntityLabel } from '../../model/index.ts';
import { SUFFIX_TYPES, suffixOf } from './suffixes.ts';

/** Words right after a quote that make the quote, with the word, a Strategy name. */
const STRATEGY_SUFFIX = /^(?:战略|(?:民生)?工程|改革|政策|专项(?:行动|整治)|行动|(?:工作)?(?:理念|规划)|体系|机制|的?(?:发展)?思想|(?:工作|发展|总体)?思路|(?:空间|产业|发展|城市)?布局|(?:总|目标)定位|[\u4e00-\u9fa5]{0,4}新?格局)/;
/**
 * A programme named by its quote and a short description ending in a programme word: “小初高”全学段贯通改革,
 * “同育人”品牌提升行动, “某某”培育计划, “门前五包”责任制, “某某”审批模式 (the quote alone is its short form: extract.ts). The word must close the phrase (改革攻坚 runs on), and the longest wins (体制改革).
 */
const STRATEGY_PHRASE = /^[^，。；、,;:：“”\s\d的]{0,10}?(?:机制(?:改革)?|改革|行动|体系|工程|计划|责任制|标准|试点|模式)(?=[，。；、,;:：！？\s]|的|$)/;
/**
 * A work a body carries out under a quoted slogan (推进“某某”创建, 深化“某某”城市治理, 推行“某某”融合教学, 开展“某某”培训46场):
 * the slogan with its work, closing the object, is the programme.
 */
const CARRIED_BEFORE = /(?:实施|推进|推行|深化|开展|探索)$/;
const CARRIED_WORK = /^[\u4e00-\u9fa5]{0,4}?(?:治理|教学|创建|培训)(?=[，。；、,;:：！？\s\d]|$)/;
/** Words right after a quote that make the quote alone a Strategy. */
const STRATEGY_CONTEXT = /^(?:部署|要求|[\u4e00-\u9fa5]{0,2}品牌|特色|为?目标|为主线|为抓手|定位|[\u4e00-\u9fa5]{0,4}新?格局|为引领|主战场|建设|工作)/;
const HONOUR_BEFORE = /(荣膺|荣获|获评|获得|入选|评为|跻身|进入|获|成为|授予|认定为|命名为|确定为|列为)$/;
/** A short tail closing a quoted honour with its unit (…推荐标准单位, …示范点), before the evaluation or the clause end. */
const HONOUR_TAIL = () => fromLexicon('honour-tail', () => new RegExp(`^([\\u4e00-\\u9fa5]{0,6}(?:${honourHeads()}|标准|称号))(?=评审|验收|[，。；、,;]|$)`));
/** An award verb, possibly with the level awarding it (通过国家“…”, 获评省级“…”). */
const HONOUR_NEAR = /(?:获评|荣获|荣膺|通过|入选|评为|成为|获得|授予|认定为|命名为)(?:国家级?|省级?|市级?|全国|全省|全市)?$/;
const HONOUR_AFTER = /^(等[^，。；,;]{0,8}(荣誉|称号|奖项)|榜单|称号|荣誉)/;
const EVENT_AFTER = /^(?:[\u4e00-\u9fa5]{0,4}活动|(?:主题|学习)教育|推介会|文化节)/;
/** Verbs that take a programme or slogan as object: 坚持“一业一策”, 全面推行“河长制”. */
const STRATEGY_BEFORE = /(?:坚持|实施|推进|落实|走|树立|对标|融入|探索|推行|推出|打造|建立|构建)$/;
/**
 * What may follow a quote a verb takes as its programme (推行“某某”，, 坚持“某某”和“某某”): the quote closes the object. A
 * noun right after it (推行“某某”服务, 建立“某某”台账, 打造“某某”颁证基地, “某某”的…) makes the quote a modifier of what is
 * carried out, a service or a site, not the programme's name (走“某某”之路 and 推进“某某”试点 still carry it out).
 */
const CLOSED = /^(?:$|[，。；、,;:：！？\s”）)]|[和与及等]|之路|试点)/;
/** Quoted words that name a programme by their own ending: “效能革命年” “河长制” “10分钟便民圈”. */
const STRATEGY_WORD = /(年|制|圈|计划|模式|战略|工程|行动|改革|机制|体系)$/;
const EVENTS_AFTER = /^等[^，。；,;]{0,8}活动/;
/** Nouns of goods and services right after a quote: the quote names a product (联票, 线路, 套餐, 贷款, 消费券). */
const PRODUCT_AFTER = /^(?:[\u4e00-\u9fa5]{0,2}(?:联票|线路|套餐|贷款|产品|专线|消费券|优惠券))/;
/** 举办“夜游老城—中国东岭灯会文化节”: a quote held and ending like an event is the event's name. */
const EVENT_BEFORE = /(举办|举行|召开|承办|开幕)$/;
const EVENT_WORD = /(节|会|赛|展|季|论坛|活动|周)$/;
/** 打造“…”群众性文体活动品牌: a quote described as an activity is an event. */
const ACTIVITY_AFTER = /^[^，。；,;“”]{0,8}活动/;
/** “某某大集”在某地举办: a quote that is the subject of being held at a place. */
const HELD_AT = /^在[^，。；,;“”]{1,12}?(?:举办|举行|开幕|启动|上演|开展)/;
/**
 * Heads a quote names one thing with, after a short description (“某某”志愿服务队, “某某”系列讲座, “某某”积分兑换平台):
 * a team or troupe is a body, a lecture series, exhibition, contest or market an occasion; with the suffix table's bodies,
 * occasions and buildings (…平台, …演练, …中心), whatever verbs the description holds (募捐, 救援), the quote and all
 * is the name. The head must close the phrase.
 */
const NAMED_HEADS: [RegExp, EntityLabel][] = [
  [/(?:服务队|志愿队|宣讲队|突击队|合唱团|艺术团|宣讲团)$/, 'Organization'],
  [/(?:讲座|(?<![发开进拓扩施])展|(?<![竞决])赛|市集)$/, 'Event'],
  // a project under a quoted slogan (“某某”项目, “某某”关爱服务项目) is a scheme run under it: a programme
  [/项目$/, 'Strategy'],
];
const HEAD_CLOSES = /^(?:$|[^\u4e00-\u9fa5]|[等和与及已将由在于是共被还也都每自]|去年|今年|上线|成立)/;
const DESCRIPTION = /^[^，。；、,;:：！？“”《》（）()\s\d的等和与及是为在将已由被]{0,12}/;
/** The named thing a quote opens: its description and head, typed by the head (the suffix table's bodies, occasions and buildings too). */
function namedHead(after: string): { length: number; type: EntityLabel } | undefined {
  const words = DESCRIPTION.exec(after)![0];
  // a slogan carried somewhere (“某某”进社区) is an activity's theme, not a thing's name
  if (/^(?:走?进|到|入)/.test(words)) return undefined;
  for (let n = 1; n <= words.length; n++) {
    const phrase = words.slice(0, n);
    if (!HEAD_CLOSES.test(after.slice(n))) continue;
    const own = NAMED_HEADS.find(([head]) => head.test(phrase))?.[1];
    const table = SUFFIX_TYPES[suffixOf('“”' + phrase) ?? ''];
    const type = own ?? (table && /^(?:Organization|Event)$/.test(table) ? table : undefined);
    if (type) return { length: n, type };
  }
  return undefined;
}
/** What follows a name printed whole in quotes: the clause goes on (“某某联合实验室”，…) or a list does. */
const WHOLE_CLOSES = /^(?:$|[，。；、,;:：！？\s]|[等和与及])/;
/**
 * An edition or a bare year printed before an occasion's quote (2027“某某”系列赛, 第三届“某某”…节) is part of its name, as
 * the suffix rule's 2025中国…博览会; a date (2024年“某某”大会) is not, nor a year between two quotes (one title in two parts).
 */
const EDITION = /(?<![”\d])(?:(?:19|20)\d{2}|第[一二三四五六七八九十\d]+届)$/;

export function quotedCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const runs = [...text.matchAll(/(?:“[^“”，。；,;\n]{2,24}”)+/g)];
  for (const run of runs) {
    const start = run.index;
    const end = start + run[0].length;
    const quotes = [...run[0].matchAll(/“([^”]+)”/g)].map((q) => ({ start: start + q.index, end: start + q.index + q[0].length, inner: q[1] }));
    const before = text.slice(Math.max(0, start - 6), start);
    const after = text.slice(end, end + 16);
    // a quoted standard or title with its unit word (获评“…”推荐标准单位, 通过国家“…”推荐标准评审) is the honour
    // (称号 alone after the quote is the word "title", not part of the honour's name: the next rule takes the quote)
    const tail = quotes.length === 1 ? HONOUR_TAIL().exec(after) : null;
    if (tail && tail[1] !== '称号' && HONOUR_NEAR.test(text.slice(Math.max(0, start - 8), start))) {
      out.push({ start: quotes[0].start, end: end + tail[1].length, name: run[0] + tail[1], type: 'Honor', rule: 'quoted' });
      continue;
    }
    if (HONOUR_BEFORE.test(before) || HONOUR_AFTER.test(after)) {
      for (const q of quotes) if (!/\d{4}年/.test(q.inner) || quotes.length === 1)
        out.push({ start: q.start + 1, end: q.end - 1, name: q.inner, type: 'Honor', rule: 'quoted' });
      continue;
    }
    if (quotes.length !== 1) continue;
    const q = quotes[0];
    // a product sold or offered under a quoted name (推出“某某贷”, “某某游”联票, “两天一夜”线路) is no programme
    if (/贷$/.test(q.inner) || PRODUCT_AFTER.test(after)) continue;
    const carried = CARRIED_BEFORE.test(before) ? CARRIED_WORK.exec(after) : null;
    const suffix = STRATEGY_PHRASE.exec(after) ?? STRATEGY_SUFFIX.exec(after) ?? carried;
    if (suffix) {
      out.push({ start: q.start, end: q.end + suffix[0].length, name: run[0] + suffix[0], type: 'Strategy', rule: 'quoted' });
      continue;
    }
    // a year-long campaign (“某某提升年”活动) is a programme carried out over the year, not one occasion
    if (/年$/.test(q.inner) && after.startsWith('活动')) {
      out.push({ start: q.start, end: q.end + 2, name: run[0] + '活动', type: 'Strategy', rule: 'quoted' });
      continue;
    }
    const event = EVENT_AFTER.exec(after);
    if (event) {
      out.push({ start: q.start, end: q.end + event[0].length, name: run[0] + event[0], type: 'Event', rule: 'quoted' });
      continue;
    }
    const named = namedHead(text.slice(end, end + 24));
    if (named) {
      const edition = named.type === 'Event' ? EDITION.exec(text.slice(Math.max(0, start - 8), start))?.[0] ?? '' : '';
      out.push({ start: q.start - edition.length, end: q.end + named.length, name: edition + run[0] + text.slice(end, end + named.length), type: named.type, rule: 'quoted' });
      continue;
    }
    if (EVENT_BEFORE.test(before) && EVENT_WORD.test(q.inner)) out.push({ start: q.start, end: q.end, name: run[0], type: 'Event', rule: 'quoted' });
    else if (ACTIVITY_AFTER.test(after)) out.push({ start: q.start, end: q.end, name: run[0], type: 'Event', rule: 'quoted' });
    else if (EVENTS_AFTER.test(after)) out.push({ start: q.start + 1, end: q.end - 1, name: q.inner, type: 'Event', rule: 'quoted' });
    else if (STRATEGY_CONTEXT.test(after) || (STRATEGY_BEFORE.test(before) && CLOSED.test(after)) || STRATEGY_WORD.test(q.inner))
      out.push({ start: q.start, end: q.end, name: run[0], type: 'Strategy', rule: 'quoted' });
    // a quote held somewhere (“某某大集”在某地举办) is the activity held: an event
    else if (HELD_AT.test(after)) out.push({ start: q.start, end: q.end, name: run[0], type: 'Event', rule: 'quoted' });
    // a body, building or park printed whole in quotes (共建“某某联合实验室”，) is named without them, typed by its head
    else if (WHOLE_CLOSES.test(after) && /^(?:Organization|Facility|Park)$/.test(SUFFIX_TYPES[suffixOf(q.inner) ?? ''] ?? ''))
      out.push({ start: q.start + 1, end: q.end - 1, name: q.inner, type: SUFFIX_TYPES[suffixOf(q.inner)!], rule: 'quoted' });
  }
  // a quote joined to a quoted event or honour that names its kind (“某某大会”和“某某营”, “某某教师”和“某某奖”) is one of the same kind
  for (const m of text.matchAll(/“([^“”，。；,;\n]{2,16})”[和与及、]“([^“”，。；,;\n]{2,16})”/g)) {
    const second = m.index + m[1].length + 3;
    const halves = [{ start: m.index + 1, inner: m[1] }, { start: second + 1, inner: m[2] }];
    const kinds = halves.map((h) => SUFFIX_TYPES[suffixOf(h.inner) ?? '']);
    const kind = kinds.find((k) => k === 'Event' || k === 'Honor');
    if (!kind) continue;
    halves.forEach((h, i) => {
      if (kinds[i] === undefined && !out.some((o) => o.start <= h.start && o.end >= h.start + h.inner.length))
        out.push({ start: h.start, end: h.start + h.inner.length, name: h.inner, type: kind, rule: 'quoted' });
    });
  }
  return out;
}
