// Example queries about this graph, shown in the console's menu (read-only, all run under the caps).
export interface Example {
  title: string;
  /** the title in the English interface */
  en: string;
  query: string;
  params?: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  { title: '市中区的直接关系', en: 'Direct relations of Shizhong District (市中区)', query: "MATCH (a:Area {name: '市中区'})-[r]-(b:Entity)\nRETURN a, r, b\nLIMIT 40" },
  { title: '中央活力区发展的产业', en: 'What the Central Vitality Zone (中央活力区) is linked to', query: "MATCH (a:Entity {name: '中央活力区'})-[r]-(b:Entity)\nRETURN a, r, b" },
  { title: '提及最多的实体', en: 'The most mentioned entities', query: 'MATCH (e:Entity)\nRETURN e.name AS 名称, e.type AS 类型, e.mention_count AS 提及次数\nORDER BY 提及次数 DESC\nLIMIT 15' },
  { title: '投资关系与金额', en: 'Investments and their amounts', query: 'MATCH (a:Entity)-[r:INVESTED_IN]->(b:Entity)\nRETURN a.name AS 投资方, b.name AS 对象, r.amount_text AS 金额, a, r, b' },
  { title: '荣誉与获得者', en: 'Honours and who received them', query: 'MATCH (x:Entity)-[r:HONOURED_AS]->(h:Honor)\nRETURN x, r, h\nLIMIT 60' },
  { title: '某年首次报道的实体（参数）', en: 'Entities first reported in a year (a parameter)', query: 'MATCH (e:Entity)\nWHERE e.first_reported = $year\nRETURN e.name AS 名称, e.type AS 类型\nORDER BY e.mention_count DESC\nLIMIT 25', params: { year: 2022 } },
  { title: '两实体间的最短路径', en: 'The shortest path between two entities', query: "MATCH p = shortestPath((a:Entity {name: '市中区'})-[*..4]-(b:Entity {name: '中央活力区'}))\nRETURN p" },
  // figures are (:Figure) nodes: (entity)-[:HAS_FIGURE]->(f), value in the base unit (yuan, m2, …), the sentence in f.quote
  {
    title: '市中区地区生产总值（按年）',
    en: 'GDP of Shizhong District (市中区) by year',
    query:
      "MATCH (a:Area {name: '市中区'})-[:HAS_FIGURE]->(f:Figure {kind: 'gdp'})\nRETURN f.year AS 年份, f.period AS 时段, f.measure AS 口径, f.basis AS 性质, f.text AS 原文, f.value AS 数值, f.unit AS 单位, f.quote AS 原句\nORDER BY 年份, 时段",
  },
  {
    title: '投资额最大的十项',
    en: 'The ten largest investments',
    query:
      "CALL () {\n  MATCH (e:Entity)-[:HAS_FIGURE]->(f:Figure)\n  WHERE f.kind IN ['investment', 'annual_investment', 'fixed_asset_investment'] AND f.measure = 'level' AND f.unit = 'yuan'\n  RETURN e.name AS 对象, null AS 投资方, f.text AS 金额, f.value AS 元, f.year AS 年份, f.period AS 时段\n  UNION ALL\n  MATCH (a:Entity)-[r:INVESTED_IN]->(b:Entity) WHERE r.amount_yuan IS NOT NULL\n  RETURN b.name AS 对象, a.name AS 投资方, r.amount_text AS 金额, toFloat(r.amount_yuan) AS 元, r.year AS 年份, null AS 时段\n}\nRETURN 对象, 投资方, 金额, 元 / 1e8 AS 亿元, 年份, 时段\nORDER BY 元 DESC\nLIMIT 10",
  },
  { title: '各类型实体数量', en: 'Entities per type', query: 'MATCH (e:Entity)\nRETURN e.type AS 类型, count(*) AS 数量\nORDER BY 数量 DESC' },
];

/** The examples' column names in the English interface (the longest first, so 亿元 goes before 元). */
const COLUMNS_EN: Array<[string, string]> = Object.entries({
  提及次数: 'mentions', 投资方: 'investor', 亿元: 'hundred_million_yuan', 名称: 'name', 类型: 'type', 对象: 'target',
  金额: 'amount', 年份: 'year', 时段: 'period', 口径: 'measure', 性质: 'basis', 原文: 'as_printed', 数值: 'value',
  单位: 'unit', 原句: 'sentence', 数量: 'count', 元: 'yuan',
}).sort((a, b) => b[0].length - a[0].length);

/** An example's query as the interface language shows it: English column names in English (names in quotes stay). */
export function exampleQuery(example: Example, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return example.query;
  return COLUMNS_EN.reduce((q, [zh, en]) => q.replace(new RegExp(`(?<![\\p{L}\\p{N}_'])${zh}(?![\\p{L}\\p{N}_'])`, 'gu'), en), example.query);
}
