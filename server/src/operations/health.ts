// health: the database's version and edition, proving it answers.
import type { Db } from '../store/db.ts';
import type { Health } from '../types.ts';

// A cold JVM plans its first query slowly; an unreachable database fails at connect time anyway.
const HEALTH_TIMEOUT_MS = 5000;

export async function health(db: Db): Promise<Health> {
  const res = await db.read<{ version: string; edition: string }>(
    'CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel" RETURN versions[0] AS version, edition',
    {},
    HEALTH_TIMEOUT_MS,
  );
  const rec = res.records[0];
  return { status: 'ok', neo4j: { version: rec.get('version'), edition: rec.get('edition') } };
}
