// Turns a quote into an exact [start, end) span of its article. Quotes, not offsets, are what people
// write; a quote that is missing or ambiguous fails loudly instead of pointing at the wrong sentence.
// Offsets are JavaScript string indices (UTF-16 code units; equal to code points for these articles).

export interface Span {
  start: number;
  end: number;
}

export function findAll(text: string, needle: string): number[] {
  const hits: number[] = [];
  if (!needle) return hits;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) hits.push(i);
  return hits;
}

/**
 * Locate `quote` in `text`. `occurrence` (1-based) picks one when the quote appears more than once.
 * Returns an error message instead of a span when the quote cannot be placed unambiguously.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): Span | string {
  const hits = findAll(text, quote);
  if (hits.length === 0) return `quote not found verbatim: "${quote}"`;
  if (occurrence !== undefined) {
    if (occurrence > hits.length) return `quote "${quote}" occurs ${hits.length} time(s), occurrence ${occurrence} asked`;
    const start = hits[occurrence - 1];
    return { start, end: start + quote.length };
  }
  if (hits.length > 1) return `quote "${quote}" is ambiguous: it occurs ${hits.length} times; add occurrence: N (1-based) or quote more text`;
  return { start: hits[0], end: hits[0] + quote.length };
}
