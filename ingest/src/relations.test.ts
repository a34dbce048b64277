// The relation rules on small, made-up sentences: industries named in names, topics and list heads,
// partners, investors named at the start of what they built, a park holding the clause after it.
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from './extract.ts';
import { buildGazetteer } from './gazetteer.ts';

const gazetteer = buildGazetteer([
  { name: '市中区', type: 'Area', aliases: ['市中'] },
  { name: '区块链', type: 'Industry', aliases: [] },
  { name: '现代金融', type: 'Industry', aliases: [] },
  { name: '预制菜产业', type: 'Industry', aliases: [] },
  { name: '泰山证券', type: 'Enterprise', aliases: [] },
  { name: '甲味食品', type: 'Enterprise', aliases: [] },
  { name: '乙味食品', type: 'Enterprise', aliases: [] },
  { name: '万科', type: 'Enterprise', aliases: [] },
  { name: '龙山县', type: 'Area', aliases: [] },
  { name: '平邑县', type: 'Area', aliases: [] },
  { name: '北湖软件园', type: 'Park', aliases: [] },
  { name: '北湖一号大厦', type: 'Facility', aliases: [] },
  { name: '北湖二号大厦', type: 'Facility', aliases: [] },
  { name: '南湖科技园', type: 'Park', aliases: [] },
  { name: '东方设计大厦', type: 'Facility', aliases: [] },
]);
const extractor = createRuleExtractor(gazetteer);
const relations = (text: string) => extractor.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe('industry relations', () => {
  it('links a name to the industry printed inside it', () => {
    expect(relations('市中区组建济南区块链产业研究院。')).toContain('济南区块链产业研究院 IN_INDUSTRY 区块链');
  });
  it('links the enterprises of a sentence to its 在X方面 topic', () => {
    expect(relations('在现代金融方面，市中区引进泰山证券。')).toContain('泰山证券 IN_INDUSTRY 现代金融');
  });
  it('links an enterprise list to the industry named right after it, not to every industry of the sentence', () => {
    const rels = relations('市中区持续发力，甲味食品、乙味食品等龙头企业带动作用明显，大力发展预制菜产业，做强区块链。');
    expect(rels).toEqual(expect.arrayContaining(['甲味食品 IN_INDUSTRY 预制菜产业', '乙味食品 IN_INDUSTRY 预制菜产业']));
    expect(rels).not.toContain('甲味食品 IN_INDUSTRY 区块链');
  });
});

describe('partners and investors', () => {
  it('makes the places named with a partnership word partners, not parts', () => {
    const rels = relations('市中区扎实做好与龙山县、平邑县的对口帮扶。');
    expect(rels).toEqual(expect.arrayContaining(['市中区 COOPERATES_WITH 龙山县', '市中区 COOPERATES_WITH 平邑县']));
    expect(rels).not.toContain('龙山县 PART_OF 市中区');
  });
  it('does not guess an investor from an enterprise opening a project name', () => {
    expect(relations('市中区加快建设万科南城高端商务综合体。')).not.toContain('万科 INVESTED_IN 万科南城高端商务综合体');
  });
});

describe('clause subjects', () => {
  it('lets a park opening a sentence with a short comment hold the next clause only', () => {
    const rels = relations('市中区持续发力。北湖软件园拓点扩面，北湖一号大厦、北湖二号大厦高效运行，东方设计大厦建成投用。');
    expect(rels).toContain('北湖一号大厦 PART_OF 北湖软件园');
    expect(rels).toContain('东方设计大厦 LOCATED_IN 市中区');
  });
  it('does not let a park that is acted on hold the rest of the sentence', () => {
    const rels = relations('南湖科技园被列入重大项目，东方设计大厦都在市中区。');
    expect(rels).toContain('东方设计大厦 LOCATED_IN 市中区');
    expect(rels).not.toContain('东方设计大厦 LOCATED_IN 南湖科技园');
  });
});

describe('located and invested', () => {
  it('locates an enterprise in the district only when the sentence says it is there (都在市中)', () => {
    expect(relations('市中区大力发展预制菜产业，甲味食品带动明显。')).not.toContain('甲味食品 LOCATED_IN 市中区');
    expect(relations('甲味食品、乙味食品等都在市中。')).toEqual(expect.arrayContaining(['甲味食品 LOCATED_IN 市中区', '乙味食品 LOCATED_IN 市中区']));
  });
  it('reads 投入 and 完成投资 with an amount as investment', () => {
    const x = extractor.extract('市中区投入8600万元建设滨湖康养综合体。');
    expect(x.relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.amount ?? ''}`)).toContain('市中区 INVESTED_IN 滨湖康养综合体 8600万元');
  });
});

describe('officials (round 8)', () => {
  it('lets a title of a level\'s own (县委书记, 市长) lead the place of that level the text is about', () => {
    expect(relations('平邑县推进乡村建设。县委书记韩振国在调研时强调，要抓好落实。')).toContain('韩振国 LEADS 平邑县');
  });
});

describe('a fund', () => {
  it('is in the industries it invests in (重点投向A、B), which the district is not said to develop', () => {
    const r = relations('市中区设立市中区青年创业投资基金，重点投向区块链、现代金融等领域。');
    expect(r).toEqual(expect.arrayContaining(['市中区青年创业投资基金 IN_INDUSTRY 区块链', '市中区青年创业投资基金 IN_INDUSTRY 现代金融']));
    expect(r).not.toContain('市中区 DEVELOPS 区块链');
  });
});

describe('a title after the bare head of a body named before', () => {
  it('leads that body (…。公司副总经理X介绍, 中心主任由…X担任)', () => {
    expect(relations('泰山证券落户市中区。公司副总经理王青山介绍，新址将于年内投用。')).toContain('王青山 LEADS 泰山证券');
  });
});

describe('honours', () => {
  it('go to the holder named before 被, not to the body that awards them', () => {
    const found = relations('今年，北湖村被农业农村部认定为“全国乡村治理示范村”。');
    expect(found).toContain('北湖村 HONOURED_AS 全国乡村治理示范村');
    expect(found.filter((r) => r.startsWith('农业农村部'))).toEqual([]);
  });
});

describe('partners (round 9)', () => {
  it('are every name listed after 与 up to the verb, with every signer listed before it (A、B与C、D签署)', () => {
    const rels = relations('会上，泰山证券、万科还与龙山县、平邑县签订战略合作协议。');
    expect(rels).toEqual(
      expect.arrayContaining(['泰山证券 COOPERATES_WITH 龙山县', '泰山证券 COOPERATES_WITH 平邑县', '万科 COOPERATES_WITH 龙山县', '万科 COOPERATES_WITH 平邑县']),
    );
    expect(rels.filter((r) => r.includes('市中区') || r.includes('龙山县 COOPERATES_WITH 平邑县'))).toEqual([]);
  });
  it('give a bare head before 与 to the last body named with it (园区与X签约), not to the district', () => {
    const rels = relations('市中区加快建设北湖软件园。园区与泰山证券签约共建创新实验室。');
    expect(rels).toContain('北湖软件园 COOPERATES_WITH 泰山证券');
    expect(rels).not.toContain('市中区 COOPERATES_WITH 泰山证券');
  });
  it('leave the district out of a partnership word inside a name (…合作社) or between two others', () => {
    expect(relations('市中区甲味食品专业合作社理事长表示，将扩大种植。').filter((r) => r.includes('COOPERATES_WITH'))).toEqual([]);
    expect(relations('市中区召开推进会。泰山证券牵头，与万科合作建设北湖一号大厦。')).not.toContain('市中区 COOPERATES_WITH 万科');
  });
});

describe('parts of places (round 9)', () => {
  it('make a 街道 part of the district printed right before it, and of no district it is merely named with', () => {
    expect(relations('市中区北湖街道新建社区食堂3处。')).toContain('北湖街道 PART_OF 市中区');
    expect(relations('市中区持续发力。北湖街道党工委书记王青山介绍，街道新建社区食堂3处。')).not.toContain('北湖街道 PART_OF 市中区');
  });
  it('make no part of the district of a city printed short or a development zone named in passing', () => {
    const rels = relations('市中区赴杭州、苏州举办推介会，青溪经济开发区同步签约项目5个。');
    expect(rels.filter((r) => r.includes(' PART_OF '))).toEqual([]);
  });
  it('make a project part of the district only where the sentence prints the district', () => {
    expect(relations('市中区北湖片区城市更新项目开工。')).toContain('北湖片区城市更新项目 PART_OF 市中区');
    expect(relations('市中区持续发力。泰山证券投资5亿元建设北湖数据中心项目。')).not.toContain('北湖数据中心项目 PART_OF 市中区');
  });
});

describe('hosts (round 9)', () => {
  it('are the place printed doing it (某区举办X, 某区在某地召开X), not the district an event is merely named in', () => {
    expect(relations('市中区在北湖一号大厦举办首届北湖数字经济论坛。')).toContain('市中区 HOSTS 首届北湖数字经济论坛');
    expect(relations('市中区持续发力。首届北湖数字经济论坛在北湖一号大厦开幕。')).not.toContain('市中区 HOSTS 首届北湖数字经济论坛');
  });
});

describe('firms brought in (round 9)', () => {
  it('are the objects of 引进/引入 and the firms that settle (A、B等企业落户), not a firm that signs or invests', () => {
    expect(relations('近年来，市中区先后引进了泰山证券、万科等企业。')).toEqual(expect.arrayContaining(['泰山证券 INTRODUCED_TO 市中区', '万科 INTRODUCED_TO 市中区']));
    expect(relations('今年，泰山证券、万科等5家企业相继落户市中区。')).toEqual(expect.arrayContaining(['泰山证券 INTRODUCED_TO 市中区', '万科 INTRODUCED_TO 市中区']));
    expect(relations('市中区持续发力。签约项目中，泰山证券投资5亿元建设北湖数据中心项目。')).not.toContain('泰山证券 INTRODUCED_TO 市中区');
  });
});

describe('programmes carried out by a body (round 9)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '市中区', type: 'Area', aliases: [] },
      { name: '市中区人民法院', type: 'Organization', aliases: [] },
      { name: '市中区住房和城乡建设局', type: 'Organization', aliases: [] },
      { name: '诉源治理', type: 'Strategy', aliases: [] },
      { name: '占一还一', type: 'Strategy', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('are supported by the body opening the sentence, not by the district', () => {
    const found = rels('市中区持续发力。今年，市中区人民法院深入推进诉源治理，化解纠纷1200件。');
    expect(found).toContain('市中区人民法院 SUPPORTS 诉源治理');
    expect(found).not.toContain('市中区 SUPPORTS 诉源治理');
  });
  it('stay the district\'s where the body only introduces its speaker (某局局长X介绍)', () => {
    expect(rels('市中区持续发力。市中区住房和城乡建设局局长王青山介绍，全区推行占一还一。')).toContain('市中区 SUPPORTS 占一还一');
  });
});

describe('a park\'s industries (round 9)', () => {
  it('go to the park a bare 园区 or 产业园 opening the sentence refers back to, not to the district', () => {
    const rels = relations('市中区加快建设北湖软件园。园区重点发展区块链和现代金融。');
    expect(rels).toEqual(expect.arrayContaining(['北湖软件园 DEVELOPS 区块链', '北湖软件园 DEVELOPS 现代金融']));
    expect(rels).not.toContain('市中区 DEVELOPS 区块链');
  });
});

describe('officials (round 9)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '北湖街道', type: 'Area', aliases: [] },
      { name: '青湖区营商环境推进会', type: 'Event', aliases: [] },
      { name: '王青山', type: 'Person', aliases: [] },
      { name: '李青禾', type: 'Person', aliases: [] },
      { name: '赵一舟', type: 'Person', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('lead the district by an office of it joined to another title (区委常委、组织部部长X)', () => {
    expect(rels('青湖区持续发力。区委常委、组织部部长王青山出席会议。')).toContain('王青山 LEADS 青湖区');
  });
  it('lead the place a bare 街道 or 社区 before their title refers back to (街道党工委书记X)', () => {
    expect(rels('青湖区北湖街道新建食堂3处。街道党工委书记李青禾介绍，食堂年底前投用。')).toContain('李青禾 LEADS 北湖街道');
  });
  it('lead the meeting they preside over (X主持会议), named in the sentence or before it', () => {
    expect(rels('青湖区营商环境推进会召开。副区长赵一舟主持会议。')).toContain('赵一舟 LEADS 青湖区营商环境推进会');
  });
});

describe('where things are (round 9)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '北湖街道', type: 'Area', aliases: [] },
      { name: '北湖公园', type: 'Park', aliases: [] },
      { name: '北湖养老服务中心', type: 'Facility', aliases: [] },
      { name: '第三届北湖读书节', type: 'Event', aliases: [] },
      { name: '青溪大道', type: 'Facility', aliases: [] },
      { name: '青溪大道拓宽工程', type: 'Project', aliases: [] },
      { name: '青湖中学', type: 'Facility', aliases: [] },
      { name: '青湖中学南校区项目', type: 'Project', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('hold an event at the last place of the chain after 在 (X在某区某公园开幕, 在某公园举办X)', () => {
    expect(rels('第三届北湖读书节在青湖区北湖公园开幕。')).toContain('第三届北湖读书节 LOCATED_IN 北湖公园');
    expect(rels('青湖区在北湖公园举办第三届北湖读书节。')).toContain('第三届北湖读书节 LOCATED_IN 北湖公园');
  });
  it('place what follows 位于某地的 in that place', () => {
    expect(rels('位于北湖街道的北湖养老服务中心已投入运营。')).toContain('北湖养老服务中心 LOCATED_IN 北湖街道');
  });
  it('place a works named after a road on it, not a new campus on the school it is named after', () => {
    expect(rels('青湖区推进青溪大道拓宽工程。')).toContain('青溪大道拓宽工程 LOCATED_IN 青溪大道');
    expect(rels('青湖区推进青湖中学南校区项目。')).not.toContain('青湖中学南校区项目 LOCATED_IN 青湖中学');
  });
});

describe('honours granted (round 9)', () => {
  it('go to every name listed after 授予 before the honour (授予A、B“X”称号)', () => {
    const found = relations('大会授予泰山证券、万科“北湖突出贡献企业”称号。');
    expect(found).toEqual(expect.arrayContaining(['泰山证券 HONOURED_AS 北湖突出贡献企业', '万科 HONOURED_AS 北湖突出贡献企业']));
  });
});

describe('a district\'s own works (round 9)', () => {
  it('are its investment (某区投资N亿元实施X), and then not also its part: one pair, one type', () => {
    const x = extractor.extract('今年，市中区投资1.2亿元实施北湖防洪提升工程。');
    const found = x.relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.amount ?? ''}`.trim());
    expect(found).toContain('市中区 INVESTED_IN 北湖防洪提升工程 1.2亿元');
    expect(found).not.toContain('北湖防洪提升工程 PART_OF 市中区');
  });
});

describe('firms in the district (round 9)', () => {
  it('are those printed right before 在 it (A、B等都在某区), not a firm doing something 在某区', () => {
    expect(relations('泰山证券、万科等都在市中区。')).toEqual(expect.arrayContaining(['泰山证券 LOCATED_IN 市中区', '万科 LOCATED_IN 市中区']));
    expect(relations('泰山证券在市中区召开推介会。')).not.toContain('泰山证券 LOCATED_IN 市中区');
    expect(relations('泰山证券在市中区揭牌开业。')).toContain('泰山证券 LOCATED_IN 市中区');
  });
});

describe('venues (round 9)', () => {
  it('are where something happens (市中区在某大厦举办…), not placed in the district by it', () => {
    expect(relations('市中区在北湖一号大厦举办推介会。')).not.toContain('北湖一号大厦 LOCATED_IN 市中区');
  });
});

describe('organisers (round 9)', () => {
  it('are every body of the clauses after 由 that end in 主办 or 承办 (由A主办，B、C承办)', () => {
    const local = createRuleExtractor(
      buildGazetteer([
        { name: '青湖区人民政府', type: 'Organization', aliases: [] },
        { name: '青湖区文化和旅游局', type: 'Organization', aliases: [] },
        { name: '北湖文旅集团', type: 'Enterprise', aliases: [] },
        { name: '第三届北湖读书节', type: 'Event', aliases: [] },
      ]),
    );
    const found = local.extract('第三届北湖读书节开幕。本届读书节由青湖区人民政府主办，青湖区文化和旅游局、北湖文旅集团承办。').relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(found).toEqual(
      expect.arrayContaining(['青湖区人民政府 HOSTS 第三届北湖读书节', '青湖区文化和旅游局 HOSTS 第三届北湖读书节', '北湖文旅集团 HOSTS 第三届北湖读书节']),
    );
  });
});

describe('parts of projects and events (round 9)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '北湖街道', type: 'Area', aliases: [] },
      { name: '泰山证券', type: 'Enterprise', aliases: [] },
      { name: '北湖数据中心项目', type: 'Project', aliases: [] },
      { name: '第三届北湖读书节', type: 'Event', aliases: [] },
      { name: '青湖诗词大会', type: 'Event', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('make a project part of the area it is built in (在某街道投资N亿元建设X项目)', () => {
    expect(rels('青湖区持续发力。泰山证券将投资5亿元，在北湖街道建设北湖数据中心项目。')).toContain('北湖数据中心项目 PART_OF 北湖街道');
  });
  it('make what a festival holds part of it (读书节期间将举办X)', () => {
    expect(rels('第三届北湖读书节开幕。读书节期间将举办青湖诗词大会。')).toContain('青湖诗词大会 PART_OF 第三届北湖读书节');
  });
});

describe('aims (round 9)', () => {
  it('belong to the names printed right before the verb (推动A、B争创X), not to the district', () => {
    const local = createRuleExtractor(
      buildGazetteer([
        { name: '青湖区', type: 'Area', aliases: [] },
        { name: '北湖镇', type: 'Area', aliases: [] },
        { name: '南湖镇', type: 'Area', aliases: [] },
        { name: '国家级旅游度假区', type: 'Honor', aliases: [] },
      ]),
    );
    const found = local.extract('青湖区持续发力，推动北湖镇、南湖镇争创国家级旅游度假区。').relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(found).toEqual(expect.arrayContaining(['北湖镇 AIMS_FOR 国家级旅游度假区', '南湖镇 AIMS_FOR 国家级旅游度假区']));
    expect(found).not.toContain('青湖区 AIMS_FOR 国家级旅游度假区');
  });
});

describe('branches (round 9)', () => {
  it('include a school of a university, a sub-bureau and a Party committee\'s department printed after their parent', () => {
    const local = createRuleExtractor(
      buildGazetteer([
        { name: '青湖大学', type: 'Organization', aliases: [] },
        { name: '青湖大学管理学院', type: 'Organization', aliases: [] },
        { name: '青湖市公安局', type: 'Organization', aliases: [] },
        { name: '青湖市公安局北湖分局', type: 'Organization', aliases: [] },
      ]),
    );
    const found = local.extract('青湖大学管理学院与青湖市公安局北湖分局签署合作协议。').relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(found).toEqual(expect.arrayContaining(['青湖大学管理学院 BRANCH_OF 青湖大学', '青湖市公安局北湖分局 BRANCH_OF 青湖市公安局']));
  });
});

describe('honours of people (round 9)', () => {
  it('go to every person listed with a firm and title before the honour (A公司董事长X、B公司总经理Y被授予…)', () => {
    const local = createRuleExtractor(
      buildGazetteer([
        { name: '王青山', type: 'Person', aliases: [] },
        { name: '李青禾', type: 'Person', aliases: [] },
        { name: '北湖杰出企业家', type: 'Honor', aliases: [] },
      ]),
    );
    const found = local.extract('会上，北辰科技董事长王青山、南湖食品总经理李青禾被授予“北湖杰出企业家”称号。').relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(found).toEqual(expect.arrayContaining(['王青山 HONOURED_AS 北湖杰出企业家', '李青禾 HONOURED_AS 北湖杰出企业家']));
  });
});

describe('firms brought into a park (round 9)', () => {
  it('go to the park the sentence names before them, not to the district', () => {
    const found = relations('市中区持续发力。北湖软件园揭牌，首批入驻泰山证券、万科等企业。');
    expect(found).toEqual(expect.arrayContaining(['泰山证券 INTRODUCED_TO 北湖软件园', '万科 INTRODUCED_TO 北湖软件园']));
    expect(found).not.toContain('泰山证券 INTRODUCED_TO 市中区');
  });
  it('go to the district that brings them in when the park is only what it builds', () => {
    const found = relations('今年，市中区加快建设北湖软件园等重点项目，引进泰山证券、万科等企业。');
    expect(found).toEqual(expect.arrayContaining(['泰山证券 INTRODUCED_TO 市中区', '万科 INTRODUCED_TO 市中区']));
    expect(found).not.toContain('泰山证券 INTRODUCED_TO 北湖软件园');
  });
  it('go to the park the clause relies on (依托某园区，引进A)', () => {
    expect(relations('依托北湖软件园，市中区引进泰山证券。')).toContain('泰山证券 INTRODUCED_TO 北湖软件园');
  });
});

describe('measures of a document (round 9)', () => {
  it('are part of the document the sentence reports (《某方案》提出…实施X), not supported by the district', () => {
    const local = createRuleExtractor(
      buildGazetteer([
        { name: '青湖区', type: 'Area', aliases: [] },
        { name: '青湖区养老服务提升方案', type: 'Strategy', aliases: [] },
        { name: '银龄助餐', type: 'Strategy', aliases: [] },
      ]),
    );
    const found = local.extract('青湖区印发《青湖区养老服务提升方案》。《青湖区养老服务提升方案》提出，全区将推行银龄助餐。').relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(found).toContain('银龄助餐 PART_OF 青湖区养老服务提升方案');
    expect(found).not.toContain('青湖区 SUPPORTS 银龄助餐');
  });
});

describe('development zones (round 9)', () => {
  it('opening a park\'s name are no part of the district', () => {
    const local = createRuleExtractor(
      buildGazetteer([
        { name: '青湖区', type: 'Area', aliases: [] },
        { name: '青湖经济开发区', type: 'Area', aliases: [] },
        { name: '青湖经济开发区智造产业园', type: 'Park', aliases: [] },
      ]),
    );
    const found = local.extract('青湖区加快建设青湖经济开发区智造产业园。').relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(found).not.toContain('青湖经济开发区 PART_OF 青湖区');
  });
});

describe('officials of a body named before (round 9)', () => {
  it('lead it after its bare head (分局副局长X, 该公司负责人X, 公司董事长兼总经理X)', () => {
    const local = createRuleExtractor(
      buildGazetteer([
        { name: '青湖市公安局北湖分局', type: 'Organization', aliases: [] },
        { name: '王青山', type: 'Person', aliases: [] },
      ]),
    );
    const found = local.extract('青湖市公安局北湖分局开展专项行动。分局副局长王青山介绍，行动将持续一个月。').relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(found).toContain('王青山 LEADS 青湖市公安局北湖分局');
  });
});

describe('officials by their titles (round 10)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '青湖区委', type: 'Organization', aliases: [] },
      { name: '青湖区委组织部', type: 'Organization', aliases: [] },
      { name: '青禾建设集团有限公司', type: 'Enterprise', aliases: [] },
      { name: '青湖农商银行北湖支行', type: 'Enterprise', aliases: [] },
      { name: '青湖区青年企业家协会', type: 'Organization', aliases: [] },
      { name: '王青山', type: 'Person', aliases: [] },
      { name: '李青禾', type: 'Person', aliases: [] },
      { name: '赵一舟', type: 'Person', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('lead the body printed before a chain of titles (某集团党委书记、董事长X)', () => {
    expect(rels('青湖区新建保障房800套。青禾建设集团有限公司党委书记、董事长王青山介绍，项目年底交付。')).toContain('王青山 LEADS 青禾建设集团有限公司');
  });
  it('lead a bank branch or an association by 行长 and 会长', () => {
    const found = rels('青湖区举办金融沙龙。青湖农商银行北湖支行行长赵一舟参加。青湖区青年企业家协会会长李青禾致辞。');
    expect(found).toEqual(expect.arrayContaining(['赵一舟 LEADS 青湖农商银行北湖支行', '李青禾 LEADS 青湖区青年企业家协会']));
  });
  it('lead the department a bare 组织部部长 names, and the district by 区委常委', () => {
    const found = rels('青湖区委组织部发布人才新政。区委常委、组织部部长王青山介绍，新政年内兑现。');
    expect(found).toEqual(expect.arrayContaining(['王青山 LEADS 青湖区委组织部', '王青山 LEADS 青湖区']));
  });
  it('lead the association they are elected to chair (A、B等3人当选副会长)', () => {
    const found = rels('青湖区青年企业家协会成立。大会选举产生第一届理事会，王青山当选会长，赵一舟、李青禾等3人当选副会长。');
    expect(found).toEqual(expect.arrayContaining(['王青山 LEADS 青湖区青年企业家协会', '赵一舟 LEADS 青湖区青年企业家协会', '李青禾 LEADS 青湖区青年企业家协会']));
  });
  it('hold a chain of offices after a party committee in the place, not in the committee (某区委常委、副区长X)', () => {
    const found = rels('青湖区推进城市更新。青湖区委常委、副区长赵一舟出席会议。');
    expect(found).toContain('赵一舟 LEADS 青湖区');
    expect(found).not.toContain('赵一舟 LEADS 青湖区委');
  });
});

describe('fields a place develops (round 10)', () => {
  it('develops the fields a sentence says it develops (重点发展A、B)', () => {
    const found = relations('市中区将重点发展区块链、现代金融两大产业。');
    expect(found).toEqual(expect.arrayContaining(['市中区 DEVELOPS 区块链', '市中区 DEVELOPS 现代金融']));
  });
  it('does not develop the fields a signing merely covers (涉及A、B)', () => {
    const found = relations('市中区举行集中签约活动，签约项目15个，涉及区块链、现代金融等领域。');
    expect(found).not.toContain('市中区 DEVELOPS 区块链');
    expect(found).not.toContain('市中区 DEVELOPS 现代金融');
  });
});

describe('works a district holds (round 10)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '青湖区住房和城乡建设局', type: 'Organization', aliases: [] },
      { name: '北湖片区城市更新项目', type: 'Project', aliases: [] },
      { name: '南湖小区综合整治工程', type: 'Project', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('hold the works printed right after their name (某区X项目)', () => {
    expect(rels('近日，青湖区北湖片区城市更新项目启动征收。')).toContain('北湖片区城市更新项目 PART_OF 青湖区');
  });
  it('do not hold works a sentence merely names beside them (会议要求某局加快X)', () => {
    expect(rels('会议要求，青湖区住房和城乡建设局要加快推进南湖小区综合整治工程，青湖区各街道要积极配合。')).not.toContain('南湖小区综合整治工程 PART_OF 青湖区');
  });
});

describe('where things are (round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '白沙街道', type: 'Area', aliases: [] },
      { name: '芦苇镇', type: 'Area', aliases: [] },
      { name: '青湖高新技术产业开发区', type: 'Area', aliases: [] },
      { name: '云杉路', type: 'Facility', aliases: [] },
      { name: '青湖区老年活动中心', type: 'Facility', aliases: [] },
      { name: '青湖区智能传感研究中心', type: 'Organization', aliases: [] },
      { name: '北岸冷链物流园', type: 'Park', aliases: [] },
      { name: '青湖市民服务大厅', type: 'Facility', aliases: [] },
      { name: '恒远供应链有限公司', type: 'Enterprise', aliases: [] },
      { name: '生鲜分拨中心项目', type: 'Project', aliases: [] },
      { name: '第三届青湖龙舟邀请赛', type: 'Event', aliases: [] },
      { name: '北湖公园', type: 'Park', aliases: [] },
      { name: '石桥片区', type: 'Area', aliases: [] },
      { name: '石桥片区城市更新项目', type: 'Project', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('locate what opens at a place at the last place of the chain after 在 (X在某区某街道正式启用)', () => {
    expect(rels('5月8日，青湖区老年活动中心在青湖区白沙街道正式启用。')).toContain('青湖区老年活动中心 LOCATED_IN 白沙街道');
    expect(rels('青湖区智能传感研究中心在青湖高新技术产业开发区揭牌运行。')).toContain('青湖区智能传感研究中心 LOCATED_IN 青湖高新技术产业开发区');
    expect(rels('青湖市民服务大厅新址在云杉路18号正式运行。')).toContain('青湖市民服务大厅 LOCATED_IN 云杉路');
  });
  it('do not locate what is only done at a place (X在某街道召开会议)', () => {
    expect(rels('青湖区智能传感研究中心在白沙街道召开座谈会。')).not.toContain('青湖区智能传感研究中心 LOCATED_IN 白沙街道');
  });
  it('locate a park or building built at a place after 在 (在某镇建设X, 在某路建成X)', () => {
    expect(rels('恒远供应链有限公司投资6亿元，在芦苇镇建设北岸冷链物流园。')).toContain('北岸冷链物流园 LOCATED_IN 芦苇镇');
    expect(rels('街道在云杉路建成青湖区老年活动中心，设置床位40张。')).toContain('青湖区老年活动中心 LOCATED_IN 云杉路');
  });
  it('locate a project at the site chosen for it, not its investor (…建设X项目，选址某街道)', () => {
    const found = rels('恒远供应链有限公司投资5亿元建设生鲜分拨中心项目，选址白沙街道，明年投产。');
    expect(found).toContain('生鲜分拨中心项目 LOCATED_IN 白沙街道');
    expect(found).not.toContain('恒远供应链有限公司 LOCATED_IN 白沙街道');
  });
  it('do not locate a site on a road printed as its side (位于某路以北、某路以东)', () => {
    expect(rels('青湖区老年活动中心位于云杉路以北、松涛路以东，建筑面积3000平方米。')).not.toContain('青湖区老年活动中心 LOCATED_IN 云杉路');
    expect(rels('青湖区老年活动中心位于云杉路，建筑面积3000平方米。')).toContain('青湖区老年活动中心 LOCATED_IN 云杉路');
  });
  it('read a bare 项目 opening a clause that places it as the project named before (项目位于某街道)', () => {
    expect(rels('生鲜分拨中心项目日前开工。项目位于白沙街道，总投资3亿元。')).toContain('生鲜分拨中心项目 LOCATED_IN 白沙街道');
  });
  it('locate what lies in a chain of places at the most specific one (位于某区某街道, 地处…)', () => {
    expect(rels('该项目位于青湖区白沙街道，总投资3亿元。生鲜分拨中心项目位于青湖区白沙街道。')).toContain('生鲜分拨中心项目 LOCATED_IN 白沙街道');
    expect(rels('北岸冷链物流园地处芦苇镇，交通便利。')).toContain('北岸冷链物流园 LOCATED_IN 芦苇镇');
  });
  it('hold an event at the place printed after it, a date or an adverb between (X当天在某公园举行, X同步进行)', () => {
    expect(rels('第三届青湖龙舟邀请赛6月2日在青湖区北湖公园开赛。')).toContain('第三届青湖龙舟邀请赛 LOCATED_IN 北湖公园');
    expect(rels('活动期间，第三届青湖龙舟邀请赛当天在北湖公园同步进行。')).toContain('第三届青湖龙舟邀请赛 LOCATED_IN 北湖公园');
  });
  it('make a works named for the quarter it renews part of the quarter (某区某片区城市更新项目)', () => {
    expect(rels('青湖区石桥片区城市更新项目完成征收签约。')).toContain('石桥片区城市更新项目 PART_OF 石桥片区');
  });
});

describe('holders of an honour (round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '芦苇镇', type: 'Area', aliases: [] },
      { name: '白沙镇', type: 'Area', aliases: [] },
      { name: '东河村', type: 'Area', aliases: [] },
      { name: '西岭村', type: 'Area', aliases: [] },
      { name: '青湖区财政局', type: 'Organization', aliases: [] },
      { name: '青湖区市场监督管理局', type: 'Organization', aliases: [] },
      { name: '生态宜居示范村', type: 'Honor', aliases: [] },
      { name: '营商服务先进单位', type: 'Honor', aliases: [] },
      { name: '省级瞪羚企业', type: 'Honor', aliases: [] },
      { name: '恒远供应链有限公司', type: 'Enterprise', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('go to every member of a list whose members open with their town (授予某镇A村、某镇B村“X”称号)', () => {
    const found = rels('大会授予芦苇镇东河村、白沙镇西岭村“生态宜居示范村”称号。');
    expect(found).toEqual(expect.arrayContaining(['东河村 HONOURED_AS 生态宜居示范村', '西岭村 HONOURED_AS 生态宜居示范村']));
    expect(found).not.toContain('白沙镇 HONOURED_AS 生态宜居示范村');
  });
  it('go to every body of a list, past the places printed inside their names', () => {
    const found = rels('授予青湖区财政局、青湖区市场监督管理局“营商服务先进单位”称号。');
    expect(found).toEqual(expect.arrayContaining(['青湖区财政局 HONOURED_AS 营商服务先进单位', '青湖区市场监督管理局 HONOURED_AS 营商服务先进单位']));
  });
  it('go to the members of a list published under the honour (公布X名单，A、B等N家单位上榜)', () => {
    const found = rels('会上公布了“营商服务先进单位”名单，青湖区财政局、青湖区市场监督管理局等12家单位上榜。');
    expect(found).toEqual(expect.arrayContaining(['青湖区财政局 HONOURED_AS 营商服务先进单位', '青湖区市场监督管理局 HONOURED_AS 营商服务先进单位']));
  });
  it('go to the firm a bare 公司 opening the clause refers back to (公司先后获评X)', () => {
    expect(rels('恒远供应链有限公司成立于2012年。公司先后获评省级瞪羚企业。')).toContain('恒远供应链有限公司 HONOURED_AS 省级瞪羚企业');
  });
  it('are not the district when the clause names no holder the rules know (公司先后获评X)', () => {
    expect(rels('青湖区持续优化营商环境。公司先后获评省级瞪羚企业。')).not.toContain('青湖区 HONOURED_AS 省级瞪羚企业');
  });
  it('are the district where the clause names no one before the verb (，先后获评X)', () => {
    expect(rels('青湖区持续优化营商环境，先后获评营商服务先进单位。')).toContain('青湖区 HONOURED_AS 营商服务先进单位');
  });
  it('are the district where the sentence prints it acting (某区…，并获评X)', () => {
    expect(rels('近两年，青湖区累计促成合作项目86个，并获评营商服务先进单位。')).toContain('青湖区 HONOURED_AS 营商服务先进单位');
  });
});

describe('who carries a programme out (round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '白沙街道', type: 'Area', aliases: [] },
      { name: '青湖区公安分局', type: 'Organization', aliases: [] },
      { name: '“邻里守望”巡防机制', type: 'Strategy', aliases: [] },
      { name: '“楼长+网格”议事模式', type: 'Strategy', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('is the unit a bare head opening the clause refers back to (街道推行X, 分局与某银行建立X), not the district', () => {
    const street = rels('青湖区白沙街道有居民4万人。街道推行“楼长+网格”议事模式，每月召开楼道会。');
    expect(street).toContain('白沙街道 SUPPORTS “楼长+网格”议事模式');
    expect(street).not.toContain('青湖区 SUPPORTS “楼长+网格”议事模式');
    const bureau = rels('青湖区公安分局今年破获案件120起。今年3月，分局与多家银行建立“邻里守望”巡防机制。');
    expect(bureau).toContain('青湖区公安分局 SUPPORTS “邻里守望”巡防机制');
  });
});

describe('partners and investors named with their short forms (round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '青湖区人民政府', type: 'Organization', aliases: [] },
      { name: '恒远供应链有限公司', type: 'Enterprise', aliases: [] },
      { name: '北辰置业有限公司', type: 'Enterprise', aliases: [] },
      { name: '南岭物流有限公司', type: 'Enterprise', aliases: [] },
      { name: '青湖职业学院', type: 'Organization', aliases: [] },
      { name: '青湖冷链分拨中心项目', type: 'Project', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('invest in what they build after signing with the place (A与某区政府签订协议，计划投资…建设X)', () => {
    const found = rels('恒远供应链有限公司与青湖区人民政府签订合作协议，计划投资12亿元建设青湖冷链分拨中心项目。');
    expect(found).toContain('恒远供应链有限公司 INVESTED_IN 青湖冷链分拨中心项目');
    expect(found).not.toContain('青湖区人民政府 INVESTED_IN 青湖冷链分拨中心项目');
  });
  it('cooperate across a short form in brackets and a joint verb (A（以下简称“甲”）与B共同投资)', () => {
    expect(rels('该项目由恒远供应链有限公司（以下简称“恒远”）与北辰置业有限公司共同投资建设。')).toContain('恒远供应链有限公司 COOPERATES_WITH 北辰置业有限公司');
  });
  it('cooperate with every member of a counted list (与A、B等12家企业签订)', () => {
    const found = rels('会上，青湖职业学院与北辰置业有限公司、南岭物流有限公司等12家企业签订合作协议。');
    expect(found).toEqual(expect.arrayContaining(['青湖职业学院 COOPERATES_WITH 北辰置业有限公司', '青湖职业学院 COOPERATES_WITH 南岭物流有限公司']));
  });
});

describe('firms brought in (round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '北岸数字产业园', type: 'Park', aliases: [] },
      { name: '北湖公园', type: 'Park', aliases: [] },
      { name: '云杉科创大厦', type: 'Facility', aliases: [] },
      { name: '恒远供应链有限公司', type: 'Enterprise', aliases: [] },
      { name: '北辰置业有限公司', type: 'Enterprise', aliases: [] },
      { name: '恒远供应链有限公司青湖分公司', type: 'Enterprise', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('go into the place printed right after the verb they settle by (A、B等9家企业签约落户某产业园)', () => {
    const found = rels('青湖区持续优化营商环境，恒远供应链有限公司、北辰置业有限公司等9家企业签约落户北岸数字产业园。');
    expect(found).toEqual(expect.arrayContaining(['恒远供应链有限公司 INTRODUCED_TO 北岸数字产业园', '北辰置业有限公司 INTRODUCED_TO 北岸数字产业园']));
    expect(found).not.toContain('恒远供应链有限公司 INTRODUCED_TO 青湖区');
  });
  it('go past a landmark and its side to the place after it (落户某公园东侧的某大厦)', () => {
    expect(rels('北辰置业有限公司落户北湖公园东侧的云杉科创大厦。')).toContain('北辰置业有限公司 INTRODUCED_TO 云杉科创大厦');
  });
  it('come into the place they set up in (A将在某区设立总部), or what they set up there when it is named (A在某区设立A某分公司)', () => {
    expect(rels('签约项目中，北辰置业有限公司将在青湖区设立华东区域总部。')).toContain('北辰置业有限公司 INTRODUCED_TO 青湖区');
    const branch = rels('恒远供应链有限公司在青湖区设立恒远供应链有限公司青湖分公司。');
    expect(branch).toContain('恒远供应链有限公司青湖分公司 INTRODUCED_TO 青湖区');
    expect(branch).not.toContain('恒远供应链有限公司 INTRODUCED_TO 青湖区');
  });
});

describe('aims (round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '北岸数字产业园', type: 'Park', aliases: [] },
      { name: '省级数字经济示范区', type: 'Honor', aliases: [] },
      { name: '国家级生态旅游度假地', type: 'Honor', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('read an honour quoted after the verb, or applied for (争创“X”, 积极申报X)', () => {
    expect(rels('青湖区将持续拓展应用场景，争创“省级数字经济示范区”。')).toContain('青湖区 AIMS_FOR 省级数字经济示范区');
    expect(rels('下一步，青湖区将做强文旅产业，积极申报国家级生态旅游度假地。')).toContain('青湖区 AIMS_FOR 国家级生态旅游度假地');
  });
  it('give the aim to the name before 打造成 (把某园打造成X)', () => {
    expect(rels('青湖区力争到2030年把北岸数字产业园打造成省级数字经济示范区。')).toContain('北岸数字产业园 AIMS_FOR 省级数字经济示范区');
  });
});

describe('fields a body works in (round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '青湖区数字经济商会', type: 'Organization', aliases: [] },
      { name: '恒远供应链有限公司', type: 'Enterprise', aliases: [] },
      { name: '区块链', type: 'Industry', aliases: [] },
      { name: '现代金融', type: 'Industry', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('are the fields the body opening the sentence focuses on (某公司成立于…，专注A领域), not the district\'s development', () => {
    const found = rels('青湖区加快发展数字经济。恒远供应链有限公司成立于2012年，专注区块链与现代金融领域。');
    expect(found).toEqual(expect.arrayContaining(['恒远供应链有限公司 IN_INDUSTRY 区块链', '恒远供应链有限公司 IN_INDUSTRY 现代金融']));
    expect(found).not.toContain('青湖区 DEVELOPS 区块链');
  });
  it('are the fields of the body a bare head opening the sentence refers back to (商会会员主要集中在A、B领域)', () => {
    expect(rels('青湖区数字经济商会日前成立。商会首批会员企业80家，主要集中在区块链、现代金融领域。')).toContain('青湖区数字经济商会 IN_INDUSTRY 区块链');
  });
});

describe('officials of a government, a city, a province and a firm (real news, round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖市', type: 'Area', aliases: [] },
      { name: '青湖市人民政府', type: 'Organization', aliases: [] },
      { name: '北湖省', type: 'Area', aliases: [] },
      { name: '青湖市商务局', type: 'Organization', aliases: [] },
      { name: '青湖新区', type: 'Area', aliases: [] },
      { name: '青禾控股集团', type: 'Enterprise', aliases: [] },
      { name: '王青山', type: 'Person', aliases: [] },
      { name: '李青禾', type: 'Person', aliases: [] },
      { name: '赵一舟', type: 'Person', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  it('a deputy mayor printed after the government leads the city only; the mayor leads both', () => {
    const deputy = rels('青湖市举行项目签约仪式。青湖市人民政府副市长王青山致辞。');
    expect(deputy).toContain('王青山 LEADS 青湖市');
    expect(deputy).not.toContain('王青山 LEADS 青湖市人民政府');
    expect(rels('青湖市举行项目签约仪式。青湖市人民政府市长李青禾致辞。')).toEqual(expect.arrayContaining(['李青禾 LEADS 青湖市', '李青禾 LEADS 青湖市人民政府']));
  });
  it('市领导 A、B lead the city; a 省委常委 the province', () => {
    expect(rels('青湖市重点项目集中开工。市领导王青山、李青禾出席。')).toEqual(expect.arrayContaining(['王青山 LEADS 青湖市', '李青禾 LEADS 青湖市']));
    expect(rels('北湖省重大项目建设加快推进。在青湖市召开的现场会上，省委常委、常务副省长赵一舟出席。')).toContain('赵一舟 LEADS 北湖省');
  });
  it('read 总裁, 党组成员 and 党工委副书记 as titles of the body before them', () => {
    const found = rels('青湖市召开招商大会。青禾控股集团董事长、总裁王青山，青湖市商务局党组成员、副局长李青禾，青湖新区党工委副书记、管委会主任赵一舟出席。');
    expect(found).toEqual(expect.arrayContaining(['王青山 LEADS 青禾控股集团', '李青禾 LEADS 青湖市商务局', '赵一舟 LEADS 青湖新区']));
  });
});

describe('partners listed after 由 (real news, round 11)', () => {
  const local = createRuleExtractor(
    buildGazetteer([
      { name: '青湖区', type: 'Area', aliases: [] },
      { name: '青湖区政府', type: 'Organization', aliases: [] },
      { name: '青禾控股集团', type: 'Enterprise', aliases: [] },
      { name: '北辰实业有限公司', type: 'Enterprise', aliases: [] },
      { name: '北湖大学', type: 'Organization', aliases: [] },
    ]),
  );
  const rels = (text: string) => local.extract(text).relations.filter((r) => r.type === 'COOPERATES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
  it('who build or invest together (由A、B、C三方共同打造) are each other\'s partners', () => {
    expect(rels('青湖区新签约城市综合体项目。该项目由青湖区政府、青禾控股集团、北辰实业有限公司三方共同打造，总投资50亿元。')).toEqual(
      expect.arrayContaining(['青湖区政府 ~ 青禾控股集团', '北辰实业有限公司 ~ 青湖区政府', '北辰实业有限公司 ~ 青禾控股集团']),
    );
  });
  it('but not the founders of a body (由A和B联合组建)', () => {
    expect(rels('青湖区智能装备创新中心投入使用。该中心由青禾控股集团和北湖大学联合组建。')).toEqual([]);
  });
});
