// The graph's vocabulary, in one place: entity labels, relationship types with their allowed endpoints,
// figure kinds and units, each with its Chinese and English display name. The loader enforces it, the
// server validates requests with it, the client draws and names with it: a new type is one edit here.
// graph-seed/SCHEMA.md documents the same table for people (npm run seed -- --schema-doc).

/** A display name in both interface languages. */
export interface Names {
  zh: string;
  en: string;
}

export const ENTITY_LABELS = [
  'Area', // districts, 片区, 街区, zones, belts
  'Project', // construction / renewal / investment projects and project groups
  'Park', // industrial parks, science parks, incubators, bases, public parks
  'Facility', // buildings, commercial centres, landmarks, streets, venues
  'Enterprise', // companies, groups, banks, brands
  'Strategy', // strategies, programmes, policies, slogans used as plans
  'Industry', // industries and sectors
  'Organization', // government bodies, institutes, platforms, associations, universities
  'Event', // festivals, meetings, campaigns with a date
  'Honor', // honours, rankings, designations
  'Person', // people named in the text (not the reporters)
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const LABEL_NAMES: Record<EntityLabel, Names> = {
  Area: { zh: '区域', en: 'Area' },
  Project: { zh: '项目', en: 'Project' },
  Park: { zh: '园区', en: 'Park' },
  Facility: { zh: '设施', en: 'Facility' },
  Enterprise: { zh: '企业', en: 'Enterprise' },
  Strategy: { zh: '战略', en: 'Strategy' },
  Industry: { zh: '产业', en: 'Industry' },
  Organization: { zh: '机构', en: 'Organisation' },
  Event: { zh: '活动', en: 'Event' },
  Honor: { zh: '荣誉', en: 'Honour' },
  Person: { zh: '人物', en: 'Person' },
};

/** Source articles are nodes too (label Article), linked from entities by MENTIONED_IN. */
export const ARTICLE_LABEL = 'Article';
export const ENTITY_LABEL = 'Entity';
export const MENTION_TYPE = 'MENTIONED_IN';
export const MENTION_NAMES: Names = { zh: '提及于', en: 'mentioned in' };

const PLACES: EntityLabel[] = ['Area', 'Park', 'Facility'];
const ACTORS: EntityLabel[] = ['Enterprise', 'Organization', 'Project', 'Park', 'Facility'];
const ANY: EntityLabel[] = [...ENTITY_LABELS];

export interface RelationType extends Names {
  meaning: string;
  from: EntityLabel[];
  to: EntityLabel[];
}

// Direction rule: the more specific / smaller / acting entity is the source.
export const RELATION_TYPES = {
  LOCATED_IN: {
    zh: '位于',
    en: 'located in',
    meaning: 'source is physically located in target',
    from: [...ACTORS, 'Area', 'Event'],
    to: PLACES,
  },
  PART_OF: {
    zh: '隶属',
    en: 'part of',
    meaning: 'source is a component of target: sub-area of an area, project in an area, phase of a park, member of a project group',
    from: ['Area', 'Project', 'Park', 'Facility', 'Strategy', 'Event'],
    to: ['Area', 'Project', 'Park', 'Facility', 'Strategy', 'Event'],
  },
  SUPPORTS: {
    zh: '支撑',
    en: 'supports',
    meaning: 'source is part of, serves or implements the target strategy or programme',
    from: ANY,
    to: ['Strategy'],
  },
  INVESTED_IN: {
    zh: '投资',
    en: 'invested in',
    meaning: 'source put money into target (amount_text / amount_yuan on the relationship when the text gives one)',
    from: ['Enterprise', 'Organization', 'Area'],
    to: ['Project', 'Park', 'Facility', 'Area', 'Enterprise'],
  },
  INTRODUCED_TO: {
    zh: '引进至',
    en: 'introduced to',
    meaning: 'source (an enterprise, institution or project) was brought into / settled in the target area',
    from: ['Enterprise', 'Organization', 'Project'],
    to: ['Area', 'Park', 'Facility'],
  },
  IN_INDUSTRY: {
    zh: '所属产业',
    en: 'in industry',
    meaning: 'source belongs to or works in the target industry',
    from: ['Enterprise', 'Organization', 'Project', 'Park', 'Facility'],
    to: ['Industry'],
  },
  DEVELOPS: {
    zh: '发展',
    en: 'develops',
    meaning: 'the source area or park develops the target industry (a leading / key industry)',
    from: ['Area', 'Park'],
    to: ['Industry'],
  },
  HOSTS: {
    zh: '举办',
    en: 'hosts',
    meaning: 'source hosted or organised the target event',
    from: ['Area', 'Park', 'Facility', 'Organization', 'Enterprise'],
    to: ['Event'],
  },
  HONOURED_AS: {
    zh: '获评',
    en: 'honoured as',
    meaning: 'source received the target honour, ranking or designation',
    from: ANY,
    to: ['Honor'],
  },
  LEADS: {
    zh: '领导',
    en: 'leads',
    meaning: 'the source person holds office in / leads the target',
    from: ['Person'],
    to: ['Organization', 'Area', 'Project', 'Strategy', 'Event', 'Enterprise'],
  },
  COOPERATES_WITH: {
    zh: '合作',
    en: 'cooperates with',
    meaning: 'source signed or works with target (cooperation agreement, partnership); stored one way, read both ways',
    from: ['Area', 'Enterprise', 'Organization', 'Park'],
    to: ['Area', 'Enterprise', 'Organization', 'Park'],
  },
  BRANCH_OF: {
    zh: '分支机构',
    en: 'branch of',
    meaning: 'source is a regional branch, headquarters or subsidiary of the target group (国网山东电力 of 国网电力, 中石油山东分公司 of 中石油)',
    from: ['Enterprise', 'Organization'],
    to: ['Enterprise', 'Organization'],
  },
  AIMS_FOR: {
    zh: '致力创建',
    en: 'aims for',
    meaning:
      'source works towards the target honour, designation or standing it does not hold yet (积极创建, 争创, 打造…示范区, 申报); a goal, not an achievement',
    from: ['Area', 'Park', 'Facility', 'Project', 'Enterprise', 'Organization'],
    to: ['Honor', 'Area', 'Park'],
  },
} satisfies Record<string, RelationType>;

export type RelationTypeName = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationTypeName, ...RelationTypeName[]];

// What a figure measures. A fund size is not an investment: name figures for what they are.
export const FIGURE_KINDS = {
  investment: { zh: '投资额', en: 'investment' }, // 总投资, 投资
  annual_investment: { zh: '年度投资', en: 'annual investment' }, // 完成年度投资
  fund_size: { zh: '基金规模', en: 'fund size' }, // 管理基金规模
  gdp: { zh: '地区生产总值', en: 'GDP' }, // 地区生产总值
  revenue: { zh: '营业收入', en: 'revenue' }, // 营业收入, 销售额
  output_value: { zh: '产值', en: 'output value' }, // 产值
  fiscal_revenue: { zh: '财政收入', en: 'fiscal revenue' }, // 一般公共预算收入
  tax: { zh: '税收', en: 'tax revenue' }, // 税收
  retail_sales: { zh: '社会消费品零售额', en: 'retail sales' }, // 社会消费品零售总额
  floor_area: { zh: '建筑面积', en: 'floor area' }, // 建筑面积
  land_area: { zh: '土地面积', en: 'land area' }, // 占地, 面积
  count: { zh: '数量', en: 'count' }, // N个, N家 (projects, enterprises)
  spending: { zh: '财政投入', en: 'public spending' }, // 民生投入, 发放失业金: money spent, not invested
  fixed_asset_investment: { zh: '固定资产投资', en: 'fixed-asset investment' }, // 全社会固定资产投资
  industrial_value_added: { zh: '规上工业增加值', en: 'industrial value added' }, // 规模以上工业增加值
  foreign_trade: { zh: '进出口总额', en: 'foreign trade' }, // 进出口总额
  foreign_investment: { zh: '实际使用外资', en: 'foreign investment used' }, // 实际使用外资, 实际利用外资
  market_entities: { zh: '市场主体', en: 'market entities' }, // 市场主体增至12.6万家: the stock
  new_enterprises: { zh: '新增企业', en: 'new enterprises' }, // 新增市场主体, 新引进企业: the flow
  other: { zh: '其他', en: 'other' },
} satisfies Record<string, Names>;
export type FigureKind = keyof typeof FIGURE_KINDS;
export const FIGURE_KIND_NAMES = Object.keys(FIGURE_KINDS) as [FigureKind, ...FigureKind[]];

/**
 * Kinds of which an entity has one value per period and year (a district has one GDP for 2023): two
 * reports that differ on one are in conflict. The others (count, floor_area, …) cover many things at
 * once, so two of their figures conflict only when they also say what they count (`note`) alike.
 */
export const SINGLE_VALUED_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'gdp', 'fiscal_revenue', 'tax', 'retail_sales', 'fixed_asset_investment', 'industrial_value_added',
  'foreign_trade', 'foreign_investment', 'market_entities', 'new_enterprises', 'annual_investment',
]);

/** Units an amount is normalised to (graph-seed/src/figures.ts): money in yuan or usd, areas in m2 or mu. */
export const UNITS = {
  yuan: { zh: '元', en: 'yuan' },
  usd: { zh: '美元', en: 'USD' },
  m2: { zh: '平方米', en: 'm²' },
  mu: { zh: '亩', en: 'mu' },
  km: { zh: '公里', en: 'km' },
  count: { zh: '', en: '' }, // a number of things: 175个, 30家, 2.3万人
  percent: { zh: '%', en: '%' }, // 6.5%, 同比增长3.4%
} satisfies Record<string, Names>;
export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as [Unit, ...Unit[]];

/** What a figure is of its kind: the amount itself, its growth over the previous period, or a share of a whole. */
export const FIGURE_MEASURES = {
  level: { zh: '数值', en: 'amount' },
  growth: { zh: '增速', en: 'growth' }, // 同比增长3.4%, 增速21.4%
  share: { zh: '占比', en: 'share' }, // 占…比重92.5%, 失业率3%
} satisfies Record<string, Names>;
export type FigureMeasure = keyof typeof FIGURE_MEASURES;
export const FIGURE_MEASURE_NAMES = Object.keys(FIGURE_MEASURES) as [FigureMeasure, ...FigureMeasure[]];

/** The stretch of time a figure covers, within its `year` (or ending in it, for cumulative figures). */
export const FIGURE_PERIODS = {
  year: { zh: '全年', en: 'full year' },
  h1: { zh: '上半年', en: 'first half' },
  q1_q3: { zh: '前三季度', en: 'first three quarters' },
  months: { zh: '1—N月', en: 'months to date' }, // 1-11月份: the months are in the note
  cumulative: { zh: '累计', en: 'cumulative' }, // 五年累计, 2023年以来: several years up to `year`
  as_of: { zh: '截至', en: 'as of' }, // a stock at the time of the report: 市场主体增至12.6万家
} satisfies Record<string, Names>;
export type FigurePeriod = keyof typeof FIGURE_PERIODS;
export const FIGURE_PERIOD_NAMES = Object.keys(FIGURE_PERIODS) as [FigurePeriod, ...FigurePeriod[]];

/** Whether the report states what happened, a goal, or an estimate: a target never conflicts with an outcome. */
export const FIGURE_BASES = {
  actual: { zh: '实际', en: 'actual' },
  target: { zh: '目标', en: 'target' }, // 力争, 计划, 目标
  forecast: { zh: '预计', en: 'forecast' }, // 预计可达
} satisfies Record<string, Names>;
export type FigureBasis = keyof typeof FIGURE_BASES;
export const FIGURE_BASIS_NAMES = Object.keys(FIGURE_BASES) as [FigureBasis, ...FigureBasis[]];

/** curated: in graph-seed/data; proposed: written by the extractor, not reviewed yet. */
export const STATUSES = ['curated', 'proposed'] as const;
export type Status = (typeof STATUSES)[number];

/** The rule of a draft's name or fact that a reviewer added (what the extractor missed), where others name the extractor's rule. */
export const REVIEWER_RULE = 'reviewer';
