// Builds the reviewable draft (its shape is the contract's DraftSchema, model/drafts.ts): the same shape
// as the curated data; accepting a fact means moving it into graph-seed/data/<article>.yaml. Evidence
// quotes are whole clauses on one line.
import { parseAmount } from '../../graph-seed/src/figures.ts';
import type { Draft, DraftArticle, DraftEvidence, DraftFigure } from '../../model/index.ts';
import type { ExtractedFigure, Extraction, Span } from './model.ts';

export type { Draft, DraftArticle, DraftEntity, DraftEvidence, DraftFigure, DraftRelation } from '../../model/index.ts';

/** Entities keep at most this many evidence clauses; every mention stays in `mentions`. */
const MAX_EVIDENCE = 3;
const QUOTE_LIMIT = 80;

/** The clause around a span, never crossing a line break, clipped to a readable length. */
export function clauseAround(text: string, span: Span, boundary = /[。！？；\n;!?]/): DraftEvidence {
  let start = span.start;
  while (start > 0 && !boundary.test(text[start - 1]) && span.start - start < QUOTE_LIMIT / 2) start--;
  let end = span.end;
  while (end < text.length && !boundary.test(text[end]) && end - span.end < QUOTE_LIMIT / 2) end++;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return { start: start + lead, end: start + raw.trimEnd().length, quote: raw.trim() };
}

function draftFigure(text: string, f: ExtractedFigure, year: number | undefined): DraftFigure {
  const amount = parseAmount(f.amount);
  return {
    kind: f.kind,
    amount: f.amount,
    ...(amount.unit === 'yuan' ? { amount_yuan: String(amount.value) } : {}),
    ...(year ? { year } : {}),
    rule: f.rule,
    evidence: clauseAround(text, f.evidence),
  };
}

/** An entity's evidence: the clauses of its first few mentions (every mention stays in `mentions`). */
export const mentionEvidence = (text: string, mentions: Span[]): DraftEvidence[] => mentions.slice(0, MAX_EVIDENCE).map((m) => clauseAround(text, m, /[，。！？；\n,;!?]/));

export function buildDraft(extraction: Extraction, article: DraftArticle): Draft {
  const { text } = extraction;
  return {
    status: 'proposed',
    article,
    entities: extraction.entities.map((e) => {
      const figures = extraction.figures.filter((f) => f.entity === e.name).map((f) => draftFigure(text, f, article.year));
      return {
        name: e.name,
        type: e.type,
        ...(e.aliases.length ? { aliases: e.aliases } : {}),
        ...(figures.length ? { figures } : {}),
        known: e.known,
        rules: e.rules,
        mentions: e.mentions,
        evidence: mentionEvidence(text, e.mentions),
      };
    }),
    relationships: extraction.relations.map((r) => ({
      source: r.source,
      target: r.target,
      type: r.type,
      properties: { rule: r.rule, ...(r.amount ? { amount: r.amount, amount_yuan: String(parseAmount(r.amount).value) } : {}) },
      evidence: [clauseAround(text, r.evidence)],
    })),
  };
}
