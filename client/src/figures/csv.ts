// A table of figures as CSV (RFC 4180, with a BOM so spreadsheet programs read the Chinese as UTF-8):
// one row per figure, every field the figure has, the sentence included.
import type { Figure } from '../../../model/index.ts';

export const CSV_COLUMNS = ['entity', 'kind', 'measure', 'basis', 'period', 'year', 'value', 'value_max', 'unit', 'approximate', 'text', 'note', 'article', 'report_year', 'start', 'end', 'quote', 'unparsed'] as const;

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function figuresCsv(entity: string, figures: Figure[]): string {
  const rows = figures.map((f) => [
    entity, f.kind, f.measure, f.basis, f.period, f.year, f.value, f.value_max, f.unit, f.approximate, f.text, f.note,
    f.evidence.article, f.evidence.year, f.evidence.start, f.evidence.end, f.evidence.quote, f.unparsed,
  ]);
  return '\ufeff' + [CSV_COLUMNS, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Saves text as a file through a temporary link (no server round trip: the table is already here). */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
