// The Cypher script writer: literals that cannot break out of a string, one statement per line.
// (The round trip through a real database is tests/export.cypher-roundtrip.test.ts.)
import { describe, expect, it } from 'vitest';
import { nastyDocument } from '../../../tests/support/export-formats.ts';
import { cypherName, cypherString, cypherValue, scriptStatements, toCypherScript } from './cypher-script.ts';

describe('cypher script', () => {
  it('escapes quotes, backslashes and line breaks in string literals', () => {
    expect(cypherString(`it's a \\ "x"`)).toBe(`'it\\'s a \\\\ "x"'`);
    expect(cypherString('a\nb\r\n\u2028')).toBe(`'a\\u000ab\\u000d\\u000a\\u2028'`);
    expect(cypherString('济南 🚀 <&>')).toBe(`'济南 🚀 <&>'`);
  });

  it('quotes names with backticks and doubles backticks inside', () => {
    expect(cypherName('a`b')).toBe('`a``b`');
  });

  it('writes numbers, booleans and lists as Cypher literals', () => {
    expect(cypherValue([1, 2.5, 1e21])).toBe('[1, 2.5, 1e21]');
    expect(cypherValue(true)).toBe('true');
    expect(cypherValue({ x: 1 })).toBe(`'{"x":1}'`);
  });

  it('writes constraints, then one MERGE per node and per edge, each on one line', () => {
    const doc = nastyDocument();
    const statements = scriptStatements(toCypherScript(doc));
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))).toHaveLength(2);
    expect(statements.filter((s) => s.startsWith('MERGE (n:'))).toHaveLength(doc.nodes.length);
    expect(statements.filter((s) => s.startsWith('MATCH (s:'))).toHaveLength(doc.edges.length);
  });

  it('does not store the derived id of a relationship that had none, nor an article\'s derived name', () => {
    const script = toCypherScript(nastyDocument());
    const mention = script.split('\n').find((l) => l.includes(':`MENTIONED_IN`'))!;
    expect(mention).toContain('MERGE (s)-[r:`MENTIONED_IN`]->(t)');
    expect(mention).not.toContain('`id`');
    const article = script.split('\n').find((l) => l.startsWith('MERGE (n:Article'))!;
    expect(article).not.toContain('`name`');
  });
});
