// edge details: one relationship with all its properties, its endpoints and its evidence records.
// The canvas payloads carry only a count of evidence records; this is where the quotes come from.
import { z } from 'zod';
import type { Relationship } from 'neo4j-driver';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { evidenceOf, type EvidenceRecord } from '../store/evidence.ts';
import { toGraphEdge } from '../store/mapping.ts';
import type { GraphEdge } from '../types.ts';
import { idParam } from './params.ts';

export const EdgeParamsSchema = z.object({ id: idParam });

export interface EndpointSummary {
  id: string;
  name: string;
  labels: string[];
}

export interface EdgeDetails {
  edge: GraphEdge;
  source: EndpointSummary;
  target: EndpointSummary;
  evidence: EvidenceRecord[];
}

const endpoint = (v: string) => `${v} {.id, .name, labels: [l IN labels(${v}) WHERE l <> 'Entity']}`;

export async function edgeDetails(db: Db, id: string): Promise<EdgeDetails> {
  // Relationship ids are not indexed (Neo4j indexes relationship properties per type only); the few
  // hundred facts scan in about a millisecond.
  const res = await db.read<{ r: Relationship; s: EndpointSummary; t: EndpointSummary }>(
    `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id = $id
     RETURN r, ${endpoint('s')} AS s, ${endpoint('t')} AS t LIMIT 1`,
    { id },
  );
  const rec = res.records[0];
  if (!rec) throw new NotFoundError(`no relationship with id "${id}"`);
  const r = rec.get('r');
  const s = rec.get('s');
  const t = rec.get('t');
  const edge = toGraphEdge(r, new Map([[r.startNodeElementId, String(s.id)], [r.endNodeElementId, String(t.id)]]));
  // the parallel ev_* arrays are given once, as evidence records
  for (const k of Object.keys(edge)) if (k.startsWith('ev_')) delete edge[k];
  return { edge, source: s, target: t, evidence: evidenceOf(r.properties) };
}
