// The sentence around an amount says what it is: growth or share, target or estimate, which period.
import { describe, expect, it } from 'vitest';
import { figureContext } from './figure-context.ts';

describe('figureContext', () => {
  it.each([
    ['今年上半年，市中区实现地区生产总值480.3亿元', '480.3亿元', 'yuan', false, { measure: 'level', basis: 'actual', period: 'h1' }],
    ['实现地区生产总值480.3亿元，同比增长3.4%', '同比增长3.4%', 'percent', true, { measure: 'growth', basis: 'actual', period: 'year' }],
    ['规模以上工业增加值增速21.4%', '21.4%', 'percent', false, { measure: 'growth', basis: 'actual', period: 'year' }],
    ['高新技术产业产值占规模以上工业总产值92.5%', '92.5%', 'percent', false, { measure: 'share', basis: 'actual', period: 'year' }],
    ['力争今年新增市场主体1.5万家以上', '1.5万家以上', 'count', false, { measure: 'level', basis: 'target', period: 'year' }],
    ['2024年计划开工项目36个', '36个', 'count', false, { measure: 'level', basis: 'target', period: 'year' }],
    ['预计地区生产总值可达1300亿元', '1300亿元', 'yuan', false, { measure: 'level', basis: 'forecast', period: 'year' }],
    ['五年累计拆除各类违建1.1万余处', '1.1万余处', 'count', false, { measure: 'level', basis: 'actual', period: 'cumulative' }],
    ['1-11月份民生支出占总支出的82%', '82%', 'percent', false, { measure: 'share', basis: 'actual', period: 'months' }],
    ['前三季度完成固定资产投资50亿元', '50亿元', 'yuan', false, { measure: 'level', basis: 'actual', period: 'q1_q3' }],
    ['市场主体增至12.6万家', '12.6万家', 'count', false, { measure: 'level', basis: 'actual', period: 'as_of' }],
  ] as const)('%s → %s', (quote, amount, unit, growth, expected) => {
    expect(figureContext(quote, amount, unit, growth)).toEqual(expected);
  });
  it('lets the curated fields win over the reading', () => {
    expect(figureContext('一般公共预算收入增长6.5%', '6.5%', 'percent', false, { basis: 'target', period: 'year' })).toEqual({ measure: 'growth', basis: 'target', period: 'year' });
  });
});
