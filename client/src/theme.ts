// Colour and shape per entity type and the Chinese names of types and relationships: the one palette
// shared by the canvas, the legend, the search suggestions and the details panel.
export interface TypeStyle {
  color: string;
  shape: string;
  zh: string;
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  Area: { color: '#2563eb', shape: 'round-rectangle', zh: '区域' },
  Project: { color: '#ea580c', shape: 'diamond', zh: '项目' },
  Park: { color: '#16a34a', shape: 'hexagon', zh: '园区' },
  Facility: { color: '#0891b2', shape: 'rectangle', zh: '设施' },
  Enterprise: { color: '#9333ea', shape: 'ellipse', zh: '企业' },
  Strategy: { color: '#dc2626', shape: 'star', zh: '战略' },
  Industry: { color: '#ca8a04', shape: 'round-triangle', zh: '产业' },
  Organization: { color: '#4f46e5', shape: 'round-pentagon', zh: '机构' },
  Event: { color: '#db2777', shape: 'round-tag', zh: '活动' },
  Honor: { color: '#d97706', shape: 'vee', zh: '荣誉' },
  Person: { color: '#475569', shape: 'ellipse', zh: '人物' },
};

export const FALLBACK_STYLE: TypeStyle = { color: '#94a3b8', shape: 'ellipse', zh: '其他' };

export const typeOf = (labels: string[]): string => labels.find((l) => TYPE_STYLES[l]) ?? labels[0] ?? 'other';

export const styleOf = (labels: string[]): TypeStyle => TYPE_STYLES[typeOf(labels)] ?? FALLBACK_STYLE;

/** Relationship types as people read them; the English type stays visible as a tooltip. */
export const REL_NAMES: Record<string, string> = {
  LOCATED_IN: '位于',
  PART_OF: '隶属',
  SUPPORTS: '支撑',
  INVESTED_IN: '投资',
  INTRODUCED_TO: '引进至',
  IN_INDUSTRY: '所属产业',
  DEVELOPS: '发展',
  HOSTS: '举办',
  HONOURED_AS: '获评',
  LEADS: '领导',
  COOPERATES_WITH: '合作',
  MENTIONED_IN: '提及于',
};

export const relName = (type: string) => REL_NAMES[type] ?? type;

/** Units of figures (node-details Figure.unit) in Chinese. */
export const UNIT_NAMES: Record<string, string> = {
  yuan: '元',
  m2: '平方米',
  mu: '亩',
  km: '公里',
  km2: '平方公里',
  value: '',
  percent: '%',
};

export const FIGURE_KINDS: Record<string, string> = {
  gdp: '地区生产总值',
  fiscal_revenue: '财政收入',
  investment: '投资额',
  annual_investment: '年度投资',
  land_area: '土地面积',
  floor_area: '建筑面积',
  retail_sales: '社会消费品零售额',
  count: '数量',
  other: '其他',
};
