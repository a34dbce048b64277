// Relation triggers, sentence by sentence. Chinese news leaves the subject implicit (市中区 does
// everything), so each sentence has a subject — an area or park opening a clause, else the article's
// main area — and the type of the other mention plus the trigger words decide the relation.
import { parseAmount } from '../../graph-seed/src/figures.ts';
import { RELATION_TYPES, type EntityLabel, type RelationTypeName } from '../../graph-seed/src/vocabulary.ts';
import type { ExtractedEntity, ExtractedRelation, Mention, Span } from './model.ts';

const INTRODUCE = /引进|引入|落户|招引|签约|入驻|新引进/;
const HOST = /举办|开展|承办|召开|展演|主办|办好/;
const LOCATE = /位于|都在|坐落|落户/;
const SUBJECTS: EntityLabel[] = ['Area', 'Park'];
/** Areas above the district: the district is part of them, never the other way round. */
const PARENT = /(市|省)$/;

function valid(type: RelationTypeName, source: EntityLabel, target: EntityLabel): boolean {
  const spec = RELATION_TYPES[type];
  return (spec.from as EntityLabel[]).includes(source) && (spec.to as EntityLabel[]).includes(target);
}

function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^。！？；\n;!?]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The clause-opening area/park of a sentence: at its start, after 在…方面， or after 此外，. */
function sentenceSubject(text: string, span: Span, inside: Mention[]): Mention | undefined {
  return inside.find((m) => {
    if (!SUBJECTS.includes(m.type) || PARENT.test(m.name)) return false;
    const before = text.slice(span.start, m.start);
    return /^(\s*|.*[，：,:])(?:[\d]{4}年，?|此外，|同时，|今年，|目前，)?$/.test(before) && text[m.end] !== '、';
  });
}

export function extractRelations(text: string, mentions: Mention[], entities: ExtractedEntity[], _options: { year?: number } = {}): ExtractedRelation[] {
  const byName = new Map(entities.map((e) => [e.name, e]));
  const areaCounts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'Area' && !PARENT.test(m.name)) areaCounts.set(m.name, (areaCounts.get(m.name) ?? 0) + 1);
  const main = [...areaCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const out = new Map<string, ExtractedRelation>();
  const add = (type: RelationTypeName, source: string, target: string, rule: string, evidence: Span, amount?: string) => {
    const s = byName.get(source);
    const t = byName.get(target);
    if (!s || !t || s === t || !valid(type, s.type, t.type)) return;
    const key = `${source}|${type}|${target}`;
    if (!out.has(key)) out.set(key, { source, target, type, rule, evidence, amount });
  };

  for (const span of sentences(text)) {
    const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (!inside.length) continue;
    const sentence = text.slice(span.start, span.end);
    const subject = sentenceSubject(text, span, inside)?.name ?? main;
    if (!subject) continue;
    const topic = /在([^，。,]{2,8})方面/.exec(sentence)?.[1];
    const topicIndustry = topic && byName.get(topic)?.type === 'Industry' ? topic : undefined;
    const seen = new Set<string>();
    inside.forEach((m, i) => {
      if (m.name === subject || seen.has(m.name)) return;
      seen.add(m.name);
      const clauseStart = Math.max(text.lastIndexOf('，', m.start), text.lastIndexOf(',', m.start), span.start);
      switch (m.type) {
        case 'Strategy': {
          add('SUPPORTS', subject, m.name, 'strategy', span);
          const owner = m.name.replace(/^“|”$|战略$/g, '');
          if (owner !== m.name && byName.has(owner)) add('SUPPORTS', owner, m.name, 'X战略', span);
          break;
        }
        case 'Industry':
          add('DEVELOPS', subject, m.name, 'industry', span);
          break;
        case 'Honor': {
          // the holder is the nearest thing named before the honour in the same sentence
          const holder = [...inside.slice(0, i)].reverse().find((h) => !['Honor', 'Industry', 'Strategy'].includes(h.type) && h.start >= clauseStart - 40);
          add('HONOURED_AS', holder?.name ?? subject, m.name, 'honour', span);
          break;
        }
        case 'Event':
          add('HOSTS', subject, m.name, HOST.test(sentence) ? 'host' : 'event', span);
          break;
        case 'Area':
          if (!PARENT.test(m.name)) add('PART_OF', m.name, subject, 'area', span);
          break;
        case 'Project': {
          const phase = /^(.+?)([二三四]期)(项目)?$/.exec(m.name);
          if (phase && byName.has(phase[1])) add('PART_OF', m.name, phase[1], 'phase', span);
          add('PART_OF', m.name, subject, 'project', span);
          const money = /总投资(?:约|超)?([\d.]+[万亿]?元)/.exec(text.slice(m.end, Math.min(span.end, m.end + 20))) ?? /总投资(?:约|超)?([\d.]+[万亿]?元)/.exec(text.slice(Math.max(span.start, m.start - 20), m.start));
          if (money && byName.get(subject)?.type === 'Area') add('INVESTED_IN', subject, m.name, 'investment', span, money[1]);
          break;
        }
        case 'Park':
        case 'Facility':
          add(LOCATE.test(sentence) || m.type === 'Park' ? 'LOCATED_IN' : 'LOCATED_IN', m.name, subject, 'place', span);
          break;
        case 'Enterprise':
        case 'Organization':
          if (INTRODUCE.test(sentence)) add('INTRODUCED_TO', m.name, subject, 'introduce', span);
          else add('LOCATED_IN', m.name, subject, 'located', span);
          if (topicIndustry) add('IN_INDUSTRY', m.name, topicIndustry, 'topic', span);
          break;
      }
      if (topicIndustry && (m.type === 'Project' || m.type === 'Park')) add('IN_INDUSTRY', m.name, topicIndustry, 'topic', span);
    });
  }
  for (const r of out.values()) if (r.amount) parseAmount(r.amount); // exact amounts only; throws on a bad capture
  return [...out.values()];
}
