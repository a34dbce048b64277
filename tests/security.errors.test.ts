// Neo4j's memory errors (codes and messages as Neo4j 5.26 sends them) become client answers that
// name the limit; only the shared pool running out, which other queries cause, is a 503.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toHttpError } from '../server/src/errors.ts';

const neo4jError = (code: string, message: string) => new Neo4jError(message, code, '51N59', 'error');

describe('memory errors', () => {
  it('answers 422 naming db.memory.transaction.max when one query needs more than it may use', () => {
    const http = toHttpError(
      neo4jError(
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        'The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 254.6 MiB. db.memory.transaction.max threshold reached',
      ),
    );
    expect(http.status).toBe(422);
    expect(http.message).toBe('the query needed more memory than one query may use (db.memory.transaction.max = 256.0 MiB) and was stopped');
    expect(http.code).toBe('query_memory_limit');
    expect(http.details).toEqual({ neo4jCode: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', setting: 'db.memory.transaction.max', limit: '256.0 MiB' });
  });

  it('answers 503 naming dbms.memory.transaction.total.max when all queries together hit it', () => {
    const http = toHttpError(
      neo4jError(
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        'The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. Currently using 511.0 MiB. dbms.memory.transaction.total.max threshold reached',
      ),
    );
    expect(http.status).toBe(503);
    expect(http.message).toMatch(/dbms\.memory\.transaction\.total\.max = 512\.0 MiB\); try again shortly/);
  });

  it('answers 422 for transaction state, off-heap and heap exhaustion', () => {
    expect(toHttpError(neo4jError('Neo.TransientError.General.TransactionOutOfMemoryError', 'The transaction used more memory than was allowed.')).message).toMatch(/db\.memory\.transaction\.max/);
    expect(toHttpError(neo4jError('Neo.TransientError.General.TransactionMemoryLimit', 'not enough memory')).message).toMatch(/server\.memory\.off_heap\.transaction_max_size/);
    const heap = toHttpError(neo4jError('Neo.TransientError.General.OutOfMemoryError', 'Java heap space'));
    expect([heap.status, heap.message]).toEqual([422, 'the query needed more memory than the database has (its Java heap ran out) and was stopped']);
  });
});
