// Cypher as tokens for the console's text checks (cypher-guard.ts, cypher-cost.ts): words, quoted
// identifiers, strings, numbers, parameters and punctuation, with comments and whitespace dropped.

type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';
export interface Token {
  kind: TokenKind;
  /** as written; quoted identifiers without their backticks */
  text: string;
}

/**
 * Splits Cypher into tokens, dropping comments and whitespace. Any character that is neither part of
 * a word nor Cypher punctuation (unicode spaces, zero-width and format characters) counts as a
 * separator, so `LOAD\u200BCSV` is still LOAD, CSV.
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i];
    if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      tokens.push({ kind: 'string', text: query.slice(i + 1, j) });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let text = '';
      while (j < n) {
        if (query[j] === '`' && query[j + 1] === '`') {
          text += '`';
          j += 2;
        } else if (query[j] === '`') break;
        else text += query[j++];
      }
      tokens.push({ kind: 'quoted', text });
      i = j + 1;
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      let j = i + 1;
      while (j < n && /[\p{L}\p{N}_]/u.test(query[j])) j++;
      const text = query.slice(i, j);
      const kind: TokenKind = c === '$' ? 'param' : /^\d/.test(text) ? 'number' : 'word';
      tokens.push({ kind, text });
      i = j;
    } else {
      if ('(){}[].,;:|=<>+-*/%^!'.includes(c)) tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}
