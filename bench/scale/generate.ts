// The synthetic graph of the scale benchmark, in the project's own storage format: every entity and
// fact goes through the one writer's record functions (model/storage/write.ts), so labels, search keys,
// pinyin, evidence arrays, figures and the canvas cache are exactly what a seed or an ingest stores.
// Names are built from the articles' own characters plus a suffix fitting the label (公司, 产业园, 项目 …);
// degrees follow a power law: a share of the facts point at entities drawn by Zipf's law over their
// rank, so entity 0 is a hub of ~10k neighbours at 100k entities and ~100k at 1M, the rest uniform.
// Deterministic (seeded PRNG): the same N gives the same graph, and the bench can name its probes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_LABELS, RELATION_TYPE_NAMES, type EntityLabel, type RelationTypeName } from '../../model/index.ts';
import { entityId, entityRecord, relationId, relationRecord, type EntityToStore, type RelationToStore } from '../../model/storage/index.ts';
import type { Evidence } from '../../model/graph.ts';
import { prng } from '../prng.ts';

/** The articles' characters name the synthetic entities: the copy the seed compiles from. */
export const ARTICLES_DIR = new URL('../../graph-seed/articles', import.meta.url).pathname;

const SUFFIXES: Record<EntityLabel, string[]> = {
  Area: ['片区', '街道', '街区', '新区', '功能区'],
  Project: ['项目', '工程', '改造项目', '建设项目'],
  Park: ['产业园', '科技园', '孵化器', '基地', '公园'],
  Facility: ['大厦', '广场', '中心', '商业街', '体育馆'],
  Enterprise: ['有限公司', '集团', '科技有限公司', '银行', '股份公司'],
  Strategy: ['战略', '计划', '行动', '工程'],
  Industry: ['产业', '行业', '经济'],
  Organization: ['局', '委员会', '研究院', '协会', '大学'],
  Event: ['大会', '论坛', '节', '博览会'],
  Honor: ['示范区', '称号', '先进单位'],
  Person: [''],
};
const EN_SUFFIX: Partial<Record<EntityLabel, string>> = { Enterprise: 'Co., Ltd.', Park: 'Industrial Park', Project: 'Project', Organization: 'Bureau', Area: 'District' };
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';

export interface Article {
  id: string;
  file: string;
  headline: string;
  year: number;
  text: string;
}

/** The real articles: their characters feed the names, their text the evidence quotes. */
export function readArticles(dir = ARTICLES_DIR): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file, i) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return { id: file.replace(/\.txt$/, ''), file, headline: text.split('\n').find((l) => l.trim())?.trim().slice(0, 60) ?? file, year: 2019 + (i % 6), text };
    });
}

export interface Plan {
  entities: number;
  factsPerEntity: number;
  /** share of facts whose target is drawn by Zipf's law (the rest uniform) */
  hubShare: number;
  seed: number;
}

export interface EntityRow {
  label: EntityLabel;
  props: Record<string, unknown>;
  mentions: Array<{ article: string; starts: number[]; ends: number[]; count: number }>;
}
export interface FactRow {
  type: RelationTypeName;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export class SyntheticGraph {
  readonly articles: Article[];
  private readonly chars: string;
  private readonly ids: string[] = [];
  private readonly zipfCdf: Float64Array;

  constructor(readonly plan: Plan) {
    this.articles = readArticles();
    // CJK characters of the articles, with their frequencies (a common character is common here too)
    this.chars = this.articles.map((a) => a.text).join('').replace(/[^\u4e00-\u9fff]/g, '');
    const cdf = new Float64Array(plan.entities);
    let sum = 0;
    for (let k = 0; k < plan.entities; k++) cdf[k] = sum += 1 / (k + 1);
    for (let k = 0; k < plan.entities; k++) cdf[k] /= sum;
    this.zipfCdf = cdf;
    for (let i = 0; i < plan.entities; i++) this.ids.push(entityId(`synthetic|${plan.seed}|${i}`));
  }

  idOf = (i: number) => this.ids[i];

  /** The label of entity i: hubs are areas and parks (as 市中区 is), the rest spread over the vocabulary. */
  labelOf(i: number): EntityLabel {
    if (i < 20) return i % 2 ? 'Park' : 'Area';
    return ENTITY_LABELS[(i * 7919) % ENTITY_LABELS.length];
  }

  private evidence(rnd: () => number, n: number): Evidence[] {
    return Array.from({ length: n }, () => {
      const a = this.articles[Math.floor(rnd() * this.articles.length)];
      let start = Math.floor(rnd() * Math.max(1, a.text.length - 40));
      let end = start + 12 + Math.floor(rnd() * 28);
      // a quote is a phrase of one paragraph, as the seed's are: it starts past a line break and stops at
      // the next one (no field of the bulk CSV spans lines, so the importer reads it in parallel)
      while (a.text[start] === '\n') start++;
      const stop = a.text.indexOf('\n', start);
      if (stop >= 0 && stop < end) end = stop;
      return { article: a.file, start, end, quote: a.text.slice(start, end), year: a.year };
    });
  }

  /** Entity i with its stored record, computed by the real writer. */
  entity(i: number): EntityRow {
    const { input, mentions } = this.entityInput(i);
    return { label: input.label, props: entityRecord(input), mentions };
  }

  /** Entity i as the writer's input, and its mention links. */
  entityInput(i: number): { input: EntityToStore; mentions: EntityRow['mentions'] } {
    const rnd = prng(this.plan.seed * 1_000_003 + i);
    const label = this.labelOf(i);
    const pick = () => this.chars[Math.floor(rnd() * this.chars.length)];
    const core = label === 'Person' ? SURNAMES[Math.floor(rnd() * SURNAMES.length)] + pick() + (rnd() < 0.5 ? pick() : '') : Array.from({ length: 2 + Math.floor(rnd() * 3) }, pick).join('');
    const suffixes = SUFFIXES[label];
    const name = core + suffixes[Math.floor(rnd() * suffixes.length)];
    const aliases = rnd() < 0.3 ? [core] : [];
    const en = EN_SUFFIX[label] && rnd() < 0.3 ? `Synthetic ${i.toString(36)} ${EN_SUFFIX[label]}` : null;
    const description = rnd() < 0.4 ? `${name}${Array.from({ length: 10 + Math.floor(rnd() * 20) }, pick).join('')}。` : null;
    const evidence = this.evidence(rnd, 1 + Math.floor(rnd() * 2));
    // mention counts follow the rank, so the start view (most mentioned) shows the hubs
    const mentionCount = Math.max(1, Math.round(2000 / Math.pow(i + 1, 0.7) + rnd() * 3));
    // figures are left out: their stored shape is being reworked in this session (model/storage/figures.ts)
    const figures: never[] = [];
    const input: EntityToStore = { id: this.ids[i], name, label, aliases, en, description, status: rnd() < 0.9 ? 'curated' : 'proposed', figures, evidence, mentionCount };
    const byArticle = new Map<string, Evidence[]>();
    for (const e of evidence) byArticle.set(e.article.replace(/\.txt$/, ''), [...(byArticle.get(e.article.replace(/\.txt$/, '')) ?? []), e]);
    const mentions = [...byArticle].map(([article, evs]) => ({ article, starts: evs.map((e) => e.start), ends: evs.map((e) => e.end), count: evs.length }));
    return { input, mentions };
  }

  private zipf(u: number): number {
    let lo = 0;
    let hi = this.zipfCdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.zipfCdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The facts, as the writer's inputs: fact j's source is entity j / F (every entity has F facts out), its
   * target a Zipf-drawn hub or a uniform entity. A repeated (source, type, target) is skipped (its id would
   * repeat). `part` keeps every `of`-th fact from the `index`-th: each part draws the whole seeded stream
   * (cheap) but builds the facts (their ids, evidence and records: the cost) of its share only, so parts
   * in parallel give the same graph.
   */
  *factInputs(part = { index: 0, of: 1 }): Generator<RelationToStore> {
    const { entities: n, factsPerEntity: f, hubShare } = this.plan;
    const rnd = prng(this.plan.seed ^ 0x5eed);
    // a repeat needs the same source, and the sources come in order: only the current one's are kept
    // (a set of all 5M keys, numbers past 2^31, was a fifth of the facts' CSV time in its GC)
    const seen = new Set<number>();
    let kept = 0;
    for (let j = 0; j < n * f; j++) {
      const s = Math.floor(j / f);
      if (j % f === 0) seen.clear();
      let t = rnd() < hubShare ? this.zipf(rnd()) : Math.floor(rnd() * n);
      if (t === s) t = (t + 1) % n;
      const ti = Math.floor(rnd() * RELATION_TYPE_NAMES.length);
      const key = t * RELATION_TYPE_NAMES.length + ti;
      if (seen.has(key)) continue;
      seen.add(key);
      const evidence = this.evidence(rnd, 1 + Math.floor(rnd() * 3));
      const status = rnd() < 0.9 ? 'curated' : 'proposed';
      if (kept++ % part.of !== part.index) continue;
      const type = RELATION_TYPE_NAMES[ti];
      const source = this.ids[s];
      const target = this.ids[t];
      yield { id: relationId(source, type, target), type, source, target, status, year: evidence[0].year, evidence };
    }
  }

  /** The facts with their stored records (the writer's relationRecord), in batches. */
  *facts(batchSize: number, part = { index: 0, of: 1 }): Generator<FactRow[]> {
    let batch: FactRow[] = [];
    for (const r of this.factInputs(part)) {
      batch.push({ type: r.type, source: r.source, target: r.target, props: relationRecord(r) });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
}
