// Example queries about this graph, shown in the console's menu (read-only, all run under the caps).
export interface Example {
  title: string;
  query: string;
  params?: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  { title: '市中区的直接关系', query: "MATCH (a:Area {name: '市中区'})-[r]-(b:Entity)\nRETURN a, r, b\nLIMIT 40" },
  { title: '中央活力区发展的产业', query: "MATCH (a:Entity {name: '中央活力区'})-[r]-(b:Entity)\nRETURN a, r, b" },
  { title: '提及最多的实体', query: 'MATCH (e:Entity)\nRETURN e.name AS 名称, e.type AS 类型, e.mention_count AS 提及次数\nORDER BY 提及次数 DESC\nLIMIT 15' },
  { title: '投资关系与金额', query: 'MATCH (a:Entity)-[r:INVESTED_IN]->(b:Entity)\nRETURN a.name AS 投资方, b.name AS 对象, r.amount_text AS 金额, a, r, b' },
  { title: '荣誉与获得者', query: 'MATCH (x:Entity)-[r:HONOURED_AS]->(h:Honor)\nRETURN x, r, h\nLIMIT 60' },
  { title: '某年首次报道的实体（参数）', query: 'MATCH (e:Entity)\nWHERE e.first_reported = $year\nRETURN e.name AS 名称, e.type AS 类型\nORDER BY e.mention_count DESC\nLIMIT 25', params: { year: 2022 } },
  { title: '两实体间的最短路径', query: "MATCH p = shortestPath((a:Entity {name: '市中区'})-[*..4]-(b:Entity {name: '中央活力区'}))\nRETURN p" },
  { title: '各类型实体数量', query: 'MATCH (e:Entity)\nRETURN e.type AS 类型, count(*) AS 数量\nORDER BY 数量 DESC' },
];
