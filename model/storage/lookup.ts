// Entities by a name they are printed under — their name or one of their aliases — through indexes only:
// the name's RANGE index and the full-text index over alias_text. Reviewing a draft asks this for a few
// dozen names; a scan of every entity per name cost seconds at a million entities.
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityLabel } from '../vocabulary.ts';
import { toPlain } from './values.ts';

export interface NamedEntity {
  /** the name asked for */
  term: string;
  id: string;
  name: string;
  type: EntityLabel;
  status: 'curated' | 'proposed';
  aliases: string[];
  pinyin: string;
  draft: string | null;
}

/** A phrase query of the full-text index for one alias: Lucene's quote and backslash escaped. */
const aliasPhrase = (term: string) => `alias_text:"${term.replace(/[\\"]/g, '\\$&')}"`;

/** Every entity named or aliased exactly `terms` (the full-text hit is checked against the aliases). */
export async function entitiesNamed(tx: ManagedTransaction, terms: Iterable<string>): Promise<NamedEntity[]> {
  const rows = [...new Set(terms)].filter((t) => t.length > 0).map((term) => ({ term, phrase: aliasPhrase(term) }));
  if (!rows.length) return [];
  const res = await tx.run(
    `UNWIND $rows AS row
     CALL (row) {
       MATCH (n:Entity {name: row.term}) RETURN n
       UNION
       CALL db.index.fulltext.queryNodes('entity_fulltext', row.phrase, {limit: 200}) YIELD node AS n
       WITH n WHERE row.term IN n.aliases RETURN n
     }
     RETURN row.term AS term, n.id AS id, n.name AS name, n.type AS type, n.status AS status,
            coalesce(n.aliases, []) AS aliases, n.pinyin AS pinyin, n.draft AS draft`,
    { rows },
  );
  return res.records.map((r) => toPlain(r.toObject()) as NamedEntity);
}
