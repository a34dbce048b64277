// Reviewed facts as curated YAML (the graph-seed/data format, graph-seed/src/schema.ts): what a reviewer
// accepted in a draft, so it can be read, diffed and kept in git. Entities accepted as matches of, or
// merged into, an existing entity are written under that entity's name (the compiler merges entries
// of one name across files), with the draft's name as an alias when it differs. Accepted figures are
// written under their entity's entry in the data format's `figures` (kind, amount as printed, year,
// quote), which the seed reads with the same parser (figures.ts) as a draft; an entity that was already
// curated and only gained a figure is written with its quotes from this article, so the entry compiles.
import { stringify } from 'yaml';
import { draftFigures, type DraftRecord } from '../../model/storage/drafts.ts';
import type { EntityLabel } from '../../model/index.ts';
import type { EntityInput, QuoteInput, RelationInput } from './schema.ts';
import { findAll } from './quotes.ts';

export interface ExistingEntity {
  name: string;
  type: EntityLabel;
}

/** A quote as the curated files write it: bare when it occurs once in the article, else with its occurrence. */
export function quoteOf(text: string, e: { start: number; end: number; quote: string }): QuoteInput {
  const hits = findAll(text, e.quote);
  return hits.length > 1 ? { text: e.quote, occurrence: hits.indexOf(e.start) + 1 } : e.quote;
}

/**
 * The accepted items of one draft in the curated data's shape, or undefined when nothing was accepted.
 * `existing` names the graph's entities by id (those the draft's items matched or were merged into),
 * `resolved` maps each accepted entity item to the graph entity it became.
 */
export function reviewedData(
  record: DraftRecord,
  resolved: Map<string, string>,
  existing: Map<string, ExistingEntity>,
): { article: string; entities: EntityInput[]; relations: RelationInput[] } | undefined {
  const figures = draftFigures(record).filter((f) => f.status === 'accepted');
  const accepted = record.entities.filter((e) => e.status === 'accepted' || figures.some((f) => f.entity === e.id));
  const facts = record.relations.filter((r) => r.status === 'accepted');
  if (!accepted.length && !facts.length) return undefined;
  const entities = new Map<string, EntityInput>();
  for (const e of accepted) {
    const into = existing.get(resolved.get(e.id) ?? '');
    const name = into?.name ?? e.name;
    const entry = entities.get(name) ?? { name, type: into?.type ?? e.type, quotes: [] };
    // the forms the article prints: the draft's name when merged into another, the proposed name when renamed
    const printed = [...(into && into.name !== e.name ? [e.name] : []), ...(e.proposedName ? [e.proposedName] : []), ...e.aliases];
    const aliases = [...(entry.aliases ?? []), ...printed.filter((a) => a !== name)];
    if (aliases.length) entry.aliases = [...new Set(aliases)];
    for (const ev of e.evidence) {
      const q = quoteOf(record.text, ev);
      if (!entry.quotes.some((x) => JSON.stringify(x) === JSON.stringify(q))) entry.quotes.push(q);
    }
    for (const f of figures.filter((x) => x.entity === e.id)) {
      const { kind, amount, year, evidence, measure, basis, period } = f.figure;
      // a reviewer's measure, basis or period is written: the seed would read the clause's words again
      const read = Object.fromEntries(Object.entries({ measure, basis, period }).filter(([, v]) => v));
      (entry.figures ??= []).push({ kind, amount, ...(year ? { year } : {}), ...read, quote: quoteOf(record.text, evidence) });
    }
    entities.set(name, entry);
  }
  const nameOf = (ref: string) => {
    const item = record.entities.find((e) => e.id === ref);
    const graphId = item ? resolved.get(item.id) : ref;
    return existing.get(graphId ?? '')?.name ?? item?.name ?? ref;
  };
  const relations: RelationInput[] = facts.map((r) => ({
    source: nameOf(r.source),
    type: r.type,
    target: nameOf(r.target),
    quote: quoteOf(record.text, r.evidence[0]),
    ...(r.amount ? { amount: r.amount } : {}),
  }));
  return { article: record.file, entities: [...entities.values()], relations };
}

/** The YAML file of one draft's reviewed facts, with a header saying where it came from. */
export function reviewedYaml(record: DraftRecord, data: NonNullable<ReturnType<typeof reviewedData>>): string {
  const reviewed = [...record.entities, ...record.relations].map((i) => i.reviewedAt).filter(Boolean).sort();
  const header = [
    `# Reviewed facts of ${record.file}${record.title ? ` (${record.title})` : ''}${record.year ? `, ${record.year}` : ''}: accepted in the browser`,
    `# between ${reviewed[0]} and ${reviewed.at(-1)}; written by \`npm run reviewed\`. Quotes are verbatim from ${record.file}.`,
  ].join('\n');
  return `${header}\n${stringify(data, { lineWidth: 0 })}`;
}
