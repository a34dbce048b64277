// An alias names the same thing at the same scope. A regional qualifier printed inside a name
// (国网山东电力, 中石油山东分公司, 中国共产党济南市市中区第十三届委员会) is what tells a branch or one term
// from the national group or the standing body: an alias that drops it (国网电力, 中石油, 市中区委)
// names the other, wider thing and must be an entity of its own. A qualifier at the very start
// (济南能源互联网产业研究院 → 能源互联网产业研究院) is the usual optional place prefix and may be dropped.
// Only bodies have branches and terms: the rule is for enterprises and organisations (an event's
// 中国济南商埠文化节 is also the 商埠文化节).
import type { EntityLabel } from '../../../model/index.ts';

const BODIES: EntityLabel[] = ['Enterprise', 'Organization'];

export const REGIONAL_QUALIFIERS = ['山东省', '山东', '济南市', '济南', '全省', '省级', '全市', '市级'];

export function scopeProblem(label: EntityLabel, name: string, alias: string): string | undefined {
  if (!BODIES.includes(label)) return undefined;
  for (const q of REGIONAL_QUALIFIERS) {
    const at = name.indexOf(q);
    if (at > 0 && !alias.includes(q))
      return `alias "${alias}" drops the qualifier "${q}" printed inside "${name}": it names a wider body (the group, not its branch); make it an entity of its own and relate the two`;
  }
  return undefined;
}
