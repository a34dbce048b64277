// Names in title marks 《》: a work with its genre before it (实景剧《北岸灯火》, 红色话剧《青春誓言》) is a
// staged event; a document named by its kind (《…管理办法》, 《…条例》) is a programme, named without the marks.
import type { Candidate } from './model.ts';

/** Genre words that make a titled work a staged or screened event; up to four modifier characters go with them. */
const GENRE_WORD = '[\\u4e00-\\u9fa5]{0,4}(?:剧|戏|戏曲|电影|微电影|纪录片|音乐会|舞蹈|展览|演出)';
const GENRE = new RegExp(`(?:^|[，。；：、,;:\\s])(${GENRE_WORD})$`);
/** …and a verb before them is where the name starts (青湖区推出实景剧《…》). */
const GENRE_AFTER_VERB = new RegExp(`(?:推出|上演|举办|打造|创排|排演|编排|创作|拍摄|观看|欣赏|开展|启动|策划)(${GENRE_WORD})$`);
/** Endings of documents that set rules or plans. */
const DOCUMENT = /(?:规范|标准|条例|办法|规定|方案|纲要|规划|意见|指南|指引|导则|细则|计划|措施|政策|倡议|决定|建议)$/;
/** Endings of lists a thing enters (《…产品名单》, 《…推广目录（2026）》): the list is the honour, named without the marks. */
const LISTING = /(?:名单|名录|目录|榜单)$/;
/** The years or trial status a document's title closes with (…规划（2024—2030年）, …办法（试行）): part of its name. */
const EDITION = /[（(](?:[\d—–\-~至年]+|试行|暂行|修订)[）)]$/;
/** A title that is only the kind of document (《实施方案》, 《若干措施》) refers back to one named before. */
const BARE_KIND = /^(?:若干|实施|行动|三年行动|工作|总体)?(?:方案|措施|计划|办法|意见|政策|规划|建议|决定)$/;

export function titledCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/《([^《》\n]{1,40})》/g)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const genre = (GENRE_AFTER_VERB.exec(before) ?? GENRE.exec(before))?.[1];
    if (genre) out.push({ start: m.index - genre.length, end, name: genre + m[0], type: 'Event', rule: 'pattern' });
    // the document is named without its marks; the printed form with them stays an alias
    else if (DOCUMENT.test(m[1].replace(EDITION, '')) && !BARE_KIND.test(m[1])) out.push({ start: m.index, end, name: m[1], type: 'Strategy', rule: 'pattern' });
    else if (LISTING.test(m[1].replace(EDITION, '')) && m[1].length > 4) out.push({ start: m.index, end, name: m[1], type: 'Honor', rule: 'pattern' });
  }
  return out;
}
