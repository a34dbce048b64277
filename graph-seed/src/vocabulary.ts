// The graph's vocabulary: entity labels and relationship types with their allowed endpoints.
// graph-seed/SCHEMA.md documents the same table for people; this file is what the loader enforces.

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

const PLACES: EntityLabel[] = ['Area', 'Park', 'Facility'];
const ACTORS: EntityLabel[] = ['Enterprise', 'Organization', 'Project', 'Park', 'Facility'];
const ANY: EntityLabel[] = [...ENTITY_LABELS];

export interface RelationType {
  meaning: string;
  from: EntityLabel[];
  to: EntityLabel[];
}

// Direction rule: the more specific / smaller / acting entity is the source.
export const RELATION_TYPES = {
  LOCATED_IN: {
    meaning: 'source is physically located in target',
    from: [...ACTORS, 'Area', 'Event'],
    to: PLACES,
  },
  PART_OF: {
    meaning: 'source is a component of target: sub-area of an area, project in an area, phase of a park, member of a project group',
    from: ['Area', 'Project', 'Park', 'Facility', 'Strategy', 'Event'],
    to: ['Area', 'Project', 'Park', 'Facility', 'Strategy', 'Event'],
  },
  SUPPORTS: {
    meaning: 'source is part of, serves or implements the target strategy or programme',
    from: ANY,
    to: ['Strategy'],
  },
  INVESTED_IN: {
    meaning: 'source put money into target (amount_text / amount_yuan on the relationship when the text gives one)',
    from: ['Enterprise', 'Organization', 'Area'],
    to: ['Project', 'Park', 'Facility', 'Area', 'Enterprise'],
  },
  INTRODUCED_TO: {
    meaning: 'source (an enterprise, institution or project) was brought into / settled in the target area',
    from: ['Enterprise', 'Organization', 'Project'],
    to: ['Area', 'Park', 'Facility'],
  },
  IN_INDUSTRY: {
    meaning: 'source belongs to or works in the target industry',
    from: ['Enterprise', 'Organization', 'Project', 'Park', 'Facility'],
    to: ['Industry'],
  },
  DEVELOPS: {
    meaning: 'the source area or park develops the target industry (a leading / key industry)',
    from: ['Area', 'Park'],
    to: ['Industry'],
  },
  HOSTS: {
    meaning: 'source hosted or organised the target event',
    from: ['Area', 'Park', 'Facility', 'Organization', 'Enterprise'],
    to: ['Event'],
  },
  HONOURED_AS: {
    meaning: 'source received the target honour, ranking or designation',
    from: ANY,
    to: ['Honor'],
  },
  LEADS: {
    meaning: 'the source person holds office in / leads the target',
    from: ['Person'],
    to: ['Organization', 'Area', 'Project', 'Strategy', 'Event', 'Enterprise'],
  },
  COOPERATES_WITH: {
    meaning: 'source signed or works with target (cooperation agreement, partnership); stored one way, read both ways',
    from: ['Area', 'Enterprise', 'Organization', 'Park'],
    to: ['Area', 'Enterprise', 'Organization', 'Park'],
  },
} satisfies Record<string, RelationType>;

export type RelationTypeName = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationTypeName[];

// What a figure measures. A fund size is not an investment: name figures for what they are.
export const FIGURE_KINDS = [
  'investment', // 总投资, 投资
  'annual_investment', // 完成年度投资
  'fund_size', // 管理基金规模
  'gdp', // 地区生产总值
  'revenue', // 营业收入, 产值, 销售额
  'output_value',
  'fiscal_revenue', // 一般公共预算收入
  'tax', // 税收
  'retail_sales', // 社会消费品零售总额
  'floor_area', // 建筑面积
  'land_area', // 占地, 面积
  'count', // N个, N家 (projects, enterprises)
  'other',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];
