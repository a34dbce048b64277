// Whole-name patterns that suffix growth cannot build: numbered party/congress bodies (…第N次
// 党员大会) and a place's party committee (崂山区委), honour designations (市级独角兽企业, 世界500强), slogans on a
// place's short name (宜业西城), officials named after their title (区长王立新) or as the one
// reporting to a meeting (李华向全会作报告); sectors a paragraph reports on (绿色建材方面，); occasions and appraisals (以…建城800周年为起点, 在全省…测评中),
// numbered courtyards (108号院).
import type { EntityLabel } from '../../model/index.ts';
import type { Gazetteer } from './gazetteer.ts';
import { fromLexicon, lexicon } from './lexicon.ts';
import { HONOUR_UNITS, trimLeadingVerbs } from './suffixes.ts';
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';

const NUM = '[一二三四五六七八九十百零\\d]+';
/** Offices a name follows: of a government or party (区长, 书记) and of a firm, school or hospital (董事长, 校长). */
const TITLE = /^(?:区委书记|市委书记|书记|副书记|区长|副区长|市长|副市长|县长|副县长|主任|副主任|局长|副局长|镇长|部长|主席|厅长|董事长|总经理|副总经理|经理|总裁|理事长|会长|院长|副院长|校长|副校长|所长|站长|馆长|厂长|行长)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A road read from a boundary clause or a crossing: the 街道 or 镇 printed before it (南至某某街道某某大道, 位于某某街道某某路与…)
 * is where the road lies, no part of its name.
 */
function road(start: number, printed: string): Candidate {
  const sub = /^[\u4e00-\u9fa5]{2,4}?(?:街道|镇)(?=[\u4e00-\u9fa5\d]{2,})/.exec(printed)?.[0] ?? '';
  const name = printed.slice(sub.length);
  return { start: start + sub.length, end: start + printed.length, name, type: 'Facility', rule: 'pattern' };
}

export function patternCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  // a body is numbered (第十一次) and owned by the places printed before it (青岛市崂山区, 区)
  const places = gazetteer.entries.filter((e) => e.type === 'Area').flatMap((e) => [e.name, ...e.aliases]).filter((t) => t.length >= 2);
  // …and the divisions jieba tags as places in this text (槐荫区), with their government (槐荫区政府第8次常务会议)
  const tagged = tokens
    .filter((t, i) => /^[\u4e00-\u9fa5]{2,4}[省市区县]$/.test(t.word) && (t.tag === 'ns' || /^(?:人民)?政府$/.test(tokens[i + 1]?.word ?? '')))
    .map((t) => t.word);
  const place = [...[...new Set([...places, ...tagged])].sort((a, b) => b.length - a.length).map(escape), '[省市区县]'].join('|');
  const lex = lexicon();
  // the owner may be a party (…党) before the places: a body of the party in that place
  const owner = '[\u4e00-\u9fa5]{2,4}党';
  // a body's head may follow a few words of its field (第九届 + 安全生产 + 委员会, 第五次 + 党员代表 + 大会);
  // a congress's session is the event (…人大常委会第五次会议): the session number is part of its name; so is a numbered
  // committee's (…第十二届委员会第六次全体会议, …第十八届人民代表大会常务委员会第十四次会议): the session is an event
  for (const { name: body, type } of lex.numbered_bodies) {
    const re = new RegExp(`(?:${owner})?(?:${place})*(?:(?<=[省市区县])(?:人民)?政府)?第${NUM}[次届][\u4e00-\u9fa5]{0,8}?(?:${escape(body)})(?:第${NUM}次(?:全体)?会议)?`, 'g');
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: /会议$/.test(m[0]) ? 'Event' : type, rule: 'pattern' });
  }
  // an edition (第九届, 2026年第三届) opens an event's name, which ends at the first head of an occasion
  // (…节, …周, …会, …赛, …展, …论坛, …嘉年华) the segmenter may not see (冰雪节/nr, 健身运动/会/v); a final
  // of a contest is part of its name (…大赛总决赛); a numbered body (…委员会, …会议, the lexicon's numbered_bodies) is not an occasion
  for (const m of text.matchAll(new RegExp(`(?:(?<!\\d)\\d{4}年?)?第${NUM}届[\u4e00-\u9fa5]{2,16}?(?:论坛|嘉年华|马拉松|[节周会赛展])(?:总?决赛)?(?![议员长])`, 'g'))) {
    if (/(?:委员会|常委会|理事会|董事会)$/.test(m[0]) || lex.numbered_bodies.some((b) => m[0].endsWith(b.name))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Event', rule: 'pattern' });
  }
  // …and so does a year at the start of a clause or after a hosting verb (举行2026年某某大会，), when the occasion's head
  // ends the clause (a comma, 在 or 于 after it): jieba may glue the year to the name (年净/x)
  for (const m of text.matchAll(/(?<=^|[，。；：\n]|举行|举办|召开)((?:19|20)\d{2}年度?)([\u4e00-\u9fa5]{2,16}?(?:大会|论坛|峰会|博览会|推介会|演练|运动会|文化节|旅游节|艺术节))(?=[，。；、]|在|于)/g)) {
    if (/[的了共将已各]|举办|召开|举行|开展|完成|实现/.test(m[2])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Event', rule: 'pattern' });
  }
  // a place's party committee is named by the place and 委 (崂山区委常委): a body, not the place
  // (a bare 区委 is a back reference, not a name)
  const namedPlace = places.sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  // …and its standing committee (某区委常委会) is a body of its own, whose numbered session (…第N次会议) is an event
  // named with it (extract.ts session(), which reads the sessions of every body the rules find)
  for (const m of text.matchAll(new RegExp(`(?:${[...new Set([...places, ...tagged])].map(escape).join('|') || '(?!)'})(?<=[区市县省])委常委会`, 'g')))
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Organization', rule: 'pattern' });
  // (its 书记 is the place's leader: 某区委书记 leads the district, and the committee is not named there)
  for (const m of text.matchAll(new RegExp(`(?:${namedPlace})(?<=[区市县省])委(?=常委|[，、。；,])`, 'g')))
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Organization', rule: 'pattern' });
  // a body printed right before a place's committee (某党派 + 某区委, 共青团 + 某市委) names that body's committee in the
  // place, one body: the place's own party committee is not named there
  for (const m of text.matchAll(new RegExp(`(?:${namedPlace})(?<=[区市县])委`, 'g'))) {
    const owner = [8, 7, 6, 5, 4, 3, 2].map((n) => text.slice(Math.max(0, m.index - n), m.index)).find((o) => o.length >= 2 && (gazetteer.byTerm.get(o) ?? gazetteer.reference.get(o))?.type === 'Organization' && !/[区市县省]委?$/.test(o));
    if (owner) out.push({ start: m.index - owner.length, end: m.index + m[0].length, name: owner + m[0], type: 'Organization', rule: 'pattern' });
  }
  // a place jieba knows followed by its party committee's word (潍坊/市委常委, 章丘/区委书记): the committee is a body
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const m = next && t.tag === 'ns' && /[省市区县]$/.test(t.word) === false && !/^副?书记/.test(text.slice(next.start + 2)) ? /^([省市区县]委)(?:常委)?$/.exec(next.word) : null;
    if (m && t.word.length >= 2) out.push({ start: t.start, end: next.start + m[1].length, name: t.word + m[1], type: 'Organization', rule: 'pattern' });
  });
  // a division's government is a body: 天桥区政府, 青湖区人民政府 (a bare 政府 names none)
  tokens.forEach((t, i) => {
    const place = tokens[i - 1];
    if (!/^(?:人民)?政府$/.test(t.word) || !place || !/^[\u4e00-\u9fa5]{2,4}[省市区县]$/.test(place.word) || /^(?:各|全|本|该|上级|基层|地方)/.test(place.word)) return;
    if (/^(?:工作|报告)/.test(text.slice(t.end, t.end + 2))) return;
    out.push({ start: place.start, end: t.end, name: text.slice(place.start, t.end), type: 'Organization', rule: 'pattern' });
  });
  // slogans built on the district's short name are programmes: 着力推进宜业西城建设
  const short = places.filter((t) => t.length === 2).map(escape).join('|');
  if (short)
    for (const m of text.matchAll(new RegExp(`(?<=推进|建设|打造)[\u4e00-\u9fa5]{2}(?:${short})(?=建设|[，。；,;])`, 'g')))
      out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Strategy', rule: 'pattern' });
  const honours = [
    // …企业库 is the register a firm is entered in, itself the designation
    `(?:[\u4e00-\u9fa5]{2}省|国家级|省级|市级|国家|省|市)?(?:${[...lex.enterprise_designations].sort((a, b) => b.length - a.length).map(escape).join('|')})企业库?`,
    // a level word makes the kind of firm before 企业 a designation (省级…企业, 国家级…“小巨人”企业)
    `(?:国家级|省级|市级)[\u4e00-\u9fa5“”]{2,10}?企业(?![\u4e00-\u9fa5]{0,1}(?:家|个))`,
    `(?:世界|中国|全国|全省|全市|行业)\\d+强(?:企业)?`,
  ];
  // a level word, an optional batch or grade (4A级) and a designation's head (全国…示范区, 国家首批…科技园区, 省级…陶瓷产区): the
  // level makes it an award, not a place; the words between are the designation's field
  const heads = honourHeads();
  // (a province awards by its name, 某某省…示范区, as 省级 does)
  const provinces = [...new Set([...places, ...tagged].filter((p) => /^[\u4e00-\u9fa5]{2,3}省$/.test(p)))].map(escape);
  honours.push(`(?:全国|全省|全市|国家级|自治区级|省级|市级|国家|中国${provinces.map((p) => `|${p}`).join('')})(?:首批|第${NUM}批)?(?:\\d?A级)?[\u4e00-\u9fa5]{0,16}?(?:${heads})(?![\u4e00-\u9fa5]{0,1}(?:路|街|内|中心))`);
  for (const m of text.matchAll(new RegExp(honours.join('|'), 'g'))) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Honor', rule: 'pattern' });
  // a credit rating an agency gives (AA+主体信用评级, AAA信用等级) is a standing the firm holds or strives for
  for (const m of text.matchAll(/(?<![A-Za-z])[AB]{1,3}[+-]?(?:主体|债项)?信用(?:评级|等级)/g)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Honor', rule: 'pattern' });
  // a designation a named place awards is named with the place (某区“某某”示范单位, 某市名优…名录, 某区十佳…街区): where
  // its holders are published (…名单), where something enters it (入选, 获评…) or where a ranking (十佳) opens it
  const awarders = [...new Set([...places, ...tagged])].filter((p) => p.length >= 3 && /[区县市]$/.test(p)).sort((a, b) => b.length - a.length).map(escape).join('|');
  if (awarders)
    for (const m of text.matchAll(new RegExp(`(?<=(入选|获评|评为|荣获|列入|认定为|命名为)?)(?:${awarders})(?:首批|第${NUM}批)?(十佳|百佳|十强|百强)?(?:“[^”]{2,10}”)?[一-龥]{0,12}?(?:${heads})(?=(名单)?)`, 'g')))
      if (m[1] || m[2] || m[3]) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Honor', rule: 'pattern' });
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!TITLE.test(t.word) || !next || !/^(nr|x)$/.test(next.tag)) return;
    // jieba glues a verb of speech to an unknown name (韩雪说), or a preposition or 被 (孙艳到 现场): the name ends before it
    // (…and 作 before what is delivered, 某某作/x 说明: the verb, not the name's last character)
    const delivers = /^[\u4e00-\u9fa5]{2}作$/.test(next.word) && /^(?:说明|报告|讲话|发言|汇报|部署|总结|表态|动员)/.test(text.slice(next.end, next.end + 2));
    const glued = delivers || /^[\u4e00-\u9fa5]{2,3}(?:说|讲|称|表示|介绍)$|^[\u4e00-\u9fa5]{2}[被到在对向把从将]$/.test(next.word);
    let word = next.tag === 'x' && glued ? next.word.replace(delivers ? /作$/ : /(?:说|讲|称|表示|介绍|[被到在对向把从将])$/, '') : next.word;
    // (jieba cuts a three-character name two and one, 刘海/nr 波/j, 朴成/x 浩/nr: a lone character after a two-character
    // name that is no verb, preposition, conjunction or particle is the given name's last)
    const last = tokens[i + 2];
    if (!glued && word.length === 2 && last && last.start === next.end && /^[\u4e00-\u9fa5]$/.test(last.word) && !/^(?:v|vn|p|c|d|u.*|r|m|q|f|y|zg)$/.test(last.tag) && !/^[等和与及的在是为被对向把从将说讲称]$/.test(last.word)) word += last.word;
    // (a preposition jieba glued to what follows the title, 主任/由方/启明, opens a clause: no name starts with it)
    if (/^[\u4e00-\u9fa5]{2,3}$/.test(word) && !/^[由为被在对把从将]/.test(word)) out.push({ start: next.start, end: next.start + word.length, name: word, type: 'Person', rule: 'pattern' });
  });
  for (const m of text.matchAll(/(?<=^|[，。；：、\s,;:])([\u4e00-\u9fa5]{2,3})向(?:大会|全会)作/g))
    out.push({ start: m.index, end: m.index + m[1].length, name: m[1], type: 'Person', rule: 'pattern' });
  // strategies counted as a set (统筹实施四大战略) are one programme
  for (const m of text.matchAll(/[一二三四五六七八九十两]大战略/g)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Strategy', rule: 'pattern' });
  // the sector a paragraph reports on (绿色建材方面，…; 在数字文旅方面，…) is an industry; public and social
  // fields (民生保障, 基层治理) are areas of policy, not industries, and so is an activity (…支持, …服务, …发展)
  for (const m of text.matchAll(/(?<=^|[。；;\n]|[。；;\n\s]在|此外，在|同时，在)(?!在)([\u4e00-\u9fa5]{2,6})(?=方面[，,])/g))
    if (!/^(?:公共|社会|民生|生态|党建|政务|基层)/.test(m[1]) && !/(?:支持|服务|发展|安居|保障|治理|建设|管理|环境)$/.test(m[1])) out.push({ start: m.index, end: m.index + m[1].length, name: m[1], type: 'Industry', rule: 'pattern' });
  // a ceremony named by its place and its date (青湖区2025年一季度重点项目集中开工仪式) is one event; an
  // unnamed one (出席开工仪式) is not, nor one that opens buildings for use (…新建学校投用仪式: unseen/'s convention)
  for (const m of text.matchAll(/(?<=^|[，。；：\s])([\u4e00-\u9fa5]{2,12}?[区县市]\d{4}年[\u4e00-\u9fa5\d]{0,14}?(?:签约|开工|投产|竣工|揭牌|启动)仪式)/g))
    out.push({ start: m.index, end: m.index + m[1].length, name: m[1], type: 'Event', rule: 'pattern' });
  // a title a level awards, printed with 称号 (荣获全国三八红旗手称号), is an honour without the word
  for (const m of text.matchAll(/(?<=荣获|获评|获得|授予|被评为)((?:全国|全省|全市|省级|市级|国家级)[\u4e00-\u9fa5]{2,12}?)(?=称号)/g))
    out.push({ start: m.index, end: m.index + m[1].length, name: m[1], type: 'Honor', rule: 'pattern' });
  // an anniversary given as an occasion is an event: 以建城800周年为起点, 纪念建校100周年
  for (const m of text.matchAll(/(?<=以|纪念|庆祝|喜迎|迎接)([\u4e00-\u9fa5]{2,8}?\d+周年)/g))
    out.push({ start: m.index, end: m.index + m[1].length, name: m[1], type: 'Event', rule: 'pattern' });
  // an appraisal a place is ranked in is an event: 在全省文明城区年度评比中, 在全区项目季度观摩中
  for (const m of text.matchAll(/(?<=在)((?:全国|全省|全市|全区)[\u4e00-\u9fa5]{2,14}?(?:测评|评议|评估|考核|评比|评选))(?=中)/g))
    out.push({ start: m.index, end: m.index + m[1].length, name: m[1], type: 'Event', rule: 'pattern' });
  // a boundary clause (东至X大街，西至Y路) names a road whatever jieba makes of its words (钢/都/大街)
  for (const m of text.matchAll(/(?<=[东西南北](?:至|起|接|到|连|抵))([\u4e00-\u9fa5\d]{1,8}?(?:大道|大街|路|街|巷))(?=[，。；、,;]|以[东西南北])/g))
    out.push(road(m.index, m[1]));
  // so does a crossing (位于X路与Y路交汇处): both roads are names
  for (const m of text.matchAll(/(?<=[于在，、])([\u4e00-\u9fa5\d]{1,6}?(?:大道|大街|路|街))与([\u4e00-\u9fa5\d]{1,6}?(?:大道|大街|路|街))(?=交汇处|交叉口|路口|交口)/g)) {
    out.push(road(m.index, m[1]));
    out.push(road(m.index + m[1].length + 1, m[2]));
  }
  // a public service line named by its short number (12345热线, 12315热线, 12345政务服务便民热线) is a body the city runs
  // (an ordinary telephone number, 0531…, or a 热线电话 printed after one, is not)
  for (const m of text.matchAll(/(?<![\d.\-])1\d{4}(?:[\u4e00-\u9fa5]{0,8}?)热线(?!电话)/g)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Organization', rule: 'pattern' });
  // a brand's outlet named with a middle dot (某某书房·某某店, 某某驿站·某某站, “某某·某某驿站”) is one facility: the dot joins the
  // brand and the branch (a quoted slogan's dot, “某某·某某”行动, is left to the quote rules: the name must end in an outlet's head)
  // (a governing verb opening the clause, 新建某某驿站·某某站, is no part of it)
  for (const m of text.matchAll(/(?<=^|[，。；：、“\s]|走进|开设)([\u4e00-\u9fa5]{2,10}·[\u4e00-\u9fa5]{2,6}?(?:驿站|书房|站|店|馆|空间))(?=[”，。；、\s]|在|由|为|是|于|位于|已|将)/g)) {
    const start = trimLeadingVerbs(text, m.index, m.index + m[1].length);
    if (text.indexOf('·', start) - start >= 2) out.push({ start, end: m.index + m[1].length, name: text.slice(start, m.index + m[1].length), type: 'Facility', rule: 'pattern' });
  }
  // a numbered courtyard or building (108号院) is a facility
  for (const m of text.matchAll(/(?<![\d.])\d+号(?:院|楼)/g)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Facility', rule: 'pattern' });
  // the district's own people's congress, political consultative conference, offices and people's organisations named
  // by a bare 区 (区人大常委会, 区政协, 区文明办, 区妇联), as local news names them after its own district: bodies,
  // whatever the district, also before a title (区人大常委会主任某某 leads it); 区委 is left out (printed mostly as part of
  // a title, 区委书记, and no gold list names it)
  // (so are its court, procuratorate, armed-forces department, government and the standing committee of its party committee,
  // 区人民法院, 区人武部, 区政府, 区委常委会 — also as the object of a verb, 审议了区政府关于…的报告; its discipline
  // commission, 区纪委, is left out: printed mostly inside a title, and the gold lists disagree on it); the city's and the
  // province's printed the same way (市政协, 市人大常委会, 省政府) are bodies too, as real news names them
  for (const m of text.matchAll(/(?<=^|[，。、；：“\s和与及由了])[区县市省](?:人大常委会|政协|文明办|安委会|妇联|总工会|团委|工商联|残联|科协|人民法院|人民检察院|人武部|委常委会|(?:人民)?政府(?!工作|办公室))/g))
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'Organization', rule: 'pattern' });
  return out;
}

/** Heads that close a designation a level awards: the lexicon's, and every rank or model word on a unit (示范 + 基地). */
export function honourHeads(): string {
  return fromLexicon('honour-heads', (lex) => [...new Set([...lex.honour_heads, ...HONOUR_UNITS])].sort((a, b) => b.length - a.length).map(escape).join('|'));
}
