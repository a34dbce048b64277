// A checksum of a whole database: counts plus a hash of every element id, label, type and property,
// the token names and the schema. Equal checksums before and after a test prove it wrote nothing.
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from '../../model/storage/index.ts';

export interface DbChecksum {
  nodes: number;
  relationships: number;
  hash: string;
}

/** JSON with sorted keys, so property order does not change the hash. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
      : JSON.stringify(v);

export async function dbChecksum(driver: Driver): Promise<DbChecksum> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const hash = createHash('sha256');
      const feed = async (cypher: string) => {
        const res = await tx.run(cypher);
        for (const r of res.records) hash.update(canonical(toPlain(r.toObject())) + '\n');
        return res.records.length;
      };
      const nodes = await feed('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id');
      const relationships = await feed(
        'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props ORDER BY id',
      );
      await feed('CALL db.labels() YIELD label RETURN label ORDER BY label');
      await feed('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType');
      await feed('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey');
      await feed('SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name');
      await feed('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name');
      return { nodes, relationships, hash: hash.digest('hex') };
    });
  } finally {
    await session.close();
  }
}
