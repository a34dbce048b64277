// edge details: one relationship with all its public properties, its endpoints and its evidence records.
// The canvas payloads carry only a count of evidence records; this is where the quotes come from.
import type { Relationship } from 'neo4j-driver';
import { EdgeDetailsSchema, IdParamsSchema, type EdgeDetails, type Endpoint } from '../../../model/index.ts';
import { evidenceOf, toDetailEdge } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import { defineOperation } from './operation.ts';

const endpoint = (v: string) => `${v} {.id, .name, labels: [l IN labels(${v}) WHERE l <> 'Entity']}`;

export const edgeDetails = defineOperation({
  summary: 'Relationship details with evidence (canvas payloads carry only evidence_count)',
  params: IdParamsSchema,
  output: EdgeDetailsSchema,
  errors: { 404: 'no relationship with this id' },
  async run({ db }, { id }): Promise<EdgeDetails> {
    // Relationship ids are not indexed (Neo4j indexes relationship properties per type only); the few
    // hundred facts scan in about a millisecond.
    const res = await db.read<{ r: Relationship; s: Endpoint; t: Endpoint }>(
      `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id = $id
       RETURN r, ${endpoint('s')} AS s, ${endpoint('t')} AS t LIMIT 1`,
      { id },
    );
    const rec = res.records[0];
    if (!rec) throw new NotFoundError(`no relationship with id "${id}"`);
    const r = rec.get('r');
    const source = rec.get('s');
    const target = rec.get('t');
    return { edge: toDetailEdge(r, source, target), source, target, evidence: evidenceOf(r.properties) };
  },
});
