// Evidence as stored: parallel arrays ev_article / ev_start / ev_end / ev_quote / ev_year on every node
// and relationship (Neo4j properties cannot hold maps), read back as Evidence records.
import type { Evidence } from '../graph.ts';
import { toPlain } from './values.ts';

export const EVIDENCE_PROPERTIES = ['ev_article', 'ev_start', 'ev_end', 'ev_quote', 'ev_year'] as const;

export function evidenceOf(props: Record<string, unknown>): Evidence[] {
  const p = toPlain(props) as Record<string, unknown[] | undefined>;
  const articles = (p.ev_article ?? []) as string[];
  return articles.map((article, i) => ({
    article,
    start: Number(p.ev_start?.[i]),
    end: Number(p.ev_end?.[i]),
    quote: String(p.ev_quote?.[i] ?? ''),
    year: p.ev_year?.[i] === undefined || p.ev_year?.[i] === null ? null : Number(p.ev_year[i]),
  }));
}

/** Evidence records → the ev_* arrays (ev_year only when every year is known: a list cannot hold nulls). */
export function evidenceArrays(evidence: Evidence[]): Record<string, unknown[]> {
  if (!evidence.length) return {};
  const years = evidence.map((e) => e.year);
  return {
    ev_article: evidence.map((e) => e.article),
    ev_start: evidence.map((e) => e.start),
    ev_end: evidence.map((e) => e.end),
    ev_quote: evidence.map((e) => e.quote),
    ...(years.every((y) => y !== null) ? { ev_year: years } : {}),
  };
}

/** Evidence records → every stored property derived from them: the arrays, the articles, first and last year reported. */
export function evidenceProperties(evidence: Evidence[]): Record<string, unknown> {
  const years = evidence.map((e) => e.year).filter((y): y is number => y !== null);
  return {
    ...evidenceArrays(evidence),
    articles: [...new Set(evidence.map((e) => e.article))].sort(),
    first_reported: years.length ? Math.min(...years) : null,
    last_reported: years.length ? Math.max(...years) : null,
  };
}
