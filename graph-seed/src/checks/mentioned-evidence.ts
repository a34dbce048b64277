// An entity that has evidence in an article is named there: the matcher records a mention of its name
// or an alias, or at least one of its quotes there prints one of its forms (济南 inside 济南商河 is no
// mention of 济南市 by the matcher's rules, but the quote does name the city). When neither holds, a
// printed form is missing from its aliases (中国移动 printed as 移动). The one exception is a name the
// page layout cut in two and continued elsewhere (山东新金融产 … 业园), which no matcher can join: its
// quote ends at the cut.
import type { SeedArticle, SeedEntity } from '../model.ts';

export function unmentionedEvidence(articles: SeedArticle[], entities: SeedEntity[]): string[] {
  const text = new Map(articles.map((a) => [a.file, a.text]));
  const problems: string[] = [];
  for (const e of entities) {
    const forms = [e.name, ...e.aliases];
    for (const file of new Set(e.evidence.map((ev) => ev.article))) {
      if (e.mentions.get(file)?.length) continue;
      const here = e.evidence.filter((ev) => ev.article === file);
      if (here.some((ev) => forms.some((f) => ev.quote.includes(f)))) continue;
      if (here.some((ev) => /^[\r\n]/.test(text.get(file)!.slice(ev.end, ev.end + 1)))) continue;
      problems.push(`${e.name} (${e.label}) has evidence in ${file} but none of its forms is printed there; add the printed form as an alias or quote where it is named`);
    }
  }
  return problems;
}
