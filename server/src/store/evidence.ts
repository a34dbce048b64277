// Evidence records from the parallel ev_* arrays stored on nodes and relationships.
import { toPlain } from './values.ts';

export interface EvidenceRecord {
  article: string;
  start: number;
  end: number;
  quote: string;
  year: number | null;
}

export function evidenceOf(props: Record<string, unknown>): EvidenceRecord[] {
  const p = toPlain(props) as Record<string, unknown[] | undefined>;
  const articles = (p.ev_article ?? []) as string[];
  return articles.map((article, i) => ({
    article,
    start: Number(p.ev_start?.[i]),
    end: Number(p.ev_end?.[i]),
    quote: String(p.ev_quote?.[i] ?? ''),
    year: p.ev_year?.[i] === undefined ? null : Number(p.ev_year[i]),
  }));
}

/** The inverse of evidenceOf: records → the parallel ev_* arrays stored on nodes and relationships. */
export function evidenceArrays(evidence: Array<Omit<EvidenceRecord, 'year'> & { year: number | null }>): Record<string, unknown[]> {
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
