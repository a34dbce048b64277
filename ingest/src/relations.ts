// Relation triggers, sentence by sentence. Chinese news leaves the subject implicit (市中区 does
// everything), so each sentence has a subject — an area or park opening a clause, else the article's
// main area — and the type of the other mention plus the trigger words decide the relation.
import { parseAmount } from '../../graph-seed/src/figures.ts';
import { RELATION_TYPES, type EntityLabel, type RelationTypeName } from '../../model/index.ts';
import type { ExtractedEntity, ExtractedFigure, ExtractedRelation, Mention, Span } from './model.ts';

/** The verb that brings a firm in, right before it (先后引进了A、B, 引进的A), and the one it settles by (A、B等9家企业签约落户). */
const BRING = /(?:引进|引入|招引|入驻)(?:了|的)?$/;
const SETTLES = /^(?:[（(][^）)]{0,20}[）)])?(?:等[^，。；]{0,12})?(?:先后|相继|已|已经|正式|成功|签约|将)*(?:落户|入驻)/;
const HOST = /举办|开展|承办|召开|展演|主办|办好/;
/** What stands between a place and the event it holds: an adverb or a venue, then the verb (还在某公园举办, 同步举办). */
const HOST_AFTER = /^(?![政府委会])[^。；]{0,24}?(?:举办|开展|承办|召开|举行|主办)了?[“"]?$/;
const SUBJECTS: EntityLabel[] = ['Area', 'Park'];
/** Areas above the district: the district is part of them, never the other way round. */
const PARENT = /(市|省)$/;

function valid(type: RelationTypeName, source: EntityLabel, target: EntityLabel): boolean {
  const spec = RELATION_TYPES[type];
  return (spec.from as EntityLabel[]).includes(source) && (spec.to as EntityLabel[]).includes(target);
}

/** The sentences of `text` as spans, without their end marks. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^。！？；\n;!?]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** What follows a clause-opening place that acts (北岸商务区加快建设…), not one acted on (…街区开业). */
const AGENT_NEXT = /^(?:将|要|已|正|还|也|都|共|先后|持续|坚持|加快|大力|全力|积极|深入|扎实|稳妥|有序|不断|围绕|依托|集聚|引进|引入|以|把|通过|聚焦|推进|推动|实施|建设|打造|构建|完成|启动|实现|获评|荣获|荣膺|被|是|作为|成为|入选|新增|累计|总投资|投资|投入|组建|发挥|立足|扩大|充分|全面|聚力|牢固|认真|高效|着力|质效|在|的)/;

const PASSIVE_NEXT = /^(?:被|获评|荣获|荣膺|入选|成为|是|作为)/;
const TOPIC_COMMENT = /^[\u4e00-\u9fa5]{2,6}[，,]/;

/**
 * A park opening a sentence with a short comment (东岭数字产业园提质扩容，B、C稳步运行，…) holds
 * what the next clause names: returns the park and the span of that clause.
 */
function topicPark(text: string, span: Span, inside: Mention[]): { park: Mention; clause: Span } | undefined {
  const park = inside[0];
  if (!park || park.type !== 'Park' || !/^\s*$/.test(text.slice(span.start, park.start))) return undefined;
  const m = TOPIC_COMMENT.exec(text.slice(park.end, park.end + 7));
  if (!m) return undefined;
  const start = park.end + m[0].length;
  const next = /[，,]/.exec(text.slice(start, span.end));
  return { park, clause: { start, end: next ? start + next.index : span.end } };
}

/** The clause-opening area/park of a sentence: at its start, after 在…方面， or after 此外，. */
function sentenceSubject(text: string, span: Span, inside: Mention[]): Mention | undefined {
  return inside.find((m) => {
    if (!SUBJECTS.includes(m.type) || PARENT.test(m.name)) return false;
    const before = text.slice(span.start, m.start);
    // a park that is acted on (…科技园被认定为…) does not hold the rest of the sentence
    if (m.type === 'Park' && PASSIVE_NEXT.test(text.slice(m.end, m.end + 4))) return false;
    return /^(\s*|.*[，：,:])(?:[\d]{4}年，?|此外，|同时，|今年，|目前，)?$/.test(before) && text[m.end] !== '、' && AGENT_NEXT.test(text.slice(m.end, m.end + 4));
  });
}

/** Partnership words: the places and bodies named with them are partners, not parts (对口帮扶湘西龙山). */
/** How far after an enterprise list its industry may be named (…等骨干企业为引领，着力发展…). */
const INDUSTRY_REACH = 20;
const COOPERATE = /合作|协作|帮扶|结对|共建|携手|战略协议/;

/** The industry a sentence is about: 在绿色建材方面， or 数字文旅方面, opening a clause. */
function sentenceTopic(text: string, span: Span, inside: Mention[]): string | undefined {
  const m = /(?:^|[，,：:])\s*(?:在)?([^，。,；;]{2,12})方面[，,]/.exec(text.slice(span.start, span.end));
  if (!m) return undefined;
  const from = span.start + m.index + m[0].indexOf(m[1]);
  return inside.find((x) => x.type === 'Industry' && x.start >= from && x.end <= from + m[1].length)?.name;
}

/** Clause-level triggers: the verb right before a mention says what the clause's agent does to it. */
const PIVOT = /(?:引进|引入|招引)$/;
const SETTLE = /(?:落户|入驻|落地|位于|坐落|地处|选址)(?:在|于)?$/;
const SETTLE_IN_AREA = /(?:落户|入驻|落地)(?:在|于)?$/;
const SUPPORT = /(?:助推|赋能|助力|支撑|服务于)$/;
/** The money put into a project: 总投资, and 计划/完成/累计投资 or 投入 with an amount right after. */
const TOTAL_INVESTMENT = /(?:(?:总|计划|完成|累计)投资|投入(?:资金)?)(?:约|超|达|近)?([\d.]+[万亿]?元)/;
/** Things that act in a clause of their own (X落户…, X总投资…, 该项目助推…); places and areas are subjects. */
const AGENT_TYPES: EntityLabel[] = ['Enterprise', 'Organization', 'Project', 'Park', 'Facility'];
/** 该项目, 这个企业: a back reference to the last thing of that kind named before it. */
const ANAPHOR = /^\s*(?:(?:该|这个|此)(项目|工程|企业|公司|集团|园区|基地|中心|平台)|(项目|工程)(?=位于|选址|总投资|由|计划|建成后|占地|规划))/;
const ANAPHOR_TYPES: Record<string, EntityLabel[]> = {
  项目: ['Project'], 工程: ['Project'], 企业: ['Enterprise'], 公司: ['Enterprise'], 集团: ['Enterprise'],
  园区: ['Park'], 基地: ['Park'], 中心: ['Project', 'Facility', 'Organization'], 平台: ['Organization'],
};

interface Clause extends Span {
  /** who acts in the clause: its opener, a back reference, or what an earlier clause brought in */
  agents: Mention[];
}

/**
 * The clauses of a sentence with their agents. A clause opened by a name (or 该项目) is about that
 * name; a clause without one continues the last clause that brought something in (引进X，落户Y，
 * 总投资…建设Z: X settles and invests), else the names that opened the earlier clauses
 * (A项目…，B项目…，着力赋能…: both support).
 */
function clausesOf(text: string, span: Span, top: Mention[], before: (at: number, types: EntityLabel[]) => Mention | undefined): Clause[] {
  const out: Clause[] = [];
  let pivot: Mention[] = [];
  const openers: Mention[] = [];
  const re = /[^，,：:]+/g;
  const sentence = text.slice(span.start, span.end);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    const inside = top.filter((x) => x.start >= start && x.end <= end);
    const anaphor = ANAPHOR.exec(m[0]);
    const first = inside[0] && /^\s*$/.test(text.slice(start, inside[0].start)) && AGENT_TYPES.includes(inside[0].type) ? inside[0] : undefined;
    const own = anaphor ? before(start, ANAPHOR_TYPES[anaphor[1] ?? anaphor[2]]) : first;
    const agents = own ? [own] : pivot.length ? pivot : [...openers];
    out.push({ start, end, agents });
    if (own) openers.push(own);
    const brought = inside.filter((x) => ['Enterprise', 'Organization', 'Project'].includes(x.type) && PIVOT.test(text.slice(start, x.start)));
    if (brought.length) pivot = brought;
  }
  return out;
}

const AIMED = /(?:创建|争创|创成|建成|打造|申创|冲刺|申报)(?:为|成为|成)?[“"]?$/;
const ACHIEVED = /获评|荣获|荣膺|评为|评定为|确定为|列入|入选|成为|迈入|进入|跻身|获得|认定为|命名为|授予/;

/** Whether the sentence prints 在 right before a mention of the place (…等都在东城). */
function locatedHere(text: string, inside: Mention[], place: string | undefined): boolean {
  return inside.some((x) => x.name === place && text[x.start - 1] === '在');
}

/** The mention at k and the ones listed with it (A、B和C), nearest first. */
function listMates(text: string, inside: Mention[], k: number): Mention[] {
  const out = [inside[k]];
  // (a name printed inside another is no member; a member may carry its short form, A（简称“甲”）、B, or open with the
  // place it is in, 某镇A村、某镇B村: that place is no member)
  const members = inside.filter((x) => x === inside[k] || !inside.some((o) => o !== x && o.start <= x.start && o.end >= x.end));
  const at = members.indexOf(inside[k]);
  let cur = inside[k];
  for (let j = at - 1; j >= 0; j--) {
    const x = members[j];
    if (x.end === cur.start && x.type === 'Area' && cur.type === 'Area' && level(x.name) > level(cur.name)) {
      cur = x;
      continue;
    }
    if (!JOIN.test(text.slice(x.end, cur.start))) break;
    out.push(x);
    cur = x;
  }
  // and forward when the holder opens the list (舜华、小庄等)
  for (let j = at + 1; j < members.length && JOIN.test(text.slice(out[0].end, members[j].start)); j++) out.unshift(members[j]);
  return out;
}
const JOIN = /^(?:[（(][^）)]{0,20}[）)])?[、和及与]$/;

/** A road's name: an address or a boundary line, not something the text places. */
const ROAD = /(?:路|街|大道|巷)$/;
const BODY = /^(?:Enterprise|Organization)$/;
/** What a branch adds to its group's name: a place and 分公司/分院/分局/…, an institute or school (…学院, …研究中心), a Party
 * committee's department (…宣传部, …政法委), or a campus in brackets. */
const BRANCH = /^(?:[\u4e00-\u9fa5]{0,12}(?:分公司|分院|分行|支行|分校|分中心|研究所|子公司|学院|研究中心|分局)|[\u4e00-\u9fa5]{2,3}[部委]|[（(][\u4e00-\u9fa5]{2,4}[）)])$/;
/** What may stand between a body or place and the name of the person holding a title in it. */
const TITLE = '(?:[\\u4e00-\\u9fa5]{0,3}|党[工组]?委副)(?:书记|[省市区县镇局院校厅处部行会]长|理事长|监事长|主任|主席|常委|负责人|董事长|总经理|经理|总裁|委员|成员|巡视员)';
/** …one title, or a chain of them joined by 、 (某街道党工委副书记、办事处主任X, 某集团党委书记、董事长X, 某银行某支行行长X). */
const TITLE_AFTER = new RegExp(`^${TITLE}(?:、${TITLE}){0,2}$`);

/** The level of an area by its last word: a province holds cities, a city districts, a district subdistricts, a subdistrict communities. */
function level(name: string): number {
  if (/省$/.test(name)) return 5;
  if (/市$/.test(name)) return 4;
  if (/(?:区|县)$/.test(name) && !/(?:片区|小区|社区|街区|园区|景区|集聚区|示范区|开发区|高新区)$/.test(name)) return 3;
  if (/(?:街道|镇|乡)$/.test(name)) return 2;
  if (/(?:社区|村|小区)$/.test(name)) return 1;
  return 0;
}

/** What follows partners listed after 由 that build or invest together: (三方)共同打造/投资/建设, 联合出资 (not the
 * founders of a body, 联合组建, whom the body is part of). */
const JOINTLY = /^(?:[两二三四五六]方)?(?:共同|联合)(?:打造|投资|建设|开发|出资|运营)/;
/** A与B签署/合作/共建: the two partners a sentence names around 与 (or 和, 同, 携手) before a word of partnership. */
const PAIR_VERB = /^(?:签署|签订|签约|合作|共建|联合|携手|结对|达成|开展合作|合资|共同(?:投资|出资|组建|设立|发起|建设|开发|运营|打造))/;
/** What joins a signer to its partners: 与, 同, 携手, maybe after an adverb (还与, 也与, 将与); 和 lists co-founders. */
const PAIR_JOINER = /(?:还|也|将|已|共同|分别)?(?:与|同|携手)$/;

type Add = (type: RelationTypeName, source: string | undefined, target: string, rule: string, evidence: Span, amount?: string) => void;

/** An investor's verb right after it: 负责投资建设, 投资45亿元建设, 计划投资…, 出资. */
const INVESTS = /^(?:负责)?(?:投资建设|计划投资|总投资|投资|出资)/;
/**
 * What may stand between an investor and its verb: the short form it is called by (（以下简称“某某”）) and a
 * partner it invests with (与某公司合作/共同), or a signing with the place that precedes the investment (与某区政府签订协议，
 * 计划投资…建设X: the signer opposite is no investor); 作为实施主体 and 共同实施 name the investor too.
 */
const INVESTOR_TAIL = /^(?:[（(](?:以下)?简称[^）)]{1,12}[）)])?(与[^，。；]{2,40}?(?:合作|共同|联合))?(?:与[^，。；]{2,40}?(?:签订|签署|签约)[^，。；]{0,12}[，,])?(?:计划|将|拟)?(?=(?:负责)?(?:投资|出资|实施)|作为实施主体)/;
/** An event held at a place: X在Y举行/开幕/召开. */
const HELD = /^(?:隆重|同步|同期)?(?:举行|举办|召开|开幕|闭幕|启动|开展|揭幕|开赛|进行|鸣枪|开跑)/;
/** The hosts of an event: 由A、B主办/承办. */
const HOSTED = /^由([^，。；]{2,60}?)(?:联合)?(?:主办|承办|举办|主承办)/;
const BUILT = ['Project', 'Park', 'Facility'];
/** A sentence that reports what a document sets out: 根据《…》, 《…》提出/明确, 政策/方案/计划明确…. */
const DOC_SAYS = /^(?:[^，。；]{0,6}[，,])?(?:根据|按照)?《[^》]{1,40}》(?:提出|明确|规定|要求)?|^(?:[^，。；]{0,6}[，,])?(?:政策|方案|计划|措施|办法|意见)(?:提出|明确|规定)/;
/** The adverbs and the verb between the names that aim and the honour they aim for: 将积极争创, 全力创建. */
const AIM_BEFORE = /(?:将|要|正|还|也|积极|全力|努力|力争|加快|持续)*(?:创建|争创|创成|申创|冲刺|打造|建成|申报)(?:为|成为|成)?[“"]?$/;
const AIMERS = /^(?:Area|Park|Facility|Project|Enterprise|Organization)$/;
/** A sentence about what an event named before holds: it opens with 某节期间 or 本届…, or lists with 包括. */
const DURING = /^(?:[^，。；]{0,8}(?:节|会|季|赛|赛事|展|周|月)期间|本届[^，。；]{0,10})[^。；]*$|包括[^。；]*$/;
/** Between an area after 在 and the project built there: 投资N亿元, then 建设/实施/新建. */
/** Between a place after 在 and the park or building made there: 投资N元, then 建设/建成/共建/新建 (maybe 的, a quote). */
const BUILT_THERE = /^(?:投资(?:约|超|近)?[\d.]+[万亿]?元)?[，,]?(?:开工|共同|联合)?(?:建设|建成|共建|新建|打造|规划建设)(?:了|的)?[“"]?$/;
const BUILD_AT = /^(?:投资(?:约|超|近)?[\d.]+[万亿]?元)?[，,]?(?:开工)?(?:建设|实施|新建|打造)(?:的)?$/;
/** A clause after the first organisers naming more of them: ，B、C承办 (a whole clause of names and the verb). */
const CO_HOSTED = /^[^，。；]*?[，,]([^，。；]{2,60}?)(?:共同|联合)?(?:主办|承办|协办)(?=[，,。；]|$)/;
/** What stands between firms and the district they are in: 等…都在, 均在, 也在. */
/** What a body does where it opens: X在某区揭牌, 投入使用, 启用. */
const OPENS = /^(?:正式)?(?:揭牌|投用|投入使用|启用|开业|落成|成立|挂牌)/;
/** What a body, building or park does where it opens, after 在 and the place: X在某街道正式启用, A、B在某区集中揭牌. */
const OPENS_AT = /^(?:\d+号)?(?:正式|集中|顺利|同步|同时)?(?:揭牌|投用|投入使用|启用|开业|落成|挂牌|开放|开园|开街|投运|运行)/;
/** What may stand between the thing and 在 the place it opens at: a time word or an adverb (已于…在, 新址在). */
const OPENS_BEFORE = /^(?:已|也|还|同日|当天|日前|近日|新址|\d{1,2}月\d{1,2}日)?在$/;
const HERE = /^(?:[（(][^）)]{0,20}[）)])?(?:等[^，。；]{0,10}(?:都|均|也|还|仍)?|都|均|也|仍)在$/;
/** A district's own investment right after its name: 投资/投入N亿元, then 建设/实施 (maybe after a comma and 了). */
const AREA_INVESTS = /^(?:今年|去年)?(?:累计)?(?:投资|投入)(?:约|超|达|近)?([\d.]+[万亿]?元)[，,]?(?:用于|先后)?(?:建设|实施|推进)了?(?:的)?/;
const PLACE = /^(?:Area|Park|Facility)$/;
/** The verb that places what follows the place and 的: 位于某街道的X, 地处…的, 设在某医院的X, 坐落于…的. */
const AT_PLACE = /(?:位于|地处|设在|坐落于|坐落在)$/;
/** A unit's bare head opening a clause and acting in it (街道推行, 社区还推行, 分局与某银行建立): it refers back to the unit named before. */
const BARE_ACTOR = /^\s*(?:该)?(街道|社区|村|园区|产业园|分局|中心)(?:还|也|将|已|正|又|积极|持续|先后|率先|同步|全面|深入|不断|大力)*(?:与[^，。；]{2,30}?)?(?:推行|探索|建立|实施|开展|推出|打造|创新|试点|推广|落实|出台|采用|构建|启动|首创)/;
/** A park's bare head opening a sentence or clause: it refers back to the park named before. */
const PARK_HEAD = /(?:^|[，,：:])\s*(?:该|这个)?(?:园区|产业园)/;
/** What follows a body that only introduces who speaks for it (某局局长X介绍, 相关负责人表示). */
const SPEAKER = /^(?:[\u4e00-\u9fa5]{0,3}(?:书记|[局院厅处科所部]长|主任|主席|负责人|董事长|总经理|经理|委员|专家|代表)|党组|相关)/;
/** The head of a quarter of a district (…片区, …街区, …商务区, …示范带, …金融岛, …新城), and of a development zone. */
const QUARTER = /[区带岛城]$/;
const ZONE = /(?:开发区|高新区|保税区|综合试验区)$/;

/**
 * Facts a sentence states by its shape rather than through its subject: an enterprise that invests in the
 * project it names or the one the sentence is about (该项目由X负责投资建设), an event held at the place
 * after 在, and the bodies an event is hosted by (由A、B主办).
 */
function sentencePatterns(text: string, span: Span, top: Mention[], add: Add, lastBefore: (at: number, types: EntityLabel[]) => Mention | undefined) {
  const inside = top.filter((x) => x.start >= span.start && x.end <= span.end);
  // places printed one after another from a position on (某市某区某镇某公园), largest first
  const chainAt = (at: number): Mention[] => {
    const out: Mention[] = [];
    for (let x = inside.find((o) => o.start === at && PLACE.test(o.type)); x; x = inside.find((o) => o.start === x!.end && PLACE.test(o.type))) out.push(x);
    return out;
  };
  for (const [k, m] of inside.entries()) {
    // 某区投资N亿元建设/实施X: the district opening the clause invests in the works its clause names
    const money = m.type === 'Area' && !/[在于到赴]$/.test(text.slice(span.start, m.start)) ? AREA_INVESTS.exec(text.slice(m.end, span.end)) : null;
    if (money) {
      const from = m.end + money[0].length;
      const works = inside.find((x) => x.start >= from && x.start <= from + 16 && x.type === 'Project');
      if (works) add('INVESTED_IN', m.name, works.name, 'invests', span, money[1]);
    }
    const tail = m.type === 'Enterprise' || m.type === 'Organization' ? INVESTOR_TAIL.exec(text.slice(m.end, m.end + 80)) : null;
    if (tail) {
      const verbAt = m.end + tail[0].length;
      const rest = text.slice(verbAt, span.end);
      if (!INVESTS.test(rest) && !/^(?:负责)?实施|^作为实施主体/.test(rest)) continue;
      const clauseEnd = /[，,；;。]/.exec(rest);
      const inClause = inside.find((x) => x.start >= verbAt && BUILT.includes(x.type) && !ROAD.test(x.name) && (!clauseEnd || x.start < verbAt + clauseEnd.index + 40));
      // 项目由X负责投资建设: the project the sentence is about, named before (a project before a park or a road)
      const built = (x: Mention | undefined) => (x && !ROAD.test(x.name) ? x : undefined);
      const target = inClause ?? (/由$/.test(text.slice(span.start, m.start)) ? built(lastBefore(m.start, ['Project'])) ?? built(lastBefore(m.start, ['Park', 'Facility'])) : undefined);
      if (!target) continue;
      add('INVESTED_IN', m.name, target.name, 'invests', span);
      // a company it invests with (由A与B合作投资) invests too
      if (tail[1]) for (const p of inside) if (p.type === 'Enterprise' && p.start >= m.end && p.end <= m.end + tail[0].length) add('INVESTED_IN', p.name, target.name, 'invests', span);
    }
    // X在[某市某区]某公园开幕: an event is held at the last, most specific place of the chain after 在
    const heldAt = m.type === 'Event' ? /^(?:\d{1,2}月\d{1,2}日|当天|同日|同期|同步|也|还|将)?在/.exec(text.slice(m.end, m.end + 8)) : null;
    if (heldAt) {
      const place = chainAt(m.end + heldAt[0].length).at(-1);
      if (place && HELD.test(text.slice(place.end, place.end + 6))) add('LOCATED_IN', m.name, place.name, 'held', span);
    }
    // A（简称“甲”）将在某区设立某总部: a firm setting up in a place is brought into it
    if (m.type === 'Enterprise' && top.includes(m)) {
      const gap = /^(?:[（(][^）)]{0,20}[）)])?(?:将|拟|计划|还|也|已|新)?在/.exec(text.slice(m.end, m.end + 30));
      const place = gap ? chainAt(m.end + gap[0].length).at(-1) : undefined;
      const verb = place && !ROAD.test(place.name) ? /^(?:设立|新设|成立|布局|设置)(?:了)?/.exec(text.slice(place.end, place.end + 3)) : null;
      // (what it sets up, where the text names it as a firm, A在某区设立A某省分公司, is what comes in)
      const founded = verb ? top.find((o) => o.type === 'Enterprise' && o.start === place!.end + verb[0].length) : undefined;
      if (verb) add('INTRODUCED_TO', (founded ?? m).name, place!.name, 'sets-up', span);
    }
    // X在[某区]某街道启用, A、B和C在某区集中揭牌: what opens at a place is located at the last place of the chain after 在
    if (/^(?:Enterprise|Organization|Facility|Park)$/.test(m.type) && top.includes(m)) {
      const gap = /^[^，。；]{0,6}?在/.exec(text.slice(m.end, m.end + 7));
      const place = gap && OPENS_BEFORE.test(gap[0]) ? chainAt(m.end + gap[0].length).at(-1) : undefined;
      if (place && place.name !== m.name && OPENS_AT.test(text.slice(place.end, place.end + 8)))
        for (const x of listMates(text, inside, k)) if (/^(?:Enterprise|Organization|Facility|Park)$/.test(x.type) && !ROAD.test(x.name)) add('LOCATED_IN', x.name, place.name, 'opens', span);
    }
    // 在[某镇]某公园举办X: the event after the verb is held there too
    if (text[m.start - 1] === '在' && PLACE.test(m.type)) {
      const place = chainAt(m.start).at(-1)!;
      const verb = /^(?:隆重)?(?:举办|召开|举行|开展)(?:了)?[“"]?/.exec(text.slice(place.end, place.end + 6));
      const event = verb ? inside.find((o) => o.type === 'Event' && o.start === place.end + verb[0].length) : undefined;
      if (event) add('LOCATED_IN', event.name, place.name, 'held', span);
    }
    // 在某街道投资N亿元建设X项目, X项目在某街道开工: a project is part of the area it is built in
    if (text[m.start - 1] === '在' && m.type === 'Area') {
      const place = chainAt(m.start).at(-1)!;
      const built = inside.find((o) => o.type === 'Project' && o.start >= place.end && o.start - place.end <= 16 && BUILD_AT.test(text.slice(place.end, o.start)));
      const before = inside.findLast((o) => o.type === 'Project' && o.end === m.start - 1);
      // (a development zone has a management of its own: what is built there is located in it, the gold's Park)
      if (place.type === 'Area' && !ZONE.test(place.name)) for (const x of [built, before]) if (x) add('PART_OF', x.name, place.name, 'built', span);
    }
    // 在某街道建设X园, 在某路建成X中心, 投资N元在某镇建设的X: a park or building built at a place is located there
    if (text[m.start - 1] === '在' && PLACE.test(m.type) && !inside.some((o) => o.end === m.start && PLACE.test(o.type))) {
      const place = chainAt(m.start).at(-1)!;
      const thing = top.find((o) => o.start >= place.end && o.start - place.end <= 16 && o.start <= span.end && /^(?:Park|Facility)$/.test(o.type) && !ROAD.test(o.name) && BUILT_THERE.test(text.slice(place.end, o.start)));
      if (thing) add('LOCATED_IN', thing.name, place.name, 'built', span);
    }
    // 位于某街道的X, 设在某医院的X: what follows 的 is located in the place
    if (PLACE.test(m.type) && AT_PLACE.test(text.slice(Math.max(span.start, m.start - 4), m.start))) {
      const place = chainAt(m.start).at(-1)!;
      const thing = text[place.end] === '的' ? inside.find((o) => o.start === place.end + 1) : undefined;
      if (thing && !ROAD.test(thing.name)) add('LOCATED_IN', thing.name, place.name, 'at', span);
    }
  }
  const hosted = HOSTED.exec(text.slice(span.start, span.end).replace(/^.*?(?=由)/, ''));
  if (hosted) {
    const from = text.indexOf(hosted[1], span.start);
    const event = inside.find((x) => x.type === 'Event' && x.end <= from) ?? lastBefore(from, ['Event']);
    if (event) {
      for (const h of inside) if (h.start >= from && h.end <= from + hosted[1].length) add('HOSTS', h.name, event.name, 'hosted', span);
      // …and the clauses after it that name more organisers (由A主办，B、C承办)
      let at = from + hosted[0].length - 1;
      for (let more = CO_HOSTED.exec(text.slice(at, span.end)); more; more = CO_HOSTED.exec(text.slice(at, span.end))) {
        const start = at + more.index + more[0].indexOf(more[1]);
        for (const h of inside) if (h.start >= start && h.end <= start + more[1].length) add('HOSTS', h.name, event.name, 'hosted', span);
        at += more.index + more[0].length;
      }
    }
  }
}

/** A body's bare head and a title, the person after them maybe introduced by 由…: the head refers to a body named before. */
const BARE_HEAD_TITLE = /(?:^|[，。；、\s”"]|该)(公司|中心|实验室|研究院|集团|基金|分局)(?:副?主任|副?总经理|董事长(?:兼总经理)?|副?院长|副?局长|理事长|负责人)(?:由[^，。；]{0,20})?$/;
/** Elected to an association's chair, right after the name or after the list it closes (A、B等5人当选副会长). */
const ELECTED = /^(?:、[^，。；]{1,40}?)?(?:等\d+人)?当选(?:为)?(?:首任|第一届)?副?(?:会长|理事长|主席)/;
/** An association, a chamber, a federation or an alliance by its head. */
const ASSOCIATION = /(?:协会|学会|商会|联合会|促进会|联盟|共同体|研究会)$/;
/** The titles of a firm, a bank or an association. */
const FIRM_TITLE = /(?:行长|董事长|总经理|经理|会长|理事长|监事长)$/;
/** A party committee's department by its bare head and the title in it, opening the title or after 、 (区委常委、宣传部部长). */
const DEPARTMENT_TITLE = /(?:^|、)(组织部|统战部|政法委|社会工作部)(?:常务)?副?(?:部长|书记)$/;
/** The bare head of a place named before and a title in it: 街道党工委书记, 社区党委书记, 村党支部书记, 办事处主任. */
const PLACE_HEAD_TITLE = /(?:^|[，。；、\s”"])(街道|社区|村)(?:党工委|党委|党支部|办事处|居委会|村委会)?(?:副?书记|副?主任)(?:、[^，。；]{0,12})?$/;
/** What a person presiding over a meeting or drill is printed doing right after their name. */
const PRESIDES = /^(?:主持|担任[^，。；]{0,6}总指挥|任[^，。；]{0,6}总指挥)/;
/** The words that state a place develops a field. */
const DEVELOP = /围绕[^，。；]{0,30}(?:主导|细分)(?:产业|领域)|产业(?:产值)|生产基地|发展|培育|打造|壮大|做强|做优|做大|布局|集聚|聚集|主导|支柱|首位|(?:优势|特色)产业|集群|产业链|抢占|深耕|聚焦|构建|招引|招商|引育|加快|推动/;
/** A fund's aim before the industries it invests in (重点投向, 主要投资于, 聚焦): no clause ends between. */
const FUND_AIM = /^[^。；]{0,30}?(?:投向|投资于|投资方向为|聚焦)[^。；]*$/;
/** What a body is printed focusing on: 专注, 聚焦, 深耕, 主营, 集中在, 重点投向, 主要从事. */
const FOCUS = /专注|聚焦|深耕|主营|集中在|投向|从事|业务涵盖|业务涉及/;
/** A river, stream or lake by its head: 九曲溪, 松花江, 东鱼河, 东昌湖. */
const WATER = /^[\u4e00-\u9fa5]{2}[河江溪湖]$/;

export function extractRelations(
  text: string,
  mentions: Mention[],
  entities: ExtractedEntity[],
  _options: { year?: number } = {},
): { relations: ExtractedRelation[]; figures: ExtractedFigure[] } {
  // a development zone is a Park (suffixes.ts, zoneType) that sentences speak of as of a district: it develops
  // industries, parks are located in it, it is part of its district. The rules read it as an Area; what a relation
  // allows is checked against its own type (no one LEADS a zone: its 党工委 or 管委会 is what its heads lead).
  const typeOf = new Map(entities.map((e) => [e.name, e.type]));
  const asZone = <T extends { name: string; type: EntityLabel }>(x: T): T => (x.type === 'Park' && ZONE.test(x.name) ? { ...x, type: 'Area' } : x);
  mentions = mentions.map(asZone);
  const byName = new Map(entities.map((e) => [e.name, asZone(e)]));
  const figures: ExtractedFigure[] = [];
  // names printed inside other names never act or get referred back to on their own
  const top = mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end));
  const lastBefore = (at: number, types: EntityLabel[]) => top.findLast((m) => m.end <= at && types.includes(m.type));
  const areaCounts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'Area' && !PARENT.test(m.name)) areaCounts.set(m.name, (areaCounts.get(m.name) ?? 0) + 1);
  const main = [...areaCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const out = new Map<string, ExtractedRelation>();
  // the subject may be missing (a text that names no area): what needs one is then not related
  const add = (type: RelationTypeName, source: string | undefined, target: string, rule: string, evidence: Span, amount?: string) => {
    if (source === undefined) return;
    const s = byName.get(source);
    const t = byName.get(target);
    if (!s || !t || s === t || !valid(type, typeOf.get(source)!, typeOf.get(target)!)) return;
    // a river or lake flows past towns and districts, it is no part of them nor holds them, and it acts in no
    // sentence: only a tributary is part of its river, and what is held or built on the water is located in it
    const sWater = s.type === 'Area' && WATER.test(source);
    const tWater = t.type === 'Area' && WATER.test(target);
    if ((sWater && !(type === 'PART_OF' && tWater)) || (tWater && type !== 'LOCATED_IN' && !sWater)) return;
    const key = `${source}|${type}|${target}`;
    if (!out.has(key)) out.set(key, { source, target, type, rule, evidence, amount });
  };

  for (const span of sentences(text)) {
    const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (!inside.length) continue;
    const sentence = text.slice(span.start, span.end);
    const explicitSubject = sentenceSubject(text, span, inside);
    const sentenceSubjectName = explicitSubject?.name ?? main;
    const topic = topicPark(text, span, inside);
    const topicIndustry = sentenceTopic(text, span, inside);
    // industries named outright in the sentence (…等食品骨干企业…延伸完善冷链产业链)
    const industries = inside.filter((m) => m.type === 'Industry' && !inside.some((o) => o !== m && o.start <= m.start && o.end >= m.end));
    // a partnership word of the sentence's own, not one inside a name (…合作社, …合作推进会)
    const cooperation = COOPERATE.test(inside.reduce((t, x) => t.slice(0, x.start - span.start) + '□'.repeat(x.end - x.start) + t.slice(x.end - span.start), sentence));
    // the subject's partner is named after 与/联合 with no other signer before it (与A、B合作, 联合A、B开展…)
    const joined = (m: Mention): boolean => {
      let first = m;
      for (let p = top.findLast((o) => o.end === first.start - 1); p && text[first.start - 1] === '、'; p = top.findLast((o) => o.end === first.start - 1)) first = p;
      const j = /(?:与|同|联合|携手)$/.exec(text.slice(Math.max(span.start, first.start - 2), first.start));
      if (!j) return false;
      // nothing before 与 in its clause but adverbs or the district's own head (区里与…): else another signer
      const at = first.start - j[0].length;
      const before = text.slice(span.start, at).replace(/^.*[，,：:；]/, '');
      const opener = top.find((o) => o.start === at - before.length && o.end <= at);
      return /^(?:[还也将要并已再]|以及|深化|加强|积极|持续|同时|主动|全面|广泛|进一步)*$/.test(before) || /^(?:区|全区|区里|我区)$/.test(before) || (!!opener && opener.name === sentenceSubjectName && !top.some((o) => o !== opener && o.start >= opener.end && o.end <= at));
    };
    const clauses = clausesOf(text, span, top, lastBefore);
    // explicit partners: the name before 与 and the name after it, with a partnership word following; with no
    // name before 与 (街道与X合作) the sentence's subject is the partner
    const pairs: Array<[string, string]> = [];
    const named = top.filter((x) => x.start >= span.start && x.end <= span.end);
    for (const [k, b] of named.entries()) {
      // the partners after 与 are a list (与A、B签订…), the verb after the last of them and its short form
      const j = PAIR_JOINER.exec(text.slice(Math.max(span.start, b.start - 6), b.start));
      if (!j || (k > 0 && /^[、和及]$/.test(text.slice(named[k - 1].end, b.start)))) continue;
      const right = [b];
      for (let n = k + 1; n < named.length && JOIN.test(text.slice(right[right.length - 1].end, named[n].start)); n++) right.push(named[n]);
      // (after the list its short form or its count: 与A、B等12家企业签订)
      const after = text.slice(right[right.length - 1].end, span.end).replace(/^[（(][^）)]{0,20}[）)]/, '').replace(/^等[\d一二三四五六七八九十余多]*[家个所名位]?[\u4e00-\u9fa5]{0,4}?(?=签|合作|共)/, '');
      if (!PAIR_VERB.test(after)) continue;
      const at = b.start - j[0].length;
      // …and before 与 the name that signs with the names listed with it (A、B与C签署), or a body's bare head
      // (园区与…, 街道与…) for the last one named with that head, or the district's own (区里与…) for the subject
      const lefts: string[] = [];
      // (the signer may carry its short form before 与: A（以下简称“甲”）与B签约)
      const shortForm = /[（(](?:以下)?简称[^）)]{1,12}[）)]$/.exec(text.slice(Math.max(span.start, at - 16), at))?.[0].length ?? 0;
      for (let a = named.findLast((x) => x.end === at - shortForm); a; a = named.findLast((x) => x.end === a!.start - 1 && /^[、和及]$/.test(text[a!.start - 1]))) lefts.push(a.name);
      if (!lefts.length) {
        const head = /(?:^|[^\u4e00-\u9fa5])([\u4e00-\u9fa5]{1,3})$/.exec(text.slice(span.start, at))?.[1];
        const owner = head && !/^(?:区|全区|区里|我区)$/.test(head) ? mentions.findLast((x) => x.end <= at && x.name !== b.name && x.name.length > head.length && (x.name.endsWith(head) || (head === '园区' && x.type === 'Park'))) : undefined;
        if (owner) lefts.push(owner.name);
        else if (head && /^(?:区|全区|区里|我区)$/.test(head)) lefts.push(sentenceSubjectName ?? '');
      }
      for (const left of lefts)
        for (const r of right)
          if (left && left !== r.name) {
            pairs.push([left, r.name]);
            add('COOPERATES_WITH', left, r.name, 'partners', span);
          }
    }
    // partners listed after 由 that build or invest together (由A、B、C三方共同打造): each is the others' partner
    for (const [k, b] of named.entries()) {
      if (text[b.start - 1] !== '由' || !BODY.test(b.type) && b.type !== 'Area' && b.type !== 'Organization') continue;
      const list = [b];
      for (let n = k + 1; n < named.length && JOIN.test(text.slice(list[list.length - 1].end, named[n].start)); n++) list.push(named[n]);
      if (list.length < 2 || !JOINTLY.test(text.slice(list[list.length - 1].end, span.end))) continue;
      for (const [x, l] of list.entries()) for (const r of list.slice(x + 1)) add('COOPERATES_WITH', l.name, r.name, 'jointly', span);
    }
    const broughtIn = (i: number): boolean => {
      const mates = listMates(text, inside, i);
      const first = mates.reduce((a, b) => (b.start < a.start ? b : a));
      const last = mates.reduce((a, b) => (b.end > a.end ? b : a));
      const opened = Math.max(text.lastIndexOf('，', first.start), text.lastIndexOf(',', first.start), span.start);
      return BRING.test(text.slice(opened, first.start)) || SETTLES.test(text.slice(last.end, span.end));
    };
    const seen = new Set<string>();
    sentencePatterns(text, span, top, add, lastBefore);
    inside.forEach((m, i) => {
      // a name printed inside another (青岛市 in 青岛市崂山区, 海滨学院 in 海滨学院孵化港) relates
      // only to its container: the place it names contains the place around it, nothing else
      const outer = inside.find((o) => o !== m && o.start <= m.start && o.end >= m.end);
      if (outer) {
        if (m.type === 'Area' && outer.type === 'Area' && outer.start === m.start) add('PART_OF', outer.name, m.name, 'nested', span);
        // a body or company opening the name of a branch, institute or campus (某公司济南分公司, 某科学院某研究所,
        // 某大学（威海）) is the group it belongs to
        if (BODY.test(m.type) && BODY.test(outer.type) && outer.start === m.start && BRANCH.test(text.slice(m.end, outer.end))) add('BRANCH_OF', outer.name, m.name, 'branch', span);
        // a subdistrict opening a facility's name (匡山街道便民服务站) is where it is, and part of the district (a
        // development zone opening a park's name is no part of the district: it has a management of its own)
        if (m.type === 'Area' && /^(?:Facility|Park)$/.test(outer.type) && outer.start === m.start) {
          add('LOCATED_IN', outer.name, m.name, 'nested', span);
          if (level(m.name) < level(sentenceSubjectName ?? '') && !ZONE.test(m.name)) add('PART_OF', m.name, sentenceSubjectName!, 'nested', span);
        }
        // a works named after the road or river it is done on (某路南延工程, 某河综合治理工程) is located on it; a new
        // campus or phase of a hospital or school (某医院南院区建设项目) is not on the old one
        if (outer.type === 'Project' && outer.start === m.start && ((m.type === 'Facility' && ROAD.test(m.name)) || (m.type === 'Area' && WATER.test(m.name)))) add('LOCATED_IN', outer.name, m.name, 'named', span);
        // a works named for the quarter it renews (某片区整治工程, 某街区二期整治工程) is part of that quarter
        if (outer.type === 'Project' && m.type === 'Area' && /(?:片区|街区)$/.test(m.name) && (outer.start === m.start || inside.some((x) => x.type === 'Area' && x.start === outer.start && x.end === m.start)))
          add('PART_OF', outer.name, m.name, 'named', span);
        // an industry in a name is what the named thing works in (山东南辰量子计算产业研究院)
        if (m.type === 'Industry') add(outer.type === 'Park' ? 'DEVELOPS' : 'IN_INDUSTRY', outer.name, m.name, 'named', span);
        // an enterprise opening a project or park name is no statement that it
        // invested: the audit of the curated graph found none of these stated, so nothing is proposed
        return;
      }
      const clause = clauses.find((c) => c.start <= m.start && m.end <= c.end);
      const lead = clause ? text.slice(clause.start, m.start) : '';
      const agents = (clause?.agents ?? []).filter((a) => a.name !== m.name);
      // 落户Y / 位于Y: the clause's agent settles there (in the district too), or the name right before the
      // verb (青湖区引进的X位于Y); settling in an area is being brought in
      const settler = top.findLast(
        (x) => x.end <= m.start && x.start >= (clause?.start ?? m.start) && m.start - x.end <= 6 && AGENT_TYPES.includes(x.type) && SETTLE.test(text.slice(x.end, m.start)),
      );
      if (SETTLE.test(lead) && /^(Area|Park|Facility)$/.test(m.type)) {
        // (the most specific place of the chain after the verb: 位于某区某片区 is in the 片区)
        let place = m;
        for (let x = top.find((o) => o.start === place.end && PLACE.test(o.type)); x; x = top.find((o) => o.start === place.end && PLACE.test(o.type))) place = x;
        // (a site is chosen for a project: …建设X项目，选址某街道 places the project, not its investor)
        // (and nothing else: 项目选址某路 after a firm's unnamed works is no statement about the firm)
        const siting = /选址(?:在|于)?$/.test(lead);
        const sited = !settler && siting ? top.findLast((o) => o.type === 'Project' && o.end <= m.start && o.start >= span.start) : undefined;
        // (a road printed with a side, 位于某路以北、某路以东, bounds the site: it is no place the thing is in)
        const side = ROAD.test(place.name) && /^以[东南西北]/.test(text.slice(place.end, place.end + 2));
        if (!side) for (const a of settler ? [settler] : sited ? [sited] : siting ? [] : agents) add((place.type === 'Area' || a.type === 'Enterprise') && SETTLE_IN_AREA.test(lead) ? 'INTRODUCED_TO' : 'LOCATED_IN', a.name, place.name, 'settle', span);
      }
      const subject = topic && m.start >= topic.clause.start && m.end <= topic.clause.end ? topic.park.name : sentenceSubjectName;
      if (m.name === subject || seen.has(m.name)) return;
      seen.add(m.name);
      const clauseStart = Math.max(text.lastIndexOf('，', m.start), text.lastIndexOf(',', m.start), span.start);
      switch (m.type) {
        case 'Strategy': {
          // a measure a document sets out (《某方案》提出…X, 根据《某措施》…X, 政策明确实施X) is part of that document, the
          // one printed in 《》 in the sentence, else the last one before it (a document itself is part of none)
          const titled = (o: Mention) => o.type === 'Strategy' && o.end <= m.start && (text[o.start - 1] === '《' || text[o.start] === '《') && o.name !== m.name;
          const doc = DOC_SAYS.test(sentence) && !(text[m.start - 1] === '《' || text[m.start] === '《') ? (inside.find(titled) ?? mentions.findLast(titled)) : undefined;
          if (doc) add('PART_OF', m.name, doc.name, 'document', span);
          // 该项目助推X, A项目…，着力赋能X: what the clause is about serves the strategy, not the district
          else if (SUPPORT.test(lead.replace(/[“"]$/, '')) && agents.length) for (const a of agents) add('SUPPORTS', a.name, m.name, 'support', span);
          else {
            // a body opening the sentence or the strategy's clause acts in it (某区人民法院推行X, 区文明办组织…推行X):
            // it carries the programme out, not the district; a body followed by a title only names a speaker
            const actor = top.find(
              (o) => BODY.test(o.type) && o.end <= m.start && o.start >= span.start && (o.start === span.start || o.start === clauseStart + 1 || /^(?:[\d]{4}年|今年|近年来|(?:今|去)年以来|目前|此外|同时)[，,]?$/.test(text.slice(span.start, o.start))) && !SPEAKER.test(text.slice(o.end, o.end + 6)),
            );
            // …and so does the unit a bare head opening the sentence or the strategy's clause refers back to (街道推行X,
            // 社区还推行X, 园区推行X, 分局与某银行建立X, 中心将…推行X): the last one named with that head
            const bare = actor ? null : BARE_ACTOR.exec(text.slice(Math.max(span.start, clauseStart + (clauseStart === span.start ? 0 : 1)), m.start)) ?? BARE_ACTOR.exec(text.slice(span.start, m.start).replace(/^(?:在[^，。；]{1,16}|[^，。；]{0,8}[上中]|今年\d{1,2}月|[\d]{4}年|今年|近年来|目前|此外|同时)[，,]/, ''));
            const head = bare?.[1];
            const referred = head ? mentions.findLast((o) => o.end <= m.start && o.name.length > head.length && (head === '园区' || head === '产业园' ? o.type === 'Park' && /园区?$/.test(o.name) : o.name.endsWith(head) && (o.type === 'Area' || BODY.test(o.type)))) : undefined;
            add('SUPPORTS', actor?.name ?? referred?.name ?? subject, m.name, actor ? 'actor' : referred ? 'referred' : 'strategy', span);
          }
          const owner = m.name.replace(/^“|”$|战略$/g, '');
          if (owner !== m.name && byName.has(owner)) add('SUPPORTS', owner, m.name, 'X战略', span);
          break;
        }
        case 'Industry': {
          // what a fund invests in (某基金重点投向A、B) is the fund's industry, not the district's development
          const fund = inside.slice(0, i).findLast((o) => o.type === 'Organization' && /基金$/.test(o.name) && FUND_AIM.test(text.slice(o.end, m.start)));
          // a park's bare head opening the sentence or a clause before it (园区重点发展A、B, 产业园已形成…三大产业)
          // is the park named before: the park develops them, not the district
          const head = PARK_HEAD.exec(text.slice(span.start, m.start));
          const park = head ? lastBefore(span.start + head.index, ['Park']) : undefined;
          // a body the sentence opens with, by its name or its bare head (某公司成立于…，专注A领域; 共同体聚焦A、B四个领域; 商会会员
          // 主要集中在A、B领域), works in the fields it focuses on: they are its industries, not the district's development
          const opener = top.find((o) => o.start === span.start && BODY.test(o.type));
          const bareBody = opener ? undefined : /^\s*(?:该)?(共同体|商会|协会|联盟|集团|基金|公司|研究院)/.exec(sentence)?.[1];
          const focused = opener ?? (bareBody ? mentions.findLast((o) => o.end <= span.start && BODY.test(o.type) && o.name.endsWith(bareBody)) : undefined);
          if (!fund && focused && FOCUS.test(text.slice(span.start, m.start))) {
            add('IN_INDUSTRY', focused.name, m.name, 'focus', span);
            break;
          }
          if (fund) add('IN_INDUSTRY', fund.name, m.name, 'fund', span);
          else if (park) add('DEVELOPS', park.name, m.name, 'park', span);
          // the place develops a field only where the sentence says so (重点发展A、B, 打造X集群, 以X为主导); a field a
          // signing covers (涉及A、B), a partnership works in (围绕A开展合作) or a list of firms belongs to is no statement
          else if (DEVELOP.test(text.slice(span.start, span.end))) add('DEVELOPS', subject, m.name, 'industry', span);
          break;
        }
        case 'Honor': {
          // only an honour received (获评, 被列入, 成为…) is held; 打造/争创 one is an aim. The holder is
          // the nearest thing named before it in the sentence, with its list mates (舜华、小庄等…获评…);
          // 北辰能源、SAP等世界500强企业 names the holders as a list before 等.
          const before = text.slice(span.start, m.start);
          const listed = /等$/.test(before);
          // an honour worked towards (力争…创建X, 争创X, 以创建X为目标) is the aim of the clause's subject
          if (AIMED.test(text.slice(Math.max(clauseStart, m.start - 12), m.start)) && !ACHIEVED.test(text.slice(clauseStart, m.start))) {
            // …or of the names printed right before the verb (推动A、B争创X, 园区将争创X: the park named before)
            const verbAt = m.start - (AIM_BEFORE.exec(text.slice(Math.max(clauseStart, m.start - 16), m.start))?.[0].length ?? 0);
            const near = inside.findLast((o) => o.end === verbAt && AIMERS.test(o.type) && top.includes(o));
            const head = near ? undefined : /(?:^|[^\u4e00-\u9fa5])?(园区|产业园|街道)$/.exec(text.slice(Math.max(clauseStart + 1, verbAt - 3), verbAt))?.[1];
            const referred = head ? lastBefore(verbAt - head.length, head === '街道' ? ['Area'] : ['Park']) : undefined;
            const aimers = near ? listMates(text, inside, inside.indexOf(near)).map((o) => o.name) : referred ? [referred.name] : [explicitSubject?.name ?? subject];
            for (const a of aimers) add('AIMS_FOR', a, m.name, 'aim', span);
            break;
          }
          // a list published under the honour (公布…X名单，A、B等N家单位上榜; 揭晓了“X”名单，A、B、C三处入选): its members hold it
          const roll = /^[”"]?名单[，,：:]/.exec(text.slice(m.end, m.end + 4));
          const first = roll ? top.find((o) => o.start === m.end + roll[0].length && o.type !== 'Honor') : undefined;
          if (first) {
            for (const h of listMates(text, inside, inside.indexOf(first))) add('HONOURED_AS', h.name, m.name, 'roll', span);
            break;
          }
          if (!ACHIEVED.test(before) && !listed) break;
          // names printed inside another (山东省 in an earlier honour) hold nothing
          // a person is a holder only in the honour's own clause (张华获评X), never from an earlier one
          // the agent of 被 or 由 (某村被某部认定为X, 由某部授予) awards the honour: the holder is named before it
          const k = inside.slice(0, i).findLastIndex((h) => !['Honor', 'Industry', 'Strategy'].includes(h.type) && (h.type !== 'Person' || h.start >= clauseStart) && h.start >= clauseStart - 40 && top.includes(h) && !/[被由]$/.test(text.slice(h.start - 1, h.start)));
          if (k < 0) {
            // (the subject holds it where the sentence prints it acting, 某年，某区…，并获评X, or where the clause names no one
            // before the verb, ，先后获评X; an honour of a holder the rules did not name, 公司先后获评X, 该院被评为X, 某某模型入选X,
            // is not the text's district's)
            const opened = text.slice(clauseStart, m.start).replace(/^[，,\s]+/, '');
            const verb = [...opened.matchAll(new RegExp(ACHIEVED.source, 'g'))].at(-1);
            const unnamed = /^(?:\d{4}年|今年|去年|近年来|目前|此外|同时|先后|还|也|并|已|相继|成功|连续|多次|均|又|再次|被)*$/.test(opened.slice(0, verb?.index ?? 0));
            // (a bare head opening the clause, 公司先后获评X, 园区获评X, 该院被评为X, is the body or park named before with that head)
            const head = /^(?:\d{4}年，?|今年，?|去年，?)?(?:该|其)?(公司|园区|产业园|院|中心|集团|街道|社区)/.exec(opened)?.[1];
            const holder = head ? mentions.findLast((o) => o.end <= clauseStart && o.name.length > head.length && (/园/.test(head) ? o.type === 'Park' && /园区?$/.test(o.name) : o.name.endsWith(head) || (head === '公司' && o.type === 'Enterprise'))) : undefined;
            if (holder) add('HONOURED_AS', holder.name, m.name, 'honour', span);
            else if (!listed && (explicitSubject?.name === subject || unnamed)) add('HONOURED_AS', subject, m.name, 'honour', span);
            break;
          }
          for (const h of listMates(text, inside, k)) add('HONOURED_AS', h.name, m.name, 'honour', span);
          // people listed each with their firm and title (A公司董事长X、B公司总经理Y被授予…) share the honour
          for (let p = inside[k]; p.type === 'Person'; ) {
            const q = inside.slice(0, inside.indexOf(p)).findLast((o) => o.type === 'Person');
            if (!q || !/^、[^，。；、]{0,24}$/.test(text.slice(q.end, p.start))) break;
            add('HONOURED_AS', q.name, m.name, 'honour', span);
            p = q;
          }
          break;
        }
        case 'Person':
          // an official leads the body and the place of their title and the meeting they report to (not an
          // anniversary or festival the same sentence names)
          {
            // the body or place printed right before the title is what the person leads (济南高新区管委会主任X,
            // 洪家楼街道党工委书记X, 济南市副市长X); a title of the district's own (区长, 区委书记) leads the district
            // people listed after one title (副区长A、B) all hold it: read the title before the first of them
            let first: Mention = m;
            for (let p = top.findLast((o) => o.end === first.start - 1); p?.type === 'Person' && text[first.start - 1] === '、'; p = top.findLast((o) => o.end === first.start - 1)) first = p;
            // the titles joined by 、 before the name are all the person's (区委常委、组织部部长X: a district office)
            const title = /[\u4e00-\u9fa5]{0,8}(?:、[\u4e00-\u9fa5]{1,12}){0,3}$/.exec(text.slice(Math.max(span.start, first.start - 40), first.start))![0];
            // (a chain after a place's party committee, 某区委常委、副区长X, holds offices of the place: read below; a
            // firm's or association's title, 行长, 董事长, 会长, is never held in a place printed before it)
            const owner = top.findLast((o) => {
              const between = text.slice(o.end, first.start);
              if (o.end > first.start || first.start - o.end > 24 || !/^(?:Organization|Area|Enterprise)$/.test(o.type) || !TITLE_AFTER.test(between)) return false;
              if (between.includes('、') && /[区县市]委$/.test(o.name)) return false;
              return !(o.type === 'Area' && FIRM_TITLE.test(between));
            });
            // a government's 市长 or 区长 leads the place and the government, a deputy (副市长) the place only; a bare
            // 区政府 names no place of its own, so the title's level finds it (below)
            const government = owner && /^(?:.{2,}?)?(?:人民)?政府$/.test(owner.name) && /副?[省市区县]长$/.test(text.slice(owner.end, first.start)) ? owner : undefined;
            const governed = government && byName.get(government.name.replace(/(?:人民)?政府$/, ''))?.type === 'Area' ? government.name.replace(/(?:人民)?政府$/, '') : undefined;
            if (government && !/副[省市区县]长$/.test(text.slice(government.end, first.start))) add('LEADS', m.name, government.name, 'title', span);
            if (owner && !government) add('LEADS', m.name, owner.name, 'title', span);
            else {
              // a title of a level's own (区长, 县委书记, 市长, 市领导, 省委常委) leads the place of that level the text is about
              const level = /([区县市省])(?:委|长|人大|政协|领导)|副([区县市省])长/.exec(title);
              const char = level?.[1] ?? level?.[2];
              const place = governed ?? (char ? [subject, main, ...top.filter((o) => o.type === 'Area').map((o) => o.name)].find((n) => n?.endsWith(char) && byName.get(n)?.type === 'Area') : undefined);
              if (place) add('LEADS', m.name, place, 'title', span);
              // a party committee's department printed bare in the chain (区委常委、组织部部长X, 政法委书记X) is the one the
              // text names in full (某区委组织部): the person leads it as well as the place
              const dept = DEPARTMENT_TITLE.exec(title)?.[1];
              const office = dept ? mentions.findLast((o) => o.type === 'Organization' && o.name.endsWith(dept) && o.name.length > dept.length) : undefined;
              if (office) add('LEADS', m.name, office.name, 'title', span);
              // a title after the bare head of a body named earlier (…中心。中心主任由…担任, 公司副总经理X) leads that body
              const head = BARE_HEAD_TITLE.exec(text.slice(span.start, first.start))?.[1];
              const body = head ? mentions.findLast((o) => o.end <= first.start && /^(?:Organization|Enterprise)$/.test(o.type) && (o.name.endsWith(head) || (head === '公司' && o.type === 'Enterprise'))) : undefined;
              if (!place && body) add('LEADS', m.name, body.name, 'title', span);
              // …and so after the bare head of a place named earlier (街道党工委书记X, 社区党委书记X, 村党支部书记X)
              const unit = PLACE_HEAD_TITLE.exec(text.slice(span.start, first.start))?.[1];
              const quarter = unit ? mentions.findLast((o) => o.end <= first.start && o.type === 'Area' && o.name.endsWith(unit) && o.name.length > unit.length) : undefined;
              if (!place && !body && quarter) add('LEADS', m.name, quarter.name, 'title', span);
            }
            // who is elected to an association's chair (X当选会长, A、B等5人当选副会长) leads the association named before
            if (ELECTED.test(text.slice(m.end, span.end))) {
              const association = top.findLast((o) => o.end <= m.start && o.type === 'Organization' && ASSOCIATION.test(o.name));
              if (association) add('LEADS', m.name, association.name, 'elected', span);
            }
            // who presides (主持会议, 担任演练总指挥) leads the meeting or drill the sentence names, else the last one named
            if (PRESIDES.test(text.slice(m.end, m.end + 12))) {
              const event = inside.find((o) => o.type === 'Event' && top.includes(o)) ?? lastBefore(m.start, ['Event']);
              if (event) add('LEADS', m.name, event.name, 'presides', span);
            }
            if (!owner) for (const o of inside) if (o.type === 'Event' && /会议?$/.test(o.name)) add('LEADS', m.name, o.name, 'title', span);
          }
          break;
        case 'Event': {
          // what a festival or summit holds (旅游节期间将举办A、B, 本届文化节共推出…包括A、B, 峰会期间还举办了A) is part
          // of the event named before the sentence
          const whole = lastBefore(span.start, ['Event']);
          if (whole && whole.name !== m.name && DURING.test(text.slice(span.start, m.start))) add('PART_OF', m.name, whole.name, 'during', span);
        }
          // an appraisal of a higher level (全省…测评) or an anniversary is taken part in, not hosted
          // the place or body hosts what it is printed doing (某区举办X, 某街道在某社区开展X, 某局联合某局举办X): its name opens the act,
          // a host verb stands between it and the event; an event merely named in a sentence about the district
          // (X开幕, X在某地举行, 某区政府召开X) is no statement of who holds it
          if (!/^(?:全国|全省|全市)|周年$/.test(m.name)) {
            const host = inside.findLast((o) => (SUBJECTS.includes(o.type) || (BODY.test(o.type) && !SPEAKER.test(text.slice(o.end, o.end + 6)))) && o.end <= m.start && top.includes(o) && !/[在于到赴、]$/.test(text.slice(span.start, o.start)) && HOST_AFTER.test(text.slice(o.end, m.start)));
            if (host) add('HOSTS', host.name, m.name, 'host', span);
          }
          break;
        case 'Area': {
          // 贵州省榕江县: a province or city printed right before a place locates it and is no partner
          const locates = inside.find((x) => x.start === m.end && x.type === 'Area');
          if (locates && (PARENT.test(m.name) || (level(m.name) === 2 && level(locates.name) === 1))) {
            add('PART_OF', locates.name, m.name, 'division', span);
            break;
          }
          // …and a village printed after its town (某某镇某某村) is the town's part, not the subject's
          if (level(m.name) === 1 && inside.some((x) => x.end === m.start && x.type === 'Area' && level(x.name) === 2)) break;
          // a smaller unit (社区 of a 街道) is a part, never a partner; a larger one (the district of a 街道) holds the subject
          if (cooperation && !pairs.length && level(m.name) >= level(subject ?? '')) {
            if (joined(m)) add('COOPERATES_WITH', subject, m.name, 'cooperate', span);
          }
          // (the next level up only, and only where the sentence prints the subject too: 某区是某市的中心城区, not
          // 某市副市长宣布开幕 in a text about the district)
          else if (level(m.name) > level(subject ?? '') && level(subject ?? '') > 0) {
            if (level(m.name) - level(subject!) === 1 && top.some((x) => x.name === subject && x.start >= span.start && x.end <= span.end)) add('PART_OF', subject, m.name, 'area', span);
          }
          // (a nature reserve spans counties: it is part of none of them)
          else if (!PARENT.test(m.name) && !/保护区$/.test(m.name)) {
            // a unit printed right after the larger one (某区某街道, 某街道某社区) is stated to be its part; printed on
            // its own, a 街道 or 镇 is only where something happens (在某镇建设, 某街道书记), a 社区 or 村 under the
            // 街道 the text is about is its part, and a place of no level is a part only by a head of a quarter
            // (…片区, …街区, …示范带), never a city printed short (赴杭州) or a development zone (its own management)
            const chained = inside.find((x) => x.end === m.start && x.type === 'Area' && level(x.name) > level(m.name));
            const [own, held] = [level(m.name), level(subject ?? '')];
            if (chained) add('PART_OF', m.name, chained.name, 'area', span);
            else if (own === 0 ? held >= 2 && QUARTER.test(m.name) && !ZONE.test(m.name) : own === 1 && held === 2) add('PART_OF', m.name, subject, 'area', span);
          }
          // 潍坊昌乐: a place printed after its city's short name is part of that city (潍坊市)
          const surface = text.slice(m.start, m.end);
          for (const p of entities)
            if (p.type === 'Area' && PARENT.test(p.name) && p.name.length >= 3 && surface.startsWith(p.name.slice(0, -1)) && surface.length - p.name.length + 1 >= 2 && surface.length - p.name.length + 1 <= 3)
              add('PART_OF', m.name, p.name, 'division', span);
          break;
        }
        case 'Project': {
          const phase = /^(.+?)([二三四]期)(项目)?$/.exec(m.name);
          if (phase && byName.has(phase[1])) add('PART_OF', m.name, phase[1], 'phase', span);
          // (one pair, one type: a district investing in its own works is its investor, not its container)
          // (the district printed right before the works, 某区X项目, or acting before it in the sentence, 某区推进X, 在某区建设X; a
          // district merely named in the sentence, 会议要求…, 两区将共同推进X, states no place)
          const placed = inside.some((x) => x.name === subject && x.end <= m.start && (x.end === m.start || text[x.start - 1] === '在' || (explicitSubject?.name === subject && x.start === explicitSubject.start)));
          if (placed && !out.has(`${subject}|INVESTED_IN|${m.name}`)) add('PART_OF', m.name, subject, 'project', span);
          if (clause && PIVOT.test(lead)) add('INTRODUCED_TO', m.name, subject, 'introduce', span);
          // 总投资N亿元 in the project's own clause: the agent that invests (引进X，…总投资…建设Y), else the
          // area the sentence opens with; with no investor named the amount is a figure of the project
          const money = clause && (TOTAL_INVESTMENT.exec(text.slice(m.end, clause.end)) ?? TOTAL_INVESTMENT.exec(lead));
          if (money) {
            const investors = agents.filter((a) => a.type === 'Enterprise' || a.type === 'Organization');
            if (!investors.length && explicitSubject?.type === 'Area' && !clause.agents.length) investors.push(explicitSubject);
            for (const a of investors) add('INVESTED_IN', a.name, m.name, 'investment', span, money[1]);
            if (!investors.length) figures.push({ entity: m.name, kind: 'investment', amount: money[1], rule: 'investment', evidence: { start: clause.start, end: clause.end } });
          }
          break;
        }
        case 'Park':
        case 'Facility': {
          // a park's phase (某某产业园二期) is part of the park
          const parkPhase = m.type === 'Park' ? /^(.+?)[二三四五]期$/.exec(m.name) : null;
          if (parkPhase && byName.get(parkPhase[1])?.type === 'Park') add('PART_OF', m.name, parkPhase[1], 'phase', span);
          // buildings and parks under a park are its parts; under an area they are located in it. A road is
          // printed as an address or a boundary (东至经十路): the text does not place it in the district
          // only under a subject the sentence names: the text's most named district is no statement of place
          // a venue after 在 (在某公园举办…, …在某大厦举行) is where something happens, not a statement of where it is, unless
          // the district is printed right before it (在某区某小学)
          const venue = /在$/.test(text.slice(span.start, m.start)) && !inside.some((x) => x.end === m.start && x.type === 'Area');
          if (!ROAD.test(m.name) && !venue && (explicitSubject || topic || locatedHere(text, inside, subject))) add(byName.get(subject)?.type === 'Park' ? 'PART_OF' : 'LOCATED_IN', m.name, subject, 'place', span);
          break;
        }
        case 'Enterprise':
        case 'Organization':
          if (cooperation && !pairs.length && joined(m)) add('COOPERATES_WITH', subject, m.name, 'cooperate', span);
          // a university or a bureau in a sentence about bringing firms in is a partner or an actor, not brought in
          // a firm is brought in where it is the object of 引进/引入 or settles (A、B等9家企业落户), not where it
          // merely signs or invests in a sentence about bringing firms in (签约项目中，X投资…建设Y: its investment)
          // (into the park the sentence names before it, 某产业园揭牌，首批入驻A、B, the building after 在 (在某广场，…新引进A),
          // or the park a bare 园区 refers to; else the subject)
          else if (m.type === 'Enterprise' && broughtIn(i)) {
            // (a park only as the clause's topic or what it relies on, 依托某园区，引进A; not as the object of another verb:
            // 某区…加速建设某产业园…，引进A、B brings A and B into the district; the park's district may open its name)
            const topic = (o: Mention) => {
              const from = inside.find((a) => a.type === 'Area' && a.end === o.start)?.start ?? o.start;
              return from === span.start || /(?:[，；：。]|依托|在)$/.test(text.slice(Math.max(0, from - 2), from));
            };
            const park = inside.slice(0, i).findLast((o) => ((o.type === 'Park' && topic(o)) || (o.type === 'Facility' && !ROAD.test(o.name) && text[o.start - 1] === '在')) && top.includes(o)) ?? (/园区/.test(text.slice(span.start, m.start)) ? lastBefore(m.start, ['Park']) : undefined);
            // (a firm that settles in a place printed right after the verb, A、B等9家企业签约落户某产业园, 先后落户某中心, is
            // brought into that place)
            const last = listMates(text, inside, i).reduce((a, b) => (b.end > a.end ? b : a));
            const settles = SETTLES.exec(text.slice(last.end, span.end));
            const after = settles ? last.end + settles[0].length + (/^[在于]/.test(text.slice(last.end + settles[0].length)) ? 1 : 0) : -1;
            let into = top.find((o) => o.start === after && PLACE.test(o.type) && !ROAD.test(o.name));
            for (let x = into && top.find((o) => o.start === into!.end && PLACE.test(o.type)); x; x = top.find((o) => o.start === into!.end && PLACE.test(o.type))) into = x;
            // (a landmark and its side, 落户某公园东侧的某大厦, is the way to the place after it)
            const side = into ? /^(?:[东南西北]侧|附近|旁边?)的/.exec(text.slice(into.end, into.end + 4)) : null;
            if (into && side) into = top.find((o) => o.start === into!.end + side[0].length && PLACE.test(o.type));
            add('INTRODUCED_TO', m.name, into?.name ?? park?.name ?? subject, 'introduce', span);
          }
          // an enterprise merely named in a sentence about the district is not located by it: it needs
          // 在 before the district (…等都在东城) or the district in its own name
          // (a body named after its place, 历下区…局, is that place's body: the name says so, no fact is stated)
          // (…等都在某区: the firm and its list mates are printed right before 在 the district, or the body opens there,
          // X在某区揭牌; not a firm that does something 在某区, 在某区设立… or merely shares a sentence with one)
          else if (inside.some((x) => x.name === subject && text[x.start - 1] === '在' && (HERE.test(text.slice(listMates(text, inside, i).reduce((a, b) => (b.end > a.end ? b : a)).end, x.start)) || (x.start === m.end + 1 && OPENS.test(text.slice(x.end, x.end + 6))))))
            add('LOCATED_IN', m.name, subject, 'located', span);
          if (topicIndustry) add('IN_INDUSTRY', m.name, topicIndustry, 'topic', span);
          break;
      }
      if (topicIndustry && m.type !== 'Enterprise' && m.type !== 'Organization') add(m.type === 'Park' ? 'DEVELOPS' : 'IN_INDUSTRY', m.name, topicIndustry, 'topic', span);
      // an enterprise list is about the industry right after it (A、B等食品骨干企业; A、B等骨干企业为引领，着力发展X)
      if (m.type === 'Enterprise') {
        const last = listMates(text, inside, i).reduce((a, b) => (b.end > a.end ? b : a));
        const next = inside.find((x) => x.start >= last.end && !['Area', 'Strategy', 'Honor'].includes(x.type));
        if (next && industries.includes(next) && next.start - last.end <= INDUSTRY_REACH) add('IN_INDUSTRY', m.name, next.name, 'list', span);
      }
    });
  }
  // exact amounts only; throws on a bad capture
  for (const x of [...out.values(), ...figures]) if (x.amount) parseAmount(x.amount);
  return { relations: [...out.values()], figures };
}
