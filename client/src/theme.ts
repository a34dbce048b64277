// Colour and shape per entity type, with the Chinese names shown in the legend.
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

export const styleOf = (labels: string[]): TypeStyle => {
  for (const l of labels) if (TYPE_STYLES[l]) return TYPE_STYLES[l];
  return FALLBACK_STYLE;
};
