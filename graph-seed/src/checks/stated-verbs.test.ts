// A fact of an act needs a quote that says the act.
import { describe, expect, it } from 'vitest';
import { unstatedFacts, type StatedFact } from './stated-verbs.ts';

const fact = (type: StatedFact['type'], quote: string, source = '甲公司', target = '乙项目'): StatedFact => ({
  where: 'x.yaml relations[0]',
  type,
  quote,
  sourceForms: [source],
  targetForms: [target],
});

describe('unstatedFacts', () => {
  it('refuses an investment resting on a bare name', () => {
    expect(unstatedFacts([fact('INVESTED_IN', '甲公司乙项目')])).toEqual([expect.stringMatching(/x.yaml relations\[0\]: the quote states no INVESTED_IN/)]);
  });
  it('accepts an investment the quote states', () => {
    expect(unstatedFacts([fact('INVESTED_IN', '甲公司投资1700万元实施乙项目')])).toEqual([]);
  });
  it('refuses an office for someone who only gave a report', () => {
    expect(unstatedFacts([fact('LEADS', '丙向大会作报告', '丙', '大会')])).toHaveLength(1);
    expect(unstatedFacts([fact('LEADS', '区委副书记、区长丙作报告', '丙', '区')])).toEqual([]);
  });
  it('refuses an honour the quote only calls an opportunity, accepts one it says was won', () => {
    expect(unstatedFacts([fact('HONOURED_AS', '紧紧抓住乙试验区这一重大机遇', '甲区', '乙试验区')])).toHaveLength(1);
    expect(unstatedFacts([fact('HONOURED_AS', '入选“乙试验区”', '甲区', '乙试验区')])).toEqual([]);
  });
  it('accepts a designation stated by apposition after 等, holders first', () => {
    expect(unstatedFacts([fact('HONOURED_AS', '促进甲、丁等“老字号”创新发展', '甲', '老字号')])).toEqual([]);
    expect(unstatedFacts([fact('HONOURED_AS', '老字号等甲', '甲', '老字号')])).toHaveLength(1);
  });
  it('asks a goal for a word of striving', () => {
    expect(unstatedFacts([fact('AIMS_FOR', '积极创建乙示范区', '甲区', '乙示范区')])).toEqual([]);
    expect(unstatedFacts([fact('AIMS_FOR', '乙示范区', '甲区', '乙示范区')])).toHaveLength(1);
  });
  it('leaves types stated by juxtaposition unchecked', () => {
    expect(unstatedFacts([fact('PART_OF', '甲区乙项目'), fact('DEVELOPS', '在乙方面')])).toEqual([]);
  });
});
