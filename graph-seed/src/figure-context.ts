// What a figure's sentence says about it besides the number: is it a growth rate or a share, a target or
// an estimate, for half a year or five years? Read from the words before the amount in its quote
// (patterns of ordinary report language, not phrases of one article); a curated `measure`, `basis` or
// `period` always wins, so a reviewer corrects a wrong reading in the YAML.
import type { FigureBasis, FigureMeasure, FigurePeriod, Unit } from '../../model/index.ts';

export interface FigureContext {
  measure: FigureMeasure;
  basis: FigureBasis;
  period: FigurePeriod;
}

/** Words that make the number a goal (力争新增…, 计划开工…, …目标) or an estimate (预计可达…). */
const TARGET = /力争|计划|目标|确保|争取实现|将全力|全力实现|力促|预期/;
const FORECAST = /预计|有望|预估/;
/** A rate of change, and a part of a whole, printed just before a percentage. */
const GROWTH = /增长|增速|增幅|提高|下降|减少|降低|回落/;
const SHARE = /占|比重|比例|比率|[^增]率/;
/** Periods, the most specific first. */
const PERIODS: Array<[RegExp, FigurePeriod]> = [
  [/上半年|1[-—~～至]6月/, 'h1'],
  [/前三季度|1[-—~～至]9月/, 'q1_q3'],
  [/1[-—~～至]\d{1,2}月/, 'months'],
  [/累计|[一二三四五六七八九十两]年来|近[一二三四五六七八九十两]年|[一二三四五六七八九十两]年(?:间|内)?(?:共|累计|新增|完成|实现|建成)|以来|截至/, 'cumulative'],
  [/全年|年度/, 'year'],
  // a stock stated as it stands (共有70家, 增至12.6万家, 总数达到218家, 在库400家)
  [/共有|现有|拥有|增至|总数|达到|在库|已集聚|集聚/, 'as_of'],
];

/** The clause the amount closes: the text of the quote up to the amount (a figure's subject precedes it). */
function before(quote: string, amount: string): string {
  const at = quote.indexOf(amount);
  return at === -1 ? quote : quote.slice(0, at);
}

/** Reads measure, basis and period from the quote; `given` (the curated fields) overrides each. */
export function figureContext(quote: string, amount: string, unit: Unit | null, growth: boolean, given: Partial<FigureContext> = {}): FigureContext {
  const lead = before(quote, amount);
  // the words right before a percentage name what it is (…增加值增速21.4%, …占比达75.77%)
  const near = lead.slice(-8);
  const measure: FigureMeasure = growth ? 'growth' : unit === 'percent' ? (GROWTH.test(near) ? 'growth' : SHARE.test(near) ? 'share' : 'share') : 'level';
  const basis: FigureBasis = FORECAST.test(lead) ? 'forecast' : TARGET.test(lead) ? 'target' : 'actual';
  const period = PERIODS.find(([re]) => re.test(lead))?.[1] ?? 'year';
  return { measure: given.measure ?? measure, basis: given.basis ?? basis, period: given.period ?? period };
}
