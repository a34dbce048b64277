// A small lexicon of well-known national and Shandong policy slogans (乡村振兴, 共同富裕, 新旧动能转换…):
// general domain knowledge a Chinese policy-news gazetteer holds, because these set phrases are printed
// unquoted with no head noun (推进新旧动能转换) and no structural rule can see them as names.
import type { Candidate } from './model.ts';

/** National strategies, campaigns and reforms, and Shandong's provincial ones; printed forms, not keys of any article. */
export const SLOGANS: readonly string[] = [
  // national development strategies (…战略 is taken with them when printed)
  '乡村振兴', '乡村全面振兴', '共同富裕', '全面建成小康社会', '全面建设社会主义现代化国家', '中国式现代化',
  '新型城镇化', '新型工业化', '农业农村现代化', '区域协调发展', '创新驱动发展', '科教兴国', '人才强国',
  '制造强国', '质量强国', '文化强国', '体育强国', '网络强国', '交通强国', '海洋强国', '教育强国', '健康中国', '平安中国',
  '美丽中国', '数字中国', '法治中国', '一带一路', '京津冀协同发展', '长江经济带发展', '长三角一体化发展', '粤港澳大湾区建设',
  '黄河流域生态保护和高质量发展', '成渝地区双城经济圈建设', '西部大开发', '东北振兴', '中部地区崛起', '雄安新区建设',
  '碳达峰碳中和', '碳达峰', '碳中和', '供给侧结构性改革', '扩大内需', '全面深化改革', '全面从严治党', '全面依法治国',
  // poverty alleviation and rural policy
  '脱贫攻坚', '扫黑除恶', '精准扶贫', '东西部协作', '东西部扶贫协作', '对口支援', '乡村建设行动', '城市更新行动', '厕所革命', '垃圾分类',
  // administrative and public-service reforms
  '放管服', '一网通办', '全程网办', '跨省通办', '最多跑一次', '河长制', '林长制', '田长制', '链长制', '分级诊疗制度',
  '家庭医生签约服务', '双减',
  // Shandong province's own slogans
  '新旧动能转换', '双招双引', '一次办好',
];

const BY_LENGTH = [...SLOGANS].sort((a, b) => b.length - a.length);

/** A campaign word right after a slogan makes the whole a campaign: 扫黑除恶专项斗争. */
const CAMPAIGN = /^(?:专项斗争|专项行动|专项整治|攻坚战)/;

/**
 * Every printed slogan, longest first and non-overlapping; a 战略 right after it belongs to the name, and
 * a campaign word after it names an event.
 */
export function sloganCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  for (const term of BY_LENGTH)
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      const after = text.slice(i + term.length, i + term.length + 4);
      const campaign = CAMPAIGN.exec(after)?.[0];
      const end = i + term.length + (campaign?.length ?? (after.startsWith('战略') ? 2 : 0));
      if (taken.subarray(i, end).some((x) => x)) continue;
      taken.fill(1, i, end);
      out.push({ start: i, end, name: text.slice(i, end), type: campaign ? 'Event' : 'Strategy', rule: 'lexicon' });
    }
  return out;
}
