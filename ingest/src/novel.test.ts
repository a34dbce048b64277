// The extractor on new, made-up text (none of it from the curated articles): names grown from their
// suffix stop at figures, verbs and quotes, and the clause triggers (引进, 落户/位于, 总投资, 助推/赋能,
// 该项目) give exactly these entities, relations and figures.
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from './extract.ts';
import { buildGazetteer } from './gazetteer.ts';

const gazetteer = buildGazetteer([
  { name: '青湖区', type: 'Area', aliases: ['青湖'] },
  { name: '云港大厦', type: 'Facility', aliases: [] },
  { name: '“东进”战略', type: 'Strategy', aliases: [] },
  { name: '北辰集团', type: 'Enterprise', aliases: [] },
]);
const extractor = createRuleExtractor(gazetteer);

/** Everything proposed for a text, as sorted readable strings. */
function facts(text: string) {
  const x = extractor.extract(text);
  return {
    entities: x.entities.map((e) => `${e.name}/${e.type}`).sort(),
    relations: x.relations.map((r) => `${r.source} ${r.type} ${r.target}${r.amount ? ` ${r.amount}` : ''}`).sort(),
    figures: x.figures.map((f) => `${f.entity} ${f.kind} ${f.amount}`),
  };
}

describe('names grown left from their suffix', () => {
  it('never take a figure, its unit or the verb after it (总投资3.2亿元建设X项目), nor a verb jieba tags a noun (落户)', () => {
    const { entities } = facts('青湖区引进星河智能科技公司，落户云港大厦，总投资3.2亿元建设星河青湖研发中心项目。');
    expect(entities).toEqual(['云港大厦/Facility', '星河智能科技公司/Enterprise', '星河青湖研发中心项目/Project', '青湖区/Area'].sort());
  });

  it('trim leading verbs and their complements again and again (全力推进X, 做大做强X)', () => {
    expect(facts('青湖区全力推进滨河数字经济产业园建设，做大做强青湖智能制造产业园。').entities).toEqual(
      ['滨河数字经济产业园/Park', '青湖智能制造产业园/Park', '青湖区/Area'].sort(),
    );
  });

  it('stop at a quote that closes before the suffix unless a noun owns it (开展好“…”活动, 2024年“…”大会)', () => {
    expect(facts('青湖区开展好“书香青湖”主题活动，举办2024年“青湖英才”表彰大会。').entities).toEqual(
      ['“书香青湖”主题活动/Event', '“青湖英才”表彰大会/Event', '青湖区/Area'].sort(),
    );
  });

  it('resolve a known name with a trigger verb before it to the known entity (入驻云港大厦)', () => {
    // (a firm that settles in a building is brought into it, round 11, as into an area)
    expect(facts('北辰集团入驻云港大厦。')).toEqual({ entities: ['云港大厦/Facility', '北辰集团/Enterprise'], relations: ['北辰集团 INTRODUCED_TO 云港大厦'], figures: [] });
  });

  it('leave a known area and its verb out of the name after them (青湖区建设X)', () => {
    expect(facts('青湖区建设滨湖康养综合体。').entities).toEqual(['滨湖康养综合体/Project', '青湖区/Area']);
  });
});

describe('clause triggers', () => {
  it('make what 引进 brings in the agent of the clauses after it: it settles (落户) and invests (总投资)', () => {
    expect(facts('青湖区引进星河智能科技公司，落户云港大厦，总投资3.2亿元建设星河青湖研发中心项目。该项目助推“东进”战略。').relations).toEqual(
      [
        '星河智能科技公司 INTRODUCED_TO 青湖区',
        '星河智能科技公司 INTRODUCED_TO 云港大厦',
        '云港大厦 LOCATED_IN 青湖区',
        '星河青湖研发中心项目 PART_OF 青湖区',
        '星河智能科技公司 INVESTED_IN 星河青湖研发中心项目 3.2亿元',
        '星河青湖研发中心项目 SUPPORTS “东进”战略',
      ].sort(),
    );
  });

  it('read 该项目 as the last project named before it', () => {
    expect(facts('青湖区建设滨湖康养综合体。青湖区引入东岳医疗器械项目。该项目赋能“东进”战略。').relations).toEqual(
      ['东岳医疗器械项目 INTRODUCED_TO 青湖区', '东岳医疗器械项目 PART_OF 青湖区', '东岳医疗器械项目 SUPPORTS “东进”战略', '滨湖康养综合体 PART_OF 青湖区'].sort(),
    );
  });

  it('give 位于 the name right before it and 该企业 the enterprise named before', () => {
    expect(facts('青湖区引进的北辰集团位于云港大厦，该企业总投资3亿元建设北辰数据中心项目。').relations).toEqual(
      ['北辰集团 INTRODUCED_TO 青湖区', '北辰集团 LOCATED_IN 云港大厦', '云港大厦 LOCATED_IN 青湖区', '北辰数据中心项目 PART_OF 青湖区', '北辰集团 INVESTED_IN 北辰数据中心项目 3亿元'].sort(),
    );
    expect(facts('星河软件园位于青湖区。').relations).toEqual(['星河软件园 LOCATED_IN 青湖区']);
  });

  it('make settling in an area being brought in, and let the settler support what the next clause serves', () => {
    expect(facts('光谷数据公司落户青湖区，助力“东进”战略。').relations).toEqual(['光谷数据公司 INTRODUCED_TO 青湖区', '光谷数据公司 SUPPORTS “东进”战略']);
  });

  it('let every project opening an earlier clause support the strategy 赋能 names, not the district (not printed in the sentence: no part of it)', () => {
    // (each works is part of the 片区 that opens its name, round 11)
    expect(facts('青湖区持续发力。南湖片区改造项目完成征收，北岸片区更新项目启动建设，全力赋能“东进”战略。').relations).toEqual(
      ['北岸片区更新项目 PART_OF 北岸片区', '北岸片区更新项目 SUPPORTS “东进”战略', '南湖片区改造项目 PART_OF 南湖片区', '南湖片区改造项目 SUPPORTS “东进”战略'].sort(),
    );
  });

  it('keep a total investment with no investor named as a figure of the project, and an area opening the sentence as its investor', () => {
    expect(facts('今年，总投资8000万元实施老城供水管网改造工程。')).toEqual({
      entities: ['老城供水管网改造工程/Project'],
      relations: [],
      figures: ['老城供水管网改造工程 investment 8000万元'],
    });
    expect(facts('青湖区总投资2.6亿元建设滨湖康养综合体。')).toMatchObject({ relations: ['滨湖康养综合体 PART_OF 青湖区', '青湖区 INVESTED_IN 滨湖康养综合体 2.6亿元'], figures: [] });
  });
});

describe('a new article in another district', () => {
  const known = createRuleExtractor(buildGazetteer([{ name: '乡村振兴', type: 'Strategy', aliases: [] }]));
  const of = (text: string) => {
    const x = known.extract(text);
    return { entities: x.entities.map((e) => `${e.name}/${e.type}`).sort(), relations: x.relations.map((r) => `${r.source} ${r.type} ${r.target}`).sort() };
  };
  it('reads X战略 as the programme X already known, not a second programme supporting it', () => {
    const { entities, relations } = of('历下区深入实施乡村振兴战略。');
    expect(entities).toEqual(['乡村振兴/Strategy', '历下区/Area']);
    expect(relations).toEqual(['历下区 SUPPORTS 乡村振兴']);
  });
  it('leaves the verb before a staged work out of its name, and an official leads bodies, not anniversaries', () => {
    const { entities, relations } = of('历下区推出实景剧《泉边往事》。区委书记王林表示，将以建区30周年为契机。');
    expect(entities).toContain('实景剧《泉边往事》/Event');
    expect(relations.filter((r) => r.includes(' LEADS ') && r.includes('周年'))).toEqual([]);
  });
});
