// A printed approximate marker belongs in the amount.
import { describe, expect, it } from 'vitest';
import { unmarkedApproximation } from './approximate-figures.ts';

describe('unmarkedApproximation', () => {
  it('refuses an amount whose 余 or 多 is left in the quote', () => {
    expect(unmarkedApproximation('1100', '争取资金1100余万元')).toMatch(/"1100余…"/);
    expect(unmarkedApproximation('1.2万', '累计供应土地1.2万余亩')).toMatch(/approximate marker/);
  });
  it('refuses an amount whose 近, 约 or 超 is left before it, or 以上 after it', () => {
    expect(unmarkedApproximation('300家', '集聚企业近300家')).toMatch(/"近300家…"/);
    expect(unmarkedApproximation('1800亿元', '管理基金规模超1800亿元')).toMatch(/超1800亿元/);
    expect(unmarkedApproximation('400家', '在库企业400家以上')).toMatch(/400家以上/);
  });
  it('accepts the amount written with its marker, and an exact amount', () => {
    expect(unmarkedApproximation('1100余万元', '争取资金1100余万元')).toBeUndefined();
    expect(unmarkedApproximation('近300家', '集聚企业近300家')).toBeUndefined();
    expect(unmarkedApproximation('89.3亿元', '总投资89.3亿元的14个项目')).toBeUndefined();
  });
});
