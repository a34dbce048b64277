// The guard's text screen: refuses what the console never runs, without tripping over reads that
// merely use the same words as names, strings or comments. (The plan check is covered against the
// real database in tests/cypher.guard.test.ts.)
import { describe, expect, it } from 'vitest';
import { BadRequestError, ForbiddenError } from '../errors.ts';
import { screenQueryText, tokenize } from './cypher-guard.ts';

describe('tokenize', () => {
  it('drops comments and keeps strings and quoted names whole', () => {
    const tokens = tokenize("MATCH (n) // CREATE (m)\n/* DELETE */ WHERE n.name = 'LOAD CSV' RETURN n.`a``b`");
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['MATCH', 'n', 'WHERE', 'n', 'name', 'RETURN', 'n']);
    expect(tokens.find((t) => t.kind === 'string')?.text).toBe('LOAD CSV');
    expect(tokens.find((t) => t.kind === 'quoted')?.text).toBe('a`b');
  });
  it('treats unicode spaces and zero-width characters as separators', () => {
    expect(tokenize('LOAD\u200bCSV\u3000FROM').map((t) => t.text)).toEqual(['LOAD', 'CSV', 'FROM']);
  });
});

describe('screenQueryText', () => {
  it.each([
    'MATCH (n:Entity) RETURN n LIMIT 10',
    'MATCH (use:Entity) RETURN use.name AS use',
    "MATCH (n) WHERE n.name CONTAINS 'LOAD CSV FROM' RETURN n",
    '// CREATE (n)\nMATCH (n) RETURN count(n)',
    'WITH [1, 2] AS transactions RETURN 1 IN transactions',
    'MATCH (n) RETURN n.call, n.load, n.show',
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_fulltext', '市中') YIELD node RETURN node",
    'CALL { MATCH (n) RETURN n } RETURN n',
    'MATCH (a) CALL (a) { MATCH (a)--(b) RETURN b } RETURN a, b',
    'MATCH p = (a)-->(b) RETURN p',
    'CYPHER runtime=slotted MATCH (n) RETURN n',
    'SHOW INDEXES',
    'SHOW RANGE INDEXES YIELD name RETURN name',
    'SHOW CONSTRAINTS',
    'WITH {use: 1} AS m RETURN m.use',
  ])('lets through the read %j', (q) => {
    expect(() => screenQueryText(q)).not.toThrow();
  });

  it.each([
    ['LOAD CSV', "MATCH (n) WITH n LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV is not allowed/],
    ['dbms procedures', 'CALL dbms.components()', /dbms\.components is not allowed.*dbms\.\* procedures/],
    ['procedures off the allowlist', 'CALL db.info()', /db\.info is not allowed.*allowlist/],
    ['quoted procedure names', 'CALL `dbms`.`listConfig`()', /dbms\.listConfig is not allowed/],
    ['USE', 'USE system MATCH (n) RETURN n', /USE is not allowed/],
    ['USE in a subquery', 'CALL { USE other MATCH (n) RETURN n } RETURN n', /USE is not allowed/],
    ['USE after CYPHER options', 'CYPHER 5 USE system MATCH (n) RETURN n', /USE is not allowed/],
    ['IN TRANSACTIONS', 'CALL { MATCH (n) RETURN n } IN TRANSACTIONS OF 5 ROWS RETURN n', /IN TRANSACTIONS/],
    ['IN CONCURRENT TRANSACTIONS', 'CALL { MATCH (n) RETURN n } IN 4 CONCURRENT TRANSACTIONS RETURN n', /IN TRANSACTIONS/],
    ['SHOW USERS', 'SHOW USERS', /SHOW INDEXES and SHOW CONSTRAINTS only/],
    ['SHOW PRIVILEGES', 'show privileges', /SHOW INDEXES and SHOW CONSTRAINTS only/],
    ['TERMINATE', "TERMINATE TRANSACTIONS 'x'", /TERMINATE commands are not allowed/],
    ['CREATE INDEX', 'CREATE INDEX i FOR (n:X) ON (n.y)', /CREATE INDEX is not allowed/],
    ['CREATE USER', "CREATE USER eve SET PASSWORD 'x'", /CREATE USER is not allowed/],
    ['DROP', 'DROP CONSTRAINT c', /DROP commands are not allowed/],
  ])('refuses %s with 403', (_what, q, message) => {
    expect(() => screenQueryText(q)).toThrow(ForbiddenError);
    expect(() => screenQueryText(q)).toThrow(message);
  });

  it('answers EXPLAIN and PROFILE with 400: the console runs queries', () => {
    expect(() => screenQueryText('PROFILE MATCH (n) RETURN n')).toThrow(BadRequestError);
    expect(() => screenQueryText('explain MATCH (n) RETURN n')).toThrow(/EXPLAIN is not supported/);
  });
});
