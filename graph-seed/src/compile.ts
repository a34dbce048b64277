// Reads the curated YAML, validates it and compiles it into a SeedGraph. All problems are collected
// and reported together, each naming its file and entry, so one run shows everything to fix.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { figureToStore, parseAmount } from './figures.ts';
import { articleId, entityId, relationId } from '../../model/storage/index.ts';
import { type Evidence, type SeedArticle, type SeedEntity, type SeedGraph, type SeedRelation, SeedDataError } from './model.ts';
import { locateQuote } from './quotes.ts';
import { ArticleDataSchema, ArticleMetaSchema, type QuoteInput } from './schema.ts';
import { RELATION_TYPES, type RelationTypeName } from '../../model/index.ts';
import { scopeProblem } from './checks/alias-scope.ts';
import { unmarkedApproximation } from './checks/approximate-figures.ts';
import { unmentionedEvidence } from './checks/mentioned-evidence.ts';
import { printedIn, wrappedInQuotes } from './checks/printed-names.ts';
import { unstatedFacts, type StatedFact } from './checks/stated-verbs.ts';

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
  const articleTexts = articles.map((a) => a.text);
  const stated: StatedFact[] = [];

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
      if (wrappedInQuotes(e.name)) problems.push(`${where}: the name is wrapped whole in quotation marks; write it bare (marks only around a slogan inside a longer name, as printed)`);
      for (const a of e.aliases ?? []) {
        if (wrappedInQuotes(a)) problems.push(`${where}: alias "${a}" is wrapped whole in quotation marks; the bare form is matched inside them`);
        if (!printedIn(a, articleTexts)) problems.push(`${where}: alias "${a}" is not printed in any article`);
        const scope = scopeProblem(e.type, e.name, a);
        if (scope) problems.push(`${where}: ${scope}`);
      }
      const evidence = e.quotes.map((q) => evidenceOf(article, q, where)).filter((x): x is Evidence => !!x);
      const figures = (e.figures ?? []).flatMap((f) => {
        const ev = evidenceOf(article, f.quote, `${where} figure ${f.amount}`);
        if (ev && !ev.quote.includes(f.amount)) problems.push(`${where}: figure ${f.amount} does not appear in its quote`);
        const unmarked = ev && unmarkedApproximation(f.amount, ev.quote);
        if (unmarked) problems.push(`${where}: ${unmarked}`);
        // an amount that cannot be read is kept as printed, with the reason (listed by --check), never dropped
        return ev ? [figureToStore(f, ev)] : [];
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
    stated.push({ where, type, quote: evidence.quote, sourceForms: [source.name, ...source.aliases], targetForms: [target.name, ...target.aliases] });
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

  problems.push(...unstatedFacts(stated));
  if (problems.length) throw new SeedDataError(problems);

  const list = [...entities.values()];
  computeMentions(articles, list);
  const unmentioned = unmentionedEvidence(articles, list);
  if (unmentioned.length) throw new SeedDataError(unmentioned);
  return { articles, entities: list, relations: [...relations.values()] };
}

/**
 * Every occurrence of a name or alias in every article, read the way a reader reads Chinese:
 * - a name printed across a line break (the layout splices columns: 山东新金融产 / 业园) is found, and
 *   its span covers the break;
 * - a canonical name may sit inside another entity's longer name or alias (中软国际人工智能创新中心 does
 *   mention 中软国际, 济南市市中区 does mention 济南市) unless that entity's own forms cut across it
 *   (济南市中区 and the headline's 济南市中 are 济南 + 市中区 / 市中: no mention of 济南市); a mere alias
 *   inside another entity's longer form is never a mention (the 兴隆 of 山东中油兴隆 is not 兴隆片区);
 * - of two names that overlap without one containing the other, the one that starts first is read
 *   (类金融业态 is 类金融 + 业态, so 金融业 is not mentioned there);
 * - within one entity the longest visible form wins (市中 inside 市中区 is one mention, not two).
 */
export function computeMentions(articles: SeedArticle[], entities: SeedEntity[]): void {
  for (const article of articles) {
    // the text without line breaks, and where each of its characters sits in the article
    const at: number[] = [];
    let joined = '';
    for (let i = 0; i < article.text.length; i++) if (article.text[i] !== '\n' && article.text[i] !== '\r') {
      at.push(i);
      joined += article.text[i];
    }
    type Match = { e: SeedEntity; start: number; end: number; alias: boolean };
    const raw: Match[] = [];
    for (const e of entities)
      for (const term of new Set([e.name, ...e.aliases]))
        for (let i = joined.indexOf(term); i !== -1; i = joined.indexOf(term, i + 1))
          raw.push({ e, start: at[i], end: at[i + term.length - 1] + 1, alias: term !== e.name });
    const contains = (o: Match, m: Match) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start;
    const crosses = (o: Match, m: Match) => o.start < m.end && m.start < o.end && !contains(o, m) && !contains(m, o) && (o.start !== m.start || o.end !== m.end);
    const hidden = (m: Match) =>
      raw.some((o) => {
        if (o.e === m.e) return false;
        // inside another entity's longer form: an alias never; a name unless that entity reads the text
        // across the name's edge (济南|市中区 in 济南市中区: 市中区 crosses 济南市)
        if (contains(o, m)) return m.alias || raw.some((p) => p.e === o.e && contains(o, p) && crosses(p, m));
        return crosses(o, m) && o.start < m.start;
      });
    const visible = raw.filter((m) => !hidden(m));
    const before = (o: Match, m: Match) => o.end - o.start > m.end - m.start || (o.end - o.start === m.end - m.start && raw.indexOf(o) < raw.indexOf(m));
    for (const m of visible) {
      if (visible.some((o) => o.e === m.e && o !== m && o.start < m.end && m.start < o.end && before(o, m))) continue;
      const spans = m.e.mentions.get(article.file) ?? [];
      spans.push({ start: m.start, end: m.end });
      m.e.mentions.set(article.file, spans);
    }
    for (const e of entities) e.mentions.get(article.file)?.sort((a, b) => a.start - b.start);
  }
}
