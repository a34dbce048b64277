// health: the database's version and edition, proving it answers.
import { HealthSchema } from '../../../model/index.ts';
import { toHttpError } from '../errors.ts';
import { defineOperation } from './operation.ts';

// A cold JVM plans its first query slowly; an unreachable database fails at connect time anyway.
const HEALTH_TIMEOUT_MS = 5000;
/**
 * A monitor wants a quick answer: health is one tiny query, and once any call has answered, 1.5 s without
 * an answer means the database is not answering. Before that the JVM may be cold (a fresh Neo4j's first
 * health took over 1.5 s on a loaded machine), so it gets the reads' deadline.
 */
export const HEALTH_DEADLINE_MS = 1500;

export const health = defineOperation({
  summary: 'Database health (503 {status: "unavailable", error} when Neo4j cannot be reached)',
  output: HealthSchema,
  deadlineMs: HEALTH_DEADLINE_MS,
  // a monitor wants the reason in a fixed shape
  failure: (err) => {
    const http = toHttpError(err);
    const unreachable = http.status === 503;
    return {
      status: 503,
      body: { status: 'unavailable', code: unreachable ? 'database_unavailable' : http.code, error: unreachable ? 'the graph database cannot be reached' : (err as Error).message },
    };
  },
  async run({ db }) {
    const res = await db.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel" RETURN versions[0] AS version, edition',
      {},
      HEALTH_TIMEOUT_MS,
    );
    const rec = res.records[0];
    return { status: 'ok' as const, neo4j: { version: rec.get('version'), edition: rec.get('edition') } };
  },
});
