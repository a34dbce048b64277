// node details: properties, aliases, figures, evidence, mentions per article, degree by type.
import { z } from 'zod';
import type { Node } from 'neo4j-driver';
import { NotFoundError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { evidenceOf, type EvidenceRecord } from '../store/evidence.ts';
import { toGraphNode } from '../store/mapping.ts';
import { toNumber } from '../store/values.ts';
import type { GraphNode } from '../types.ts';
import { idParam } from './params.ts';

export const NodeParamsSchema = z.object({ id: idParam });

export interface Figure {
  kind: string;
  text: string;
  unit: string;
  value: number;
  year?: number;
  note?: string;
  evidence: EvidenceRecord;
}

export interface NodeDetails {
  node: GraphNode;
  aliases: string[];
  figures: Figure[];
  evidence: EvidenceRecord[];
  mentions: Array<{ article: string; headline: string; year: number; count: number }>;
  degree: Record<string, { out: number; in: number }>;
}

export async function nodeDetails(db: Db, id: string): Promise<NodeDetails> {
  const res = await db.read<{ n: Node; degree: Array<[string, string, unknown]>; mentions: Array<Record<string, unknown>> }>(
    `MATCH (n:Entity {id: $id})
     CALL (n) { OPTIONAL MATCH (n)-[r]->(:Entity) WITH type(r) AS t, count(r) AS c WHERE t IS NOT NULL RETURN collect([t, 'out', c]) AS outs }
     CALL (n) { OPTIONAL MATCH (n)<-[r]-(:Entity) WITH type(r) AS t, count(r) AS c WHERE t IS NOT NULL RETURN collect([t, 'in', c]) AS ins }
     CALL (n) { OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(a:Article) WITH m, a ORDER BY a.year WHERE a IS NOT NULL
                RETURN collect({article: a.id, headline: a.headline, year: a.year, count: m.count}) AS mentions }
     RETURN n, outs + ins AS degree, mentions`,
    { id },
  );
  const rec = res.records[0];
  if (!rec) throw new NotFoundError(`no entity with id "${id}"`);
  const n = rec.get('n');
  const degree: NodeDetails['degree'] = {};
  for (const [type, dir, c] of rec.get('degree')) {
    degree[type] ??= { out: 0, in: 0 };
    degree[type][dir as 'out' | 'in'] = toNumber(c);
  }
  const props = n.properties as Record<string, unknown>;
  return {
    node: toGraphNode(n),
    aliases: (props.aliases as string[]) ?? [],
    figures: props.figures ? (JSON.parse(String(props.figures)) as Figure[]) : [],
    evidence: evidenceOf(props),
    mentions: rec.get('mentions').map((m) => ({ article: String(m.article), headline: String(m.headline), year: toNumber(m.year), count: toNumber(m.count) })),
    degree,
  };
}
