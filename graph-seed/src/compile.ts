// Reads the curated YAML, validates it and compiles it into a SeedGraph. All problems are collected
// and reported together, each naming its file and entry, so one run shows everything to fix.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parseAmount } from './figures.ts';
import { articleId, entityId, relationId } from '../../model/storage/index.ts';
import { type Evidence, type SeedArticle, type SeedEntity, type SeedGraph, type SeedRelation, SeedDataError } from './model.ts';
import { locateQuote } from './quotes.ts';
import { ArticleDataSchema, ArticleMetaSchema, type QuoteInput } from './schema.ts';
import { RELATION_TYPES, type RelationTypeName } from '../../model/index.ts';

export const SEED_ROOT = new URL('..', import.meta.url).pathname;

export interface CompileOptions {
  articlesDir?: string;
  dataDir?: string;
}

function zodProblems(file: string, error: z.ZodError, doc: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    // name the entry by its `name` (or source→target) so a reviewer can find it in the file
    const [section, index] = issue.path;
    const entry = (doc as Record<string, unknown[]>)?.[section as string]?.[index as number] as Record<string, unknown> | undefined;
    const label = entry?.name ?? (entry?.source ? `${entry.source} -${entry.type}-> ${entry.target}` : undefined);
    return `${file} ${path}${label ? ` (${label})` : ''}: ${issue.message}`;
  });
}

export function compileSeed(options: CompileOptions = {}): SeedGraph {
  const articlesDir = options.articlesDir ?? join(SEED_ROOT, 'articles');
  const dataDir = options.dataDir ?? join(SEED_ROOT, 'data');
  const problems: string[] = [];

  const metaDoc = parseYaml(readFileSync(join(articlesDir, 'articles.yaml'), 'utf8'));
  const meta = ArticleMetaSchema.safeParse(metaDoc);
  if (!meta.success) throw new SeedDataError(zodProblems('articles/articles.yaml', meta.error, metaDoc));
  const articles: SeedArticle[] = meta.data.map((m) => ({
    ...m,
    id: articleId(m.file),
    text: readFileSync(join(articlesDir, m.file), 'utf8'),
  }));
  const articleByFile = new Map(articles.map((a) => [a.file, a]));

  const entities = new Map<string, SeedEntity>(); // by canonical name
  const pendingRelations: Array<{ where: string; article: SeedArticle; rel: z.infer<typeof ArticleDataSchema>['relations'][number] }> = [];

  const evidenceOf = (article: SeedArticle, quote: QuoteInput, where: string): Evidence | undefined => {
    const text = typeof quote === 'string' ? quote : quote.text;
    const span = locateQuote(article.text, text, typeof quote === 'string' ? undefined : quote.occurrence);
    if (typeof span === 'string') {
      problems.push(`${where}: ${span}`);
      return undefined;
    }
    return { article: article.file, ...span, quote: text, year: article.year };
  };

  const files = readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of files) {
    let doc: unknown;
    try {
      doc = parseYaml(readFileSync(join(dataDir, file), 'utf8'));
    } catch (e) {
      problems.push(`${file}: not valid YAML: ${(e as Error).message}`);
      continue;
    }
    const parsed = ArticleDataSchema.safeParse(doc);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error, doc));
      continue;
    }
    const article = articleByFile.get(parsed.data.article);
    if (!article) {
      problems.push(`${file}: article "${parsed.data.article}" is not listed in articles/articles.yaml`);
      continue;
    }
    parsed.data.entities.forEach((e, i) => {
      const where = `${file} entities[${i}] (${e.name})`;
      const evidence = e.quotes.map((q) => evidenceOf(article, q, where)).filter((x): x is Evidence => !!x);
      const figures = (e.figures ?? []).flatMap((f) => {
        const ev = evidenceOf(article, f.quote, `${where} figure ${f.amount}`);
        if (ev && !ev.quote.includes(f.amount)) problems.push(`${where}: figure ${f.amount} does not appear in its quote`);
        try {
          const amount = parseAmount(f.amount);
          return ev ? [{ kind: f.kind, text: f.amount, unit: amount.unit, value: amount.value, year: f.year, note: f.note, evidence: ev }] : [];
        } catch (err) {
          problems.push(`${where}: ${(err as Error).message}`);
          return [];
        }
      });
      const existing = entities.get(e.name);
      if (existing) {
        if (existing.label !== e.type) problems.push(`${where}: typed ${e.type} here but ${existing.label} elsewhere`);
        for (const a of e.aliases ?? []) if (!existing.aliases.includes(a)) existing.aliases.push(a);
        existing.en ??= e.en;
        existing.description ??= e.description;
        existing.evidence.push(...evidence);
        existing.figures.push(...figures);
        return;
      }
      entities.set(e.name, {
        id: entityId(e.name),
        name: e.name,
        label: e.type,
        aliases: [...new Set(e.aliases ?? [])].filter((a) => a !== e.name),
        en: e.en,
        description: e.description,
        figures,
        evidence,
        mentions: new Map(),
      });
    });
    parsed.data.relations.forEach((rel, i) => {
      pendingRelations.push({ where: `${file} relations[${i}] (${rel.source} -${rel.type}-> ${rel.target})`, article, rel });
    });
  }

  // Every name and alias must point at exactly one entity.
  const byName = new Map<string, SeedEntity>();
  for (const e of entities.values()) {
    for (const n of [e.name, ...e.aliases]) {
      const other = byName.get(n);
      if (other && other !== e) problems.push(`"${n}" names both ${other.name} (${other.label}) and ${e.name} (${e.label}); keep it on one entity`);
      byName.set(n, e);
    }
  }

  const relations = new Map<string, SeedRelation>();
  for (const { where, article, rel } of pendingRelations) {
    const source = byName.get(rel.source);
    const target = byName.get(rel.target);
    if (!source) problems.push(`${where}: unknown source entity "${rel.source}"`);
    if (!target) problems.push(`${where}: unknown target entity "${rel.target}"`);
    if (!source || !target) continue;
    const type = rel.type as RelationTypeName;
    const spec = RELATION_TYPES[type];
    if (!(spec.from as string[]).includes(source.label) || !(spec.to as string[]).includes(target.label)) {
      problems.push(`${where}: ${type} goes from ${spec.from.join('/')} to ${spec.to.join('/')}, not ${source.label} to ${target.label}`);
      continue;
    }
    const evidence = evidenceOf(article, rel.quote, where);
    if (!evidence) continue;
    let amountYuan: bigint | number | undefined;
    if (rel.amount) {
      try {
        amountYuan = parseAmount(rel.amount).value;
      } catch (err) {
        problems.push(`${where}: ${(err as Error).message}`);
      }
    }
    const id = relationId(source.id, type, target.id);
    const existing = relations.get(id);
    if (existing) {
      existing.evidence.push(evidence);
      existing.amountText ??= rel.amount;
      existing.amountYuan ??= amountYuan;
      existing.role ??= rel.role;
      existing.year ??= rel.year;
      continue;
    }
    relations.set(id, { id, type, source: source.id, target: target.id, amountText: rel.amount, amountYuan, role: rel.role, year: rel.year, evidence: [evidence] });
  }

  if (problems.length) throw new SeedDataError(problems);

  const list = [...entities.values()];
  computeMentions(articles, list);
  return { articles, entities: list, relations: [...relations.values()] };
}

/**
 * Every occurrence of a name or alias in every article. Within one entity the longest form wins
 * (市中 inside 市中区 is one mention, not two). Across entities a canonical name may sit inside
 * another entity's name (中软国际人工智能创新中心 does mention 中软国际), but a mere alias may not
 * (the 兴隆 of 山东中油兴隆 is not 兴隆片区).
 */
export function computeMentions(articles: SeedArticle[], entities: SeedEntity[]): void {
  for (const article of articles) {
    const found: Array<{ e: SeedEntity; start: number; end: number; alias: boolean }> = [];
    for (const e of entities) {
      const taken = new Uint8Array(article.text.length);
      for (const term of [e.name, ...e.aliases].sort((a, b) => b.length - a.length)) {
        for (let i = article.text.indexOf(term); i !== -1; i = article.text.indexOf(term, i + 1)) {
          if (taken.subarray(i, i + term.length).some((x) => x)) continue;
          taken.fill(1, i, i + term.length);
          found.push({ e, start: i, end: i + term.length, alias: term !== e.name });
        }
      }
    }
    const inside = (m: (typeof found)[number]) =>
      found.some((o) => o.e !== m.e && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    for (const m of found) {
      if (m.alias && inside(m)) continue;
      const spans = m.e.mentions.get(article.file) ?? [];
      spans.push({ start: m.start, end: m.end });
      m.e.mentions.set(article.file, spans);
    }
    for (const e of entities) e.mentions.get(article.file)?.sort((a, b) => a.start - b.start);
  }
}
