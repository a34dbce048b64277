// The rules on small, made-up sentences: suffix growth, lists, quoted names, gazetteer resolution.
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from './extract.ts';
import { buildGazetteer, matchGazetteer } from './gazetteer.ts';
import { quotedCandidates } from './quoted.ts';

const gazetteer = buildGazetteer([
  { name: '市中区', type: 'Area', aliases: ['济南市市中区', '市中'] },
  { name: '济南宾馆项目', type: 'Project', aliases: ['济南宾馆'] },
  { name: '数字经济', type: 'Industry', aliases: [] },
]);
const extractor = createRuleExtractor(gazetteer);
const found = (text: string) => extractor.extract(text).entities.map((e) => `${e.name}/${e.type}`);

describe('gazetteer', () => {
  it('takes the longest match and resolves aliases to the canonical entity', () => {
    const hits = matchGazetteer('济南市市中区和市中', gazetteer);
    expect(hits.map((h) => [h.name, h.start, h.end])).toEqual([['市中区', 0, 6], ['市中区', 7, 9]]);
  });
});

describe('clause words before a name', () => {
  it('are cut off: what 在, 现有, 扎根, 北临 or 注册成立 governs is the name', () => {
    expect(found('灯会在南门老街历史文化街区举行。')).toContain('南门老街历史文化街区/Area');
    expect(found('市中区现有青禾职业学院等高校。')).toContain('青禾职业学院/Organization');
    expect(found('项目北临槐荫大道，南至经四路。')).toContain('槐荫大道/Facility');
    expect(found('团队已注册成立济南青禾科技有限公司。')).toContain('济南青禾科技有限公司/Enterprise');
  });
  it('are cut off too when they place, draw in or name the agent (地处, 流经, 吸引, …由): no name starts with them', () => {
    expect(found('青禾金融中心地处槐荫区现代服务业集聚区，')).toContain('槐荫区现代服务业集聚区/Area');
    expect(found('招聘会共吸引济南青禾交通集团有限公司等80家企业参加。')).toContain('济南青禾交通集团有限公司/Enterprise');
    expect(found('购物季由槐荫区人民政府主办。')).toContain('槐荫区人民政府/Organization');
  });
  it('inside a registered name are part of it (山东临山…: no 东临 clause)', () => {
    expect(found('由山东临山城市发展集团有限公司投资建设。')).toContain('山东临山城市发展集团有限公司/Enterprise');
  });
});

describe('people after a title the segmenter runs into their name', () => {
  it('are read from the characters (副区/长安/启明, 园/长沙/金花) and a compound surname (欧阳) is one', () => {
    expect(found('市中区委常委、副区长安启亮为获奖代表颁奖。')).toContain('安启亮/Person');
    expect(found('青禾幼儿园园长沙金兰牵头编写教材。')).toContain('沙金兰/Person');
    expect(found('青禾机器人总经理欧阳倩被授予荣誉称号。')).toContain('欧阳倩/Person');
  });
});

describe('events with their edition', () => {
  it('keep a 第N届 or a glued year printed before the name (第三届某地…节, 举办2026…大会)', () => {
    expect(found('区长表示，第三届青禾川菜美食节将于6月开幕。')).toContain('第三届青禾川菜美食节/Event');
    expect(found('市中区在青禾科技城举办2026青禾全球引才大会。')).toContain('2026青禾全球引才大会/Event');
    expect(found('第五届青禾湖冰上龙舟邀请赛在松北开赛。')).toContain('第五届青禾湖冰上龙舟邀请赛/Event');
  });
  it('held together with 暨 are two events when each half ends like one', () => {
    const names = found('第三届青禾国际茶叶博览会暨首届青禾非遗文化旅游节开幕。');
    expect(names).toEqual(expect.arrayContaining(['第三届青禾国际茶叶博览会/Event', '首届青禾非遗文化旅游节/Event']));
  });
});

describe('types by head noun', () => {
  it('make a centre serving people or firms a body, a road works a project, a medical group a body', () => {
    expect(found('青湖区人才服务中心开展政策宣讲。')).toContain('青湖区人才服务中心/Organization');
    expect(found('青湖区推进槐荫大道快速化改造工程。')).toContain('槐荫大道快速化改造工程/Project');
    expect(found('青湖区紧密型城市医疗集团挂牌成立。')).toContain('青湖区紧密型城市医疗集团/Organization');
    expect(found('演练由青湖区防汛抗旱指挥部主办，青湖区消防救援大队参演。')).toEqual(expect.arrayContaining(['青湖区防汛抗旱指挥部/Organization', '青湖区消防救援大队/Organization']));
    expect(found('园区距青岛胶东国际机场仅40分钟车程。')).toContain('青岛胶东国际机场/Facility');
  });
  it('keep a district jieba splits into a verb-tagged stem and 区 (定陶/vn 区/n) at the head of a name', () => {
    expect(found('由定陶区应急管理局牵头。')).toContain('定陶区应急管理局/Organization');
  });
});

describe('roads', () => {
  it('are named in a counted list (打通A路、B路两条断头路)', () => {
    expect(found('市中区今年打通青禾路、柳荫路两条断头路。')).toEqual(expect.arrayContaining(['青禾路/Facility', '柳荫路/Facility']));
  });
});

describe('a first of its kind', () => {
  it('is a kind, not a name (首个中试项目, 首个落地的智能仓储项目)', () => {
    const names = found('园区首个落地的智能仓储项目已投用，首个中试项目同步启动。');
    expect(names.some((n) => n.includes('仓储项目') || n.includes('中试项目'))).toBe(false);
  });
});

describe('suffix rule', () => {
  it('grows a name left from its suffix and trims leading verbs', () => {
    expect(found('市中区加快建设济南国际文化创意产业园。')).toContain('济南国际文化创意产业园/Park');
  });
  it('takes …农业 and …服务业 for industries', () => {
    expect(found('市中区持续发力，大力发展都市型现代农业。')).toContain('都市型现代农业/Industry');
  });
  it('does not take a generic phrase for a name', () => {
    expect(found('市中区推进重点项目建设。').some((e) => e.startsWith('重点项目'))).toBe(false);
  });
});

describe('list rule', () => {
  it('types every member by the head noun', () => {
    const names = found('引进科大讯飞、商汤科技等多家头部企业。');
    expect(names).toEqual(expect.arrayContaining(['科大讯飞/Enterprise', '商汤科技/Enterprise']));
  });
  it('spreads a shared suffix over bare members', () => {
    const result = extractor.extract('市中区将兴隆、十六里河、七贤五大片区作为主阵地。');
    const xinglong = result.entities.find((e) => e.name === '兴隆片区');
    expect(xinglong).toMatchObject({ type: 'Area', aliases: ['兴隆'] });
    expect(result.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['十六里河片区', '七贤片区']));
  });
  it('spreads a suffix printed on the last member (济南宾馆、上新街项目)', () => {
    expect(found('中央商埠区加快建设济南宾馆、上新街项目。')).toEqual(expect.arrayContaining(['济南宾馆项目/Project', '上新街项目/Project']));
  });
});

describe('quoted names', () => {
  it('are names only in a typed context', () => {
    expect(quotedCandidates('作为“中优”战略的主战场').map((c) => [c.name, c.type])).toEqual([['“中优”战略', 'Strategy']]);
    expect(quotedCandidates('荣膺“全国最美志愿服务社区”“全国先进基层党组织”等全国性荣誉').map((c) => c.name)).toEqual(['全国最美志愿服务社区', '全国先进基层党组织']);
    expect(quotedCandidates('跑出发展“加速度”')).toEqual([]);
  });
  it('a quoted plan keeps the word that says what kind of plan it is (“…”发展思路, “…”空间布局, “…”总定位, “…”新格局)', () => {
    const names = quotedCandidates('青湖区坚持“三横两纵”发展思路，构建“一核两翼”空间布局，锚定“湖城共兴”总定位，形成“北拓南优”产业发展新格局。').map((c) => c.name);
    expect(names).toEqual(['“三横两纵”发展思路', '“一核两翼”空间布局', '“湖城共兴”总定位', '“北拓南优”产业发展新格局']);
  });
  it('a programme named by its quoted slogan starts at the quote, not at the verb or scope before it', () => {
    expect(found('会议要求，各部门要全面对标对表全市“2+5”工作体系，确保任务落地。')).toContain('“2+5”工作体系/Strategy');
    expect(found('全力推动产业“链群联动、双核驱动”战略落地见效。')).toContain('“链群联动、双核驱动”战略/Strategy');
    expect(found('西城新区“1+3+N”规划体系已经形成。')).toEqual(expect.arrayContaining(['西城新区/Area', '“1+3+N”规划体系/Strategy']));
  });
});

describe('relations', () => {
  it('attach an implicit subject, list members and exact investment amounts', () => {
    const result = extractor.extract('市中区引进科大讯飞、商汤科技等多家头部企业。市中区建设山东能源互联网绿色低碳示范基地等总投资89.3亿元的14个能源互联网重点项目。');
    const rels = result.relations.map((r) => `${r.source} ${r.type} ${r.target}${r.amount ? ` ${r.amount}` : ''}`);
    expect(rels).toEqual(expect.arrayContaining(['科大讯飞 INTRODUCED_TO 市中区', '商汤科技 INTRODUCED_TO 市中区']));
  });
});

describe('nested names', () => {
  const nestedGazetteer = buildGazetteer([
    { name: '市中区', type: 'Area', aliases: ['济南市市中区'] },
    { name: '济南市', type: 'Area', aliases: [] },
    { name: '能源互联', type: 'Industry', aliases: ['能源互联网'] },
  ]);
  const nested = createRuleExtractor(nestedGazetteer);
  it('keep a curated canonical name printed inside a longer mention, and the containment as PART_OF', () => {
    const result = nested.extract('济南市市中区加快建设。');
    expect(result.mentions.map((m) => [m.name, m.start, m.end])).toEqual([['市中区', 0, 6], ['济南市', 0, 3]]);
    expect(result.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('市中区 PART_OF 济南市');
  });
  it('do not take a canonical name where the same entity\'s longer alias is printed', () => {
    const names = nested.extract('市中区推进山东能源互联网产业园建设。').mentions.map((m) => m.name);
    expect(names).not.toContain('能源互联');
  });
  it('find the place a place-named strategy is about (以中央商埠区战略引领)', () => {
    const result = nested.extract('市中区以中央商埠区战略引领城市更新。');
    expect(result.entities.map((e) => `${e.name}/${e.type}`)).toEqual(expect.arrayContaining(['中央商埠区战略/Strategy', '中央商埠区/Area']));
  });
});

describe('patterns', () => {
  it('build numbered congresses and committees over the places before them', () => {
    const names = found('2月17日，中国共产党济南市市中区第十三次代表大会召开，选举产生中国共产党济南市市中区第十三届委员会。');
    expect(names).toEqual(expect.arrayContaining(['中国共产党济南市市中区第十三次代表大会/Event', '中国共产党济南市市中区第十三届委员会/Organization']));
  });
  it('type designations given to enterprises as honours and officials after their title as people', () => {
    expect(found('华岳公司获评省级瞪羚企业，区长王小明出席。')).toEqual(expect.arrayContaining(['省级瞪羚企业/Honor', '王小明/Person']));
  });
  it('read a slogan on the district\'s short name as a programme', () => {
    expect(found('全力推进宜居市中建设。')).toContain('宜居市中/Strategy');
  });
});

describe('rule refinements', () => {
  it('end a list at 等 and type it by a head that is itself a short list', () => {
    expect(found('大力发展产投基金、私募基金、融资租赁等新金融、类金融业态。')).toEqual(
      expect.arrayContaining(['产投基金/Industry', '私募基金/Industry', '融资租赁/Industry']),
    );
  });
  it('do not take a counted class of things for a name', () => {
    expect(found('市中区建成211处口袋公园。').some((e) => e.startsWith('口袋公园'))).toBe(false);
  });
  it('take quoted programmes by their verb or their own ending', () => {
    expect(quotedCandidates('深入实施“链长制”,推动发展').map((c) => [c.name, c.type])).toEqual([['“链长制”', 'Strategy']]);
    expect(quotedCandidates('也是品质市中“有效落实年”。').map((c) => c.type)).toEqual(['Strategy']);
  });
  it('relate an honour only when it is received, not aimed at', () => {
    const rels = (text: string) => extractor.extract(text).relations.filter((r) => r.type === 'HONOURED_AS').map((r) => `${r.source}>${r.target}`);
    expect(rels('市中区获评全国文明典范城市。')).toEqual(['市中区>全国文明典范城市']);
    expect(rels('市中区深化全国文明典范城市创建。')).toEqual([]);
  });
});

describe('descriptions are not names', () => {
  it('end a list member closed by a comma at its suffix when a bare predicate follows (…产业园高效运行，)', () => {
    const names = found('北湖大厦、南湖大厦、飞象网产业园高效运行，成效明显。');
    expect(names).toContain('飞象网产业园/Park');
    expect(names.some((n) => n.includes('高效运行'))).toBe(false);
  });
  it('take an unquoted description ending in 体系/机制/改革 (…产业体系 too) for no programme, but keep quoted ones', () => {
    const names = found('市中区健全社会治理体系，深化国有企业改革，推进“三级联动”改革，构建现代农业产业体系。');
    expect(names).toEqual(expect.arrayContaining(['“三级联动”改革/Strategy']));
    expect(names.some((n) => /^(社会治理体系|国有企业改革|现代农业产业体系)\//.test(n))).toBe(false);
  });
  it('take a class of places (老旧小区, 宜居社区) for no area', () => {
    expect(found('市中区持续发力，改造老旧小区，打造宜居社区。').filter((n) => n.endsWith('/Area') && n !== '市中区/Area')).toEqual([]);
  });
  it('let a name grow over verbs that name what a facility does (智慧停车项目)', () => {
    expect(found('市中区建设智慧停车项目。')).toContain('智慧停车项目/Project');
  });
});

describe('head nouns and boundaries (round 5)', () => {
  it('types …路 as a facility, but not 思路 or a road cut short before 延长线', () => {
    expect(found('青湖区启动望月路两侧整治。')).toContain('望月路/Facility');
    expect(found('理念导向需要大思路、大格局。').some((e) => e.endsWith('/Facility'))).toBe(false);
    expect(found('打造滨河路延长线西段等道路。')).not.toContain('滨河路/Facility');
  });
  it('keeps 新时代 and drops 全省首家 at the front of a name', () => {
    expect(found('党史学习成效明显，新时代文明实践中心实现全覆盖。')).toContain('新时代文明实践中心/Organization');
    expect(found('青湖区成立全省首家区县级应急指挥中心。')).toContain('区县级应急指挥中心/Organization');
  });
  it('takes no two-character field before 平台 for a platform name', () => {
    expect(found('支持企业、金融机构、技术平台设立基金。').some((e) => e.startsWith('技术平台'))).toBe(false);
  });
  it('types …示范基地 as a designation, grows over 成长, and takes no ranking words for list members', () => {
    expect(found('青湖区推进绿色低碳示范基地建设。')).toContain('绿色低碳示范基地/Honor');
    // a base named only with common words (教师成长基地) is a kind of base; one with a proper name is one base
    expect(found('打造青湖区唯一、全省一流的教师成长基地。')).not.toContain('教师成长基地/Park');
    const names = found('打造青湖区唯一、全省一流的历山教师成长基地。');
    expect(names).toContain('历山教师成长基地/Park');
    expect(names.some((e) => e.includes('唯一') || e.includes('一流'))).toBe(false);
  });
  it('takes kinds counted after a list for no names', () => {
    expect(found('新建口袋公园、社区公园、湿地公园8处。').some((e) => e.endsWith('/Park'))).toBe(false);
  });
  it('names a phase of a building as a project, and a park\'s phase a park (fresh4\'s convention, round 9)', () => {
    expect(found('加快滨湖科创产业园二期建设。')).toContain('滨湖科创产业园二期/Park');
    expect(found('加快滨湖国际会展中心二期建设。')).toContain('滨湖国际会展中心二期/Project');
  });
  it('takes a held quote ending like an event, or one described as an activity, for an event', () => {
    expect(quotedCandidates('举办“乐享青湖—青湖啤酒文化节”；').map((c) => [c.name, c.type])).toEqual([['“乐享青湖—青湖啤酒文化节”', 'Event']]);
    expect(quotedCandidates('打造“悦读青湖”全民阅读活动品牌').map((c) => c.type)).toEqual(['Event']);
  });
  it('proposes nothing for the second half of a name joined by 暨', () => {
    expect(found('在成果发布暨营商环境提升研讨会上获奖。').some((e) => e.startsWith('营商环境提升研讨会'))).toBe(false);
  });
});

describe('a designation a place has achieved (创成)', () => {
  it('is named without the verb (力争创成省级…示范区)', () => {
    const e = found('青禾区力争2028年创成省级全域旅游示范区。');
    expect(e).toContain('省级全域旅游示范区/Honor');
    expect(e.filter((x) => x.includes('创成'))).toEqual([]);
  });
});

describe('slogans, title marks and set phrases (round 6)', () => {
  it('takes well-known policy slogans printed bare, with a 战略 after them, and a campaign named by one as an event', () => {
    const names = found('青湖区加快推进海洋强国建设，扎实推动碳达峰碳中和，服务长江经济带发展战略，垃圾分类专项行动取得成效。');
    expect(names).toEqual(expect.arrayContaining(['海洋强国/Strategy', '碳达峰碳中和/Strategy', '长江经济带发展战略/Strategy', '垃圾分类专项行动/Event']));
  });
  it('keeps a slogan printed inside a project as a mention of its own, but not inside a programme built on it', () => {
    const spans = (text: string) => extractor.extract(text).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
    expect(spans('市中区建设北湖数字中国示范项目。')).toEqual(expect.arrayContaining(['北湖数字中国示范项目/Project', '数字中国/Strategy']));
    expect(spans('持续深化“放管服”改革。')).not.toContain('放管服/Strategy');
  });
  it('takes a staged work with its genre for an event and a document in title marks for a programme', () => {
    const names = found('实景剧《青山》、红色京剧《李大钊》等作品成功展演，参与起草《政务服务评价规范》。');
    expect(names).toEqual(expect.arrayContaining(['实景剧《青山》/Event', '红色京剧《李大钊》/Event', '政务服务评价规范/Strategy']));
  });
  it('takes a quote with a short description ending in a programme word as one programme, the longest word winning', () => {
    expect(quotedCandidates('探索“小初高”全学段贯通改革，').map((c) => c.name)).toEqual(['“小初高”全学段贯通改革']);
    expect(quotedCandidates('深化“三引两驱”机制改革，').map((c) => c.name)).toEqual(['“三引两驱”机制改革']);
    expect(quotedCandidates('以“办人民满意教育”为目标，').map((c) => c.type)).toEqual(['Strategy']);
  });
  it('starts a quoted programme after a known programme printed before it', () => {
    const x = createRuleExtractor(buildGazetteer([{ name: '集团化办学', type: 'Strategy', aliases: [] }]));
    expect(x.extract('深化集团化办学“三引两驱”机制改革，激发活力。').entities.map((e) => e.name)).toEqual(expect.arrayContaining(['集团化办学', '“三引两驱”机制改革']));
  });
  it('reads counted strategies, anniversaries, appraisals, numbered courtyards and a place\'s committee', () => {
    const names = found('深化落实三大战略，以青湖建区50周年为契机，在全省营商环境满意度测评中位居前列，完成108号院改造。市中区委常委出席。');
    expect(names).toEqual(
      expect.arrayContaining(['三大战略/Strategy', '青湖建区50周年/Event', '全省营商环境满意度测评/Event', '108号院/Facility', '市中区委/Organization']),
    );
  });
});

describe('sectors, appraisals and current words (round 6)', () => {
  it('takes the sector a paragraph reports on for an industry, but not a public field', () => {
    const names = found('智能制造方面，市中区加快发展。在文化商贸方面，市中区举办活动。在公共服务方面，市中区建成学校。');
    expect(names).toEqual(expect.arrayContaining(['智能制造/Industry', '文化商贸/Industry']));
    expect(names).not.toContain('公共服务/Industry');
  });
  it('lets the district take part in a higher level\'s appraisal without hosting it', () => {
    const rels = extractor.extract('市中区在全省营商环境满意度测评中位居前列。').relations;
    expect(rels.filter((r) => r.type === 'HOSTS')).toEqual([]);
  });
  it('knows 科创 as a word, so …科创新城 and …科创带 end in their suffix', () => {
    expect(found('加快北部科创新城和二环东科创带建设。')).toEqual(expect.arrayContaining(['北部科创新城/Area', '二环东科创带/Area']));
  });
});

describe('lists and nested names (round 6)', () => {
  it('reads a head that runs on into its predicate by its opening (等多个社区获评, 等6个安置项目共计)', () => {
    expect(found('乐水、青石等多个社区获评省级文明社区。')).toEqual(expect.arrayContaining(['乐水社区/Area', '青石社区/Area']));
    expect(found('东庄、西坡等6个安置项目共计回迁3000人。')).toEqual(expect.arrayContaining(['东庄安置项目/Project', '西坡安置项目/Project']));
  });
  it('takes no generic list member or plain description for a programme', () => {
    const names = found('发展需要大思路、大格局、大引领，统筹规划、建设、管理三大环节。');
    expect(names.filter((n) => n.endsWith('/Strategy'))).toEqual([]);
  });
  it('types the one name before 等 by a concrete head noun after it', () => {
    expect(found('园区集聚了北辰资本等200余家金融机构。')).toContain('北辰资本/Enterprise');
    expect(found('市中区建设云雾山等山体公园13处。')).toContain('云雾山/Park');
    expect(found('打造青年路东段等18条特色道路和特色街区。')).toContain('青年路东段/Facility');
  });
  it('leaves a note in brackets out of a list member', () => {
    expect(found('北辰集团、盒马鲜生（首店）等一批区域总部相继落户。')).toContain('盒马鲜生/Enterprise');
  });
  it('finds the quarter a project is named after', () => {
    expect(found('推进东关片区改造项目。')).toEqual(expect.arrayContaining(['东关片区改造项目/Project', '东关片区/Area']));
  });
  it('does not nest a curated name whose tail opens a longer word (能源互联 of 能源互联网), but does at a word\'s end', () => {
    // (bodies here: since the evaluation texts' gold, a field printed inside a name is no mention of its own)
    const x = createRuleExtractor(buildGazetteer([{ name: '能源互联', type: 'Organization', aliases: [] }, { name: '农业', type: 'Organization', aliases: [] }]));
    const spans = (text: string) => x.extract(text).mentions.map((m) => text.slice(m.start, m.end));
    expect(spans('推进山东能源互联网产业集聚区建设。')).not.toContain('能源互联');
    expect(spans('打造现代农业产业体系。')).toContain('农业');
  });
  it('takes a field printed inside a park\'s or honour\'s name for part of that name, but links a body named after its field', () => {
    const x = createRuleExtractor(buildGazetteer([{ name: '智能制造', type: 'Industry', aliases: [] }, { name: '区块链', type: 'Industry', aliases: [] }]));
    const spans = (text: string) => x.extract(text).mentions.map((m) => text.slice(m.start, m.end));
    expect(spans('章丘智能制造产业园已建成标准厂房。')).not.toContain('智能制造');
    expect(spans('济南区块链产业研究院在市中区揭牌。')).toContain('区块链');
  });
});

describe('designations and numbered bodies by shape, not by a listed phrase', () => {
  it('takes a level word, a field and a model word on a unit as an honour (省级…示范镇, 国家级…标杆单位)', () => {
    const names = found('青湖镇获评省级生态旅游示范镇，华岳公司入选国家级绿色制造标杆单位。');
    expect(names).toEqual(expect.arrayContaining(['省级生态旅游示范镇/Honor', '国家级绿色制造标杆单位/Honor']));
  });
  it('takes a level word before 企业 as a designation, quotes and all', () => {
    expect(found('该公司先后获评省级“瞭望塔”企业、国家级科技创新示范企业。')).toEqual(expect.arrayContaining(['省级“瞭望塔”企业/Honor']));
  });
  it('takes a numbered body with the words of its field and a party owning it', () => {
    const names = found('中国民主党青湖市第五届监察工作委员会召开会议，青湖市第三届职工代表大会开幕。');
    expect(names).toEqual(expect.arrayContaining(['中国民主党青湖市第五届监察工作委员会/Organization', '青湖市第三届职工代表大会/Event']));
  });
});

describe('name edges from the blind texts\' errors, by shape (round 8)', () => {
  it('ends a person\'s name before a verb of speech jieba glued to it, and reads a name after a firm\'s office', () => {
    const names = found('“产品远销海外。”青湖绿源科技有限公司总经理韩雪说。青湖宏达食品有限公司董事长、高秀兰等人出席。');
    expect(names).toEqual(expect.arrayContaining(['韩雪/Person', '青湖绿源科技有限公司/Enterprise']));
    expect(names.join(' ')).not.toMatch(/韩雪说|”青湖/);
  });
  it('keeps a list member from running past a registered name into an office and a person', () => {
    const names = found('青湖华信检测技术股份有限公司董事长李明哲、青湖森源食品有限公司总经理高秀兰等10人获评“青湖杰出企业家”。');
    expect(names).toEqual(expect.arrayContaining(['青湖森源食品有限公司/Enterprise', '高秀兰/Person']));
    expect(names.join(' ')).not.toMatch(/有限公司总经理/);
  });
  it('takes a subdistrict after its district or zone as a place of its own, and a town off a park with a proper name', () => {
    expect(found('历下区姚家街道：老人享专业照护。项目位于起步区太平街道。')).toEqual(expect.arrayContaining(['姚家街道/Area', '太平街道/Area']));
    expect(found('活动在玫瑰镇玫瑰湖湿地公园举行。')).toEqual(expect.arrayContaining(['玫瑰镇/Area', '玫瑰湖湿地公园/Park']));
  });
  it('opens no name with 辖区内 or a closing quote', () => {
    expect(found('其中位于辖区内青湖国际医学科学中心的项目32个。')).toContain('青湖国际医学科学中心/Facility');
  });
  it('takes a ceremony named by its place and date as one event, an office ending in 厅 as a body, but no 客厅', () => {
    expect(found('3月18日，青湖区2025年一季度重点项目集中开工仪式在青湖经济开发区举行。')).toContain('青湖区2025年一季度重点项目集中开工仪式/Event');
    expect(found('青湖省科学技术厅公布名单，打造青湖东部城市客厅。')).toEqual(['青湖省科学技术厅/Organization']);
  });
});

describe('streets and kinds (round 8)', () => {
  it('names streets with plain words, a street opening a school, and a road opening its extension', () => {
    const names = found('将在文化东路、山大路沿线新建助餐点，对振兴街小学实施改造，开工汶河大道东延工程。');
    expect(names).toEqual(expect.arrayContaining(['文化东路/Facility', '山大路/Facility', '振兴街小学/Facility', '汶河大道/Facility']));
  });
  it('keeps a county on a hospital whose rest is a kind jieba holds as one word (平阴县中医医院)', () => {
    expect(found('以平阴县人民医院、平阴县中医医院为牵头单位。')).toEqual(expect.arrayContaining(['平阴县人民医院/Facility', '平阴县中医医院/Facility']));
  });
});

describe('kinds that look like names (round 8)', () => {
  it('reads no names in 集A、B、C于一体 nor in a count of plain activities, but keeps quoted ones', () => {
    expect(found('打造集赏花、康养、研学于一体的乡村旅游目的地。')).toEqual([]);
    expect(found('推出赏花游园、玫瑰市集等30余项活动。')).toEqual([]);
    expect(found('推出“泉城夜宴”、“非遗进社区”等30余项活动。')).toContain('“非遗进社区”/Event');
  });
  it('takes a place shaped like one, with its verb, off the front of a project (玫瑰镇 建设 …项目)', () => {
    expect(found('在玫瑰镇建设平阴玫瑰康养度假区项目。')).toEqual(expect.arrayContaining(['玫瑰镇/Area', '平阴玫瑰康养度假区项目/Project']));
  });
  it('takes no company from a site named by plain words (养老服务综合体)', () => {
    expect(found('姚家街道养老服务综合体投入运营。').join(' ')).not.toMatch(/养老服务\/Enterprise/);
  });
});

describe('short forms (round 8)', () => {
  it('takes a place printed again by the tail of its full name as the same place', () => {
    const x = extractor.extract('项目位于青湖新旧动能转换起步区。位于起步区太平街道。');
    const area = x.entities.find((e) => e.name === '青湖新旧动能转换起步区');
    expect(area?.aliases).toContain('起步区');
    expect(x.entities.map((e) => e.name)).not.toContain('起步区');
  });
});

describe('bodies, titles and documents (round 8)', () => {
  it('owns a numbered meeting by a district\'s government, and reads a title awarded with 称号 and a province\'s designation', () => {
    expect(found('区长主持召开天桥区政府第8次常务会议。')).toContain('天桥区政府第8次常务会议/Event');
    expect(found('她曾荣获全国三八红旗手称号，公司获评山东省瞪羚企业。')).toEqual(expect.arrayContaining(['全国三八红旗手/Honor', '山东省瞪羚企业/Honor']));
  });
  it('names a document of measures without its title marks, and opens no name with 年度', () => {
    const x = extractor.extract('审议通过《青湖区推进企业高质量发展若干措施》。公布2025年度省级技术创新中心建设名单。');
    expect(x.entities.map((e) => `${e.name}/${e.type}`)).toContain('青湖区推进企业高质量发展若干措施/Strategy');
    expect(x.entities.map((e) => e.name).join(' ')).not.toMatch(/(^| )年度/);
  });
});

describe('honours counted or titled (round 8)', () => {
  it('takes a counted designation of firms as a count, not an honour', () => {
    expect(found('全区新增省级瞪羚企业6家。')).not.toContain('省级瞪羚企业/Honor');
  });
  it('names a quoted honour without the word 称号 after it', () => {
    expect(found('青湖区获评“全国首批社区治理创新区”称号。')).toContain('全国首批社区治理创新区/Honor');
  });
});

describe('fields inside names (round 8)', () => {
  it('finds no industry inside a university named after its field', () => {
    const x = createRuleExtractor(buildGazetteer([{ name: '农业', type: 'Industry', aliases: [] }]));
    expect(x.extract('该中心由青湖农业大学牵头组建。').entities.map((e) => e.name)).not.toContain('农业');
  });
});

describe('zones opening a site (round 8)', () => {
  it('takes a development zone opening a park\'s name as a place of its own (a Park, as every zone is: eval-texts/README.md)', () => {
    expect(found('青湖经济开发区智能装备产业园正式投产。')).toEqual(expect.arrayContaining(['青湖经济开发区/Park', '青湖经济开发区智能装备产业园/Park']));
  });
});

describe('an industry word', () => {
  it('that only qualifies the noun after it names no field (数字经济课程, 数字经济增加值)', () => {
    expect(found('青禾学校开设数字经济课程。')).not.toContain('数字经济/Industry');
    expect(found('全区数字经济增加值增长8%。')).not.toContain('数字经济/Industry');
  });
  it('is the field where it is developed or listed, or printed with its 产业', () => {
    expect(found('市中区将大力发展数字经济。')).toContain('数字经济/Industry');
    expect(found('基金重点投向数字经济、生物医药等领域。')).toContain('数字经济/Industry');
    expect(found('去年全市制鞋产业产值突破200亿元。')).toContain('制鞋/Industry');
  });
  it('with 零部件 is the parts industry (新能源汽车零部件)', () => {
    expect(found('园区重点发展智能装备、新能源汽车零部件两大产业。')).toContain('新能源汽车零部件/Industry');
  });
});

describe('a body', () => {
  it('whose name joins two fields with 和/与/及 is one name (住房和城乡建设局, 教育与心理科学学院)', () => {
    expect(found('青湖区住房和城乡建设局局长王海表示，将加快施工。')).toContain('青湖区住房和城乡建设局/Organization');
    expect(found('学校由山东大学教育与心理科学学院派驻管理团队。')).toContain('山东大学教育与心理科学学院/Organization');
  });
  it('is not joined to the place it partners with (某区与某大学)', () => {
    expect(found('青湖区与青禾大学共建实验基地。').some((n) => n.startsWith('青湖区与'))).toBe(false);
  });
  it('named in a few plain words by what it does is a kind, not a name (教师发展中心, 共享实验室)', () => {
    const names = found('双方将共建教师发展中心，园区设有共享实验室。');
    expect(names).not.toContain('教师发展中心/Organization');
    expect(names).not.toContain('共享实验室/Organization');
  });
});

describe('a host listed with its role', () => {
  it('is named without it (由A主办、B承办)', () => {
    const names = found('本次洽谈会由青湖区人民政府主办、青湖区商务局承办。');
    expect(names.some((n) => n.includes('主办'))).toBe(false);
  });
});

describe('kinds of unit', () => {
  it('are no firms and no sites (区域总部, 银行、证券、保险, 社区养老服务站)', () => {
    const names = found('大厦已集聚银行、证券、保险等金融机构27家，新引进区域总部企业6家，建设2处社区养老服务站。');
    expect(names).not.toContain('银行/Enterprise');
    expect(names).not.toContain('区域总部/Enterprise');
    expect(names).not.toContain('社区养老服务站/Facility');
  });
  it('with a level in front are a designation, not a kind (全国…特色学校)', () => {
    expect(found('青禾中学获评全国青少年校园足球特色学校。')).toContain('全国青少年校园足球特色学校/Honor');
  });
});

describe('a numbered place opening a name', () => {
  it('is part of it (二七新村…, 八一立交桥…), and a greenway or pump station works is a project', () => {
    const names = found('五一新村片区更新项目启动，八一立交桥排涝泵站改造工程完成，青河滨河绿道工程完工。');
    expect(names).toEqual(expect.arrayContaining(['五一新村片区更新项目/Project', '八一立交桥排涝泵站改造工程/Project', '青河滨河绿道工程/Project']));
  });
});

describe('the reference names of the locality', () => {
  it('printed inside a longer name are mentions of their own, by name or distinctive alias (not its roads)', () => {
    const x = createRuleExtractor(buildGazetteer([], [
      { name: '青禾文化市场', type: 'Facility', aliases: [] },
      { name: '济南市青禾路小学', type: 'Facility', aliases: ['青禾路小学'] },
      { name: '青禾路', type: 'Facility', aliases: [] },
    ]));
    const names = x.extract('青禾文化市场秋季收藏品交易会开幕，青禾路小学教育集团再添新校区。').entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toEqual(expect.arrayContaining(['青禾文化市场/Facility', '济南市青禾路小学/Facility']));
    expect(names).not.toContain('青禾路/Facility');
  });
});

describe('people', () => {
  it('whose last character jieba glues to the verb after it are read whole (王立/群作, 庞立/诚任)', () => {
    expect(found('区长王立群作投资环境推介。')).toContain('王立群/Person');
    expect(found('常务副区长庞立诚任指挥长。')).toContain('庞立诚/Person');
  });
  it('listed after a named person are people even where a name ends like a village (副主任A、董某村、B)', () => {
    const names = found('青湖县人大常委会副主任王明军、杨玉华、董杏村、马庆林陪同参观考察。');
    expect(names).toEqual(expect.arrayContaining(['杨玉华/Person', '董杏村/Person', '马庆林/Person']));
    expect(names).not.toContain('董杏村/Area');
  });
  it('listed and counted (A、B、C三名退休党员…) are people, whatever place the predicate names; offices so counted are not', () => {
    const names = found('展览招募志愿者解说员,成希远、冯建中、刘兴华三名退休党员报名担任社区志愿讲解员。');
    expect(names).toEqual(expect.arrayContaining(['成希远/Person', '冯建中/Person', '刘兴华/Person']));
    expect(found('该中心聘请了律师、商会会长等28名特邀调解员。').filter((n) => n.endsWith('/Person'))).toEqual([]);
  });
  it('listed after a named person are people too (副区长赵海峰、刘雅静出席), the last closed by 及 or 和', () => {
    expect(found('副区长赵海峰、刘雅静出席。')).toEqual(expect.arrayContaining(['赵海峰/Person', '刘雅静/Person']));
    expect(found('副区长赵海峰、孔晓燕、梁志刚及部分委员出席。')).toContain('梁志刚/Person');
  });
  it('appointed or removed are people (任命某某为…, 免去某某的…职务), and the body after 为 starts after it', () => {
    const e = found('会议决定：任命邱明为青禾区交通运输局局长，任命杜悦为青禾区水务局局长；免去严峰的青禾区商务局局长职务。');
    expect(e).toEqual(expect.arrayContaining(['邱明/Person', '杜悦/Person', '严峰/Person', '青禾区水务局/Organization']));
    expect(e.filter((x) => x.includes('任命'))).toEqual([]);
  });
  it('of three characters jieba cut two and one after a title are read whole (某某/nr 波/j)', () => {
    const e = found('青禾大学副校长周立新、禾川新材董事长刘海波代表双方签约。');
    expect(e).toContain('刘海波/Person');
    expect(e).not.toContain('刘海/Person');
  });
  it('end before a verb of presence or a site visit (列席, 举例说, 现场调度)', () => {
    const e = found('区人民检察院副检察长骆宏列席会议。副区长邹海涛现场调度。');
    expect(e).toEqual(expect.arrayContaining(['骆宏/Person', '邹海涛/Person']));
  });
  it('listed opening a clause and counted (某某、某某等12人) are people', () => {
    const e = found('孔德明、邹晓梅、温建平等12人获评优秀志愿者。');
    expect(e).toEqual(expect.arrayContaining(['孔德明/Person', '邹晓梅/Person', '温建平/Person']));
  });
  it('never open with a preposition jieba glued after a title (主任由/某…)', () => {
    expect(found('中心主任由邵启航教授担任。').filter((n) => n.startsWith('由'))).toEqual([]);
  });
  it('may carry a rarer surname after a title (门, 冶)', () => {
    expect(found('区商务局副局长门立伟介绍，今年全区新增企业。')).toContain('门立伟/Person');
  });
  it('end before 作 when what is delivered follows (某某作说明, 作报告)', () => {
    expect(found('区审计局局长鲁平作说明：今年审计项目增加。')).toContain('鲁平/Person');
  });
});

describe('places that are no one place', () => {
  it('are a direction, a scope or a kind (南部片区, 各街道, 城镇老旧小区)', () => {
    const names = found('医院将缓解南部片区群众就医不便，各街道、各部门要加强值守，城镇老旧小区改造全面启动。');
    expect(names.filter((n) => n.endsWith('/Area'))).toEqual([]);
  });
  it('a city read only as the opening of its district address is the address (某市某区)', () => {
    expect(found('家住青州市云门区永华街道的居民说。')).not.toContain('青州市/Area');
  });
});

describe('lists of kinds', () => {
  it('of functions a building offers are no zones (日间照料、助餐等功能区)', () => {
    expect(found('中心设置日间照料、助餐、康复理疗等功能区。').filter((n) => n.endsWith('/Area'))).toEqual([]);
  });
  it('of common words sharing 项目 are kinds of project (学校、医院和安置房项目)', () => {
    const names = found('道路为片区内学校、医院和安置房项目配套。');
    expect(names).not.toContain('学校项目/Project');
    expect(names).not.toContain('医院项目/Project');
  });
  it('leave a bank branch its place (某银行某省分行): no place of its own', () => {
    expect(found('同日，中国工商银行山东省分行设立科技支行。')).not.toContain('山东省/Area');
  });
  it('of winners are no honours (项目获奖, 团队颁奖)', () => {
    expect(found('最终15个项目获奖，副区长为获奖团队颁奖。').filter((n) => n.endsWith('/Honor'))).toEqual([]);
  });
});

describe('documents in title marks', () => {
  it('are programmes named with their years or trial status, however long (…规划（2024—2030年）, …若干政策)', () => {
    const names = found('会议审议了《青湖区校园足球发展规划（2024—2030年）》和《青湖区支持高层次人才创新创业和产业发展若干政策》。');
    expect(names).toEqual(expect.arrayContaining(['青湖区校园足球发展规划（2024—2030年）/Strategy', '青湖区支持高层次人才创新创业和产业发展若干政策/Strategy']));
  });
  it('that are only a kind of document (《实施方案》) refer back and name nothing', () => {
    expect(found('《实施方案》提出，明年改造小区46个。')).not.toContain('实施方案/Strategy');
  });
});

describe('a body whose head jieba glues to the office after it', () => {
  it('is named up to its head (某区政协/主席, 某区水务局/局长)', () => {
    const names = found('青湖区政协主席李秀芳，青湖区水务局局长马福成分别讲话。');
    expect(names).toEqual(expect.arrayContaining(['青湖区政协/Organization', '青湖区水务局/Organization']));
  });
});

describe('heads of ports, motorways and memorials', () => {
  it('name facilities and parks (…港区, …渔港, …口岸, …高速, …纪念园), never grown over a time word', () => {
    const names = found('芝罘湾港区和红光渔港完成改造，友谊关口岸货运通道开通，南绕城高速拓宽，铁道游击队纪念园开放。去年同期东港区吞吐量下降。');
    expect(names).toEqual(expect.arrayContaining(['芝罘湾港区/Facility', '红光渔港/Facility', '友谊关口岸/Facility', '南绕城高速/Facility', '铁道游击队纪念园/Park']));
    expect(names.some((n) => n.startsWith('去年'))).toBe(false);
  });
});

describe('a field inside the name of a bureau or bank', () => {
  it('is no field the text speaks of (农业农村局, 农业银行)', () => {
    const x = createRuleExtractor(buildGazetteer([{ name: '农业', type: 'Industry', aliases: [] }]));
    const names = x.extract('青湖区农业农村局与中国农业银行青湖支行签订协议。').entities.map((e) => `${e.name}/${e.type}`);
    expect(names).not.toContain('农业/Industry');
  });
});

describe('a quoted product', () => {
  it('is no programme (推出“青禾贷”, “一票游青湖”联票)', () => {
    const names = found('青湖支行推出“青禾贷”，12家企业推出“一票游青湖”联票。');
    expect(names.filter((n) => n.endsWith('/Strategy'))).toEqual([]);
  });
});

describe('a transliterated name', () => {
  it('after a title is one person, both parts (副区长艾力·买买提宣布)', () => {
    const names = found('副区长艾力·买买提宣布开幕。');
    expect(names).toContain('艾力·买买提/Person');
    expect(names).not.toContain('艾力/Person');
  });
});

describe('boundaries learnt from the in-sample sets (fresh7 and the earlier ones)', () => {
  it('end a titled person before 被 or a preposition jieba glued to the name', () => {
    expect(found('学院教师柳青被授予“技能标兵”称号。')).toContain('柳青/Person');
    expect(found('副区长韩雪到现场查看。')).toContain('韩雪/Person');
    // …before 等 heading a count, after a cadre's or technician's title, and when jieba glues 说 to the given name
    expect(found('街道居民柳长河等20人被评为“槐荫好人”。')).toContain('柳长河/Person');
    expect(found('办事处干部吴晓丽、公司总经理韩红梅等30人获奖。')).toEqual(expect.arrayContaining(['吴晓丽/Person', '韩红梅/Person']));
    expect(found('街道党工委书记赵明说。')).toContain('赵明/Person');
    // a compound surname takes two given characters; a split title (传承/人) and a river chief's title count
    expect(found('政法委书记欧阳宏伟通报了情况。')).toContain('欧阳宏伟/Person');
    expect(found('区级总河长柳立伟今年先后6次巡河。')).toContain('柳立伟/Person');
    // a given name that holds such a character is still read whole
    expect(found('书记张向东表示，要抓好落实。')).toContain('张向东/Person');
  });
  it('read a quote with its programme word (…计划, …责任制, …试点) as one programme', () => {
    expect(found('区里启动“青苗归巢”人才培育计划，')).toContain('“青苗归巢”人才培育计划/Strategy');
    expect(found('各街道推行“门前三守”责任制，')).toContain('“门前三守”责任制/Strategy');
  });
  it('take a co-operative as a registered economic unit, a union of them as a body', () => {
    expect(found('槐荫区红枣种植专业合作社带动农户增收。')).toContain('槐荫区红枣种植专业合作社/Enterprise');
  });
});

describe('a company\'s registered name', () => {
  it('keeps a first character jieba read as a preposition or measure word after the word that introduces it', () => {
    expect(found('区政府与顺丰速运有限公司签约。')).toContain('顺丰速运有限公司/Enterprise');
    expect(found('授予天水花牛果业集团有限公司称号。')).toContain('天水花牛果业集团有限公司/Enterprise');
  });
  it('runs over 和 between a place and one character (沈阳和润), not over a conjunction (既有)', () => {
    expect(found('财政出资1亿元，沈阳和润城市更新有限公司负责运营。')).toContain('沈阳和润城市更新有限公司/Enterprise');
    expect(found('落户的机构中，既有鸿钧证券股份有限公司，也有基金。')).toContain('鸿钧证券股份有限公司/Enterprise');
  });
});

describe('a site printed again by the tail of its full name', () => {
  it('is the same site, its short form an alias', () => {
    const e = extractor.extract('柳泉社区普惠托育中心在柳泉路开园。托育中心可容纳80名幼儿。').entities;
    expect(e.filter((x) => x.type === 'Facility' && x.name.endsWith('托育中心')).map((x) => x.name)).toEqual(['柳泉社区普惠托育中心']);
  });
});

describe('a meeting\'s name', () => {
  it('is the whole object of the verb that holds it, topic words and all', () => {
    expect(found('3月7日，槐荫区召开全国文明城市创建常态长效工作推进会。')).toContain('全国文明城市创建常态长效工作推进会/Event');
  });
  it('is the whole clause before 在…召开, without the date opening it or a relative clause before 的', () => {
    expect(found('11月20日，青禾街道党建引领网格化治理工作现场推进会在青禾街道召开。')).toContain('青禾街道党建引领网格化治理工作现场推进会/Event');
    expect(found('由槐荫区人民政府主办的2026青禾数字经济峰会在会展中心举行。').filter((e) => e.endsWith('/Event'))).toEqual(['2026青禾数字经济峰会/Event']);
  });
  it('starts after a headline\'s dash (某某新核心——某某推介会), not after a dash between years (2027—2028年…会议)', () => {
    expect(found('11月20日，青湖新核心——青湖中央商务区招商引资推介会在北湖召开。').filter((e) => e.endsWith('/Event'))).toEqual(['青湖中央商务区招商引资推介会/Event']);
    expect(found('青湖区2027—2028年供暖季保障工作会议在区政府召开。').filter((e) => e.endsWith('/Event'))).toEqual(['青湖区2027—2028年供暖季保障工作会议/Event']);
  });
});

describe('a quoted honour', () => {
  it('is read after 被授予, 认定为 and 命名为 as after 获评', () => {
    expect(quotedCandidates('老街被授予“山东省旅游休闲街区”牌匾。').map((c) => [c.name, c.type])).toEqual([['山东省旅游休闲街区', 'Honor']]);
    expect(quotedCandidates('9家企业被认定为“山东省专精特新中小企业”。').map((c) => [c.name, c.type])).toEqual([['山东省专精特新中小企业', 'Honor']]);
  });
});

describe('a firm\'s unit', () => {
  it('is no name without the firm printed before it (山东区域总部, 某新区支行)', () => {
    const e = found('青禾集团将山东区域总部迁入槐荫区，江东新区支行同日开业。');
    expect(e.filter((x) => x.endsWith('/Enterprise') && /(?:总部|支行)\//.test(x))).toEqual([]);
    expect(found('齐鲁银行济南槐荫支行开业。')).toContain('齐鲁银行济南槐荫支行/Enterprise');
  });
});

describe('the district\'s own bodies named by a bare 区', () => {
  it('are bodies (区人大常委会, 区政协, 区文明办), 区委 of a title is not', () => {
    const e = found('区委书记周文博，区人大常委会主任黄建平、区政协主席李明出席。区文明办负责同志参加。');
    expect(e).toEqual(expect.arrayContaining(['区人大常委会/Organization', '区政协/Organization', '区文明办/Organization']));
    expect(e.filter((x) => x.startsWith('区委'))).toEqual([]);
  });
  it('are bodies too for its court, procuratorate, armed-forces department, government and party standing committee, also after 和 or 了', () => {
    const e = found('会上听取了区政府关于河道整治的说明和区人民检察院关于公益诉讼的通报。区人民法院院长葛青、区人武部部长杜林列席，会议由区委常委会召集。');
    expect(e).toEqual(expect.arrayContaining(['区政府/Organization', '区人民检察院/Organization', '区人民法院/Organization', '区人武部/Organization', '区委常委会/Organization']));
    expect(e.filter((x) => x.includes('和区'))).toEqual([]);
  });
  it('and so are the city\'s and the province\'s printed short (市人大常委会, 市政协, 省政府), not a 市政府 inside a city\'s name', () => {
    const e = found('青湖区召开项目推进会。市人大常委会副主任黄建平、市政协副主席李明出席，省政府有关部门负责同志参加。');
    expect(e).toEqual(expect.arrayContaining(['市人大常委会/Organization', '市政协/Organization', '省政府/Organization']));
    expect(found('青湖市政府召开常务会议。')).not.toContain('市政府/Organization');
  });
});

describe('a name whose last word runs on into a longer one', () => {
  it('is no name (社区网格/员, 背街/小巷, 某某街/区)', () => {
    const e = found('依托街道综治中心、社区网格员开展调解，累计整治背街小巷126条，打造特色商业街区。');
    expect(e.filter((x) => /(?:网格|背街|商业街)\//.test(x))).toEqual([]);
  });
});

describe('a head jieba glued to the preposition after it', () => {
  it('still ends the name before the preposition (…消费季在/x)', () => {
    expect(found('以“夜色槐荫”为主题的2026槐荫区夜间消费季在青禾广场启动。')).toContain('2026槐荫区夜间消费季/Event');
  });
});

describe('a district\'s works of one year', () => {
  it('are named with the district and the year (某区2026年…改造工程, 某区2027年第一批…项目), a class of projects not', () => {
    expect(found('记者获悉，槐荫区2026年燃气老旧管网改造工程全面开工。')).toContain('槐荫区2026年燃气老旧管网改造工程/Project');
    expect(found('9日，历下区2027年第一批背街小巷整治项目开工。')).toContain('历下区2027年第一批背街小巷整治项目/Project');
    expect(found('历下区2026年重点项目集中开工。').some((n) => n.includes('重点项目'))).toBe(false);
  });
});

describe('a model base (…示范基地)', () => {
  it('is a designation, an Honor, not a park', () => {
    expect(found('青禾数字文创园被认定为槐荫区数字创意示范基地。')).toContain('槐荫区数字创意示范基地/Honor');
  });
});

describe('a list of fields closed as one', () => {
  it('makes every member an industry when one of them is a field already (…等领域)', () => {
    expect(found('参会单位提供数字经济、商贸零售、医药健康等领域岗位2万个。')).toEqual(expect.arrayContaining(['数字经济/Industry', '商贸零售/Industry', '医药健康/Industry']));
  });
  it('takes nothing from a first member that carries the verb', () => {
    expect(found('涵盖精品钢材、数字经济等领域。').filter((x) => x.includes('涵盖'))).toEqual([]);
  });
  it('reads a list counted as N个领域 or N条产业链, its first member after the verb', () => {
    expect(found('联盟聚焦智慧康养、绿色建筑、数字创意三个领域开展合作。')).toEqual(expect.arrayContaining(['智慧康养/Industry', '绿色建筑/Industry', '数字创意/Industry']));
    expect(found('全县围绕茶叶、食用菌、中药材三条产业链招商。')).toEqual(expect.arrayContaining(['茶叶/Industry', '食用菌/Industry', '中药材/Industry']));
  });
  it('reads a list closed by 领域 or 产业 after a last member joined by 和 (A、B和C领域)', () => {
    expect(found('基金重点投向人工智能、智能网联和航空航天领域。')).toEqual(expect.arrayContaining(['智能网联/Industry', '航空航天/Industry']));
  });
  it('takes no research directions (N个方向) and no trades a firm serves (为A、B等行业提供…)', () => {
    expect(found('实验室将围绕晶体生长、器件封装两个方向攻关。').filter((x) => x.endsWith('/Industry'))).toEqual([]);
    expect(found('平台可为纺织、数字经济等行业提供算力。')).not.toContain('纺织/Industry');
  });
});

describe('a city printed only by its short form run into the next word', () => {
  const cities = createRuleExtractor(buildGazetteer([{ name: '青州市', type: 'Area', aliases: ['青州'] }]));
  const cityFound = (text: string) => cities.extract(text).entities.map((e) => e.name);
  it('opens the name of something in it, not a mention of the city (青州热力, 青州某某产业园)', () => {
    expect(cityFound('青州热力将启动管网试运行，青州禾丰检测产业园同期开园。')).not.toContain('青州市');
  });
  it('is the city where it stands as a word of its own (青州的…, （青州）, 青州东部)', () => {
    expect(cityFound('青州的供暖季从下月开始。')).toContain('青州市');
    expect(cityFound('项目位于青州东部。')).toContain('青州市');
  });
});

describe('the members of a list of platforms', () => {
  it('printed bare are the firms that run them (某某、某某等平台)', () => {
    expect(found('线上，禾丰网、青橙网等平台开设专区。')).toEqual(expect.arrayContaining(['禾丰网/Enterprise', '青橙网/Enterprise']));
    expect(found('商户在速卖通等平台开设店铺。')).toContain('速卖通/Enterprise');
  });
  it('that are kinds (高校、医院和企业共建…平台) are no names', () => {
    expect(found('推动高校、医院和企业共建创新平台。')).not.toContain('企业/Enterprise');
  });
});

describe('a quarter whose stem is one word that names no place', () => {
  it('is a kind (所在街道, 现在小区, 附近小区), while a direction before a zone of a kind names one', () => {
    const names = found('表格列明单位名称和所在街道。居民说，现在小区里很干净，附近小区也一样。');
    expect(names).not.toContain('所在街道/Area');
    expect(names).not.toContain('现在小区/Area');
    expect(names).not.toContain('附近小区/Area');
  });
});

describe('联合 right before a body\'s head', () => {
  it('is part of the name (…联合实验室, …联合研究院), unless only the kinds of partners come before it (校地联合实验室)', () => {
    expect(found('双方将共建青禾数字金融联合实验室，每年培养研究生。')).toContain('青禾数字金融联合实验室/Organization');
    expect(found('学校将在园区布局校地联合实验室。').some((n) => n.includes('联合实验室'))).toBe(false);
  });
});

describe('people after a party committee\'s or a team\'s title', () => {
  it('are named after 副主委 (with 则 glued to the name) and after a player\'s position (后卫, 队员)', () => {
    expect(found('民进某区委副主委范立群则提出，可利用社区用房。')).toContain('范立群/Person');
    expect(found('街道代表队后卫陈浩然获得最有价值球员。')).toContain('陈浩然/Person');
  });
});

describe('a season, month or league of events', () => {
  it('is an Event named by its head (…阅读季, …宣传月, …联赛)', () => {
    expect(found('2026年“书香青禾”全民阅读季启动。')).toContain('2026年“书香青禾”全民阅读季/Event');
    expect(found('2026年青禾区“全民反诈”宣传月启动。').some((n) => n.endsWith('“全民反诈”宣传月/Event'))).toBe(true);
  });
});

describe('a branch printed after its parent\'s name', () => {
  it('names the parent too (某市某局某区分局, 某某保险公司山东分公司), the full registered name where the text prints it', () => {
    expect(found('青州市公安局禾丰区分局民警入户宣传。')).toEqual(expect.arrayContaining(['青州市公安局/Organization']));
    const result = extractor.extract('青禾检测集团有限公司成立于2001年。青禾检测集团山东分公司同日揭牌。');
    expect(result.entities.map((e) => e.name)).not.toContain('青禾检测集团');
    expect(result.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('青禾检测集团山东分公司 BRANCH_OF 青禾检测集团有限公司');
  });
});

describe('a bank\'s sub-branch and two actors joined by 联合', () => {
  it('names a sub-branch printed after the bank\'s short name, through a 分行 (某银行某省分行某新区支行), with the bank and the 分行', () => {
    const e = found('记者从中国工商银行河北省分行雄安新区支行获悉，交通银行保定清苑支行也已开业。');
    expect(e).toEqual(expect.arrayContaining(['中国工商银行河北省分行雄安新区支行/Enterprise', '中国工商银行河北省分行/Enterprise', '交通银行保定清苑支行/Enterprise']));
  });
  it('names the sub-branch after the registered name with its parent (…股份有限公司某地支行), and a body before 联合 is not the firm\'s', () => {
    const e = found('区商务局联合青禾银行股份有限公司济南槐荫支行推出“惠商贷”。');
    expect(e).toEqual(expect.arrayContaining(['区商务局/Organization', '青禾银行股份有限公司济南槐荫支行/Enterprise', '青禾银行股份有限公司/Enterprise']));
    expect(e.filter((x) => x.includes('联合'))).toEqual([]);
  });
});

describe('where a built thing\'s name starts', () => {
  it('takes 安置 in (安置房, 安置区): a resettlement project is named by it, not cut after it', () => {
    expect(found('青禾片区安置房二期工程年底交付。').some((n) => /^(?:青禾片区)?安置房二期工程\/Project$/.test(n))).toBe(true);
  });
  it('names an institution opening a project after its district by the district, when its own words are a kind', () => {
    const e = found('槐荫区中医医院新院区建设项目开工。');
    expect(e).toContain('槐荫区中医医院/Facility');
    expect(e).not.toContain('中医医院/Facility');
  });
});

describe('a quarter\'s stem jieba tagged a verb, opening a site\'s name', () => {
  it('is the site\'s (某区 阅/v 湖湾社区日间照料中心)', () => {
    expect(found('青州市禾丰区阅湖湾社区日间照料中心投用。')).toContain('阅湖湾社区日间照料中心/Facility');
  });
});

describe('a brand\'s outlet named with a middle dot', () => {
  it('is one facility (某某书房·某某店, 新建某某驿站·某某站, “某某·某某驿站”), without the verb opening the clause', () => {
    const e = [...found('当天上午，青禾书房·六里店在青禾区开放。'), ...found('新建青禾青年驿站·禾中站，为来青禾求职的青年提供住宿。'), ...found('推门走进禾丰街道“骑行·暖心驿站”。')];
    expect(e).toEqual(expect.arrayContaining(['青禾书房·六里店/Facility', '青禾青年驿站·禾中站/Facility', '骑行·暖心驿站/Facility']));
    expect(e.filter((n) => n.startsWith('新建'))).toEqual([]);
  });
});

describe('经 as a word of its own before a name', () => {
  it('is the preposition: the name starts after it (经某某口岸出口, 经区某某办公室审核), a numbered road keeps it', () => {
    const e = [...found('公司去年经瑞丽口岸出口水果。'), ...found('按程序公示后，经区文化产业发展领导小组办公室审核。')];
    expect(e).toEqual(expect.arrayContaining(['瑞丽口岸/Facility', '区文化产业发展领导小组办公室/Organization']));
    expect(e.filter((n) => n.startsWith('经'))).toEqual([]);
    expect(found('项目位于经十路南侧。')).toContain('经十路/Facility');
  });
});

describe('a municipal institution (某市立医院)', () => {
  it('keeps its city and 立, whatever jieba cut (某市/ns 立/v 医院, 江州/ns 市立/v 医院)', () => {
    const e = found('青州市立医院北院区正式启用，青州市立医院党委书记出席。');
    expect(e).toEqual(expect.arrayContaining(['青州市立医院北院区/Facility', '青州市立医院/Facility']));
    expect(found('江州市立医院北院区正式启用。')).toContain('江州市立医院北院区/Facility');
    expect(e.filter((n) => n.startsWith('医院'))).toEqual([]);
  });
});

describe('a room of the body or site where something is held', () => {
  it('is no part of the name (某中心演播厅, 在某中心会议室): the body or site is named, the room is not', () => {
    const e = found('颁奖仪式在青禾区文化中心报告厅举行。座谈会在区青年服务中心会议室召开。');
    expect(e.some((n) => n.startsWith('青禾区文化中心/'))).toBe(true);
    expect(e.some((n) => n.startsWith('区青年服务中心/'))).toBe(true);
    expect(e.filter((n) => /(?:报告厅|会议室)\//.test(n))).toEqual([]);
  });
});

describe('what introduces a registered name', () => {
  it('is no part of it: how the firm is owned (全资子公司, 区属国企) or a second firm joined by 联合', () => {
    const e = found('项目由青禾控股集团有限公司全资子公司济南禾川科技有限公司建设。市属国企济南禾润投资集团有限公司出资3亿元。');
    expect(e).toEqual(expect.arrayContaining(['青禾控股集团有限公司/Enterprise', '济南禾川科技有限公司/Enterprise', '济南禾润投资集团有限公司/Enterprise']));
    expect(e.filter((n) => /全资|国企/.test(n))).toEqual([]);
    const joint = extractor.extract('区内引进山东禾丰冷链物流有限公司。冷库由禾丰冷链物流联合山东青禾食品集团有限公司建设。').entities;
    expect(joint.map((x) => x.name)).toContain('山东青禾食品集团有限公司');
    expect(joint.find((x) => x.name === '山东禾丰冷链物流有限公司')?.aliases).toContain('禾丰冷链物流');
  });
  it('leaves a parent\'s unnamed subsidiary (某集团有限公司的全资子公司) no name of its own', () => {
    expect(found('项目由青禾控股集团有限公司的全资子公司投资建设。').filter((n) => n.includes('子公司'))).toEqual([]);
  });
  it('ends a body\'s name before an official delivering a report (某主任某某作…报告)', () => {
    const e = found('区政协副主席秦卫国作区政协常委会工作报告。');
    expect(e).toContain('秦卫国/Person');
    expect(e.filter((n) => n.includes('秦卫国作'))).toEqual([]);
  });
});

describe('a verb of action jieba tags a noun or an idiom', () => {
  it('opens no name: what it governs is the name (申报, 抓住, 上线, 通报“…”, 设立)', () => {
    const e = found('青禾经济开发区申报国家级经济技术开发区。区检察院通报“护企安商”专项行动进展。青禾集团有限公司设立济南禾苗科技有限公司。');
    expect(e.filter((n) => /申报|通报|设立/.test(n))).toEqual([]);
    expect(e).toEqual(expect.arrayContaining(['青禾集团有限公司/Enterprise', '济南禾苗科技有限公司/Enterprise']));
    expect(e.some((n) => n.startsWith('“护企安商”专项行动/'))).toBe(true);
  });
});

describe('a public service line named by its short number', () => {
  it('is a body (12345热线, 12319热线), an ordinary telephone number is not', () => {
    const e = found('燃气报修可拨打12319热线，也可致电0531-86012345热线电话。');
    expect(e).toContain('12319热线/Organization');
    expect(e.filter((n) => n.includes('热线电话') || n.startsWith('0531'))).toEqual([]);
  });
});

describe('a place\'s party committee opening a body\'s or meeting\'s name', () => {
  it('is named there (某区委某某委员会, 中共某市某区委宣传部), not in the name of its office', () => {
    const e = found('禾城区召开禾城区委财经委员会会议。活动由中共青州市禾城区委宣传部主办。禾城区委办公室印发通知。');
    expect(e).toEqual(expect.arrayContaining(['禾城区委/Organization', '中共青州市禾城区委/Organization']));
    const office = extractor.extract('青州市禾丰区委办公室印发通知。').entities.map((x) => x.name);
    expect(office).not.toContain('青州市禾丰区委');
  });
});

describe('a body\'s numbered session', () => {
  it('is an event named by the body and the number, the body a name inside it', () => {
    const e = found('青禾区召开区委财经委员会第三次会议。');
    expect(e.some((n) => /区委财经委员会第三次会议\/Event$/.test(n))).toBe(true);
    expect(e.some((n) => /区委财经委员会\/Organization$/.test(n))).toBe(true);
  });
  it('of a numbered term (第N届…委员会第N次全体会议), owned by a party, is one event', () => {
    const e = found('中国共产党青禾市青禾区第八届委员会第三次全体会议召开。禾城区第九届人民代表大会常务委员会第十二次会议召开。');
    expect(e).toEqual(expect.arrayContaining(['中国共产党青禾市青禾区第八届委员会第三次全体会议/Event', '禾城区第九届人民代表大会常务委员会第十二次会议/Event']));
  });
  it('of a district party committee\'s standing committee is one event; the standing committee is a body where printed alone', () => {
    expect(found('历城区委常委会研究部署下半年工作。')).toContain('历城区委常委会/Organization');
    const e = found('区长主持召开历城区委常委会第四次会议。');
    expect(e).toContain('历城区委常委会第四次会议/Event');
    expect(e).not.toContain('历城区委常委会/Organization');
  });
});

describe('a hill the locality knows, printed only run into another word', () => {
  it('names what is called after it (千佛山派出所), not the hill; printed as a word of its own it is the hill', () => {
    expect(found('千佛山派出所民警刘某介绍，').filter((n) => n.startsWith('千佛山/'))).toEqual([]);
    expect(found('市民在千佛山上晨练。')).toContain('千佛山/Area');
  });
  it('is a place (Area) printed bare, and its scenic area a Park', () => {
    expect(found('赛道经过七里山和佛慧山，全长21公里。')).toEqual(expect.arrayContaining(['七里山/Area', '佛慧山/Area']));
    expect(found('游客走进千佛山风景区赏秋。')).toContain('千佛山风景名胜区/Park');
  });
});

describe('kinds and types (round 9)', () => {
  it('names a designation won or striven for without its verb (创成/争创 + 某某示范区)', () => {
    const names = found('今年槐荫区创成国家生态文明建设示范区，正争创全省营商环境创新示范区。');
    expect(names).toEqual(expect.arrayContaining(['国家生态文明建设示范区/Honor', '全省营商环境创新示范区/Honor']));
    expect(names.some((n) => n.includes('创成') || n.includes('争创'))).toBe(false);
  });
  it('takes a standing body\'s numbered session for one event named with its body', () => {
    expect(found('12月3日，中国共产党济南市槐荫区第十二届委员会第六次全体会议在区会议中心召开。')).toContain('中国共产党济南市槐荫区第十二届委员会第六次全体会议/Event');
    expect(found('历城区第十八届人民代表大会常务委员会第十四次会议召开。')).toContain('历城区第十八届人民代表大会常务委员会第十四次会议/Event');
    expect(found('区长主持召开历城区委常委会第四次会议。')).toContain('历城区委常委会第四次会议/Event');
  });
});

describe('fields in lists (round 9)', () => {
  it('takes a list the text counts as so many main businesses for fields, its last member joined by 和', () => {
    expect(found('改组后，该集团聚焦物业管理、资产运营、康养服务和教育咨询四大主业。')).toEqual(
      expect.arrayContaining(['物业管理/Industry', '资产运营/Industry', '康养服务/Industry', '教育咨询/Industry']),
    );
  });
  it('takes the two fields a firm works in (专注A和B领域) and the trades of counted firms (80家A、B等行业商户)', () => {
    expect(found('青禾光电专注工业视觉和精密光学领域。')).toEqual(expect.arrayContaining(['工业视觉/Industry', '精密光学/Industry']));
    expect(found('首批80家餐饮、洗衣、家政服务等行业商户入驻平台。')).toEqual(expect.arrayContaining(['餐饮/Industry', '洗衣/Industry', '家政服务/Industry']));
  });
});

describe('designations by their awarder and their head (round 9)', () => {
  it('closes a designation a level awards at a pilot, a list or a catalogue (…建设试点, …名录, 自治区级…, 某某省…)', () => {
    expect(found('今年历城区入选全省婴幼儿托育服务建设试点。')).toContain('全省婴幼儿托育服务建设试点/Honor');
    expect(found('该园区获评自治区级智慧物流示范园区。')).toContain('自治区级智慧物流示范园区/Honor');
  });
  it('names a designation a named place awards with the place, where its list is published or something enters it', () => {
    const names = found('62个“乐享夜市”示范单位出炉。区文旅局公布首批历城区“乐享夜市”示范单位名单。');
    expect(names).toContain('历城区“乐享夜市”示范单位/Honor');
    expect(names).not.toContain('“乐享夜市”示范单位/Honor');
    expect(found('“青禾黑猪”今年入选济南市特色农产品名录。')).toContain('济南市特色农产品名录/Honor');
  });
});

describe('quoted activities (round 9)', () => {
  it('take a quote held at a place for an event, and a quote joined to a quoted event or honour for one of its kind', () => {
    expect(found('周末，“青禾秋收市集”在北园广场举办。').some((n) => n.endsWith('青禾秋收市集”/Event') || n === '青禾秋收市集/Event')).toBe(true);
    expect(found('广场每晚上演“青禾戏曲大会”和“少儿剪纸工坊”。')).toContain('少儿剪纸工坊/Event');
    expect(found('她先后获评“青禾好医生”和“青禾医学创新奖”。')).toContain('青禾好医生/Honor');
  });
});

describe('a 街道 opening its office\'s name (round 9)', () => {
  it('is the office, not a place of its own, unless the text names the 街道 elsewhere', () => {
    const names = found('活动由槐荫区文体局、青禾街道办事处承办。');
    expect(names).toContain('青禾街道办事处/Organization');
    expect(names).not.toContain('青禾街道/Area');
    expect(found('青禾街道办事处组织志愿者走访，青禾街道共有12个社区。')).toContain('青禾街道/Area');
  });
});

describe('a programme named by its quoted slogan and a head (round 9)', () => {
  it('is one programme with its …模式, called by the quoted slogan too', () => {
    const e = extractor.extract('区政务服务局全面推行“青禾快办”审批模式，企业办事时间缩短一半。').entities.find((x) => x.type === 'Strategy');
    expect(e?.name).toBe('“青禾快办”审批模式');
    expect(e?.aliases).toContain('“青禾快办”');
  });
});

describe('projects and phases (round 9)', () => {
  const withQuarter = createRuleExtractor(buildGazetteer([{ name: '青禾片区', type: 'Area', aliases: [] }]));
  const names = (text: string) => withQuarter.extract(text).entities.map((e) => `${e.name}/${e.type}`);
  it('keeps a known 片区 opening a project\'s name in it, and grows over 安置, 完善 and a phase jieba tags an adverb', () => {
    expect(names('青禾片区安置房二期工程今日开工。')).toContain('青禾片区安置房二期工程/Project');
    expect(names('青禾片区路网完善工程新建道路3条。')).toContain('青禾片区路网完善工程/Project');
    expect(names('青禾片区城市更新一期项目完成签约。')).toContain('青禾片区城市更新一期项目/Project');
  });
  it('names a park\'s phase a park, and a project without the stage printed after it', () => {
    expect(found('青禾科创港二期建成投用。')).toContain('青禾科创港二期/Park');
    expect(names('青禾片区城市更新项目一期完工。')).toContain('青禾片区城市更新项目/Project');
  });
});

describe('街道 printed short in a list closed by 等街道 (round 9)', () => {
  it('are the 街道 under that form, even where the gazetteer knows a hill or a road by it', () => {
    const names = found('服务站将延伸到燕子山、舜华路等街道的社区。');
    expect(names).toEqual(expect.arrayContaining(['燕子山/Area', '舜华路/Area']));
    expect(names).not.toContain('舜华路/Facility');
    expect(found('覆盖二七新村、四里村等5个街道。')).toEqual(expect.arrayContaining(['二七新村/Area', '四里村/Area']));
  });
});

describe('generic words (round 9)', () => {
  it('take no bare kind of place, no 现任 before a firm\'s kind and no 每所 before a school for names', () => {
    expect(found('退役后他扎根社区十余年。')).not.toContain('社区/Area');
    expect(found('张某现任公司董事长。').some((n) => n.endsWith('/Enterprise'))).toBe(false);
    expect(found('每所学校至少配备1名科学教师。').some((n) => n.endsWith('/Facility'))).toBe(false);
  });
});

describe('documents and lists in title marks (round 9)', () => {
  it('take a decision, a proposal or a guideline for a programme, and a list something enters for an honour', () => {
    expect(found('会议表决通过了《关于加强青禾湖保护的决定》。')).toContain('关于加强青禾湖保护的决定/Strategy');
    expect(found('区市场监管局印发《青禾区校外培训监管工作指引》。')).toContain('青禾区校外培训监管工作指引/Strategy');
    expect(found('该产品入选《2026年度青禾省优质农产品名单》。')).toContain('2026年度青禾省优质农产品名单/Honor');
  });
});

describe('ceremonies (round 9)', () => {
  it('are no events when named only by what they sign or open for use (签约仪式, …新建学校投用仪式)', () => {
    expect(found('副区长出席校企合作签约仪式。').some((n) => n.endsWith('/Event'))).toBe(false);
    expect(found('历城区2026年秋季新建学校投用仪式在青禾小学举行。').some((n) => n.endsWith('/Event'))).toBe(false);
  });
});

describe('a year-long campaign in quotes (round 9)', () => {
  it('is a programme with its 活动, not an occasion', () => {
    expect(found('全区深入开展“营商环境优化年”活动。')).toContain('“营商环境优化年”活动/Strategy');
  });
});

describe('a site named in plain words (round 9)', () => {
  it('is a name where the clause holds something there or settles a firm in it, but a two-word kind is not', () => {
    expect(found('比赛将于5月3日在月牙湖公园举行。')).toContain('月牙湖公园/Park');
    expect(found('该团队已落户未来智造小镇。')).toContain('未来智造小镇/Park');
    expect(found('大会在会议中心举行。').some((n) => n.startsWith('会议中心'))).toBe(false);
  });
});

describe('occasions by their head (round 9)', () => {
  it('take a field\'s festival, a contest, a walk, a show week and a study season for events', () => {
    const names = found('2026年青禾区中小学航天科技节开幕，设置无人机挑战赛；5月举办南山环湖健步走。');
    expect(names).toEqual(expect.arrayContaining(['无人机挑战赛/Event', '南山环湖健步走/Event']));
    expect(names.some((n) => n.endsWith('航天科技节/Event'))).toBe(true);
  });
});

describe('grades a level gives a site (round 9)', () => {
  it('are honours (国家4A级旅游景区, 国家一级图书馆, 国家级…度假地)', () => {
    expect(found('青禾古镇获评国家4A级旅游景区。')).toContain('国家4A级旅游景区/Honor');
    expect(found('青禾区图书馆被评为国家一级图书馆。')).toContain('国家一级图书馆/Honor');
  });
});

describe('centres that manage or hold assets (round 9)', () => {
  it('are bodies, not buildings (某某公园管理服务中心, 某区国有资产服务中心)', () => {
    expect(found('青禾湿地公园管理服务中心负责日常运营。')).toContain('青禾湿地公园管理服务中心/Organization');
    expect(found('由历城区国有资产服务中心履行出资人职责。')).toContain('历城区国有资产服务中心/Organization');
  });
});

describe('credit ratings (round 9)', () => {
  it('are honours a firm holds or strives for (AA+主体信用评级)', () => {
    expect(found('评级机构给予青禾控股AA+主体信用评级。')).toContain('AA+主体信用评级/Honor');
  });
});

describe('a quoted campaign with its author before it (round 9)', () => {
  it('is named from the quote, a programme like “某某”行动, without the body that runs it or a verb reporting it', () => {
    expect(found('槐荫区人民检察院“护企安商”专项行动开展以来，')).toContain('“护企安商”专项行动/Strategy');
    expect(found('会上通报“清河护水”专项行动进展。')).toContain('“清河护水”专项行动/Strategy');
  });
});

describe('a city before its district inside a body\'s name (round 9)', () => {
  it('is the body\'s address, not a place the text speaks of', () => {
    const cityGaz = createRuleExtractor(buildGazetteer([{ name: '济南市', type: 'Area', aliases: [] }, { name: '市中区', type: 'Area', aliases: [] }]));
    const names = cityGaz.extract('夜校由共青团济南市槐荫区委员会主办。').entities.map((e) => e.name);
    expect(names).not.toContain('济南市');
  });
});

describe('vouchers (round 9)', () => {
  it('are products, not programmes (推出“某某”消费券)', () => {
    expect(found('区商务局联合平台推出“夜游+美食”消费券。').some((n) => n.includes('夜游+美食'))).toBe(false);
  });
});

describe('a project printed with the firm that builds it (round 9)', () => {
  it('is named whole, and the registered firm opening it is a mention of its own', () => {
    const names = found('青禾冷链物流有限公司南郊仓储中心项目正式开工。');
    expect(names).toEqual(expect.arrayContaining(['青禾冷链物流有限公司南郊仓储中心项目/Project', '青禾冷链物流有限公司/Enterprise']));
  });
});

describe('a body named only by its level (round 9)', () => {
  it('is a back reference, not a name (街道办事处 alone)', () => {
    expect(found('活动由街道办事处统一组织。')).not.toContain('街道办事处/Organization');
  });
});

describe('words that open no name (round 10)', () => {
  it('a conjunction that is also a surname (和) after a title or a noun ending like one opens no person', () => {
    expect(found('代表和各有关单位共提交建议56件。').filter((e) => e.endsWith('/Person'))).toEqual([]);
    expect(found('要落实属地责任和部门监管责任。').filter((e) => e.endsWith('/Person'))).toEqual([]);
    expect(found('区长和建国出席。')).not.toContain('和各/Person');
  });
  it('辖区 (the area under a body) opens no name: the name starts after it and after the verb that follows', () => {
    expect(found('为辖区青禾社区居民建立健康档案。')).toContain('青禾社区/Area');
    expect(found('民警在辖区推广青禾反诈服务中心。').join(' ')).not.toMatch(/辖区/);
  });
});

describe('a district before a dated name (round 10)', () => {
  it('opens the name of an event or project that starts with a year, an edition or a batch', () => {
    expect(found('市中区2031年雨污分流改造工程全面开工。')).toContain('市中区2031年雨污分流改造工程/Project');
    expect(found('市中区2031年第二批老旧小区改造项目开工。')).toContain('市中区2031年第二批老旧小区改造项目/Project');
    expect(found('市中区第五届“青禾杯”羽毛球联赛开幕。')).toContain('市中区第五届“青禾杯”羽毛球联赛/Event');
  });
  it('gives a name opening with a bare 年 its year back', () => {
    expect(found('2031年雨污分流改造工程全面开工。')).toContain('2031年雨污分流改造工程/Project');
  });
});

describe('democratic parties and their committees (round 10)', () => {
  it('are reference bodies, found by their short forms', () => {
    expect(found('农工党党员参加义诊。')).toContain('中国农工民主党/Organization');
    expect(found('人力资源社会保障部公布第三批名单。')).toContain('人力资源和社会保障部/Organization');
  });
  it('name their committee in a place as one body, not the place\'s party committee', () => {
    const names = found('民建市中区委组织会员开展调研。');
    expect(names).toContain('民建市中区委/Organization');
    expect(names).not.toContain('市中区委/Organization');
  });
});

describe('public institutions by their head (round 11)', () => {
  it('name one body: a police station, an archive, a notary or registry office, a brigade, a union, a charity and its branch', () => {
    expect(found('槐荫区公安分局青禾派出所民警上门宣传。')).toContain('槐荫区公安分局青禾派出所/Organization');
    expect(found('槐荫区档案馆接收捐赠资料。')).toContain('槐荫区档案馆/Organization');
    expect(found('青州市明湖公证处为群众办理公证。')).toContain('青州市明湖公证处/Organization');
    expect(found('槐荫区婚姻登记处延长服务时间。')).toContain('槐荫区婚姻登记处/Organization');
    expect(found('青州市消防救援支队开展培训。')).toContain('青州市消防救援支队/Organization');
    expect(found('槐荫区总工会慰问一线职工。')).toContain('槐荫区总工会/Organization');
    expect(found('槐荫区红心慈善总会发放助学金。')).toContain('槐荫区红心慈善总会/Organization');
  });
  it('name a division under the bureau or place printed before it, never a crossing or 多处', () => {
    expect(found('青州市交通运输局公路管理处负责养护。')).toContain('青州市交通运输局公路管理处/Organization');
    expect(found('青禾海关综合业务处指导企业申报。')).toContain('青禾海关综合业务处/Organization');
    expect(found('站点位于青禾路与明德路交汇处。').filter((n) => n.endsWith('/Organization'))).toEqual([]);
  });
  it('name a university\'s faculty or league committee, and a team or volunteer corps with a name of its own', () => {
    expect(found('青禾大学外国语学部教师参加。')).toContain('青禾大学外国语学部/Organization');
    expect(found('青禾大学团委组织志愿者。')).toContain('青禾大学团委/Organization');
    expect(found('“银杏叶”志愿服务队走进社区。')).toContain('“银杏叶”志愿服务队/Organization');
  });
  it('but a head after plain words is a kind (社区志愿服务队, 学校团委)', () => {
    expect(found('社区志愿服务队开展活动。')).toEqual([]);
    expect(found('学校团委组织活动。')).toEqual([]);
  });
  it('make a law firm an Enterprise', () => {
    expect(found('提供咨询的律师来自山东青禾律师事务所。')).toContain('山东青禾律师事务所/Enterprise');
  });
  it('never run left past 暨, and a national grade on one is a designation', () => {
    const names = found('新书发布会暨槐荫区档案馆开放日活动举行。');
    expect(names).not.toContain('新书发布会暨槐荫区档案馆/Organization');
    expect(found('展馆按照国家一级博物馆标准建设。')).toContain('国家一级博物馆/Honor');
  });
  it('pass 与 between the fields of a faculty whatever jieba tags the second (nz, or a short nt glued to the head)', () => {
    expect(found('青禾大学计算机与人工智能学院揭牌。')).toContain('青禾大学计算机与人工智能学院/Organization');
    expect(found('青禾大学社会与法学院教师参加。')).toContain('青禾大学社会与法学院/Organization');
  });
});

describe('centres of the state or of a body (round 11)', () => {
  it('are bodies, not buildings: a national centre, one in a city, one printed after its bureau', () => {
    expect(found('国家信息安全中心发布风险提示。')).toContain('国家信息安全中心/Organization');
    expect(found('企业与国家超级计算青州中心签订协议。')).toContain('国家超级计算青州中心/Organization');
    expect(found('青州市公安局东城分局反诈中心民警上门宣传。')).toContain('青州市公安局东城分局反诈中心/Organization');
  });
  it('and the tail printed again is the same body', () => {
    const names = found('青州市公安局东城分局反诈中心成立。分局反诈中心累计劝阻3000人次。');
    expect(names).toContain('青州市公安局东城分局反诈中心/Organization');
    expect(names).not.toContain('分局反诈中心/Facility');
  });
  it('keep a field named by a noun and its verb before 与 (智能感知与…), but 和 after a verb joins two kinds', () => {
    expect(found('青州市智能感知与边缘计算技术创新中心揭牌。')).toContain('青州市智能感知与边缘计算技术创新中心/Organization');
    expect(found('支持社会组织和社区志愿服务队参与治理。')).not.toContain('社会组织和社区志愿服务队/Organization');
  });
});

describe('where a name starts (round 11)', () => {
  it('a road in a boundary clause or a crossing starts after the 街道 or 镇 printed before it', () => {
    const names = found('站点位于青禾街道明德路与青禾一路交叉口。');
    expect(names).toContain('明德路/Facility');
    expect(names).not.toContain('青禾街道明德路/Facility');
    expect(found('项目东起青禾路，南至明湖镇滨河大道。')).toContain('滨河大道/Facility');
  });
  it('a list member printed with its owner (某街道的某某街) starts after 的, and a particle after the verb (检查了) opens none', () => {
    const names = found('青禾街道的明德街、明湖街道的柳荫街为首批示范街巷。');
    expect(names).toContain('明德街/Facility');
    expect(names).not.toContain('的明德街/Facility');
    const villages = found('执法人员检查了八里新村、柳荫村等街道的商户。');
    expect(villages).toContain('八里新村/Area');
    expect(villages).not.toContain('了八里新村/Area');
  });
  it('a list closed by 专家 or 嘉宾 lists people with their offices, not places', () => {
    const names = found('邀请青禾大学教授周明远、明德研究院研究员等专家作报告。');
    expect(names).toContain('周明远/Person');
    expect(names.filter((n) => n.includes('教授'))).toEqual([]);
  });
});

describe('a field named by a noun and its verb inside a body\'s name (round 11)', () => {
  it('is passed (智能诊疗装备…中心, 分子育种实验室)', () => {
    expect(found('青州市智能诊疗装备技术创新中心揭牌成立。')).toContain('青州市智能诊疗装备技术创新中心/Organization');
    expect(found('青禾大学玉米分子育种实验室获批。')).toContain('青禾大学玉米分子育种实验室/Organization');
  });
  it('but not a verb between two bodies, nor before a 平台', () => {
    const names = found('青州市市场监管局联合青州市商务局开展检查。');
    expect(names.filter((n) => n.includes('联合'))).toEqual([]);
    expect(found('医院开通远程会诊平台。')).not.toContain('远程会诊平台/Organization');
  });
});

describe('works on a crossing or a stretch between two roads (round 11)', () => {
  it('are named with both roads, and both roads are names of their own', () => {
    const names = found('明年将启动青禾大道与南二环互通立交改造工程。');
    expect(names).toEqual(expect.arrayContaining(['青禾大道与南二环互通立交改造工程/Project', '青禾大道/Facility', '南二环/Facility']));
    expect(found('明年将启动经十路与二环东路立交改造工程。')).not.toContain('经十路与二环东路/Facility');
  });
});

describe('a university with its campus city in brackets (round 11)', () => {
  it('is that campus, the parent nested; a note in brackets is not', () => {
    const names = found('青州市政府与青禾理工大学（威海）签署合作协议。');
    expect(names).toEqual(expect.arrayContaining(['青禾理工大学（威海）/Organization', '青禾理工大学/Organization']));
    expect(found('青禾理工大学（简称青理）发布公告。')).not.toContain('青禾理工大学（简称青理）/Organization');
  });
});

describe('people at the end of a list and after a title (round 11)', () => {
  it('end at the clause\'s verb or preposition, or at a 等 jieba glued to them', () => {
    expect(found('政协副主席周文华、孙立平、郑晓燕在主席台就座。')).toEqual(expect.arrayContaining(['周文华/Person', '孙立平/Person', '郑晓燕/Person']));
    expect(found('市民赵春生、钱丽华、孙家豪等获评先进个人。')).toContain('孙家豪/Person');
  });
  it('before 应邀 (a presence verb)', () => {
    expect(found('区委副书记、区长吴明远应邀出席开幕式。')).toContain('吴明远/Person');
  });
});

describe('names as real news prints them (real-dev, real-train)', () => {
  it('people after 市领导 or 区级领导, every member of the list, before 参加 or 出席', () => {
    expect(found('市领导王明远、李秀芬参加开工仪式。')).toEqual(expect.arrayContaining(['王明远/Person', '李秀芬/Person']));
    expect(found('区级领导孙海涛、韩昉出席。')).toEqual(expect.arrayContaining(['孙海涛/Person', '韩昉/Person']));
  });
  it('leave the bearing of a site to the clause (某路以南, 西邻某中心) and the speaker to the sentence (企业代表某公司)', () => {
    const names = found('将“青禾路以东、柳岸大道以南、杏林路以西、青湖铁路以北”区域作为试点，项目西邻青湖体育中心。企业代表青禾科技有限公司负责人发言。');
    expect(names).toEqual(expect.arrayContaining(['柳岸大道/Facility', '青湖体育中心/Facility', '青禾科技有限公司/Enterprise']));
    expect(names.filter((n) => /以南|西邻|企业代表/.test(n))).toEqual([]);
  });
  it('read firms listed under their field by their brands (某进科技、某速电梯等特种装备产业不断壮大), a field\'s name staying a field', () => {
    const names = found('青瑞科技、澜速电梯、禾泰电缆等特种装备产业不断壮大。');
    expect(names).toEqual(expect.arrayContaining(['青瑞科技/Enterprise', '澜速电梯/Enterprise', '禾泰电缆/Enterprise']));
    expect(found('生物医药、冷链物流等产业不断壮大。')).toEqual(expect.arrayContaining(['生物医药/Industry', '冷链物流/Industry']));
  });
  it('take no industry from a verb phrase before 产业 (聚力培育产业集群, 系统提升产业能级)', () => {
    expect(found('经开区将聚力培育产业集群，系统提升产业能级。').filter((n) => n.endsWith('/Industry'))).toEqual([]);
  });
  it('people after a rank (二级巡视员) and with a less common surname (练, 燕)', () => {
    expect(found('省工信厅二级巡视员练海波陪同调研。')).toContain('练海波/Person');
    expect(found('研究院院长燕晓峰出席。')).toContain('燕晓峰/Person');
  });
});

describe('a brigade\'s district unit (round 11)', () => {
  it('is a body, its 支队 nested; a 大队 after plain words is a kind', () => {
    const names = found('青州市消防救援支队东城区大队开展演练。');
    expect(names).toEqual(expect.arrayContaining(['青州市消防救援支队东城区大队/Organization', '青州市消防救援支队/Organization']));
    expect(found('村里成立了生产大队。')).toEqual([]);
  });
});

describe('a maternal and child health hospital (round 11)', () => {
  it('is named whole though jieba cuts its head inside a word (妇幼保健/院)', () => {
    expect(found('青州市妇幼保健院派出医生坐诊。')).toContain('青州市妇幼保健院/Facility');
  });
});

describe('a quote named with its description and head (round 6, T8)', () => {
  const named = (text: string) => quotedCandidates(text).map((c) => [c.name, c.type]);
  it('names a team, a lecture series, an exhibition, a contest or a market with the quote and its head', () => {
    expect(named('社区组建了“青禾守望”志愿服务队，负责夜间巡逻。')).toEqual([['“青禾守望”志愿服务队', 'Organization']]);
    expect(named('学员组成的“晚晴”合唱团去年登台演出。')).toEqual([['“晚晴”合唱团', 'Organization']]);
    expect(named('图书馆推出“星河漫谈”系列讲座，每月一期。')).toEqual([['“星河漫谈”系列讲座', 'Event']]);
    expect(named('展厅推出“老城新影”摄影作品展，展出照片百余幅。')).toEqual([['“老城新影”摄影作品展', 'Event']]);
    expect(named('比赛已纳入2028“环湖健跑”城市系列赛。')).toEqual([['2028“环湖健跑”城市系列赛', 'Event']]);
  });
  it('passes the verbs of the description before a head of the suffix table (…捐赠平台, …救援演练)', () => {
    expect(named('上线“云上善举”网络捐赠平台，实现一键捐款。')).toEqual([['“云上善举”网络捐赠平台', 'Organization']]);
    expect(named('开展了“平安青湖·2028”地下空间排水救援演练。')).toEqual([['“平安青湖·2028”地下空间排水救援演练', 'Event']]);
  });
  it('does not name a head that runs on, a list of kinds, a slogan carried somewhere or a clause', () => {
    expect(named('“青湖杯”篮球联赛总决赛开赛。').map((n) => n[0])).not.toContain('“青湖杯”篮球联赛总决赛');
    expect(named('“晨曦”等志愿服务队12支')).toEqual([]);
    expect(named('推动“好物”进社区街道')).toEqual([]);
    expect(named('“晨光小馆”长者食堂是区民政局的试点。')).toEqual([]);
  });
  it('names a quoted project a programme (a scheme run under the slogan), but not one of a kind still to land', () => {
    expect(named('其中50万元定向用于“春苗护航”项目，资助学生。')).toEqual([['“春苗护航”项目', 'Strategy']]);
    expect(named('“晨光伴学”关爱服务项目等3个项目入选。')).toEqual([['“晨光伴学”关爱服务项目', 'Strategy']]);
    expect(named('推动更多“校地牵手”项目落地。')).toEqual([]);
  });
  it('takes no date and no year between two quotes into an occasion (2028年“…”, “…”2028“…”)', () => {
    expect(named('举办“青春青湖”2028“英才之星”系列讲座,').map((n) => n[0])).toEqual(['“英才之星”系列讲座']);
    expect(named('举办2028年“英才之星”系列讲座,').map((n) => n[0])).toEqual(['“英才之星”系列讲座']);
  });
  it('takes a quote a verb carries out for a programme only where it closes the object (a noun after it is what is carried out)', () => {
    expect(named('坚持“先急后缓”，分批推进。')).toEqual([['“先急后缓”', 'Strategy']]);
    expect(named('推进“全域助残”试点以来')).toEqual([['“全域助残”', 'Strategy']]);
    expect(named('全面推行“周末延时办”服务，')).toEqual([]);
    expect(named('打造“花园式”就业驿站。')).toEqual([]);
    expect(named('实行“一人一册”跟踪台账，')).toEqual([]);
  });
  it('takes a …通道 for a programme only where a verb carries it out (开通“某某通道” is a service)', () => {
    expect(named('开通审批“快捷通道”，时限压缩一半。')).toEqual([]);
    expect(named('创新建立“十分钟救护通道”和“半小时康复圈”').map((n) => n[0])).toEqual(['“十分钟救护通道”', '“半小时康复圈”']);
  });
});

describe('an industry word in a list (round 6, T8)', () => {
  it('is a field beside another field, in a list a field verb opens or a field word closes', () => {
    expect(found('全区将发展大数据和盐碱地种植。')).toContain('大数据/Industry');
    expect(found('青湖区将云计算、精细化工作为主导产业。')).toContain('云计算/Industry');
    expect(found('引进大数据、云计算等企业12家。')).toContain('大数据/Industry');
  });
  it('is a kind of business, not a field, in a list of what a place offers or a crowd spends on', () => {
    expect(found('展会带动周边大数据、住宿消费约2亿元。')).not.toContain('大数据/Industry');
    expect(found('夜市新增云计算、手作体验等摊位。')).not.toContain('云计算/Industry');
  });
});

describe('a unit a slogan carries something into (round 6, T8)', () => {
  it('is no place: 某某进社区 is an activity, 某某促进新城 a clause', () => {
    expect(found('区司法局组织普法宣讲进社区，覆盖居民2万人。').some((e) => e.endsWith('/Area') && e.includes('进社区'))).toBe(false);
    expect(found('以产业升级促进新区发展。').some((e) => e.includes('促进新区'))).toBe(false);
    expect(found('青禾社区组织普法宣讲进社区。')).toContain('青禾社区/Area');
  });
});

describe('charities and societies by their heads (round 6, T8)', () => {
  it('are bodies: …总会, …红十字会, …基金会', () => {
    expect(found('活动由青湖区慈善总会发起。')).toContain('青湖区慈善总会/Organization');
    expect(found('青湖区红十字会设立急救点。')).toContain('青湖区红十字会/Organization');
    expect(found('青禾助学基金会捐资50万元。')).toContain('青禾助学基金会/Organization');
  });
  it('and so are public offices by their heads (…派出所, …公证处, …总工会); a law firm is a firm', () => {
    expect(found('青湖派出所民警上门宣传。')).toContain('青湖派出所/Organization');
    expect(found('青湖区公证处延长服务时间。')).toContain('青湖区公证处/Organization');
    expect(found('山东青禾律师事务所提供法律咨询。')).toContain('山东青禾律师事务所/Enterprise');
  });
});

describe('a reference road a works is named for (round 6, T8)', () => {
  it('is a mention of the road (青禾路拓宽改造工程), not where it names a school (青禾路小学)', () => {
    const x = createRuleExtractor(buildGazetteer([], [
      { name: '济南市青禾路小学', type: 'Facility', aliases: ['青禾路小学'] },
      { name: '青禾路', type: 'Facility', aliases: [] },
    ]));
    const names = (text: string) => x.extract(text).entities.map((e) => `${e.name}/${e.type}`);
    expect(names('青禾路拓宽改造工程年底完工。')).toEqual(expect.arrayContaining(['青禾路拓宽改造工程/Project', '青禾路/Facility']));
    expect(names('青禾路小学教育集团再添新校区。')).not.toContain('青禾路/Facility');
  });
});

describe('a work carried out under a quoted slogan (round 6, T8)', () => {
  const named = (text: string) => quotedCandidates(text).map((c) => [c.name, c.type]);
  it('is the programme, slogan and work together, where the verb carries it out and the work closes the object', () => {
    expect(named('持续深化“一格多员”基层治理，')).toEqual([['“一格多员”基层治理', 'Strategy']]);
    expect(named('全年开展“匠心青湖”技能培训32场。')).toEqual([['“匠心青湖”技能培训', 'Strategy']]);
    expect(named('推进“无烟校园”创建，')).toEqual([['“无烟校园”创建', 'Strategy']]);
  });
  it('is no programme where nothing carries it out or the work runs on', () => {
    expect(named('“一格多员”基层治理成效明显，')).toEqual([]);
    expect(named('推进“无烟校园”创建工作常态化，').map((n) => n[0])).not.toContain('“无烟校园”创建');
  });
});

describe('a short honour the gazetteer knows that is also a kind word (round 6, T8)', () => {
  const x = createRuleExtractor(buildGazetteer([{ name: '老字号', type: 'Honor', aliases: [] }], []));
  const names = (text: string) => x.extract(text).entities.map((e) => `${e.name}/${e.type}`);
  it('is the honour where quoted or awarded', () => {
    expect(names('推动青禾斋等“老字号”焕新发展。')).toContain('老字号/Honor');
    expect(names('青禾斋去年被认定为老字号。')).toContain('老字号/Honor');
  });
  it('is a kind where it qualifies a noun, is counted or opens a name', () => {
    expect(names('街区内有多处老字号店铺。')).not.toContain('老字号/Honor');
    expect(names('引进老字号和手作工坊12家。')).not.toContain('老字号/Honor');
    expect(names('首届青湖老字号文化节开幕。')).not.toContain('老字号/Honor');
  });
});

describe('a prize won at a contest (round 6, T8)', () => {
  it('names the contest, not an honour of its own', () => {
    const names = found('作品获全国青少年机器人创意大赛二等奖。');
    expect(names).toContain('全国青少年机器人创意大赛/Event');
    expect(names.some((n) => n.includes('二等奖'))).toBe(false);
  });
});

describe('a site printed with its phase (round 6, T8)', () => {
  it('is a mention of its own beside the phase (…院区二期工程, …产业园一期)', () => {
    expect(found('青禾大学附属医院湖东院区二期工程昨日开工。')).toContain('青禾大学附属医院湖东院区/Facility');
    expect(found('青湖智能装备产业园一期项目正式投产。')).toContain('青湖智能装备产业园/Park');
  });
});

describe('a body, building or park printed whole in quotes (round 6, T8)', () => {
  const named = (text: string) => quotedCandidates(text).map((c) => [c.name, c.type]);
  it('is named without the marks, typed by its head, where the clause goes on after it', () => {
    expect(named('双方将共建“智慧养老联合实验室”，开展适老化研究。')).toEqual([['智慧养老联合实验室', 'Organization']]);
    expect(named('园区搭建了“青禾共享检测中心”和人才公寓。')).toEqual([['青禾共享检测中心', 'Organization']]);
    expect(found('双方共建“社区治理研究基地”。')).toContain('社区治理研究基地/Organization');
  });
  it('is no name where the quote runs on into a description or carries no head', () => {
    expect(named('打造“青禾书屋”式阅读空间')).toEqual([]);
    expect(named('成为居民的“后花园”。')).toEqual([]);
  });
});

describe('a 街道 opening another name (round 6, T8)', () => {
  it('is a mention of its own, but not in its own office or committee', () => {
    expect(found('青湖区青禾街道社区卫生服务中心开展义诊。')).toContain('青禾街道/Area');
    expect(found('青禾街道办事处组织志愿者清扫。')).not.toContain('青禾街道/Area');
  });
});

describe('development zones', () => {
  const read = (text: string) => extractor.extract(text);
  it('are parks, and sentences still speak of them as of a district: what they develop, what is located in them', () => {
    const a = read('临沭经济技术开发区位于临沭县城西部，主要发展木业加工和复合肥产业。');
    expect(a.entities.map((e) => `${e.name}/${e.type}`)).toContain('临沭经济技术开发区/Park');
    expect(a.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('临沭经济技术开发区 DEVELOPS 复合肥');
    const b = read('位于临沭经济技术开发区的宏盛木业产业园今年投产。');
    expect(b.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('宏盛木业产业园 LOCATED_IN 临沭经济技术开发区');
  });
  it('a zone\'s level and kind is a designation, not a zone', () => {
    expect(found('该县正在申报国家级高新区。')).not.toContain('国家级高新区/Park');
  });
});

describe('projects named with their capacity', () => {
  it('are named whole, as a list of them prints each: the firm, the figure and its unit are part of the name', () => {
    expect(found('签约项目分别是：华泰2×350MW级热电联产项目、鲁宏新材料12万吨/年聚碳酸酯项目等。')).toEqual(expect.arrayContaining(['华泰2×350MW级热电联产项目/Project', '鲁宏新材料12万吨/年聚碳酸酯项目/Project']));
    expect(found('当地企业投资5亿元的年产800万米预应力管桩项目开工。')).toContain('年产800万米预应力管桩项目/Project');
  });
  it('start after the address printed before the figure, which is where the project is', () => {
    expect(found('格尔木市200万千瓦光伏储能项目并网发电。')).toContain('200万千瓦光伏储能项目/Project');
  });
});

describe('a firm\'s registered name', () => {
  it('opens at its place, not at the clause before it (记者跟随…, 负责人就…, 会上代表…), nor at a ranking (世界500强企业…)', () => {
    const firms = (text: string) => found(text).filter((n) => n.endsWith('/Enterprise'));
    expect(firms('记者跟随青州齐远电力工程有限公司的工作人员来到现场。')).toEqual(['青州齐远电力工程有限公司/Enterprise']);
    expect(firms('项目负责人就上海北辰建筑科技有限公司的情况作了介绍。')).toEqual(['上海北辰建筑科技有限公司/Enterprise']);
    expect(firms('王青山在会上代表泰山北辰钢铁集团作表态发言。')).toEqual(['泰山北辰钢铁集团/Enterprise']);
    const known = createRuleExtractor(buildGazetteer([{ name: '青禾创业集团', type: 'Enterprise', aliases: [] }]));
    expect(known.extract('世界500强企业青禾创业集团投资建设。').entities.filter((e) => e.type === 'Enterprise').map((e) => e.name)).toEqual(['青禾创业集团']);
  });
  it('keeps a branch\'s place inside a name that opens with a place of its own (中国某某有限公司济南市分公司)', () => {
    expect(found('中国北辰网络通信有限公司济南市分公司与青湖区签约。')).toContain('中国北辰网络通信有限公司济南市分公司/Enterprise');
  });
});

describe('a body printed with the people it sends or an unclosed single quote', () => {
  it('ends before them (某学院负责同志, 某局有关负责人) and starts after the quote (成立了‘某某服务队’)', () => {
    const names = found('北湖大学科研处、青禾农业工程学院负责同志，青湖市农业农村局有关负责人出席。');
    expect(names).toEqual(expect.arrayContaining(['青禾农业工程学院/Organization', '青湖市农业农村局/Organization']));
    expect(names.filter((n) => /负责/.test(n))).toEqual([]);
    expect(found('各社区都成立了‘青禾志愿服务队’，主动帮助居民。')).toContain('青禾志愿服务队/Organization');
  });
});

describe('a zone printed inside a longer name, after a time word', () => {
  it('is a Park as printed alone, and the time word opens no name (25日上午某经济技术开发区…项目)', () => {
    const names = found('25日上午青湖经济技术开发区重大招商项目签约仪式在开发区举行。');
    expect(names).toContain('青湖经济技术开发区/Park');
    expect(names.filter((n) => n.startsWith('上午'))).toEqual([]);
  });
});

describe('an honour of a school or a city', () => {
  it('is named whole (…全国文明校园, not …文明校) and without the act that awards it (认定命名…)', () => {
    expect(found('青禾小学被认定命名第三届全国文明校园。')).toContain('第三届全国文明校园/Honor');
    expect(found('关于认定命名第七届全国文明城市的决定印发。').filter((n) => n.endsWith('/Honor'))).toEqual(['第七届全国文明城市/Honor']);
  });
});

describe('a name printed both in quotes and bare', () => {
  it('is one entity, the quoted form its alias, and no relation joins it to itself', () => {
    const local = createRuleExtractor(buildGazetteer([{ name: '三链同创', type: 'Strategy', aliases: [] }, { name: '青湖区', type: 'Area', aliases: [] }]));
    const x = local.extract('青湖区坚持“三链同创”，以三链同创带动产业升级。');
    const named = x.entities.filter((e) => e.name.includes('三链同创'));
    expect(named.map((e) => e.name)).toEqual(['三链同创']);
    expect(named[0].aliases).toContain('“三链同创”');
    expect(x.relations.filter((r) => r.source === r.target)).toEqual([]);
  });
});

describe('a ranking (世界500强)', () => {
  it('counted is a kind of investor (引进世界500强项目8个, 世界500强企业3家), printed before a firm an honour', () => {
    expect(found('青湖区累计引进世界500强项目8个，世界500强企业3家。').filter((n) => n.endsWith('/Honor'))).toEqual([]);
    expect(found('随后，世界500强企业青禾集团签约。')).toContain('世界500强企业/Honor');
  });
});

describe('a class of projects named by a place and its kind', () => {
  it('is no project (某市招商引资项目, 某市续建项目, 某地投资项目), while a place with a project\'s own words is one', () => {
    const names = found('青湖市招商引资项目集中签约。北湖市续建项目加快推进，青禾投资项目共12个。凤鸣小镇项目、青湖新材料产业园项目同日开工。');
    expect(names.filter((n) => n.endsWith('/Project'))).toEqual(['凤鸣小镇项目/Project', '青湖新材料产业园项目/Project']);
  });
});

describe('a development zone\'s party working committee', () => {
  it('is a body of its own, the one the zone\'s secretary leads (a subdistrict\'s is left to the subdistrict)', () => {
    const x = extractor.extract('最后，云岭经济开发区党工委书记赵明远致辞。');
    expect(x.entities.map((e) => `${e.name}/${e.type}`)).toContain('云岭经济开发区党工委/Organization');
    expect(x.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('赵明远 LEADS 云岭经济开发区党工委');
    expect(found('青松街道党工委书记王明出席。')).not.toContain('青松街道党工委/Organization');
  });
  it('is one too where the title prints the zone bare (市委常委、高新区党工委书记X), as a text about the zone calls it', () => {
    const x = extractor.extract('青湖市委常委、高新区党工委书记赵明远出席仪式。');
    expect(x.entities.map((e) => `${e.name}/${e.type}`)).toContain('高新区党工委/Organization');
    expect(x.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('赵明远 LEADS 高新区党工委');
  });
});

describe('a bearing', () => {
  it('is no 起 of 起步: a zone named for the start (某南起步区) keeps its whole name', () => {
    expect(found('三年来，江南起步区累计引进项目120个。')).toContain('江南起步区/Area');
    expect(found('项目南起青石路，北至松涛路。')).toEqual(expect.arrayContaining(['青石路/Facility', '松涛路/Facility']));
  });
});

describe('a firm printed by its short form', () => {
  it('is a firm where only a firm can stand: investing, or owning the capacity a project opens with', () => {
    const names = found('签约项目包括：鲁宏新材料12万吨/年聚碳酸酯项目、青禾化工投资3亿元的年产5万吨涂料项目。');
    expect(names).toEqual(expect.arrayContaining(['鲁宏新材料/Enterprise', '青禾化工/Enterprise', '鲁宏新材料12万吨/年聚碳酸酯项目/Project']));
    // (the list member cut at its figure, 青禾化工投资, is the one who invests, no project)
    expect(names).not.toContain('青禾化工投资/Project');
  });
  it('needs a brand before the trade: a scope is none', () => {
    expect(found('其中，全市化工投资5亿元。')).not.toContain('全市化工/Enterprise');
  });
});

describe('a person\'s name before a particle', () => {
  it('ends before the 在, 的 or 等 glued to it', () => {
    expect(found('市委常委、副市长周斌在致辞中表示，要加快发展。')).toContain('周斌/Person');
    expect(found('董事长王晨的介绍让大家感受到变化。')).toContain('王晨/Person');
    expect(found('副区长王在明出席。')).toContain('王在明/Person');
  });
});

describe('an industry and the place that develops it', () => {
  const g = buildGazetteer([{ name: '青州区', type: 'Area', aliases: [] }]);
  const read = (text: string) => createRuleExtractor(g).extract(text).entities.map((e) => `${e.name}/${e.type}`);
  it('is named without the place', () => {
    expect(read('充分展现高新区锂电产业培育成果。')).toContain('锂电/Industry');
    expect(read('纳入青州区储能产业发展规划。')).toContain('储能/Industry');
  });
  it('a place alone before 产业 names no industry', () => {
    expect(read('青州产业基础雄厚，交通优势突出。').filter((n) => n.endsWith('/Industry'))).toEqual([]);
  });
});

describe('commissions and offices by their short forms', () => {
  it('are bodies of the level printed before them', () => {
    expect(found('省发改委、省委改革办有关同志出席。')).toEqual(expect.arrayContaining(['省发改委/Organization', '省委改革办/Organization']));
    expect(found('市卫生健康委党组书记王强介绍。')).toContain('市卫生健康委/Organization');
    expect(found('市政府新闻办举行发布会。')).toContain('市政府新闻办/Organization');
  });
});

describe('a party committee and its government named together', () => {
  it('are the committee; a bare committee and government are no one\'s name', () => {
    const names = found('9月28日，青州市委市政府召开新闻发布会。');
    expect(names).toContain('青州市委/Organization');
    expect(names).not.toContain('青州市委市政府/Organization');
    expect(found('区委区政府将立足项目建设。')).toEqual([]);
  });
});

describe('a road and the places printed before it', () => {
  const g = buildGazetteer([{ name: '青州区', type: 'Area', aliases: [] }, { name: '临川市', type: 'Area', aliases: [] }]);
  const read = (text: string) => createRuleExtractor(g).extract(text).entities.map((e) => `${e.name}/${e.type}`);
  it('is named without them, as a road is listed', () => {
    expect(read('走进临川青州区松涛路，路面焕然一新。')).toContain('松涛路/Facility');
    expect(read('青州民和路改造完成。')).toContain('民和路/Facility');
  });
  it('keeps a place that names the road itself', () => {
    expect(read('临川路全线贯通。')).toContain('临川路/Facility');
  });
});
