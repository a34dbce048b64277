// People named after their title or role (区委书记周建平, 项目负责人刘明辉, 居民王秀英) or before a verb of
// speech (孙志强介绍): a surname from the curated lexicon and one or two more characters, ending where a
// token ends. jieba splits unknown names (周/建平, 韩/立新), so the name is read from characters and
// checked against token boundaries rather than taken from one token's tag.
import { fromLexicon } from './lexicon.ts';
import type { Candidate } from './model.ts';
import type { Token } from './segment.ts';

/** Titles and roles that print a person's name right after them. */
export const ROLE = /(?:书记|[省市区县镇乡局处科院校所部厅委河湖林链]长|主任|主席|委员|常委|负责人|经理|董事长|总裁|理事长|院士|教授|专家|校长|党委|代表|居民|村民|市民|职工|员工|老人|大爷|阿姨|工人|师傅|医生|教师|老师|队长|组长|站长|网格员|志愿者|创始人|总经理|主编|医师|司机|选手|艺人|传承人|指导员|总指挥|指挥长|干部|领导|巡视员|调研员|民警|法官|检察官|律师|护士|社工|工程师|技师|研究员|馆长|主委|队员|球员|运动员|教练员?|后卫|前锋|中锋|守门员)$/;
/** Verbs of speech or presence that follow a named person. */
const SPEECH = /^(?:[\u4e00-\u9fa5]{2}地说|应邀|获评|荣获|荣膺|被授予|被评为|当选|介绍|表示|说|指出|任|建议|通报|带队检查|强调|认为|坦言|告诉|透露|出席|参加|陪同|参观|调研|考察|视察|主持|讲话|致辞|作|笑着说|感慨|希望|提出|要求|领衔|牵头|带队|率队|出任|担任|带领|列席|举例|现场(?:调度|指导|办公|检查|察看|督导|督办|部署))/;
/**
 * A title whose last character jieba glues to the surname after it (副区/长安/启明, 园/长沙/金花, 总河/长冉/建伟):
 * read from the characters, the name after it then ends where a token ends.
 */
/** A preposition, 被 or 则 that jieba glues to an unknown name after a title (陈敏被/x 授予, 孙艳到/x 现场, 某某则/x 提出): it opens the clause. */
const GLUED_WORD = /^[被到在对向把从将则]$/;
/** What 作 delivers (作说明, 作报告, 作部署): after a name, 作 is the verb, not the name's last character. */
const REPORTED = /^(?:说明|报告|讲话|发言|汇报|部署|总结|表态|动员|交流|点评|批示|解读|辅导|宣讲)/;
/** Verbs of appointment and removal that print the person's name right after them (任命某某为…, 免去某某的…职务). */
const APPOINTING = /(?:任命|免去|免职|聘任|聘请|提名|提请任命|推选|选举|决定任命)$/;
const SPLIT_TITLE = /(?:副?[省市区县镇乡]长|[园校院站河]长|书记|主任|总经理|董事长|教授|负责人)/g;

/** The lexicon's surnames, one or two characters, read once per lexicon. */
const surnameSet = () => fromLexicon('surnames', (lex) => new Set(lex.surnames));
/** Whether a name opens with a surname of one character or two (王某, 欧阳某). */
export const opensWithSurname = (name: string): boolean => surnameSet().has(name[0]) || surnameSet().has(name.slice(0, 2));

export function personCandidates(text: string, tokens: Token[]): Candidate[] {
  const surnames = surnameSet();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (a title jieba splits, 传承/人, counts whole)
    const prev = tokens[i - 1];
    const titled = ROLE.test(t.word) || (t.tag === 'n' && /(?:长|记|任)$/.test(t.word) && t.word.length >= 2) || (!!prev && prev.end === t.start && t.word.length === 1 && ROLE.test(prev.word + t.word));
    // a name starts right after the title, or is a person-tagged token of its own before a verb of speech
    // (jieba tags a name it does not know x: 张丽娟/x 高兴地说)
    const start = titled ? t.end : /^(?:nr|nrfg|nrt|x)$/.test(t.tag) && t.word.length >= 2 ? t.start : -1;
    if (start < 0 || !surnames.has(text[start]) && !surnames.has(text.slice(start, start + 2))) continue;
    // (a compound surname, 欧阳 or 司马, takes a given name of one or two characters)
    for (const len of text.slice(start, start + 2) !== text[start] && surnames.has(text.slice(start, start + 2)) ? [4, 3] : [3, 2]) {
      const end = start + len;
      // jieba glues a verb of speech to a name it does not know (韩雪说/x), or to its last character (王立/群作,
      // 庞立/诚任): the name ends before the verb
      // (or a given name's last character to 说 in a word of its own, 赵/明说)
      const glued = tokens.find((x) => x.start < end && x.end > end && ((x.tag === 'x' && (/^(?:说|表示|介绍|作|任)$/.test(text.slice(end, x.end)) || (titled && GLUED_WORD.test(text.slice(end, x.end))))) || (titled && x.start === end - 1 && text.slice(end, x.end) === '说')));
      if (len === 3 && /^(?:说|表示|介绍)$/.test(text.slice(end - 1, tokens.find((x) => x.end >= end)?.end ?? end))) continue;
      // (nor in a particle or preposition glued to a two-character name: 孙某在致辞中…, 王某的介绍, 赵某等)
      if (len === 3 && /[在等的了]/.test(text[end - 1])) continue;
      // (作 before what is delivered, 某某作说明, 作报告, 作部署, is the verb: the name is the two characters before it)
      if (len === 3 && text[end - 1] === '作' && REPORTED.test(text.slice(end, end + 2))) continue;
      // …and, after a title, a preposition or 被 (教师陈敏被授予, 副区长孙艳到现场): an unknown three-character token
      // ending in one is a two-character name and the word of the clause
      if (len >= 3 && titled && GLUED_WORD.test(text[end - 1]) && tokens.some((x) => (x.start === start && x.end === end && x.tag === 'x') || (x.start === end - 1 && x.end === end && /^[pv]$/.test(x.tag)))) continue;
      const boundary = tokens.find((x) => x.end === end) ?? glued;
      const inside = tokens.filter((x) => x.start >= start && (x.end <= end || x === glued));
      // (a surname that is also a conjunction, 和, read as one by jieba, 委员和各单位, 责任和行业…, joins two nouns: no name)
      if (inside[0]?.start === start && inside[0].word.length === 1 && inside[0].tag === 'c') break;
      if (!boundary || !inside.length || inside[0].start !== start || !/^[\u4e00-\u9fa5]+$/.test(text.slice(start, end))) continue;
      const after = text.slice(end, end + 4);
      // after a title the name ends at a clause mark, a verb or 、; without one a verb of speech must follow
      const next = tokens.find((x) => x.start === end);
      // (等 closes a name heading a count, 某某等20人)
      const closes = /^[，。、；：,;:（(\s]|^等/.test(after) || SPEECH.test(after) || (!!next && /^(?:v|vn|p|c|d|t)$/.test(next.tag)) || (!!glued && GLUED_WORD.test(after[0]));
      if (!(titled ? closes : SPEECH.test(after))) continue;
      // a name is not made of common words: a token of the name that is a plain noun or verb of two or more
      // characters opening it (区长/办公室) is no name
      // (市民安居乐业: 安居 is a word, not a surname and a given name): the first token is the surname alone or a name jieba knows
      // (a compound surname is a token of its own, whatever jieba tags it: 欧阳/ns 倩)
      // (jieba reads a surname and the given name's first character as a place at times, 罗海/ns 峰: before a verb of
      // speech after a title that is still a name)
      if (inside[0].word.length >= 2 && !/^(?:nr|x)/.test(inside[0].tag) && !surnames.has(inside[0].word) && !(titled && inside[0].tag === 'ns' && SPEECH.test(after))) continue;
      out.push({ start, end, name: text.slice(start, end), type: 'Person', rule: 'pattern' });
      break;
    }
  }
  // a transliterated name (艾力·买买提, 阿依古丽·吐尔逊) after a title or a clause mark, ending at a clause mark, 、, 等 or a verb: its two parts are one person (the surname rule above read only its first part)
  for (const m of text.matchAll(/·/g)) {
    const dot = m.index;
    const left = [4, 3, 2].map((k) => dot - k).find((s) => s >= 0 && /^[\u4e00-\u9fa5]+$/.test(text.slice(s, dot)) && (s === 0 || /[，。、；：“\s]$/.test(text.slice(0, s)) || ROLE.test(text.slice(Math.max(0, s - 6), s))));
    const verbAt = (e: number) => tokens.some((x) => x.start === e && /^v/.test(x.tag));
    const right = [2, 3, 4, 5].map((k) => dot + 1 + k).find((e) => /^[\u4e00-\u9fa5]+$/.test(text.slice(dot + 1, e)) && (/^[，。、；：等]/.test(text.slice(e, e + 1)) || SPEECH.test(text.slice(e, e + 4)) || verbAt(e)));
    if (left === undefined || right === undefined) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= left && out[k].end <= dot) out.splice(k, 1);
    out.push({ start: left, end: right, name: text.slice(left, right), type: 'Person', rule: 'pattern' });
  }
  // the names listed after a named person (副区长赵海峰、刘雅静出席; 刘秀兰、赵国强等20人) are people too
  const tokenEnds = new Set(tokens.map((x) => x.end));
  for (let k = 0; k < out.length; k++) {
    const start = out[k].end + 1;
    if (text[out[k].end] !== '、' || (!surnames.has(text[start]) && !surnames.has(text.slice(start, start + 2)))) continue;
    for (const len of [3, 2]) {
      const end = start + len;
      // (jieba glues the 等 closing the list to the last name's last character, 陈家/豪等: the name ends before it)
      const gluedDeng = text[end] === '等' && tokens.some((x) => x.start < end && x.end === end + 1);
      if ((!tokenEnds.has(end) && !gluedDeng) || !/^[\u4e00-\u9fa5]+$/.test(text.slice(start, end))) continue;
      // (the last name ends at the clause's verb or preposition too, 某某、某某在主席台就座)
      if (!(/^[、，。；等及和]/.test(text.slice(end, end + 1)) || SPEECH.test(text.slice(end, end + 4)) || tokens.some((x) => x.start === end && /^(?:v|p)$/.test(x.tag)))) continue;
      if (!out.some((c) => c.start === start)) out.push({ start, end, name: text.slice(start, end), type: 'Person', rule: 'pattern' });
      break;
    }
  }
  // the one appointed or removed (任命某某为…局长, 免去某某的…职务): a surname and one or two characters, then 为, 的 or 、
  // (jieba glues the 为 to a name it does not know, 王颖为/x: the characters decide, not the tokens)
  for (const t of tokens) {
    if (!APPOINTING.test(t.word) && !APPOINTING.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    const start = APPOINTING.test(t.word) ? t.end : t.start;
    if (start !== t.end && tokens.some((x) => x.start < start && x.end > start)) continue;
    if (out.some((c) => c.start === start) || (!surnames.has(text[start]) && !surnames.has(text.slice(start, start + 2)))) continue;
    for (const len of [3, 2]) {
      const end = start + len;
      if (!/^[\u4e00-\u9fa5]+$/.test(text.slice(start, end)) || !/^(?:为|的|同志|、|，)/.test(text.slice(end, end + 2))) continue;
      // (a three-character reading ending where a two-character one is followed by 为 or 的 is the shorter: 王颖为)
      if (len === 3 && /^[为的]/.test(text[end - 1])) continue;
      out.push({ start, end, name: text.slice(start, end), type: 'Person', rule: 'pattern' });
      break;
    }
  }
  // people listed opening a clause and counted (某某、某某、某某等10人被授予…): each member is a person
  for (const m of text.matchAll(/(?<=^|[，。；：\s])((?:[\u4e00-\u9fa5]{2,3}、)+[\u4e00-\u9fa5]{2,3})等\d+(?:人|名)/g)) {
    const names = m[1].split('、');
    if (!names.every((n) => surnames.has(n[0]) || surnames.has(n.slice(0, 2)))) continue;
    let at = m.index;
    for (const n of names) {
      if (!out.some((c) => c.start === at)) out.push({ start: at, end: at + n.length, name: n, type: 'Person', rule: 'pattern' });
      at += n.length + 1;
    }
  }
  const ends = new Set(tokens.map((x) => x.end));
  const starts = new Set(tokens.map((x) => x.start));
  for (const m of text.matchAll(SPLIT_TITLE)) {
    const start = m.index + m[0].length;
    // only where the segmenter ran the title into the name: elsewhere the token loop above reads it
    if (starts.has(start) || out.some((c) => c.start === start)) continue;
    if (!surnames.has(text[start]) && !surnames.has(text.slice(start, start + 2))) continue;
    for (const len of [3, 2]) {
      const end = start + len;
      if (!ends.has(end) || !/^[\u4e00-\u9fa5]+$/.test(text.slice(start, end))) continue;
      const next = tokens.find((x) => x.start === end);
      if (!(/^[，。、；：,;:（(\s]/.test(text.slice(end, end + 1)) || SPEECH.test(text.slice(end, end + 4)) || (!!next && /^(?:v|vn|p|c|d|l)$/.test(next.tag)))) continue;
      out.push({ start, end, name: text.slice(start, end), type: 'Person', rule: 'pattern' });
      break;
    }
  }
  return out;
}
