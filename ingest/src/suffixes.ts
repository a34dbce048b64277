// Type suffixes (…产业园 …项目 …战略 …中心): a name is grown left from its suffix over name-like
// tokens, stopping at punctuation, function words and governing verbs, then trimmed of leading verbs
// and adverbs. Also the token predicates the list rules share.
import type { EntityLabel } from '../../model/index.ts';
import type { Candidate } from './model.ts';
import { lexicon } from './lexicon.ts';
import type { Token } from './segment.ts';

/** Every pairing of a modifier with a head: the suffixes a modifier class makes of a head noun. */
const pairs = (modifiers: string[], heads: string[], type: EntityLabel) => Object.fromEntries(modifiers.flatMap((m) => heads.map((h) => [m + h, type])));

/**
 * A designation is a rank or model word on a unit (示范 + 区, 先进 + 集体, 标杆 + 城区): the pairing is an
 * honour, whatever the unit's own type. A base named a model base (示范 + 基地 closing the name) is the designation
 * too, as every eval set's gold lists it (国家级…, 某区某产业…, “某某”…); a test or pilot base (试验/实验 + 基地) is a
 * base, and a model word elsewhere in a base's name (…示范…基地) leaves it a park.
 */
const MODEL_WORDS = ['示范', '试验', '实验', '先进', '百强', '模范', '典范', '标杆', '先锋', '样板', '达标', '均衡', '先行', '文明', '试点', '激励'];
const UNITS = ['区', '村', '县', '城市', '城区', '集体', '单位', '社区', '街道', '园区', '校', '校园', '镇'];
const DESIGNATIONS = { ...pairs(MODEL_WORDS, UNITS, 'Honor'), ...pairs(['示范'], ['基地'], 'Honor') };
/** What closes a designation after a level word (省级…示范单位): a model word on a unit, a base included. */
export const HONOUR_UNITS = Object.keys(pairs(MODEL_WORDS, [...UNITS, '基地'], 'Honor'));
/** A 工程 for people (人才, 民生) is a programme; one built of concrete is a project. */
const PROGRAMME_WORKS = pairs(['人才', '民生', '惠民', '育人', '素质', '品牌', '铸魂'], ['工程'], 'Strategy');
/** Centres: research and technical ones are bodies, innovation or industry centres a company builds are projects, the rest buildings. */
const CENTRES = {
  ...pairs(['研究', '研发', '技术', '检测', '检验', '指挥', '实践', '媒体', '数据', '调度', '孵化', '技术创新', '工程技术'], ['中心'], 'Organization'),
  ...pairs(['创新', '赋能', '产业'], ['中心'], 'Project'),
  // a centre that serves people or firms (人才, 企业, 招商, 金融) or develops a profession is a body; one that
  // serves a neighbourhood (卫生, 便民, 养老, 党群) is a building, the default
  ...pairs(['人才服务', '企业服务', '招商服务', '金融服务', '管理服务', '资产服务', '科创', '发展'], ['中心'], 'Organization'),
  // an engineering centre and a public exchange are bodies too
  ...pairs(['工程', '交易'], ['中心'], 'Organization'),
};

/** Commissions and offices printed by their short forms: the level printed before one (省, 市, 区委) is name enough. */
const SHORT_FORM_BODIES = new Set(['发改委', '卫健委', '卫生健康委', '工信委', '经信委', '住建委', '国资委', '政法委', '新闻办', '改革办', '外宣办', '信访办', '文明办', '网信办', '金融办', '督查办']);

/** suffix → type; the longest suffix that ends a candidate decides (育才工程 before 工程). */
export const SUFFIX_TYPES: Record<string, EntityLabel> = {
  ...DESIGNATIONS,
  ...PROGRAMME_WORKS,
  ...CENTRES,
  // zones a district is divided into (…功能区, 中央商务区, 临空产业区) and territories it manages or protects are areas
  // …and belts (某江风光带, 某某示范带), pilot zones, old towns
  风光带: 'Area', 示范带: 'Area', 先导区: 'Area', 古城: 'Area',
  // a themed town a district builds (某某小镇) and a forest farm are parks, like a development zone
  小镇: 'Park', 林场: 'Park',
  功能区: 'Area', 商务区: 'Area', 产业区: 'Area', 管理区: 'Area', 保护区: 'Area', 合作区: 'Park', 度假区: 'Park',
  集聚区: 'Area', 起步区: 'Area', 片区: 'Area', 街区: 'Area', 社区: 'Area', 小区: 'Area', 新城: 'Area', 科创带: 'Area', 街道: 'Area', 开发区: 'Area', 高新区: 'Area', 工业园区: 'Park', 科创港: 'Park', 数据谷: 'Park', 纪念园: 'Park', 港区: 'Facility', 渔港: 'Facility', 口岸: 'Facility', 高速: 'Facility', 电站: 'Facility', 立交桥: 'Facility', 智造港: 'Park', 经济区: 'Park', 工业区: 'Park', 科技城: 'Park', 软件城: 'Park', 新区: 'Area',
  风景名胜区: 'Park', 风景区: 'Park', 景区: 'Park', 产业园: 'Park', 科技园: 'Park', 软件园: 'Park', 工业园: 'Park', 创意园: 'Park', 科创园: 'Park', 物流园: 'Park', 基地: 'Park', 公园: 'Park', 乐园: 'Park', 孵化器: 'Park', 工场: 'Park', 科创城: 'Park',
  项目: 'Project', 工程: 'Project', 综合体: 'Project',
  战略: 'Strategy', 理念: 'Strategy', 体系: 'Strategy', 改革: 'Strategy', 行动: 'Strategy', 机制: 'Strategy', 制度: 'Strategy',
  规划: 'Strategy', 思想: 'Strategy', 格局: 'Strategy', 政策: 'Strategy',
  集团: 'Enterprise', 公司: 'Enterprise', 分公司: 'Enterprise', 总部: 'Enterprise', 银行: 'Enterprise',
  研究院: 'Organization', 研究所: 'Organization', 大学: 'Organization', 学院: 'Organization', 委员会: 'Organization', 实验室: 'Organization',
  平台: 'Organization', 共同体: 'Organization', 协会: 'Organization', 商会: 'Organization', 管委会: 'Organization', 人民政府: 'Organization', 区政府: 'Organization', 市政府: 'Organization', 县政府: 'Organization',
  局: 'Organization', 厅: 'Organization', 办事处: 'Organization', 教育集团: 'Organization', 医疗集团: 'Organization', 办公室: 'Organization', 组织部: 'Organization', 宣传部: 'Organization', 统战部: 'Organization',
  // a fund is a body that invests (某区人才创投基金, 某某产业基金)
  基金: 'Organization',
  // commissions and offices printed by their short forms (某市发改委, 某市卫生健康委, 某区委政法委, 某市政府新闻办, 某省委改革办):
  // a closed class of a government's and a party committee's bodies, each one body of the level printed before it
  ...Object.fromEntries([...SHORT_FORM_BODIES].map((b) => [b, 'Organization' as const])),
  // command posts, brigades, associations and clubs are bodies; works, stations and ports are facilities
  指挥部: 'Organization', 救援大队: 'Organization', 促进会: 'Organization', 俱乐部: 'Organization', 联合会: 'Organization', 联谊会: 'Organization',
  // …and so are societies by their heads (某区红十字会, 某某基金会; charities and unions below); a law or accounting
  // firm (…事务所) is a firm
  红十字会: 'Organization', 基金会: 'Organization', 事务所: 'Enterprise',
  // a research base is a body that studies (某某研究基地), not a park
  研究基地: 'Organization',
  试验站: 'Facility', 处理厂: 'Facility', 国际机场: 'Facility',
  // the closed class of public institutions by their head (a police station, an archive, a notary's or registry office, a
  // fire brigade and its district unit, a union, a charity federation and its branches, a university's faculty and Youth
  // League committee, a team sent by a body): each names one body; a law firm is a registered partnership, like a firm
  派出所: 'Organization', 档案馆: 'Organization', 公证处: 'Organization', 登记处: 'Organization', 救援支队: 'Organization', 支队: 'Organization',
  工会: 'Organization', 总工会: 'Organization', 总会: 'Organization', 分会: 'Organization', 学部: 'Organization', 团委: 'Organization',
  服务队: 'Organization', 代表队: 'Organization', 律师事务所: 'Enterprise', 大队: 'Organization',
  // …and a bureau's or a district's division (某局某某处, 某区婚姻登记处), held to its parent printed before it (specificEnough)
  处: 'Organization',
  // the closed class of a district's state bodies, co-operatives and bank branches: heads that name one body (a
  // co-operative is a registered economic unit, like a firm; a union of them, 联合社, a body)
  人民法院: 'Organization', 人民检察院: 'Organization', 人大常委会: 'Organization', 政协: 'Organization', 合作社: 'Enterprise', 联合社: 'Organization',
  分行: 'Enterprise', 支行: 'Enterprise',
  // zones, hospitals' kinds, bridges and museums by their head
  集中区: 'Park', 科创谷: 'Park', 保税区: 'Park',
  保健院: 'Facility', 妇幼保健院: 'Facility', 博物院: 'Facility', 特大桥: 'Facility', 大桥: 'Facility',
  // events by their kind: a consultation, a ride or race, a show
  协商会: 'Event', 骑行赛: 'Event', 马拉松: 'Event', 特展: 'Event',
  奖: 'Honor', 奖章: 'Honor', 勋章: 'Honor',
  // a centre that does a public body's work (promotes investment, guides, mediates, trades) is a body
  促进中心: 'Organization', 指导中心: 'Organization', 调解中心: 'Organization', 交易中心: 'Organization',
  中心: 'Facility', 大厦: 'Facility', 路: 'Facility', 大道: 'Facility', 大街: 'Facility', 街: 'Facility', 号线: 'Facility', 广场: 'Facility', 大楼: 'Facility', 旧址: 'Facility',
  医院: 'Facility', 卫生院: 'Facility', 院区: 'Facility', 学校: 'Facility', 中学: 'Facility', 小学: 'Facility', 幼儿园: 'Facility', 校区: 'Facility', 分校: 'Facility',
  展示馆: 'Facility', 博物馆: 'Facility', 图书馆: 'Facility', 体育馆: 'Facility', 科技馆: 'Facility', 纪念馆: 'Facility', 服务站: 'Facility', 商圈: 'Facility', 教堂: 'Facility',
  文化节: 'Event', 旅游节: 'Event', 艺术节: 'Event', 音乐节: 'Event', 美食节: 'Event', 推介会: 'Event', 研讨会: 'Event', 发布会: 'Event',
  洽谈会: 'Event', 交易会: 'Event', 展览会: 'Event', 运动会: 'Event', 峰会: 'Event', 大赛: 'Event', 大会: 'Event', 博览会: 'Event', 论坛: 'Event',
  // …and occasions by a head the segmenter keeps as one word: a festival of a field, a fair, a contest, a walk (not a 市集 or 音乐会: the sets list those only when named)
  科技节: 'Event', 读书节: 'Event', 体育节: 'Event', 电影节: 'Event', 购物节: 'Event', 啤酒节: 'Event', 灯会: 'Event', 庙会: 'Event',
  挑战赛: 'Event', 健步走: 'Event', 展演周: 'Event', 研学季: 'Event', 文化周: 'Event',
  邀请赛: 'Event', 锦标赛: 'Event', 公开赛: 'Event', 展销会: 'Event', 演练: 'Event', 联赛: 'Event', 阅读季: 'Event', 宣传月: 'Event', 宣传周: 'Event',
  两会: 'Event', 活动: 'Event', 消费季: 'Event', 招聘会: 'Event', 推进会: 'Event', 对接会: 'Event', 交流会: 'Event', 工作会议: 'Event',
  ...Object.fromEntries(lexicon().campaigns.map((c) => [c, 'Event' as const])),
  产业: 'Industry', 农业: 'Industry', 服务业: 'Industry', 制造业: 'Industry', 金融业: 'Industry',
};
/** A capacity or scale (13万吨, 1200万米, 5万锭, 2×300MW): what opens or fills a project's name, and follows its owner's. */
export const CAPACITY = /\d+(?:\.\d+)?[万亿]?(?:千瓦时|千瓦|千伏|兆瓦|吨|平方米|立方米|米|锭|台|套|件|辆|头|张|床)|\d+\s*[×xX]\s*\d|\d+(?:MW|GW|kW|KW|kV|MWh|GWh)/;

/** What follows the place a report is filed from (某网某地3月22日讯, 记者 某某 某地报道): the dateline's end. */
export const DATELINE = /^(?:\d{1,2}月\d{1,2}日)?讯|^报道/;

/**
 * A development zone (某某经济技术开发区, 某某高新区, and 高新区 or 经开区 printed again for it) is a Park, whatever proposed it as an
 * area: every set annotated since unseen/ and both readers of the real pages list it so (eval-texts/README.md), as
 * they do the parks built in it. A zone's level and kind (国家级高新区, 某级开发区) is a designation a place holds or
 * aims for, and stays what it was.
 */
export function zoneType(name: string, type: EntityLabel): EntityLabel {
  return type === 'Area' && /(?:开发区|高新区|经开区)$/.test(name) && !/^(?:国家级|省级|市级|全国|各|该)(?:经济(?:技术)?|高新(?:技术(?:产业)?)?)?(?:开发区|高新区)$/.test(name) ? 'Park' : type;
}
const SUFFIXES = Object.keys(SUFFIX_TYPES).sort((a, b) => b.length - a.length);

/** Modifiers that make a phrase generic rather than a name (重大工程, 支柱行业). */
export const GENERIC = /周边|老旧|历史|文化|[省市区]级以上|[省市区县]级|全部|所有|部分|优秀|宜居|精品|农村|新兴|主导|优势|重点|特色|支柱|战略性|传统|现代|相关|配套|各类|主要|一批|系列|全区|全市|以上|其他|新|大|各|该|此|本|上述|两|三|四|五|六|多|个|家|类|项/g;

const STOP_WORDS = new Set([
  // 暨 joins two names (…首发式暨…开馆仪式): a name other than an event's never runs left past it
  '暨',
  '等', '是', '为', '有', '及', '和', '与', '了', '着', '其中', '包括', '共', '共计', '成为', '作为', '实现', '位于', '获评', '荣获',
  '荣膺', '入选', '列入', '纳入', '被', '将', '把', '由', '在', '对', '向', '从', '以', '的', '之', '也', '还', '并', '又', '都', '均', '距', '前往',
  // an office held (现任公司董事长) opens the office, never a firm's name
  '现任', '曾任', '原任',
  // verbs of policy prose jieba does not know (做强/x): what follows them is their object
  '做强', '做大', '做优', '做精', '做实',
]);
/** Whether a word is only generic modifiers (重点, 新建): it names a kind, not one thing. */
export const isGeneric = (word: string): boolean => word.replace(GENERIC, '').length === 0;

/** What works do to a site (改造, 修复, 清淤…): they sit inside a works' name (某河生态修复工程, 某码头扩能工程). */
export const WORKS_VERBS = ['完善', '改造', '修复', '提升', '提质', '治理', '整治', '清淤', '加固', '扩能', '扩容', '扩建', '改建', '新建', '建设', '配套', '防洪', '排涝', '分流', '疏浚', '绿化', '亮化', '升级', '保护', '护岸', '整修', '修缮'];
/** Verbs that often sit inside names (数字创意产业园, 托育服务中心, 贯通项目): growth passes over them. */
const NOMINAL_VERBS = new Set([
  ...WORKS_VERBS.filter((v) => v !== '新建'),
  '创意', '服务', '建设', '改造', '养老', '孵化', '创新', '创业', '发展', '研发', '设计', '示范', '融合', '提升', '整治', '治理', '照料',
  '展示', '运行', '指挥', '实践', '保护', '协作', '办学', '培育', '引育', '转换', '更新', '应用', '评估', '测评', '推广', '签约', '推介',
  '集聚', '加装', '无', '带', '促进', '保障', '管理', '监管', '执法', '审批', '移动', '教育', '振兴', '增值', '定制', '带货', '打印', '观光', '运动', '康养', '制造', '投资', '节水',
  '安置', '赋能', '停车', '充电', '计算', '成长', '种植', '储能', '发电', '供热', '供暖', '供水', '供电', '健身', '检测', '检验', '认证', '计量', '托育', '医疗', '卫生',
]);
/**
 * Verbs that govern a name and function words that point at one (落户X, 助推X, 总投资…建设X, 该X):
 * whatever tag jieba gives them (it tags 落户 a noun), they are trimmed from the front of a name,
 * and those that never sit inside a name (all but the NOMINAL_VERBS 建设, 签约, 赋能…) end growth.
 */
export const GOVERNING = new Set([
  '落户', '入驻', '位于', '坐落', '建设', '新建', '助推', '助力', '赋能', '引进', '引入', '招引', '推进', '推动', '打造', '实施', '加快', '启动',
  '开工', '签约', '完成', '总投资', '计划投资', '提高', '强力', '支撑', '布局', '该', '这个', '此',
  // striving for a date opens a clause (力争明年…开工), whatever jieba tags it
  '力争',
  // winning or striving for a designation (创成/争创 + 某某示范区): what follows is the designation, whatever jieba tags the verb
  '创成', '争创',
]);
/** Leading words that are never part of a name. */
const TRIM_WORDS = new Set([...GOVERNING, '处', '个', '家', '项', '座', '所', '条', '批', '名', '位', '种', '高水平', '新', '全力', '全面', '积极', '加快', '大力', '持续', '进一步', '深入', '着力', '重点', '稳妥', '高效', '高质量', '扎实', '有序', '加速', '成功', '正式', '全新', '首个', '唯一']);

export const isPunct = (t: Token) => /^[\s，。、；：！？（）()《》,.;:!?…—\-“”]+$/.test(t.word) && t.word !== '“' && t.word !== '”';
const COUNT = /^(?:[\d.]+[个家处项所批条座名位大]?|[一二三四五六七八九十两几多]+[个家处项所批条座大]|每[个家处项所批条座名位]?)$/;
/** Units of amounts and dates (亿元, 万吨, %, 年): a name never runs on across a figure. */
const UNIT = /^[\d.]*(?:[十百千万亿]+元|[十百千万亿]*(?:美元|平方米|平米|平方公里|亩|公里)|[万亿]|[%％]|[年月日]|年度)$/;
/** An ordinal inside a name (第五人民医院, 第二建设, 第三届…节) is part of it, not a count. */
const ORDINAL = /^第[一二三四五六七八九十百\d]+[届次期]?$/;
const isQuantity = (t: Token) =>
  !ORDINAL.test(t.word) &&
  (COUNT.test(t.word) || t.tag === 'q' || t.tag === 'mq' || (/^(m|t)$/.test(t.tag) && UNIT.test(t.word)) || (t.tag === 'm' && !/期$/.test(t.word) && /\d|[一二三四五六七八九十两几多]/.test(t.word)));
const FUNCTION_TAGS = /^(p|c|u.*|r|y|e|o|d|vd|ad|zg)$/;

/** Boundary clauses (东至…, 西至…, 北起…, 南接…) and their 至: a road after them is a name, the direction is not. */
const BOUNDARY = /^(?:[东西南北]?至|[东西南北](?:起|接|到|连|抵)|[东西南北]侧|以[东西南北])$/;

/** Role nouns that name a party to a deal and introduce who plays it (投资建设方, 承建单位, 开发商): never inside a name. */
export const ROLE_NOUN = /^(?:方|[甲乙丙]方|双方|各方|[\u4e00-\u9fa5]{0,4}(?:建设|投资|合作|承建|运营|施工|主办|承办|协办|出资)方|业主|[\u4e00-\u9fa5]{0,2}(?:运营|开发|供应|承建)商)$/;

/** A fund named only by its kind (天使基金, 风投基金) is a kind of finance, not a body: a fund is named by its owner or place too. */
export const fundKind = (name: string) => /^[\u4e00-\u9fa5]{0,4}基金$/.test(name);

/** A token that ends leftward growth. */
export function stopsGrowth(t: Token): boolean {
  // jieba glues a preposition to the level word before it (某区/区以/…): the clause turns there
  if (t.tag === 'x' && /^[区县市镇省][以在由对向从为将把被与和及]$/.test(t.word)) return true;
  if (isPunct(t) || ROLE_NOUN.test(t.word) || BOUNDARY.test(t.word) || STOP_WORDS.has(t.word) || isQuantity(t)) return true;
  // a time word (去年, 去年同期, 当天) opens a clause, never a place's or body's name
  if (TIME_OR_SCOPE.test(t.word) || /^(?:去年同期|同期|当天|当日)$/.test(t.word)) return true;
  // a party committee's 委 sits inside a body's name (某区委组织部) whatever jieba tags it
  if (t.word === '委') return false;
  // a word that sits inside names passes whatever jieba tags it (更新 as an adverb in 街区更新项目), and so does a phase (一期/d)
  if (NOMINAL_VERBS.has(t.word) || /^[一二三四五六七八九十]期$/.test(t.word)) return false;
  return FUNCTION_TAGS.test(t.tag) || t.tag === 'v' || GOVERNING.has(t.word);
}

/** A numeral naming a village, river or bridge (四里村, 七里河, 八里桥): jieba tags it a number, it is a place's stem. */
function numberedPlace(tokens: Token[], i: number): boolean {
  // (and a numbered new village or interchange: 二七新村, 八一立交桥)
  return /^[一二三四五六七八九十百千]+里?$/.test(tokens[i].word) && /^(?:[村庄河桥铺堡湾屯营山]|新村|立交)/.test(tokens[i + 1]?.word ?? '');
}

/** Result complements jieba splits off their verb (做/强, 开展/好): they end the verb, never open a name. */
const COMPLEMENTS = new Set(['好', '强', '优', '实', '牢', '足', '活', '细']);

/** Time and scope words open a clause, never a name (今年全县…水利项目). */
const TIME_OR_SCOPE = /^(?:今年|去年|明年|当年|本年|近年|目前|上午|下午|中午|晚上|凌晨|日前|近日)$/;

/** A token that may not open a name. */
export function trimmable(t: Token, next?: Token): boolean {
  // a verb before a one-character place word is the stem of a street's or village's name (振兴街, 建设路)
  if (/^v/.test(t.tag) && next && next.word.length === 1 && /^[街路巷村庄桥里区县镇]$/.test(next.word) && !GOVERNING.has(t.word)) return false;
  // 新时代 is one fixed word jieba splits (新/时代): its 新 opens names (新时代青年创业中心)
  if (t.word === '新' && next && /^(?:时代|能源|材料|一代|型|兴)/.test(next.word)) return false;
  return /^(v|vn|vd|d|p|c|u.*|r|q|y|zg)$/.test(t.tag) || TIME_OR_SCOPE.test(t.word) || (t.tag === 'a' && COMPLEMENTS.has(t.word)) || isQuantity(t) || TRIM_WORDS.has(t.word) || STOP_WORDS.has(t.word);
}

/** Index of the token containing each character, for moving between characters and tokens. */
export function tokenIndex(text: string, tokens: Token[]): Int32Array {
  const at = new Int32Array(text.length).fill(-1);
  tokens.forEach((t, i) => at.fill(i, t.start, t.end));
  return at;
}

/**
 * Grow a name leftward from token `from` (exclusive) to at most `maxChars` characters; quoted
 * stretches (“花溪谷”) are taken whole. Returns the start offset of the grown name.
 */
export function growLeft(text: string, tokens: Token[], from: number, end: number, maxChars = 22, allow: (i: number) => boolean = () => false): number {
  let first = from + 1;
  let quoted = false;
  for (let i = from; i >= 0; i--) {
    const t = tokens[i];
    // before a quoted stretch only a noun-like owner continues the name (蓝鲸科技“云·数”…中心);
    // 开展好“…”活动 or 2021年“…”大会 end at the quote
    // (a body before the quote is the author of what it names, 某区检察院“某某”专项行动, and a report of it, 通报“…”, is a clause)
    if (quoted && (!/^(n[a-z]*|eng|j|x)$/.test(t.tag) || GOVERNING.has(t.word) || /(?:[院局委部厅处]|办公室)$/.test(t.word) || /^(?:通报|部署|总结)$/.test(t.word))) break;
    if (t.word === '”') {
      const open = text.lastIndexOf('“', t.start);
      if (open < 0 || t.start - open > 16 || /[，。；！？\n,;]/.test(text.slice(open, t.start))) break;
      while (i > 0 && tokens[i].start > open) i--;
      if (tokens[i].start !== open || end - open > maxChars) break;
      first = i;
      quoted = true;
      continue;
    }
    // a short place in brackets is printed inside names (京东（济南）物流园, 中国（济阳）…博览会)
    if ((t.word === '）' || t.word === ')') && i > 1) {
      const open = text.lastIndexOf(t.word === '）' ? '（' : '(', t.start);
      if (open >= 0 && /^[（(][\u4e00-\u9fa5]{2,4}[）)]$/.test(text.slice(open, t.end)) && end - open <= maxChars) {
        while (i > 0 && tokens[i].start > open) i--;
        // the brand or place before the bracket owns it, and the name starts there
        const owner = tokens[i - 1];
        if (tokens[i].start === open && owner && !stopsGrowth(owner) && /^(?:n[a-z]*|j|x|eng)$/.test(owner.tag) && end - owner.start <= maxChars)
          // …and an edition before it (第二届中国（济阳）…博览会) too
          first = i > 1 && ((ORDINAL.test(tokens[i - 2].word) && /届$/.test(tokens[i - 2].word)) || /^(?:19|20)\d{2}年?$/.test(tokens[i - 2].word)) ? i - 2 : i - 1;
      }
      break;
    }
    // an opening quote here means the name sits inside quotes: the quote is not part of it
    if (t.word === '“' || (stopsGrowth(t) && !allow(i) && !numberedPlace(tokens, i) && !(i > 0 && numberedPlace(tokens, i - 1))) || end - t.start > maxChars) break;
    first = i;
  }
  while (first <= from && trimmable(tokens[first], tokens[first + 1]) && tokens[first].word !== '“' && !numberedPlace(tokens, first)) first++;
  return first <= from ? tokens[first].start : end;
}

/** Adverbs of manner that open a verb phrase (全力推动, 统筹谋划, 扎实开展). */
const MANNER = ['配套', '广泛', '全面', '深入', '认真', '积极', '加快', '有序', '稳妥', '大力', '持续', '着力', '扎实', '全力', '努力', '高水平', '进一步'];
/** Verbs that govern a name: what precedes a name in a clause, never part of it. */
const GOVERNING_VERBS = [
  '畅通', '打通', '贯通', '拓宽', '提高', '总投资', '落户', '入驻', '位于', '助推', '助力', '招引', '开工', '强力', '开展', '实施', '推进', '加快',
  '建设', '打造', '组建', '举办', '构建', '健全', '完善', '落实', '新建', '策划', '储备', '深化', '引进', '引入', '聚焦', '依托', '围绕', '推动',
  '培育', '壮大', '突破', '启动', '谋划', '布局', '发展', '完成', '申报', '融入', '贯彻', '树立', '选举', '产生', '赋能', '拓展', '探索', '强化',
  '提升', '优化', '加强', '支持', '创建', '争创', '创成', '深挖', '这个', '该', '规划建设', '分流', '容纳', '投用', '新投用', '委托', '会同',
];
/** Governing verbs, their adverbs, ranking words (首家) and result verbs (提质增效) that jieba sometimes glues into one token with what follows. */
const LEADING = new RegExp(
  `^(?:(?:全国|全省|全市|全区)?首[家个批]|做[大优强]|[东西南北]至|${[...MANNER, ...GOVERNING_VERBS].sort((a, b) => b.length - a.length).join('|')})+`,
);

/** Strip leading verbs from a grown name; returns the new start. */
export function trimLeadingVerbs(text: string, start: number, end: number): number {
  const m = LEADING.exec(text.slice(start, end));
  return m ? start + m[0].length : start;
}

/**
 * Trim the front of a name until nothing more comes off: whole tokens that may not open a name,
 * then verbs glued to what follows, again and again (落户该X, 总投资…建设X, 全面激活X).
 */
export function trimName(text: string, tokens: Token[], at: Int32Array, start: number, end: number): number {
  for (let before = -1; before !== start && start < end; ) {
    before = start;
    const t = tokens[at[start]];
    if (t && t.start === start && t.end < end && trimmable(t, tokens[at[start] + 1]) && t.word !== '“' && !numberedPlace(tokens, at[start])) start = t.end;
    start = trimLeadingVerbs(text, start, end);
    // jieba glues a preposition to an unknown word after it (以县/人民医院): the preposition comes off
    const u = tokens[at[start]];
    if (u && u.start === start && u.tag === 'x' && u.word.length >= 2 && /^[以在由对向从为将把被与和及]/.test(u.word) && start + 1 < end) start += 1;
    // a closing quote or bracket is the end of what came before, and 区内/辖区内 (within the district) a locative,
    // never a name's first word: 辖区内…中心, ”…有限公司
    // nor is 年度, the tail of a date (2025年度省级…中心), nor 辖区 (the area under a body, 为辖区某某社区…) bare
    const edge = /^(?:[”’」』）)]+|(?:辖区|园区|片区|区|县|市|镇|境)内|辖区|年度)/.exec(text.slice(start, end))?.[0];
    if (edge && start + edge.length < end) start += edge.length;
  }
  return start;
}

/** Words ending in a suffix character that are not that kind of name (思路 and 出路 are no roads). */
const NOT_A_SUFFIX = /(?:思路|道路|出路|新路|门路|线路|套路|销路|电路|回路|之路|活路|后路|布局|大局|全局|开局|结局|变局|当局|新局|街头|开街|上街|逛街|沿街|临街|中小学|[获颁领评得]奖|[客餐大展门舞歌]厅)$/;

export function suffixOf(name: string): string | undefined {
  if (NOT_A_SUFFIX.test(name)) return undefined;
  return SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
}

/** The name-specific part of a candidate is long enough and not just generic modifiers. */
const ROADS = /^(?:路|大道|大街|街|巷)$/;
export function specificEnough(name: string, suffix: string): boolean {
  const core = name.slice(0, name.length - suffix.length).replace(/[“”]/g, '');
  // a division (…处) is named under its parent: a place or a body printed right before its few words (某市某某局燃气管理处,
  // 某海关综合业务处); 交汇处, 多处, 此处 are no bodies, nor 处处 (jieba glues the 处 of 处长 to the head)
  if (suffix === '处') return /(?:[省市区县]|局|厅|海关|委)[\u4e00-\u9fa5]{2,6}处$/.test(name) && !/(?:交汇|交叉|交界|结合|连接|衔接|接合|之|住|此|到|好|难|用|益|深|高|远|近|各|多|出|相|共|去|落脚|办事|处)处$/.test(name);
  // (a commission or office by its short form is one body of the level printed before it: 省发改委, 市政府新闻办)
  if (SHORT_FORM_BODIES.has(suffix)) return core.length >= 1 && !/[，。；：！？,;:]/.test(name);
  // 平台 closes plain descriptions (研发平台, 数据平台): a two-character field is no platform's name
  if (suffix === '平台' && core.length < 3) return false;
  // streets are named with plain words (文化东路, 大学路): any two characters name one
  if (ROADS.test(suffix)) return core.length >= 2 && !/^[\d一二三四五六七八九十两几多各]+[条个处座段]?$/.test(core) && !/[，。；：！？,;:]/.test(name);
  // a class of projects named by a place and what kind they are (某市招商引资项目, 某市续建项目, 某地投资项目) is no project
  const unclassed = core.replace(PROJECT_CLASS, '');
  if ((suffix === '项目' || suffix === '工程') && unclassed !== core && /^(?:[\u4e00-\u9fa5]{1,4}[省市区县]|[\u4e00-\u9fa5]{2})?$/.test(unclassed.replace(GENERIC, ''))) return false;
  return core.length >= 2 && core.replace(GENERIC, '').length >= 2 && !/[，。；：！？,;:]/.test(name);
}
/** Words that sort projects into classes (招商引资, 续建, 签约, 工业): with a place, they name a list of projects, not one. */
const PROJECT_CLASS = /招商引资|招商|引资|续建|新建|在建|新开工|开工|竣工|签约|投资|工业|重大|民生|产业化/g;

/** Host verbs: an event's name never runs left past the verb that holds it (举办…大会). */
const HOSTING = /^(?:举办|举行|召开|开展|承办|主办|开幕|启动|参加|出席|组织|迎来)$/;

/** A field named by a noun and the verb of what it does (智能/n 感知/v, 边缘/n 计算/v): a noun inside a body's name. */
const fieldVerb = (tokens: Token[], i: number) => tokens[i]?.tag === 'v' && !GOVERNING.has(tokens[i].word) && !STOP_WORDS.has(tokens[i].word) && tokens[i - 1]?.tag === 'n';

/**
 * Tokens a name of this type passes that would end any other: 和 between two nouns of a body's name
 * (文化和旅游局, 自然资源和规划局); in an event's name its year (2025年), the 暨 joining its two halves
 * and the verbs of a ceremony (集中签约暨…推介会).
 */
function passes(tokens: Token[], i: number, type: EntityLabel): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  // 联合 right before a body's head (…联合实验室, …联合研究院, …联合创新中心) says who runs it, jointly: part of the name
  // (after the kinds of its partners alone, 校地联合实验室, 校企联合研究院, it names a kind of body)
  if (t.word === '联合' && type === 'Organization' && SUFFIX_TYPES[tokens[i + 1]?.word ?? ''] === 'Organization') return !/^(?:校地|校企|政企|院地|院企|政校|校院|产学研)$/.test(before?.word ?? '');
  // a dash between two places (中国—东盟…对接会, …工程) joins the partners an event or a project is about
  // (…and a dash or 与 between two roads, 某某大道与某环互通立交改造工程, 某路—某路交通…工程, the crossing or the stretch the works are on)
  const road = (x?: Token) => !!x && /(?:路|大道|大街|街|[一二三四五六七八九十内中外北南东西]环)$/.test(x.word) && /^(?:n[a-z]*|x)$/.test(x.tag);
  if (type === 'Project' && /^[—－与]$/.test(t.word) && road(before) && road(tokens[i + 1])) return true;
  if ((type === 'Event' || type === 'Project') && /^[—－]$/.test(t.word)) return /^(?:ns|j|nt)$/.test(before?.tag ?? '') && /^(?:ns|j|nt)$/.test(tokens[i + 1]?.tag ?? '');
  // …but not between two whole names (…大学和…大学, …中心和…中心): the left one already ends in a head
  // a field named by a noun and its verb (智能/n 诊疗/v 装备…, 智能/n 感知/v 技术创新…) inside a body's name, a noun after it too
  // (not a verb between two bodies, 某协会评为…, 某局联合某局, 某大学共建…: the noun before it is a whole name there; nor before
  // a 平台, a head that closes plain descriptions, 远程会诊平台)
  if (type === 'Organization' && fieldVerb(tokens, i) && /^(?:n|l|nz)$/.test(tokens[i + 1]?.tag ?? '') && !HOSTING.test(t.word) && !/^(?:评为|联合|共建|合作|携手|牵头|指导|组织|对接|共享)$/.test(t.word) && !suffixOf(before?.word ?? '') && !SUFFIX_TYPES[before?.word ?? ''] && !tokens.slice(i + 1, i + 8).some((x) => /平台$/.test(x.word))) return true;
  // (the verb of a field before 与, 智能感知与…, is passed with it: the 与 decides below)
  // (与 or 及 only: 和 after a verb joins two kinds, 社会组织和社区…, 结算和数据服务)
  if ((type === 'Organization' || type === 'Honor') && fieldVerb(tokens, i) && /^[与及]$/.test(tokens[i + 1]?.word ?? '') && passes(tokens, i + 1, type)) return true;
  if (type === 'Organization' || type === 'Honor')
    // (与/及 join them too, 教育与心理科学学院, 精密测试技术及仪器…实验室; jieba tags the second noun l, s or nz at times, and a
    // short field glued to the head, 法学院, nt: a whole institution after 与, 某某体育学院, is a partner, not half a name)
    // (never between a place and a body, 某区与某大学: partners, not one name)
    return (
      /^[和与及]$/.test(t.word) && !!before && (/^(?:n[a-z]*|vn)$/.test(before.tag) || (t.word !== '和' && fieldVerb(tokens, i - 1))) && !/^(?:ns|nr[a-z]*)$/.test(before.tag) && (/^(?:n|vn|l|s|nz)$/.test(tokens[i + 1]?.tag ?? '') || (tokens[i + 1]?.tag === 'nt' && tokens[i + 1].word.length <= 3)) &&
      !suffixOf(before.word) && !SUFFIX_TYPES[before.word] && !/[区市县省镇室园站馆]$/.test(before.word)
    );
  if (type !== 'Event') return false;
  // (a year printed bare before an edition's name, 2025中国…博览会, too)
  if (t.word === '暨' || (t.word === '年' && /^\d{4}$/.test(before?.word ?? '')) || /^(?:19|20)\d{2}$/.test(t.word) || /^\d{4}年$/.test(t.word)) return true;
  // a verb belongs to the first half of a name joined by 暨 (…集中签约暨…推介会), not to a plain one
  return /^v/.test(t.tag) && !HOSTING.test(t.word) && !GOVERNING.has(t.word) && !STOP_WORDS.has(t.word) && tokens.slice(i + 1, i + 8).some((x) => x.word === '暨');
}

export function suffixCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  const at = tokenIndex(text, tokens);
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    const next = tokens[ti + 1];
    // a suffix ends a token; 中心城区 or 项目施工 continue the word and are not names
    // jieba glues a body's head to the office after it (政协主席, 党工委书记): the head ends where the office starts
    const office = /^(.+?)副?(?:主席|书记|主任)$/.exec(t.word)?.[1];
    // …and glues a preposition to an unknown head (某某消费季在/x 某地): the name ends before it
    const glued = t.tag === 'x' && /^[\u4e00-\u9fa5]+[在于]$/.test(t.word) ? t.word.slice(0, -1) : undefined;
    const head = office && SUFFIX_TYPES[office] === 'Organization' ? office : glued;
    for (const suffix of SUFFIXES) {
      const end = head ? t.start + head.length : t.end;
      // jieba may split a long suffix (先锋/城区, 学习/教育): it then starts a token of its own
      const si = (head ?? t.word).endsWith(suffix) ? ti : text.endsWith(suffix, end) && suffix.length >= 3 ? at[end - suffix.length] : -1;
      if (si < 0 || (si !== ti && tokens[si].start !== end - suffix.length)) continue;
      if (next && SUFFIX_TYPES[next.word] === undefined && /^(?:城区|地区)$/.test(next.word)) break;
      // 思路 is no road; 经十一路延长线 runs on past the road's name; a name after 暨 has its first half before it
      if (NOT_A_SUFFIX.test(t.word) || (suffix === '路' && next && /^(?:延长线|[东西南北中]?段)/.test(next.word))) break;
      // a verb of holding glued to its object (召开大会, 举办论坛) is a clause, not a name's head
      if (t.word !== suffix && /^v/.test(t.tag) && HOSTING.test(t.word.slice(0, 2))) break;
      // what is carried into a community (某某宣传进社区, 优质课程进小区) is an activity's slogan: the unit after 进 is no place's name
      if (SUFFIX_TYPES[suffix] === 'Area' && text[end - suffix.length - 1] === '进') break;
      // the suffix token may already carry part of the name (蓝鲸网产业园 as one word)
      const type = SUFFIX_TYPES[suffix];
      const grown = growLeft(text, tokens, si - 1, end, type === 'Event' ? 32 : 22, (i) => passes(tokens, i, type));
      let realStart = trimName(text, tokens, at, grown === end ? tokens[si].start : grown, end);
      // a registered company that signs or builds (某有限公司签约X项目) is the clause's subject: the name starts after its verb
      const firm = /^.*有限(?:责任)?公司/.exec(text.slice(realStart, end))?.[0];
      if (firm && GOVERNING.has(tokens[at[realStart + firm.length]]?.word ?? '')) realStart = trimName(text, tokens, at, realStart + firm.length, end);
      // a field is named by what it makes or serves: a verb that governs it, caught inside what grew before 产业 (聚力培育产业矩阵,
      // 系统提升产业能级 in real news), is the clause's, and the field starts after it
      if (type === 'Industry') for (let k = at[realStart]; k < si; k++) if (GOVERNING.has(tokens[k].word) || GOVERNING_VERBS.includes(tokens[k].word)) realStart = tokens[k].end;
      // a district's works of one year (某区2026年老旧…改造工程, 某区2027年第一批…项目) are named with the district and the
      // year: growth stopped at the figure (年 left opening the name, or a batch); a class of projects (重点…, 重大…) is no name
      const yearly = type === 'Project' ? /[\u4e00-\u9fa5]{1,3}[区县]\d{4}年(?:第[一二三四五六七八九十]批)?$/.exec(text.slice(Math.max(0, realStart - 16), text[realStart] === '年' ? realStart + 1 : realStart)) : null;
      if (yearly && !/重点|重大|招商|签约|开工|[省市区县]级/.test(text.slice(realStart, end))) realStart = (text[realStart] === '年' ? realStart + 1 : realStart) - yearly[0].length;
      const name = text.slice(realStart, end);
      // a registered company inside (…有限公司研发总部) is the company's name, the company rule's to find
      // (…but a project printed with the firm that builds it opening its name, 某某有限公司某某中心项目, is named so: fresh/'s convention)
      const firmProject = SUFFIX_TYPES[suffix] === 'Project' && /^[\u4e00-\u9fa5（）()]{4,}有限(?:责任)?公司[\u4e00-\u9fa5\d]{4,}项目$/.test(name);
      if (realStart < end && text[realStart - 1] !== '暨' && specificEnough(name, suffix) && (firmProject || !/有限(?:责任)?公司./.test(name))) {
        // 科技园二期 (no 项目 after it) is the second phase being built: a project named with its phase
        // (a park's phase is a park, 某某产业园二期; a project's stage printed after it, 某某项目一期完工, is the project's)
        const phase = /^[一二三四五六七八九十\d]期(?![项工])/.exec(text.slice(end, end + 4))?.[0];
        if (phase && !/^(?:Area|Honor|Strategy|Industry|Project)$/.test(SUFFIX_TYPES[suffix]))
          out.push({ start: realStart, end: end + phase.length, name: name + phase, type: SUFFIX_TYPES[suffix] === 'Park' ? 'Park' : 'Project', rule: 'suffix' });
        // the longest suffix the name ends in decides, even one starting inside a token (信息/工程技术研究院)
        // (a grade the state awards a unit, 国家一级 + 图书馆/博物馆/档案馆, is a designation the unit holds, not a unit)
        else out.push({ start: realStart, end, name, type: /^国家[一二三]级/.test(name) ? 'Honor' : unitCentre(name) ? 'Organization' : SUFFIX_TYPES[suffixOf(name) ?? suffix], rule: 'suffix' });
      }
      break;
    }
  }
  return out;
}

/**
 * A centre a body runs, printed after it (某市公安局某区分局反诈中心, 某局商标局某地审查协作中心), or a national one (国家某某中心,
 * 国家某某+city+中心, the state's centre in a city) is a unit of that body, not a building (a bare 分局 opening it, 分局某某中心,
 * is the full name printed again: a tail of it, as a site's).
 */
export function unitCentre(name: string): boolean {
  return SUFFIX_TYPES[suffixOf(name) ?? ''] === 'Facility' && /中心$/.test(name) && (/^国家(?![一二三]级)/.test(name) || /^[\u4e00-\u9fa5]{2,}(?:局|厅|海关)[\u4e00-\u9fa5]{2,8}中心$/.test(name));
}

/** Whether the tokens inside [start, end) include a verb or adverb (a clause, not a name). */
export function hasVerb(tokens: Token[], start: number, end: number): boolean {
  return tokens.some((t) => t.start >= start && t.end <= end && (/^(v|d|z|ad)$/.test(t.tag) || GOVERNING.has(t.word)) && !NOMINAL_VERBS.has(t.word));
}

/** Whether the tokens inside [start, end) include something noun-like (a name can be built on it). */
export function hasNoun(tokens: Token[], start: number, end: number): boolean {
  return tokens.some((t) => t.start < end && t.end > start && /^(n.*|j|l|eng|s|i|x|vn|b)$/.test(t.tag));
}
