// An alias names the same body at the same scope.
import { describe, expect, it } from 'vitest';
import { scopeProblem } from './alias-scope.ts';

describe('scopeProblem', () => {
  it('refuses an alias that drops the region printed inside a branch name', () => {
    expect(scopeProblem('Enterprise', '国网山东电力', '国网电力')).toMatch(/drops the qualifier "山东"/);
    expect(scopeProblem('Enterprise', '中石油山东分公司', '中石油')).toMatch(/wider body/);
    expect(scopeProblem('Organization', '中国共产党济南市市中区第十三届委员会', '市中区委')).toMatch(/济南/);
  });
  it('lets an alias drop a leading place prefix', () => {
    expect(scopeProblem('Organization', '济南能源互联网产业研究院', '能源互联网产业研究院')).toBeUndefined();
  });
  it('keeps the qualifier when the alias keeps it', () => {
    expect(scopeProblem('Enterprise', '国网山东电力', '国网山东电力公司')).toBeUndefined();
  });
  it('applies to bodies only', () => {
    expect(scopeProblem('Event', '潮燃大商埠—中国济南商埠文化节', '商埠文化节')).toBeUndefined();
  });
});
