// A fact of an act (an investment, a hosting, an honour, an office, a partnership, a goal, an
// introduction) needs a quote that says the act: a verb or office word of its type. The lists are
// ordinary Chinese for each act, not phrases of one article; a type that the articles state by
// juxtaposition or framing (中央商埠区加快建设济南宾馆: part of; 在数字经济方面: develops) is not checked.
// A designation may also be stated by apposition, a clause shape rather than a verb: the holders
// listed before 等 and the designation (瑞蚨祥、聚丰德等“老字号”; 壳牌石油、阿里巴巴、SAP等世界500强企业).
import type { RelationTypeName } from '../../../model/index.ts';

export const STATED_VERBS: Partial<Record<RelationTypeName, readonly string[]>> = {
  INVESTED_IN: ['投资', '投建', '出资', '注资', '入股'],
  INTRODUCED_TO: ['引进', '引入', '招引', '落地', '落户', '入驻', '进驻', '签约', '迁入', '新增'],
  HOSTS: ['举办', '举行', '承办', '主办', '召开', '开展', '组织', '展演', '上演', '开幕', '启动', '打造'],
  HONOURED_AS: [
    '获评', '获得', '荣获', '荣膺', '获批', '入选', '评为', '列入', '纳入', '成为', '进入', '授予', '命名', '认定',
    '确定为', '称号', '入围', '位列', '位居', '跻身', '上榜', '榜单', '建成', '建设完成', '连冠',
  ],
  LEADS: ['书记', '区长', '市长', '主任', '主席', '部长', '局长', '院长', '董事长', '总经理', '负责人'],
  COOPERATES_WITH: ['合作', '协作', '签约', '签署', '联合', '携手', '共建', '帮扶', '结对', '联手'],
  AIMS_FOR: ['创建', '争创', '创成', '打造', '申报', '争取', '建设', '力争', '目标', '冲刺'],
};

/** Types whose target may be stated by apposition after 等. */
const APPOSITION: RelationTypeName[] = ['HONOURED_AS'];

export interface StatedFact {
  where: string;
  type: RelationTypeName;
  quote: string;
  /** every printed form (name and aliases) of the source and of the target */
  sourceForms: string[];
  targetForms: string[];
}

function statedByApposition({ type, quote, sourceForms, targetForms }: StatedFact): boolean {
  if (!APPOSITION.includes(type)) return false;
  return targetForms.some((t) =>
    [`等${t}`, `等“${t}”`, `等"${t}"`].some((shape) => {
      const at = quote.indexOf(shape);
      return at > 0 && sourceForms.some((s) => {
        const from = quote.indexOf(s);
        return from !== -1 && from < at;
      });
    }),
  );
}

/** One problem per fact whose quote has none of its type's words. */
export function unstatedFacts(facts: StatedFact[]): string[] {
  return facts.flatMap((fact) => {
    const { where, type, quote } = fact;
    const verbs = STATED_VERBS[type];
    if (!verbs || verbs.some((v) => quote.includes(v)) || statedByApposition(fact)) return [];
    return [`${where}: the quote states no ${type} (expected one of ${verbs.join(' ')}): "${quote}"`];
  });
}
