// Rules written for issue 16 on made-up sentences (not the corpus, not the evaluation texts): full company
// names, people after a title, a name after its district, institutions inside longer names, kinds that are
// no names, and the relations a sentence states by its shape.
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from './extract.ts';
import { buildGazetteer } from './gazetteer.ts';

const extractor = createRuleExtractor(buildGazetteer([{ name: '青湖区', type: 'Area', aliases: [] }]));
const names = (text: string) => extractor.extract(text).entities.map((e) => `${e.name}/${e.type}`);
const facts = (text: string) => extractor.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe('names', () => {
  it('take a company under its full legal name, over verbs, ordinals and a bracketed place', () => {
    expect(names('项目由烟台港湾投资开发集团有限公司负责投资建设。')).toContain('烟台港湾投资开发集团有限公司/Enterprise');
    expect(names('中铁十局第三建设有限公司承建。')).toContain('中铁十局第三建设有限公司/Enterprise');
    expect(names('与云启数智科技（上海）有限公司签约。')).toContain('云启数智科技（上海）有限公司/Enterprise');
  });
  it('take a person after a title or role, not a common word after one', () => {
    expect(names('青湖区委书记孟建林出席活动。')).toContain('孟建林/Person');
    expect(names('项目负责人吕志刚介绍，工程进展顺利。')).toContain('吕志刚/Person');
    expect(names('让居民安居梦成真。').some((n) => n.endsWith('/Person'))).toBe(false);
  });
  it('start a name after its district, which is a place of its own', () => {
    const found = names('青湖区芦荡片区城市更新项目启动征收。');
    expect(found).toEqual(expect.arrayContaining(['芦荡片区城市更新项目/Project', '青湖区/Area']));
  });
  it('end a road at its boundary word (东至…)', () => {
    const found = names('项目东至临湖路，西至云栖路。');
    expect(found).toEqual(expect.arrayContaining(['临湖路/Facility', '云栖路/Facility']));
    expect(found.some((n) => n.includes('至'))).toBe(false);
  });
  it('nest an institution opening a longer name, and type a technology centre as a body', () => {
    expect(names('新建的青湖外国语学校北校区投入使用。')).toEqual(expect.arrayContaining(['青湖外国语学校北校区/Facility', '青湖外国语学校/Facility']));
    expect(names('山东省海洋装备技术创新中心揭牌。')).toContain('山东省海洋装备技术创新中心/Organization');
  });
  it('take no kind of building or project for a name (商业综合体, 区域医疗中心项目)', () => {
    expect(names('配套建设商业综合体和区域医疗中心项目。').filter((n) => /Facility|Project/.test(n))).toEqual([]);
  });
});

describe('relations a sentence states by its shape', () => {
  it('pair the partners around 与 before a word of partnership, not the subject with everyone', () => {
    expect(facts('青湖区持续发力，澄江旅游集团有限公司与白鹭文化发展有限公司签署战略合作协议。')).toContain('澄江旅游集团有限公司 COOPERATES_WITH 白鹭文化发展有限公司');
  });
  it('make the enterprise that 负责投资建设 the investor of the project named before', () => {
    expect(facts('青湖区芦荡片区城市更新项目启动，项目由烟台港湾投资开发集团有限公司负责投资建设。')).toContain('烟台港湾投资开发集团有限公司 INVESTED_IN 芦荡片区城市更新项目');
  });
  it('lead the body printed right before a title', () => {
    expect(facts('青湖区发展和改革委员会主任孟建林介绍，青湖区新增项目10个。')).toContain('孟建林 LEADS 青湖区发展和改革委员会');
  });
  it('place no road in the district (a road is an address)', () => {
    expect(facts('青湖区新建学校位于临湖路以北。').some((f) => f.startsWith('临湖路 LOCATED_IN'))).toBe(false);
  });
});
